import type { ReportInputsInput } from '../../src/domain/report/reportInputs';

/**
 * The 报告要素 of the reference report (2020, 望城区信访局), as they would be typed on the 报告要素
 * sheet (values in column B from row 3). 评价依据 is left empty: the reference does not name it, so the
 * report must show a placeholder. 工作成绩 carries the reference's sentence with 37 件 积案
 * (the table says 32件).
 */
export const REFERENCE_ACHIEVEMENTS = [
  '1、党性修养更加纯粹。局班子坚持以学习为基础，不断提升全体党员干部的党性意识和理论素养。',
  '2、攻坚举措更加多元。我区以超常的力度推进积案化解工作，成立化解专班，强化信访积案专项治理。今年区财政投入信访积案化解资金 380 余万元，使李晓阳、杨巧云、艾学如、洪海滨等 37 件案情复杂、久拖未决的信访积案得到彻底解决。同时，我们自行加压，梳理、排查和交办区内突出矛盾和重点信访问题 63 件，目前已化解 28 件。',
].join('\n');

export const REFERENCE_INPUTS: ReportInputsInput = {
  sheet: '报告要素',
  basis: { raw: null, cell: 'B3' },
  staffQuota: { raw: 13, cell: 'B4' },
  staffActual: { raw: 13, cell: 'B5' },
  departments: { raw: '办公室、接访科、办案科', cell: 'B6' },
  basicExpense: { raw: 596.68, cell: 'B7' },
  salaries: { raw: 488.6, cell: 'B8' },
  goodsAndServices: { raw: 153.6, cell: 'B9' },
  householdSubsidies: { raw: 13.5, cell: 'B10' },
  projectExpense: { raw: 156.5, cell: 'B11' },
  achievements: { raw: REFERENCE_ACHIEVEMENTS, cell: 'B12' },
  problems: { raw: null, cell: 'B13' },
  improvements: { raw: null, cell: 'B14' },
};
