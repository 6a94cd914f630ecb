import { VALIDATION_TEXT } from '../layouts/formText.zh-CN';
import type { RangeBox } from '../a1';
import { a1 } from '../a1';
import type { ValidationRule } from '../plan';

/** Native validations: they stop the obvious slips as they are typed; the checker catches the rest. */

export function amountRule(range: RangeBox): ValidationRule {
  return {
    range,
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formula1: '0',
    allowBlank: true,
    ...VALIDATION_TEXT.amount,
  };
}

export function countRule(range: RangeBox): ValidationRule {
  return {
    range,
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formula1: '0',
    allowBlank: true,
    ...VALIDATION_TEXT.count,
  };
}

export function weightRule(range: RangeBox): ValidationRule {
  return {
    range,
    type: 'decimal',
    operator: 'between',
    formula1: '0',
    formula2: '100',
    allowBlank: true,
    ...VALIDATION_TEXT.weight,
  };
}

/**
 * 得分 between 0 and the 分值 of its own row. As in Excel, a relative reference in a rule is relative
 * to the top-left cell of its range, so one rule covers a whole group of rows (and rows inserted into it).
 */
export function scoreRule(range: RangeBox, weightColumn: number): ValidationRule {
  return {
    range,
    type: 'decimal',
    operator: 'between',
    formula1: '0',
    formula2: a1(range.top, weightColumn),
    allowBlank: true,
    ...VALIDATION_TEXT.score,
  };
}
