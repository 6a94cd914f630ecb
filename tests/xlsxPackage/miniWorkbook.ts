import type { MemoryPart } from '../fixtures/hostile/zipFile';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface MiniSheet {
  readonly name: string;
  /** What goes inside <worksheet>: <sheetData>…</sheetData>, <mergeCells>… */
  readonly body: string;
}

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A minimal workbook package, written by hand: what the inspection is tested on. */
export function miniWorkbook(options: {
  readonly sheets: readonly MiniSheet[];
  readonly strings?: readonly string[];
  readonly definedNames?: string;
  readonly extra?: readonly MemoryPart[];
}): MemoryPart[] {
  const sheets = options.sheets.map(
    (s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const rels = options.sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const parts: MemoryPart[] = [
    {
      name: 'xl/workbook.xml',
      content: `<workbook ${NS}><sheets>${sheets.join('')}</sheets>${options.definedNames ?? ''}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    ...options.sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: `<worksheet ${NS}>${s.body}</worksheet>`,
    })),
  ];
  if (options.strings) {
    const items = options.strings.map((t) => `<si><t xml:space="preserve">${escape(t)}</t></si>`).join('');
    parts.push({
      name: 'xl/sharedStrings.xml',
      content: `<sst ${NS} count="${options.strings.length}">${items}</sst>`,
    });
  }
  return [...parts, ...(options.extra ?? [])];
}

/** `<row>`s of `rows` × `cols` number cells from row `from`. */
export function numberRows(from: number, rows: number, cols: number): string {
  const letters = Array.from({ length: cols }, (_, c) => String.fromCharCode(65 + c));
  let out = '';
  for (let r = from; r < from + rows; r++)
    out += `<row r="${r}">${letters.map((l) => `<c r="${l}${r}"><v>${r}</v></c>`).join('')}</row>`;
  return out;
}
