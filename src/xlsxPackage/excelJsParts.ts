/**
 * The parts ExcelJS 4.4 reads when it loads a package (lib/xlsx/xlsx.js): by name, whatever the
 * relationships say, each one whole into memory. A part it does not read (pivot caches, charts, custom
 * XML…) it would still inflate and drop, and it never writes one back: the package handed to it leaves
 * them out.
 */
export type PartRole =
  | 'workbook'
  | 'workbookRels'
  | 'sharedStrings'
  | 'worksheet'
  | 'worksheetRels'
  /** Read and kept (styles, themes, drawings, comments, tables, media, document properties). */
  | 'other';

const EXACT: ReadonlyMap<string, PartRole> = new Map(
  Object.entries({
    'xl/workbook.xml': 'workbook',
    'xl/_rels/workbook.xml.rels': 'workbookRels',
    'xl/sharedStrings.xml': 'sharedStrings',
    '_rels/.rels': 'other',
    'xl/styles.xml': 'other',
    'docProps/app.xml': 'other',
    'docProps/core.xml': 'other',
    // Not read by ExcelJS, but what makes the package a package for anything else that opens it.
    '[Content_Types].xml': 'other',
  } satisfies Record<string, PartRole>),
);

/** In ExcelJS's order, unanchored as there: `x/xl/worksheets/sheet1.xml` is read as sheet 1 too. */
const PATTERNS: readonly [RegExp, PartRole][] = [
  [/xl\/worksheets\/sheet(\d+)[.]xml/, 'worksheet'],
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, 'worksheetRels'],
  [/xl\/theme\/([a-zA-Z0-9]+)[.]xml/, 'other'],
  [/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, 'other'],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, 'other'],
  [/xl\/(comments\d+)[.]xml/, 'other'],
  [/xl\/tables\/(table\d+)[.]xml/, 'other'],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, 'other'],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, 'other'],
];

/** The role of a part the library reads, or null for one it does not. */
export function partRole(name: string): PartRole | null {
  const exact = EXACT.get(name);
  if (exact !== undefined) return exact;
  // Media is read as bytes before the name switch; the name patterns then decide what it is.
  for (const [pattern, role] of PATTERNS) if (pattern.test(name)) return role;
  return /xl\/media\//.test(name) ? 'other' : null;
}

/** Where ExcelJS looks for a sheet's part, given its relationship target (reconcile in lib/xlsx/xlsx.js). */
export function worksheetPath(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
}

/** A relationship target resolved against the folder of the part that holds the relationships. */
export function resolveTarget(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
