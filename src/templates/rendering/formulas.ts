import { Decimal } from '../../domain/decimal';
import type { RenderProfile } from './options';

/**
 * The live formulas of the templates (docs/layouts.md), in Excel syntax without the leading '='.
 * Each returns "" while its inputs are empty, so a fresh sheet shows neither 0.00% nor #DIV/0!.
 */

/** 执行率 = 全年执行数 ÷ 全年预算数; blank when the budget is empty or zero. */
export function rateFormula(planned: string, actual: string): string {
  return `IF(OR(${planned}="",${planned}=0),"",${actual}/${planned})`;
}

/** 执行率得分 = min(执行率, 1) × 分值, rounded once to the profile's decimals. */
export function executionScoreFormula(rate: string, weight: string, decimals: number): string {
  return `IF(${rate}="","",ROUND(MIN(${rate},1)*${weight},${decimals}))`;
}

/** SUM that stays blank until one of its cells holds a number (COUNT ignores the "" of blank formulas). */
export function sumOrBlankFormula(refs: readonly string[]): string {
  const list = refs.join(',');
  return `IF(COUNT(${list})=0,"",SUM(${list}))`;
}

/** 评价等级 from 总分 by the profile's thresholds, highest first; the lowest grade is the fallback. */
export function gradeFormula(total: string, grades: RenderProfile['grades']): string {
  const sorted = [...grades].sort((a, b) => new Decimal(b.min).comparedTo(new Decimal(a.min)));
  const fallback = `"${sorted[sorted.length - 1].grade}"`;
  const nested = sorted
    .slice(0, -1)
    .reduceRight(
      (inner, g) => `IF(${total}>=${new Decimal(g.min).toString()},"${g.grade}",${inner})`,
      fallback,
    );
  return `IF(${total}="","",${nested})`;
}

/** A profile weight as shown in a label: '50.0' → '50'. */
export function pointsText(points: string): string {
  return new Decimal(points).toString();
}

/** A profile weight as a cell value. Weights are small decimals written as text; a JS number shows them exactly. */
export function pointsValue(points: string): number {
  return new Decimal(points).toNumber();
}
