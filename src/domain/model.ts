import { z } from './zod';
import type { ParsedValue, RawValue } from './cellValue.types';
import type { Expression } from './expression.types';
import { parseCellValue } from './parse/cellValue';
import { natureOf, withColumns } from './parse/columns';
import { parseExpression } from './parse/expression';
import { unitOf } from './parse/units';

/**
 * The evaluation table in two shapes:
 * - `TableInput`: what a reader (or a test fixture) produces — raw cell values with their A1 addresses,
 *   JSON-able and validated with zod;
 * - `EvaluationTable`: the same with every cell parsed once (`createTable`), which score and check use.
 * Glossary: 执行率 executionRate, 分值 weight, 得分 score, 指标值 target, 完成值 actual,
 * 一级/二级/三级指标 level1/level2/indicator name, 全年预算数 planned, 全年执行数 actual (budget).
 */

const A1 = z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/);
/**
 * Any number a cell holds, NaN and ±Infinity included (zod's `number` refuses them): such a cell is the
 * finding `number-not-finite` and costs the table its grade, never a parse error.
 */
const CellNumber = z.custom<number>((v) => typeof v === 'number');
export const RawValueSchema = z.union([z.string(), CellNumber, z.boolean(), z.null()]);
/** `formula` is set only for a formula cell without a calculated value (its result is unknown). */
export const CellInputSchema = z.object({
  raw: RawValueSchema,
  cell: A1.optional(),
  formula: z.string().optional(),
});
export type CellInput = z.infer<typeof CellInputSchema>;

export const TableKindSchema = z.enum(['overall', 'project']);
export type TableKind = z.infer<typeof TableKindSchema>;

/**
 * total 年度总预算 / 年度资金总额 / 总额 / 合计; fiscal 财政拨款 / 当年财政拨款 / 财政资金; business 事业收入;
 * carryover 上年结转资金; special 财政专户管理资金; own 单位资金; basic 基本支出; project 项目支出;
 * other 其他资金 / 其他.
 */
export const BudgetRowKeySchema = z.enum([
  'total',
  'fiscal',
  'business',
  'carryover',
  'special',
  'own',
  'basic',
  'project',
  'other',
]);
export type BudgetRowKey = z.infer<typeof BudgetRowKeySchema>;

export const BudgetRowInputSchema = z.object({
  key: BudgetRowKeySchema,
  label: z.string(),
  /** 年初预算数 (project form only). */
  initial: CellInputSchema.optional(),
  planned: CellInputSchema,
  actual: CellInputSchema,
  /** 执行率 as entered (a formula's result or typed). */
  rate: CellInputSchema.optional(),
  weight: CellInputSchema.optional(),
  score: CellInputSchema.optional(),
  /** Why execution fell short (our template has the column; the reference form has none). */
  reason: CellInputSchema.optional(),
});
export type BudgetRowInput = z.infer<typeof BudgetRowInputSchema>;

export const Level1KeySchema = z.enum(['output', 'effect', 'satisfaction', 'other']);
export type Level1Key = z.infer<typeof Level1KeySchema>;

export const IndicatorInputSchema = z.object({
  /** 一级指标 label as written, e.g. 产出指标（50分）; its key and declared weight are derived. */
  level1: CellInputSchema,
  level2: CellInputSchema,
  name: CellInputSchema,
  target: CellInputSchema,
  actual: CellInputSchema,
  weight: CellInputSchema,
  score: CellInputSchema,
  reason: CellInputSchema,
  /** 1-based sheet row, when read from a sheet. */
  row: z.number().int().positive().optional(),
  /** The reader could not fit the row's cells under their headers (labels out of their columns). */
  misfit: z.boolean().optional(),
  /** 指标性质 in its own column (`≥`, `正向`, `定性`…), when the form has one. */
  nature: CellInputSchema.optional(),
  /** 度量单位 / 计量单位 in its own column: the unit of a bare 指标值 and 完成值. */
  unit: CellInputSchema.optional(),
  /** 调整指标值 (重庆): when filled, the target the actual is compared with. */
  adjustedTarget: CellInputSchema.optional(),
  /** 得分系数（%） (重庆): the completion fraction, 得分 = 系数 × 权重. */
  coefficient: CellInputSchema.optional(),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

export const GoalInputSchema = z.object({ planned: CellInputSchema, achieved: CellInputSchema });

export const TableInputSchema = z.object({
  kind: TableKindSchema,
  /** Sheet name, when read from a workbook. */
  sheet: z.string().optional(),
  meta: z.object({
    /** 部门（单位）名称 or 项目名称. */
    unit: CellInputSchema,
    year: CellInputSchema,
    /** 主管部门 (project form). */
    supervisor: CellInputSchema.optional(),
    /** 实施单位 (project form). */
    implementer: CellInputSchema.optional(),
    /** 所属独立核算单位（个）(overall form). */
    independentUnits: CellInputSchema.optional(),
    /** 部门职能职责概述. */
    functions: CellInputSchema.optional(),
    preparer: CellInputSchema.optional(),
    phone: CellInputSchema.optional(),
    date: CellInputSchema.optional(),
    /** Profile stored with the table (template tag), or the one its form family implies, if any. */
    profileId: z.string().optional(),
    /** The form family the reader recognised (docs/layouts.md), when read from a sheet. */
    family: z.string().optional(),
  }),
  budget: z.array(BudgetRowInputSchema),
  goals: z.array(GoalInputSchema),
  indicators: z.array(IndicatorInputSchema),
  /**
   * Columns whose header gives their unit as % (`执行率（%）`, `得分系数（%）`): a bare 76 there is
   * 76 %, not 7600 %.
   */
  percentColumns: z.array(z.enum(['rate', 'coefficient'])).optional(),
  /**
   * Blocks the reader found but could not read (a budget block it cannot map, an indicator block
   * without the columns it needs): the table then has no total and no grade.
   */
  unreadable: z.array(z.enum(['budget', 'indicators'])).optional(),
  /** 总分 and 评价等级 as entered, when the form has them. */
  totals: z
    .object({
      weight: CellInputSchema.optional(),
      score: CellInputSchema.optional(),
      grade: CellInputSchema.optional(),
    })
    .optional(),
});
export type TableInput = z.infer<typeof TableInputSchema>;

/** A cell once parsed. */
export interface Cell {
  readonly raw: RawValue;
  readonly cell?: string;
  /** A formula whose result is not known yet (see CellInputSchema). */
  readonly formula?: string;
  readonly value: ParsedValue;
}
/** A 指标值 / 完成值 cell: also parsed as an indicator expression. */
export interface ExprCell extends Cell {
  readonly expr: Expression;
}

export interface BudgetRow {
  readonly key: BudgetRowKey;
  readonly label: string;
  readonly initial?: Cell;
  readonly planned: Cell;
  readonly actual: Cell;
  readonly rate?: Cell;
  readonly weight?: Cell;
  readonly score?: Cell;
  readonly reason?: Cell;
}

export interface Indicator {
  readonly level1: Cell;
  readonly level1Key: Level1Key;
  readonly level2: Cell;
  readonly name: Cell;
  /** The target compared with: 调整指标值 when the form has one and it is filled, else 指标值. */
  readonly target: ExprCell;
  readonly actual: ExprCell;
  readonly weight: Cell;
  readonly score: Cell;
  readonly reason: Cell;
  readonly row?: number;
  readonly misfit?: boolean;
  readonly nature?: Cell;
  readonly unit?: Cell;
  /** 得分系数 as a cell, when the form has the column. */
  readonly coefficient?: Cell;
}

export interface EvaluationTable {
  readonly kind: TableKind;
  readonly sheet?: string;
  readonly meta: {
    readonly unit: Cell;
    readonly year: Cell;
    readonly supervisor?: Cell;
    readonly implementer?: Cell;
    readonly independentUnits?: Cell;
    readonly functions?: Cell;
    readonly preparer?: Cell;
    readonly phone?: Cell;
    readonly date?: Cell;
    readonly profileId?: string;
    readonly family?: string;
  };
  readonly percentColumns: readonly ('rate' | 'coefficient')[];
  readonly unreadable: readonly ('budget' | 'indicators')[];
  readonly budget: readonly BudgetRow[];
  readonly goals: readonly { readonly planned: Cell; readonly achieved: Cell }[];
  readonly indicators: readonly Indicator[];
  readonly totals: { readonly weight?: Cell; readonly score?: Cell; readonly grade?: Cell };
}

export function toCell(input: CellInput): Cell {
  return { raw: input.raw, cell: input.cell, value: parseCellValue(input.raw) };
}

/**
 * Parses each distinct cell text once per table: real tables repeat the same 分值, 得分, `/` and
 * `100%` hundreds of times, and parsed values are immutable, so they can be shared.
 */
class ParseMemo {
  private readonly values = new Map<RawValue, ParsedValue>();
  private readonly exprs = new Map<RawValue, Expression>();

  private value(raw: RawValue): ParsedValue {
    let value = this.values.get(raw);
    if (value === undefined) {
      value = parseCellValue(raw);
      this.values.set(raw, value);
    }
    return value;
  }

  cell(input: CellInput): Cell {
    const value = this.value(input.raw);
    return input.formula === undefined
      ? { raw: input.raw, cell: input.cell, value }
      : { raw: input.raw, cell: input.cell, formula: input.formula, value };
  }

  /** `columns`: the 指标性质 and 度量单位 written beside the cell (see parse/columns.ts). */
  exprCell(input: CellInput, columns?: ColumnsOf): ExprCell {
    let expr = this.exprs.get(input.raw);
    if (expr === undefined) {
      expr = parseExpression(input.raw);
      this.exprs.set(input.raw, expr);
    }
    if (columns) expr = withColumns(expr, columns);
    const value = this.value(input.raw);
    return input.formula === undefined
      ? { raw: input.raw, cell: input.cell, value, expr }
      : { raw: input.raw, cell: input.cell, formula: input.formula, value, expr };
  }

  optional(input: CellInput | undefined): Cell | undefined {
    return input ? this.cell(input) : undefined;
  }
}

type ColumnsOf = Parameters<typeof withColumns>[1];

/** The 指标性质 and 度量单位 of an indicator row, as the target and the actual read them. */
function columnsOf(i: IndicatorInput): { target?: ColumnsOf; actual?: ColumnsOf } {
  if (!i.nature && !i.unit) return {};
  const unit = typeof i.unit?.raw === 'string' ? unitOf(i.unit.raw) : null;
  const comparator = natureOf(i.nature?.raw ?? null)?.comparator ?? null;
  return { target: { comparator, unit }, actual: { unit } };
}

/** 调整指标值 when it is filled, else 指标值. */
function targetOf(i: IndicatorInput): CellInput {
  const adjusted = i.adjustedTarget;
  const filled =
    adjusted && adjusted.raw !== null && !(typeof adjusted.raw === 'string' && adjusted.raw.trim() === '');
  return filled ? adjusted : i.target;
}

/** 产出指标（50分） → output; 效益 → effect; 满意度 → satisfaction. */
export function level1KeyOf(label: RawValue): Level1Key {
  const text = typeof label === 'string' ? label : '';
  if (text.includes('产出')) return 'output';
  if (text.includes('效益')) return 'effect';
  if (text.includes('满意')) return 'satisfaction';
  return 'other';
}

/** Parses once: every cell gets its value, every 指标值/完成值 its expression. */
export function createTable(input: TableInput): EvaluationTable {
  const memo = new ParseMemo();
  const cell = (c: CellInput) => memo.cell(c);
  const optional = (c: CellInput | undefined) => memo.optional(c);
  const m = input.meta;
  return {
    kind: input.kind,
    sheet: input.sheet,
    meta: {
      unit: cell(m.unit),
      year: cell(m.year),
      supervisor: optional(m.supervisor),
      implementer: optional(m.implementer),
      independentUnits: optional(m.independentUnits),
      functions: optional(m.functions),
      preparer: optional(m.preparer),
      phone: optional(m.phone),
      date: optional(m.date),
      profileId: m.profileId,
      family: m.family,
    },
    percentColumns: input.percentColumns ?? [],
    unreadable: input.unreadable ?? [],
    budget: input.budget.map((b) => ({
      key: b.key,
      label: b.label,
      initial: optional(b.initial),
      planned: cell(b.planned),
      actual: cell(b.actual),
      rate: optional(b.rate),
      weight: optional(b.weight),
      score: optional(b.score),
      reason: optional(b.reason),
    })),
    goals: input.goals.map((g) => ({ planned: cell(g.planned), achieved: cell(g.achieved) })),
    indicators: input.indicators.map((i) => {
      const columns = columnsOf(i);
      return {
        level1: cell(i.level1),
        level1Key: level1KeyOf(i.level1.raw),
        level2: cell(i.level2),
        name: cell(i.name),
        target: memo.exprCell(targetOf(i), columns.target),
        actual: memo.exprCell(i.actual, columns.actual),
        weight: cell(i.weight),
        score: cell(i.score),
        reason: cell(i.reason),
        row: i.row,
        ...(i.misfit ? { misfit: true } : {}),
        ...(i.nature ? { nature: cell(i.nature) } : {}),
        ...(i.unit ? { unit: cell(i.unit) } : {}),
        ...(i.coefficient ? { coefficient: cell(i.coefficient) } : {}),
      };
    }),
    totals: {
      weight: optional(input.totals?.weight),
      score: optional(input.totals?.score),
      grade: optional(input.totals?.grade),
    },
  };
}
