import type { Severity } from '../../domain/profiles/profile';

/** Excel's own "bad / neutral" highlight colours, and a light blue for information. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
