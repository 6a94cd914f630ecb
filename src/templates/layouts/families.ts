import type { TableKind } from '../../domain/model';

/**
 * The form families the reader knows (docs/layouts.md, "Provincial forms"), as data: the header
 * words that recognise each, and the scoring profile the form implies. Header words are label keys
 * (full-width folded, no spaces: `年初预算数(A)`), matched at the start of a header cell's key.
 * The first family whose words all appear, and whose absent words do not, is the table's.
 */
export type FamilyId =
  | 'national-overall'
  | 'national-project'
  | 'split-target'
  | 'sichuan'
  | 'sichuan-county'
  | 'guizhou-overall'
  | 'chongqing-flat'
  | 'hubei-county';

export interface FormFamily {
  readonly id: FamilyId;
  /** The form's own name, as reviewers know it. */
  readonly name: string;
  readonly budgetHeaders: readonly string[];
  readonly indicatorHeaders: readonly string[];
  /** Budget header words the family never has. */
  readonly absentBudgetHeaders: readonly string[];
  /** The kind when the form decides it; null when its title or blocks do. */
  readonly kind: TableKind | null;
  /** The id of the profile the form implies (its rules differ from 财预〔2020〕10号), or null. */
  readonly profile: string | null;
}

const family = (f: Partial<FormFamily> & Pick<FormFamily, 'id' | 'name'>): FormFamily => ({
  budgetHeaders: [],
  indicatorHeaders: [],
  absentBudgetHeaders: [],
  kind: null,
  profile: null,
  ...f,
});

/** Most specific first. */
export const FORM_FAMILIES: readonly FormFamily[] = [
  family({
    id: 'hubei-county',
    name: '湖北县级项目绩效自评表',
    budgetHeaders: ['得分(20分*执行率)'],
    kind: 'project',
    profile: 'hubei-county-2020',
  }),
  family({
    id: 'sichuan',
    name: '四川部门预算项目支出绩效自评表（510000_0013zp）',
    budgetHeaders: ['调整后预算数', '预算执行数'],
    kind: 'project',
    profile: 'sichuan-2023',
  }),
  family({
    id: 'chongqing-flat',
    name: '重庆部门整体绩效自评表',
    indicatorHeaders: ['指标名称', '得分系数'],
    kind: 'overall',
  }),
  family({
    id: 'guizhou-overall',
    name: '贵州部门整体支出绩效自评表',
    budgetHeaders: ['年初预算数(A)', '全年执行数(B)'],
    absentBudgetHeaders: ['全年预算数'],
    kind: 'overall',
  }),
  family({
    id: 'sichuan-county',
    name: '四川县级绩效目标自评表（衔接资金）',
    indicatorHeaders: ['分值', '年度指标值', '全年实际值'],
    kind: 'project',
  }),
  family({
    id: 'split-target',
    name: '指标性质、指标值、度量单位分列的自评表',
    indicatorHeaders: ['指标性质', '度量单位'],
  }),
  family({ id: 'national-project', name: '项目支出绩效自评表（财预〔2020〕10号）', kind: 'project' }),
  family({ id: 'national-overall', name: '部门（单位）整体支出绩效自评表', kind: 'overall' }),
];

/** What a table's headers say: the keys of its budget and indicator header cells, and its kind. */
export interface HeaderSigns {
  readonly budget: readonly string[];
  readonly indicators: readonly string[];
  readonly kind: TableKind;
}

const hasWord = (keys: readonly string[], word: string) => keys.some((k) => k.startsWith(word));

/** The family a table belongs to: the first whose words its headers hold; the national form of its kind else. */
export function familyOf(signs: HeaderSigns): FormFamily {
  const found = FORM_FAMILIES.find(
    (f) =>
      (f.budgetHeaders.length > 0 || f.indicatorHeaders.length > 0) &&
      f.budgetHeaders.every((w) => hasWord(signs.budget, w)) &&
      f.indicatorHeaders.every((w) => hasWord(signs.indicators, w)) &&
      !f.absentBudgetHeaders.some((w) => hasWord(signs.budget, w)),
  );
  if (found) return found;
  const id: FamilyId = signs.kind === 'project' ? 'national-project' : 'national-overall';
  return FORM_FAMILIES.find((f) => f.id === id) as FormFamily;
}
