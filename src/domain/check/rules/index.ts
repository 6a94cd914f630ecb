import type { Rule } from '../rule';
import { budgetPartsSumRule } from './budgetPartsSum';
import { budgetRatesRule } from './budgetRates';
import { budgetSubrowsRule } from './budgetSubrows';
import { coefficientsRule } from './coefficients';
import { executionReasonRule } from './executionReason';
import { executionScoreRule } from './executionScore';
import { expressionsRule } from './expressions';
import { metaRule } from './meta';
import { numberCellsRule } from './numberCells';
import { reasonsRule } from './reasons';
import { ruleScoreRule } from './ruleScore';
import { scoreBoundsRule } from './scoreBounds';
import { totalsRule } from './totals';
import { weightsRule } from './weights';

export const RULES: readonly Rule[] = [
  metaRule,
  numberCellsRule,
  budgetPartsSumRule,
  budgetRatesRule,
  budgetSubrowsRule,
  executionScoreRule,
  executionReasonRule,
  scoreBoundsRule,
  ruleScoreRule,
  expressionsRule,
  reasonsRule,
  coefficientsRule,
  weightsRule,
  totalsRule,
];
