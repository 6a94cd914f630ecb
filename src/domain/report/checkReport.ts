import { distinctDecimals, distinctFixed } from '../distinctFixed';
import { finalizeFindings } from '../check/checkTable';
import { sum, type Decimal } from '../decimal';
import type { Evaluation } from '../evaluate';
import type { Draft, Finding } from '../findings/finding';
import type { Cell, EvaluationTable } from '../model';
import type { Profile } from '../profiles/profile';
import { numberOf, textOf } from '../score/cellNumbers';
import { BASIC_EXPENSE_PARTS, type ReportInputs } from './reportInputs';
import { keyWords, numbersInText } from './textNumbers';

const AMOUNT_UNIT = '万元';

/** An amount typed in 万元 (or without unit); null for anything else. */
function amountOf(cell: Cell | undefined): Decimal | null {
  const v = cell?.value;
  return v?.kind === 'number' && (v.unit === null || v.unit === AMOUNT_UNIT) ? v.value : null;
}

/** 工资福利支出 + 商品和服务支出 + 对个人和家庭的补助 = 基本支出. */
function basicPartsSum(inputs: ReportInputs): Draft[] {
  const total = amountOf(inputs.basicExpense);
  const parts = BASIC_EXPENSE_PARTS.map((k) => amountOf(inputs[k])).filter((v): v is Decimal => v !== null);
  if (total === null || parts.length === 0) return [];
  const partsSum = sum(parts);
  if (partsSum.eq(total)) return [];
  const [partsText, totalText] = distinctFixed(partsSum, total);
  return [
    {
      code: 'report-basic-parts-sum',
      cell: inputs.basicExpense?.cell,
      params: { parts: partsText, total: totalText },
    },
  ];
}

/** 基本支出 + 项目支出 = the table's 全年执行数 (整体支出 only). */
function expenditureTotal(inputs: ReportInputs, table: EvaluationTable): Draft[] {
  const basic = amountOf(inputs.basicExpense);
  const project = amountOf(inputs.projectExpense);
  const row = table.budget.find((r) => r.key === 'total') ?? table.budget[0];
  const actual = numberOf(row?.actual);
  if (table.kind !== 'overall' || basic === null || project === null || actual === null) return [];
  const total = basic.plus(project);
  if (total.eq(actual)) return [];
  const d = distinctDecimals(total, actual);
  return [
    {
      code: 'report-expenditure-total',
      cell: inputs.basicExpense?.cell ?? inputs.projectExpense?.cell,
      params: {
        basic: basic.toFixed(d),
        project: project.toFixed(d),
        sum: total.toFixed(d),
        actual: actual.toFixed(d),
        tableCell: row?.actual.cell ?? '',
      },
    },
  ];
}

/**
 * A number in 工作成绩 with the unit of an indicator's 完成值, in a clause that names the indicator,
 * that differs from the 完成值 (the reference: 37 件 积案 in the text, 32件 in the table). One draft
 * per indicator, at its first differing number.
 */
function textNumbers(inputs: ReportInputs, table: EvaluationTable): Draft[] {
  const text = textOf(inputs.achievements);
  if (text === '') return [];
  const found = numbersInText(text);
  if (found.length === 0) return [];
  const out: Draft[] = [];
  for (const ind of table.indicators) {
    const expr = ind.actual.expr;
    const name = textOf(ind.name);
    if (expr.kind !== 'quantitative' || name === '' || name.length > 30) continue;
    const words = keyWords(name);
    const differing = found.find((n) => {
      const sameUnit = expr.quantities.filter((q) => q.unit === n.unit);
      return (
        sameUnit.length > 0 &&
        !sameUnit.some((q) => q.value.eq(n.value)) &&
        words.some((w) => n.clause.includes(w))
      );
    });
    if (!differing) continue;
    out.push({
      code: 'report-number-differs',
      cell: inputs.achievements?.cell,
      params: { name, text: differing.text, table: textOf(ind.actual), tableCell: ind.actual.cell ?? '' },
    });
  }
  return out;
}

/**
 * Checks the 报告要素 against themselves and the table: 基本支出 parts, 基本支出 + 项目支出 against
 * 全年执行数, and numbers in 工作成绩 against the indicators' 完成值. Findings like any other
 * (severity from the profile, message from the catalogue); their cells are on the 报告要素 sheet.
 */
export function checkReport(
  evaluation: Evaluation,
  inputs: ReportInputs | null,
  profile: Profile,
): Finding[] {
  if (!inputs) return [];
  const { table } = evaluation;
  // The cells are on the 报告要素 sheet, not the table's: findings say so.
  const drafts = [
    ...basicPartsSum(inputs),
    ...expenditureTotal(inputs, table),
    ...textNumbers(inputs, table),
  ].map((d): Draft => (inputs.sheet ? { ...d, sheet: inputs.sheet } : d));
  return finalizeFindings(drafts, profile, table.sheet ?? '');
}
