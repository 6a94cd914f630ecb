import { STANDARD_2020 } from '../domain/profiles/standard2020';
import { fillPlan } from '../templates/fillPlan';
import type { PlanValue, SheetPlan } from '../templates/plan';
import { renderTemplateWithMap, type FormCellMap, type ReportInputsCellMap } from '../templates/render';

/**
 * The built-in example: the table of the 2020 reference report (长沙市望城区信访局), with its mistakes,
 * as a clerk would type it into our template. Keyed by 二级指标; rows: 三级, 指标值, 完成值, 分值, 得分.
 */
type Row = readonly [PlanValue, PlanValue, PlanValue, PlanValue, PlanValue];

const ECO = '化解了陈年积案，减少了进京非访数量，减少45%，有效的维护了社会和谐稳定。';
const INDICATORS: Readonly<Record<string, readonly Row[]>> = {
  数量指标: [
    ['接待群众来访', '全年预计接访量', '127批 600人', 10, 10],
    ['化解信访积案', '完成信访积案化解案件', '32件', 10, 10],
  ],
  质量指标: [
    ['办结率', '100%', '100%', 10, 10],
    ['化解率', '100%', '100%', 10, 10],
  ],
  时效指标: [['/', '/', '/', '/', '/']],
  成本指标: [[1036.03, '不超过预算指标数', 596.68, 10, 10]],
  经济效益指标: [['/', '/', '/', '/', '/']],
  社会效益指标: [
    ['全年未发生维稳事件。', '全年未发生维稳事件。', '100%', 10, 10],
    ['未发生重大群体性事件。', '未发生重大群体性事件。', '100%', 10, 10],
  ],
  生态效益指标: [[ECO, ECO, '非访数量减少45%', 10, 10]],
  可持续影响指标: [['进京“非访”率同比下降。', '进京“非访”率同比下降。', null, 10, 10]],
  服务对象满意度指标: [['群众理解及满意率97%。', '群众理解及满意率97%。', '100%', 10, 10]],
};

export const DEMO_UNIT = '长沙市望城区信访局';
export const DEMO_YEAR = 2020;

/** The values to put into a freshly rendered overall form. */
export function demoValues(map: FormCellMap): Map<string, PlanValue> {
  const v = new Map<string, PlanValue>();
  if (map.meta.independentUnits) v.set(map.meta.independentUnits, 1);
  if (map.meta.functions) {
    v.set(
      map.meta.functions,
      '望城区信访局与望城区处理信访突出问题及群众性事件联席会议办公室、望城区人民来访接待中心合署办公。主要职责为：受理、交办、转送信访人提出的信访事项；协调处理重要信访事项；督促、检查信访事项的处理。',
    );
  }
  v.set(
    map.goals.planned,
    '为完成中央、省、市进京非访指标总量下降的目标，确保我区社会大局稳定和治安秩序良好。',
  );
  v.set(
    map.goals.achieved,
    '完成中央、省、市进京非访指标总量下降的目标，确保了我区社会大局稳定和治安秩序良好。',
  );
  if (map.meta.preparer) v.set(map.meta.preparer, '徐海燕');
  if (map.meta.phone) v.set(map.meta.phone, '88553876');
  for (const b of map.budget) {
    if (b.key === 'total' || b.key === 'fiscal') {
      v.set(b.planned, 1036.03);
      v.set(b.actual, 596.68);
    }
    // The reference typed 6 over the 执行率得分: the check must say 5.76.
    if (b.key === 'total' && b.score) v.set(b.score, 6);
  }
  const used = new Map<string, number>();
  for (const row of map.indicators) {
    const level2 = row.level2;
    const rows = INDICATORS[level2];
    const i = used.get(level2) ?? 0;
    used.set(level2, i + 1);
    const values = rows?.[i];
    if (!values) continue;
    [row.name, row.target, row.actual, row.weight, row.score].forEach((cell, k) => v.set(cell, values[k]));
  }
  return v;
}

/**
 * The 报告要素 of the reference report, with its inconsistencies (基本支出 parts add to 655.70, the
 * text says 37 件 积案 where the table says 32件). 评价依据 is left for the user: the report shows a
 * placeholder for it.
 */
const DEMO_FACTS: Readonly<Record<string, PlanValue>> = {
  staffQuota: 13,
  staffActual: 13,
  departments: '办公室、接访科、办案科',
  basicExpense: 596.68,
  salaries: 488.6,
  goodsAndServices: 153.6,
  householdSubsidies: 13.5,
  projectExpense: 156.5,
  achievements:
    '攻坚举措更加多元。我区以超常的力度推进积案化解工作，成立化解专班，强化信访积案专项治理。今年区财政投入信访积案化解资金 380 余万元，使 37 件案情复杂、久拖未决的信访积案得到彻底解决。',
};

export function demoReportInputs(map: ReportInputsCellMap): Map<string, PlanValue> {
  const v = new Map<string, PlanValue>();
  for (const fact of map.facts) {
    const value = DEMO_FACTS[fact.key];
    if (value !== undefined) v.set(fact.cell, value);
  }
  return v;
}

/**
 * The built-in example as sheets: the blank form, the form filled as the reference table was (its
 * mistakes included), and its 报告要素 filled from the reference report. What `jxzp demo` writes and
 * what the standalone page's 载入示例 inserts.
 */
export function examplePlans(): { blank: SheetPlan; filled: SheetPlan; inputs: SheetPlan } {
  const options = { kind: 'overall', year: DEMO_YEAR, unit: DEMO_UNIT, profile: STANDARD_2020 } as const;
  const form = renderTemplateWithMap(options);
  if (!form.ok || form.map.kind === 'reportInputs')
    throw new Error('the built-in overall template failed to render');
  const inputs = renderTemplateWithMap({ ...options, kind: 'reportInputs' });
  if (!inputs.ok || inputs.map.kind !== 'reportInputs')
    throw new Error('the built-in 报告要素 template failed to render');
  return {
    blank: form.plan,
    filled: fillPlan(form.plan, demoValues(form.map)),
    inputs: fillPlan(inputs.plan, demoReportInputs(inputs.map)),
  };
}
