import type ExcelJS from 'exceljs';
import { rangeA1 } from '../../templates/a1';
import type { ValidationRule } from '../../templates/plan';
import { validationStore } from './exceljsInternals';

/** A plan's validation rule as ExcelJS writes it: a stop-style error, the prompt shown when it has one. */
export function excelValidation(rule: ValidationRule): ExcelJS.DataValidation {
  return {
    type: rule.type,
    ...(rule.type === 'list' || rule.operator === undefined ? {} : { operator: rule.operator }),
    allowBlank: rule.allowBlank,
    formulae: rule.formula2 === undefined ? [rule.formula1] : [rule.formula1, rule.formula2],
    ...(rule.prompt
      ? { showInputMessage: true, promptTitle: rule.prompt.title, prompt: rule.prompt.text }
      : {}),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: rule.error.title,
    error: rule.error.text,
  };
}

/** One entry per rule, keyed by its range ('H13:H20'), so relative formulas stay relative to its top-left cell. */
export function addValidations(ws: ExcelJS.Worksheet, rules: readonly ValidationRule[]): void {
  const store = validationStore(ws);
  for (const rule of rules) store.add(rangeA1(rule.range), excelValidation(rule));
}
