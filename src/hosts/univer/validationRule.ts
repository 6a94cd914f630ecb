import {
  DataValidationErrorStyle,
  DataValidationOperator,
  DataValidationType,
  type IDataValidationRule,
} from '@univerjs/core';
import type { ValidationRule } from '../../templates/plan';

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * A rule's formula as Univer takes it: Excel keeps formulas without '=', Univer takes a number (or a
 * list's items) as is and anything else as a formula. Excel's literal list `"是,否"` is Univer's `是,否`.
 */
export function univerValidationFormula(type: string, formula: string): string {
  if (type === 'list') {
    const literal = /^"(.*)"$/s.exec(formula.trim());
    return literal ? literal[1] : `=${formula}`;
  }
  return NUMBER.test(formula) ? formula.trim() : `=${formula}`;
}

/** The reverse: Univer's formula as Excel keeps it. */
export function excelValidationFormula(type: string, formula: string): string {
  if (formula.startsWith('=')) return formula.slice(1);
  return type === 'list' ? `"${formula}"` : formula;
}

const OPERATOR = {
  between: DataValidationOperator.BETWEEN,
  greaterThanOrEqual: DataValidationOperator.GREATER_THAN_OR_EQUAL,
  lessThanOrEqual: DataValidationOperator.LESS_THAN_OR_EQUAL,
} as const;

/**
 * A plan rule as Univer's: the same model as Excel's (types, operators, stop style, messages). A
 * relative reference (得分 ≤ 本行分值, `G13` for H13:H20) stays relative to the range's top-left cell,
 * as in Excel. `ranges` is left for the caller, who knows the sheet.
 */
export function univerValidation(rule: ValidationRule, uid: string): Omit<IDataValidationRule, 'ranges'> {
  const criteria =
    rule.type === 'list'
      ? { type: DataValidationType.LIST, formula1: univerValidationFormula('list', rule.formula1) }
      : {
          type: DataValidationType.DECIMAL,
          operator: OPERATOR[rule.operator ?? 'between'],
          formula1: univerValidationFormula(rule.type, rule.formula1),
          ...(rule.formula2 === undefined
            ? {}
            : { formula2: univerValidationFormula(rule.type, rule.formula2) }),
        };
  return {
    uid,
    ...criteria,
    allowBlank: rule.allowBlank,
    showErrorMessage: true,
    errorStyle: DataValidationErrorStyle.STOP,
    errorTitle: rule.error.title,
    error: rule.error.text,
    ...(rule.prompt
      ? { showInputMessage: true, promptTitle: rule.prompt.title, prompt: rule.prompt.text }
      : {}),
  };
}
