/**
 * The core as one browser bundle (`window.JXZP`), built by webpack: what the task pane and the
 * standalone page build on. It must not pull any Node or Office API — the browser test proves it.
 */
export { evaluate } from '../domain/evaluate';
export { PROFILES, findProfile } from '../domain/profiles/registry';
export { renderTemplate, renderTemplateWithMap } from '../templates/render';
export { readTables } from '../templates/read/readTables';
export { summarize } from '../app/summarize';
export { checkWorkbook } from '../app/checkWorkbook';
export { insertTemplate } from '../app/insertTemplate';
export { narrate } from '../domain/report/narrate';
export { checkReport } from '../domain/report/checkReport';
export { findingMessage } from '../i18n/findings.zh-CN';
export { toText } from '../domain/report/render/toText';
export { toMarkdown } from '../domain/report/render/toMarkdown';
export { toDocx } from '../report/docx';
export { inspectWorkbookFile } from '../app/inspectWorkbookFile';
export { DEFAULT_PACKAGE_LIMITS } from '../xlsxPackage';
