export { WpsSheetHost } from './WpsSheetHost';
export { STORE_SHEET } from './store';
export type { EtApplication } from './et';
