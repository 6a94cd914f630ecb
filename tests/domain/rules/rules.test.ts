import { budgetPartsSumRule } from '../../../src/domain/check/rules/budgetPartsSum';
import { budgetRatesRule } from '../../../src/domain/check/rules/budgetRates';
import { executionReasonRule } from '../../../src/domain/check/rules/executionReason';
import { executionScoreRule } from '../../../src/domain/check/rules/executionScore';
import { expressionsRule } from '../../../src/domain/check/rules/expressions';
import { metaRule } from '../../../src/domain/check/rules/meta';
import { numberCellsRule } from '../../../src/domain/check/rules/numberCells';
import { reasonsRule } from '../../../src/domain/check/rules/reasons';
import { ruleScoreRule } from '../../../src/domain/check/rules/ruleScore';
import { scoreBoundsRule } from '../../../src/domain/check/rules/scoreBounds';
import { totalsRule } from '../../../src/domain/check/rules/totals';
import { weightsRule } from '../../../src/domain/check/rules/weights';
import type { TableInput } from '../../../src/domain/model';
import { STANDARD_2020_WHOLE_POINTS } from '../../../src/domain/profiles/standard2020';
import { tableOf, type RowSpec } from '../../fixtures/tableBuilder';
import { runRule } from './ruleTester';

/** A full, correct row: 10 of 10 points for ≥95% against 96%. */
const ok: RowSpec = { name: '办结率', target: '≥95%', actual: '96%', weight: 10, score: 10 };
const budgetOk = { planned: 100, actual: 95, score: 9.5, reason: null };

function withTotals(t: TableInput, totals: NonNullable<TableInput['totals']>): TableInput {
  return { ...t, totals };
}

/** The table with a second budget row under the total: 财政拨款. */
function withFiscal(
  t: TableInput,
  planned: number | string | null,
  actual: number | string | null,
): TableInput {
  return {
    ...t,
    budget: [
      ...t.budget,
      {
        key: 'fiscal',
        label: '其中：财政拨款',
        planned: { raw: planned, cell: 'C6' },
        actual: { raw: actual, cell: 'D6' },
      },
    ],
  };
}

runRule('meta', metaRule, {
  valid: [{ name: 'unit and year', table: tableOf(budgetOk, [ok]) }],
  invalid: [
    {
      name: 'neither unit nor year',
      table: {
        ...tableOf(budgetOk, [ok]),
        meta: { unit: { raw: ' ', cell: 'B3' }, year: { raw: '年度', cell: 'A2' } },
      },
      drafts: [
        { code: 'unit-missing', cell: 'B3', params: {} },
        { code: 'year-missing', cell: 'A2', params: {} },
      ],
    },
  ],
});

runRule('numberCells', numberCellsRule, {
  valid: [
    { name: 'numbers everywhere', table: tableOf(budgetOk, [ok]) },
    { name: 'placeholders are not text', table: tableOf(budgetOk, [{ ...ok, weight: '--', score: '/' }]) },
  ],
  invalid: [
    {
      name: 'text, a spreadsheet error and a negative amount',
      table: tableOf({ planned: '#REF!', actual: -5, score: '九分' }, [{ ...ok, weight: '十分', score: 10 }]),
      drafts: [
        {
          code: 'formula-error',
          cell: 'C5',
          params: { field: 'budget.planned', label: '年度总预算', error: '#REF!' },
        },
        {
          code: 'negative-amount',
          cell: 'D5',
          params: { field: 'budget.actual', label: '年度总预算', value: '-5' },
        },
        {
          code: 'not-a-number',
          cell: 'G5',
          params: { field: 'budget.score', label: '年度总预算', text: '九分' },
        },
        {
          code: 'not-a-number',
          cell: 'G13',
          params: { field: 'indicator.weight', label: '办结率', text: '十分' },
        },
      ],
    },
  ],
});

runRule('numberCells (numbers that are none)', numberCellsRule, {
  valid: [{ name: 'large but finite numbers', table: tableOf({ ...budgetOk, planned: 1e308 }, [ok]) }],
  invalid: [
    {
      name: 'NaN and ±Infinity stored where numbers go: reported, never read as blank',
      table: tableOf({ ...budgetOk, planned: NaN, actual: Infinity }, [
        { ...ok, target: -Infinity, score: NaN },
      ]),
      drafts: [
        {
          code: 'number-not-finite',
          cell: 'C5',
          params: { field: 'budget.planned', label: '年度总预算', stored: 'nan' },
        },
        {
          code: 'number-not-finite',
          cell: 'D5',
          params: { field: 'budget.actual', label: '年度总预算', stored: 'infinity' },
        },
        {
          code: 'number-not-finite',
          cell: 'H13',
          params: { field: 'indicator.score', label: '办结率', stored: 'nan' },
        },
        {
          code: 'number-not-finite',
          cell: 'E13',
          params: { field: 'indicator.target', label: '办结率', stored: 'negative-infinity' },
        },
      ],
    },
  ],
});

runRule('budgetPartsSum', budgetPartsSumRule, {
  valid: [
    { name: 'parts add up', table: withFiscal(tableOf(budgetOk, [ok]), 100, 95) },
    { name: 'no parts', table: tableOf(budgetOk, [ok]) },
  ],
  invalid: [
    {
      name: '财政拨款 alone differs from the total',
      table: withFiscal(tableOf(budgetOk, [ok]), 90, 95),
      drafts: [
        {
          code: 'budget-parts-sum',
          cell: 'C5',
          params: { column: 'planned', parts: '90.00', total: '100.00' },
        },
      ],
    },
  ],
});

runRule('budgetRates', budgetRatesRule, {
  valid: [
    { name: 'rate as the formula gives it', table: tableOf({ ...budgetOk, rate: 0.95 }, [ok]) },
    { name: 'rate typed with %', table: tableOf({ ...budgetOk, rate: '95.00%' }, [ok]) },
    { name: 'no rate cell', table: tableOf(budgetOk, [ok]) },
  ],
  invalid: [
    {
      name: 'over budget, and a rate typed over the formula',
      table: tableOf({ planned: 100, actual: 120, score: 10, rate: '100%' }, [ok]),
      drafts: [
        {
          code: 'budget-actual-over-planned',
          cell: 'D5',
          params: { label: '年度总预算', planned: '100.00', actual: '120.00' },
        },
        {
          code: 'rate-mismatch',
          cell: 'E5',
          params: { label: '年度总预算', entered: '100', computed: '120.00' },
        },
      ],
    },
    {
      name: 'over budget by less than a cent: enough digits to show it',
      table: tableOf({ planned: 100, actual: 100.004, score: 10 }, [ok]),
      drafts: [
        {
          code: 'budget-actual-over-planned',
          cell: 'D5',
          params: { label: '年度总预算', planned: '100.000', actual: '100.004' },
        },
      ],
    },
    {
      name: '0.00% where there is no budget',
      table: tableOf({ planned: null, actual: null, rate: '0.00%' }, [ok]),
      drafts: [
        { code: 'rate-should-be-blank', cell: 'E5', params: { label: '年度总预算', entered: '0.00' } },
      ],
    },
  ],
});

runRule('executionScore', executionScoreRule, {
  valid: [
    { name: '9.5 for 95%', table: tableOf(budgetOk, [ok]) },
    {
      name: '6 for 57.59% in whole points',
      table: tableOf({ planned: 1036.03, actual: 596.68, score: 6 }, [ok]),
      profile: STANDARD_2020_WHOLE_POINTS,
    },
  ],
  invalid: [
    {
      name: 'the reference’s 6 for 57.59%',
      table: tableOf({ planned: 1036.03, actual: 596.68, score: 6 }, [ok]),
      drafts: [
        {
          code: 'execution-score-mismatch',
          cell: 'G5',
          params: { entered: '6', computed: '5.76', rate: '57.59', weight: '10' },
        },
      ],
    },
    {
      name: 'no score at all',
      table: tableOf({ planned: 100, actual: 95, score: null }, [ok]),
      drafts: [{ code: 'execution-score-missing', cell: 'G5', params: { rate: '95.00' } }],
    },
  ],
});

runRule('executionReason', executionReasonRule, {
  valid: [
    { name: '95% needs no reason', table: tableOf(budgetOk, [ok]) },
    {
      name: '57.59% with a reason',
      table: tableOf({ planned: 1036.03, actual: 596.68, score: 5.76, reason: '项目延期' }, [ok]),
    },
  ],
  invalid: [
    {
      name: '57.59% without a reason',
      table: tableOf({ planned: 1036.03, actual: 596.68, score: 5.76 }, [ok]),
      drafts: [
        {
          code: 'execution-low-no-reason',
          cell: 'D5',
          params: { rate: '57.59', threshold: '90', unspent: '439.35' },
        },
      ],
    },
  ],
});

runRule('scoreBounds', scoreBoundsRule, {
  valid: [
    { name: 'within 0..分值', table: tableOf(budgetOk, [ok, { ...ok, score: 0, reason: '未完成' }]) },
    {
      name: 'an unused row',
      table: tableOf(budgetOk, [ok, { target: null, actual: null, weight: null, score: null, name: '' }]),
    },
  ],
  invalid: [
    {
      name: 'missing, negative, over',
      table: tableOf(budgetOk, [
        { ...ok, weight: null },
        { ...ok, score: null },
        { ...ok, score: -1 },
        { ...ok, score: 12 },
      ]),
      drafts: [
        { code: 'weight-missing', cell: 'G13', params: { name: '办结率' } },
        { code: 'score-missing', cell: 'H14', params: { name: '办结率' } },
        { code: 'score-negative', cell: 'H15', params: { score: '-1' } },
        { code: 'score-exceeds-weight', cell: 'H16', params: { score: '12', weight: '10' } },
      ],
    },
  ],
});

runRule('ruleScore', ruleScoreRule, {
  valid: [
    { name: 'full marks reached', table: tableOf(budgetOk, [ok]) },
    {
      name: '定性 within its band',
      table: tableOf(budgetOk, [
        { name: '群众满意', target: '达成年度指标', actual: '达成年度指标', weight: 10, score: 9 },
      ]),
    },
  ],
  invalid: [
    {
      name: 'proportional score, and a 定性 score outside its band',
      table: tableOf(budgetOk, [
        { ...ok, actual: '90%', reason: '原因' },
        {
          name: '群众满意',
          target: '达成年度指标',
          actual: '部分达成年度指标并具有一定效果',
          weight: 10,
          score: 9,
        },
      ]),
      drafts: [
        {
          code: 'score-mismatch',
          cell: 'H13',
          params: { name: '办结率', entered: '10', computed: '9.47', method: 'positive' },
        },
        {
          code: 'qualitative-score-out-of-band',
          cell: 'H14',
          params: { name: '群众满意', score: '9', level: 'partial', min: '6', max: '8' },
        },
      ],
    },
  ],
});

runRule('expressions', expressionsRule, {
  valid: [
    {
      name: 'measurable target and actual in one unit',
      table: tableOf(budgetOk, [
        ok,
        { name: '案件', target: '≥30件', actual: '32件', weight: 10, score: 10 },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a copied name, a sentence, a shifted row, another unit',
      table: tableOf(budgetOk, [
        {
          name: '全年未发生维稳事件。',
          target: '全年未发生维稳事件。',
          actual: '未发生',
          weight: 10,
          score: 10,
        },
        { name: '接待群众来访', target: '全年预计接访量', actual: '300人次', weight: 10, score: 10 },
        { name: 1036.03, target: '不超过预算指标数', actual: null, weight: 10, score: 10 },
        { name: '案件', target: '≥30件', actual: '32人', weight: 10, score: 10 },
      ]),
      drafts: [
        { code: 'target-copies-name', cell: 'E13', params: { text: '全年未发生维稳事件。' } },
        {
          code: 'target-not-measurable',
          cell: 'E14',
          params: { name: '接待群众来访', text: '全年预计接访量' },
        },
        { code: 'row-shifted', cell: 'D15', params: { name: '1036.03', target: '不超过预算指标数' } },
        {
          code: 'unit-mismatch',
          cell: 'F16',
          params: { name: '案件', targetUnits: ['件'], actualUnits: ['人'] },
        },
      ],
    },
  ],
});

runRule('reasons', reasonsRule, {
  valid: [
    { name: 'full marks', table: tableOf(budgetOk, [ok]) },
    {
      name: 'short with a reason',
      table: tableOf(budgetOk, [{ ...ok, actual: '90%', score: 9.47, reason: '疫情影响' }]),
    },
  ],
  invalid: [
    {
      name: 'scored without actual, short without reason, far over target',
      table: tableOf(budgetOk, [
        { ...ok, actual: null, score: 10 },
        { ...ok, actual: '90%', score: 9.47 },
        { name: '案件', target: '100件', actual: '130件', weight: 10, score: 10 },
      ]),
      drafts: [
        { code: 'scored-without-actual', cell: 'F13', params: { name: '办结率', score: '10' } },
        { code: 'reason-missing', cell: 'I14', params: { name: '办结率', score: '9.47', weight: '10' } },
        {
          code: 'over-completion-no-reason',
          cell: 'I15',
          params: { name: '案件', target: '100件', actual: '130件', percent: '130.00' },
        },
      ],
    },
  ],
});

runRule('weights', weightsRule, {
  valid: [
    {
      name: '50 + 30 + 10 + 10',
      table: tableOf(budgetOk, [
        { ...ok, weight: 50, score: 50 },
        { ...ok, level1: '效益指标（30分）', weight: 30, score: 30 },
        { ...ok, level1: '满意度指标（10分）', weight: 10, score: 10 },
      ]),
    },
  ],
  invalid: [
    {
      name: 'the reference’s 效益 40 for 30, weights 110, scores over 100',
      table: tableOf({ ...budgetOk, score: 10 }, [
        { ...ok, weight: 50, score: 50 },
        { ...ok, level1: '效益指标（30分）', weight: 40, score: 40 },
        { ...ok, level1: '满意度指标（20分）', weight: 10, score: 10 },
      ]),
      drafts: [
        {
          code: 'level1-weight-sum',
          cell: 'B13',
          params: { level1: '效益指标（30分）', declared: '30', sum: '40' },
        },
        {
          code: 'level1-weight-sum',
          cell: 'B13',
          params: { level1: '满意度指标（20分）', declared: '20', sum: '10' },
        },
        {
          code: 'level1-weight-profile',
          cell: 'B13',
          params: { level1: '满意度指标（20分）', declared: '20', expected: '10' },
        },
        { code: 'weights-total', params: { total: '110', expected: '100' } },
        { code: 'score-total-over-max', params: { total: '110', max: '100' } },
      ],
    },
  ],
});

runRule('totals', totalsRule, {
  valid: [
    {
      name: '总分 and 等级 as the sums give them',
      table: withTotals(tableOf({ ...budgetOk, score: 10 }, [{ ...ok, weight: 90, score: 90 }]), {
        weight: { raw: 100, cell: 'G20' },
        score: { raw: 100, cell: 'H20' },
        grade: { raw: '优', cell: 'H21' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a total typed over, a wrong grade',
      table: withTotals(tableOf({ ...budgetOk, score: 10 }, [{ ...ok, weight: 90, score: 70 }]), {
        weight: { raw: 90, cell: 'G20' },
        score: { raw: 80, cell: 'H20' },
        grade: { raw: '优', cell: 'H21' },
      }),
      drafts: [
        { code: 'total-mismatch', cell: 'G20', params: { field: 'weight', entered: '90', computed: '100' } },
        { code: 'grade-mismatch', cell: 'H21', params: { entered: '优', computed: '良', total: '80' } },
      ],
    },
  ],
});
