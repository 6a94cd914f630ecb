import type { RawValue } from '../../domain/cellValue.types';
import {
  createReportInputs,
  REPORT_INPUT_KEYS,
  type ReportInputKey,
  type ReportInputs,
  type ReportInputsInput,
} from '../../domain/report/reportInputs';
import { REPORT_INPUTS_TEXT } from '../layouts/formText.zh-CN';
import { a1, type RangeBox } from '../a1';
import type { Grid } from '../grid';
import { labelKey } from './text';

/**
 * Names a 报告要素 label may have, compared as label cores (see `labelCore`): the template's own label
 * first, then what people write on a sheet made by hand.
 */
const SYNONYMS: Record<ReportInputKey, readonly string[]> = {
  basis: ['评价依据', '自评依据'],
  staffQuota: ['人员编制', '编制人数', '编制数', '核定编制'],
  staffActual: ['实有人数', '实有在职人数', '在职人数'],
  departments: ['内设机构'],
  basicExpense: ['基本支出'],
  salaries: ['工资福利支出', '工资福利'],
  goodsAndServices: ['商品和服务支出'],
  householdSubsidies: ['对个人和家庭的补助', '对个人和家庭的补助支出'],
  projectExpense: ['项目支出'],
  achievements: ['工作成绩', '主要工作成绩'],
  problems: ['存在的问题', '存在问题'],
  improvements: ['改进措施', '下一步改进措施'],
};

const LEADING_QIZHONG = /^其中:?/;
const TRAILING_NOTE = /(\([^()]*\))?:?$/;

/** `其中：工资福利支出（万元）：` → `工资福利支出`: what is left of a label key without its unit note. */
function labelCore(key: string): string {
  return key.replace(LEADING_QIZHONG, '').replace(TRAILING_NOTE, '');
}

const KEY_BY_CORE: ReadonlyMap<string, ReportInputKey> = new Map(
  REPORT_INPUT_KEYS.flatMap((key) =>
    [labelCore(labelKey(REPORT_INPUTS_TEXT.facts[key].label)), ...SYNONYMS[key]].map(
      (core) => [core, key] as const,
    ),
  ),
);

const VALUE_HEADER = labelKey(REPORT_INPUTS_TEXT.headers.value);
const LABEL_HEADER = labelKey(REPORT_INPUTS_TEXT.headers.label);

function isEmpty(raw: RawValue | undefined): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function mergeAt(grid: Grid, row: number, col: number): RangeBox | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The column headed `内容` on a row that also has `要素` (our template), if any. */
function valueColumn(grid: Grid): number | null {
  for (const cells of grid.values) {
    const keys = cells.map((raw) => labelKey(raw));
    const value = keys.indexOf(VALUE_HEADER);
    if (value >= 0 && keys.includes(LABEL_HEADER)) return value + 1;
  }
  return null;
}

/** The value right of a label at (row, col): in the 内容 column when known, else the first non-empty cell. */
function valueRightOf(
  grid: Grid,
  row: number,
  col: number,
  contentCol: number | null,
): { raw: RawValue; cell: string } {
  const cells = grid.values[row - 1] ?? [];
  const start = (mergeAt(grid, row, col)?.right ?? col) + 1;
  if (contentCol !== null && contentCol >= start) {
    const merge = mergeAt(grid, row, contentCol);
    const r = merge?.top ?? row;
    const c = merge?.left ?? contentCol;
    const raw = grid.values[r - 1]?.[c - 1];
    return { raw: isEmpty(raw) ? null : (raw ?? null), cell: a1(r, c) };
  }
  for (let c = start; c <= cells.length; c++) {
    const raw = cells[c - 1];
    if (!isEmpty(raw)) return { raw: raw ?? null, cell: a1(row, c) };
  }
  return { raw: null, cell: a1(row, start) };
}

/**
 * Reads the 报告要素 from a sheet, driven by labels: each fact's label may sit in column A or anywhere,
 * its value is the first non-empty cell to its right (the `内容` column on our template). The first
 * occurrence of a label wins. null when the sheet holds none of the labels. Pure; never throws.
 */
export function readReportInputs(grid: Grid): ReportInputs | null {
  const contentCol = valueColumn(grid);
  const found: Partial<Record<ReportInputKey, { raw: RawValue; cell: string }>> = {};
  let any = false;
  grid.values.forEach((cells, r) => {
    cells.forEach((raw, c) => {
      if (typeof raw !== 'string' || raw.length > 40) return;
      const key = KEY_BY_CORE.get(labelCore(labelKey(raw)));
      if (key === undefined || found[key] !== undefined) return;
      found[key] = valueRightOf(grid, r + 1, c + 1, contentCol);
      any = true;
    });
  });
  if (!any) return null;
  const input: ReportInputsInput = { sheet: grid.sheet, ...found };
  return createReportInputs(input);
}
