import { z } from '../zod';
import { CellInputSchema, toCell, type Cell } from '../model';

/**
 * 报告要素 (DESIGN §3.3): facts the 自评报告 needs that the table does not hold, each optional.
 * Keys match the 报告要素 sheet (src/templates/layouts/reportInputs.ts, docs/layouts.md):
 * basis 评价依据（文件名与文号）, staffQuota 人员编制（人）, staffActual 实有人数（人）, departments 内设机构,
 * basicExpense 基本支出（万元）, salaries 其中：工资福利支出, goodsAndServices 商品和服务支出,
 * householdSubsidies 对个人和家庭的补助, projectExpense 项目支出（万元）, achievements 工作成绩,
 * problems 存在的问题, improvements 改进措施.
 */
export const REPORT_INPUT_KEYS = [
  'basis',
  'staffQuota',
  'staffActual',
  'departments',
  'basicExpense',
  'salaries',
  'goodsAndServices',
  'householdSubsidies',
  'projectExpense',
  'achievements',
  'problems',
  'improvements',
] as const;

export type ReportInputKey = (typeof REPORT_INPUT_KEYS)[number];

/** The parts of 基本支出, in the order the report names them. */
export const BASIC_EXPENSE_PARTS = ['salaries', 'goodsAndServices', 'householdSubsidies'] as const;

const fields = Object.fromEntries(REPORT_INPUT_KEYS.map((k) => [k, CellInputSchema.optional()])) as {
  [K in ReportInputKey]: z.ZodOptional<typeof CellInputSchema>;
};

/** What a reader (or a fixture) produces: raw values with their A1 addresses on the 报告要素 sheet. */
export const ReportInputsInputSchema = z.object({ sheet: z.string().optional(), ...fields });
export type ReportInputsInput = z.infer<typeof ReportInputsInputSchema>;

/** The same, every cell parsed once. */
export type ReportInputs = { readonly sheet?: string } & { readonly [K in ReportInputKey]?: Cell };

export function createReportInputs(input: ReportInputsInput): ReportInputs {
  const out: { sheet?: string } & { [K in ReportInputKey]?: Cell } = { sheet: input.sheet };
  for (const key of REPORT_INPUT_KEYS) {
    const cell = input[key];
    if (cell) out[key] = toCell(cell);
  }
  return out;
}
