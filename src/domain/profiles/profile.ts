import { z } from '../zod';
import { FINDING_CODES } from '../findings/codes';

const Fraction = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal written as a string, e.g. "0.9"');
const Points = z.string().regex(/^\d+(\.\d+)?$/);
const Band = z.object({ min: Fraction, max: Fraction, maxInclusive: z.boolean() });

/**
 * A scoring profile: every threshold, formula choice and rounding of DESIGN §4 is a setting here.
 * Numbers are strings so that they stay exact (they become Decimals where used).
 * Each setting's default and source is documented in docs/profiles.md.
 */
export const ProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    /** Default weights of the four parts (预算执行率, 产出, 效益, 满意度); must total `maxTotal`. */
    weights: z.object({ budget: Points, output: Points, effect: Points, satisfaction: Points }),
    /**
     * Whether the rules prescribe the 一级 weights (产出 50, 效益 30, 满意度 10). Where they do not
     * (四川 gives 90 points to 绩效指标 as a whole), `weights` only sets up an inserted form and a
     * 一级 label declaring another weight is no finding.
     */
    level1WeightsPrescribed: z.boolean(),
    maxTotal: Points,
    /** Decimal places of every score (执行率得分, indicator scores); 0 = whole points. Rounded once, half up. */
    scoreDecimals: z.number().int().min(0).max(4),
    /** Decimal places of 执行率 shown as a percentage (2 → 57.59%). */
    rateDecimals: z.number().int().min(0).max(4),
    /** A reason is required when 执行率 is below this fraction. */
    executionReasonBelow: Fraction,
    /** A reason is required when actual ≥ this multiple of the target (target set too low). */
    overCompletionAtLeast: Fraction,
    /** 反向 indicators above target: `ratio` = A/B × W; `linear` = max(0, 2 − B/A) × W. */
    reverseFormula: z.enum(['ratio', 'linear']),
    /** A target without an operator (a bare `100%`) is compared as this. */
    implicitComparator: z.enum(['gte', 'eq']),
    /** Score bands of the qualitative levels, as fractions of the weight. */
    qualitativeBands: z.object({ achieved: Band, partial: Band, notAchieved: Band }),
    /** 等级 thresholds on the total, highest first. */
    grades: z.array(z.object({ grade: z.enum(['优', '良', '中', '差']), min: Points })).min(1),
    /** A reason is required whenever 得分 < 分值. */
    reasonRequiredWhenScoreBelowWeight: z.boolean(),
    /** Severity of each finding code (the rules never decide it). */
    severities: z.record(z.enum(FINDING_CODES), z.enum(['error', 'warning', 'info', 'off'])),
  })
  .superRefine((p, ctx) => {
    const w = p.weights;
    const total = [w.budget, w.output, w.effect, w.satisfaction].reduce((a, b) => a + Number(b) * 100, 0);
    if (Math.round(total) !== Math.round(Number(p.maxTotal) * 100)) {
      ctx.addIssue({ code: 'custom', message: 'weights must total maxTotal', path: ['weights'] });
    }
    for (const code of FINDING_CODES) {
      if (!(code in p.severities))
        ctx.addIssue({ code: 'custom', message: `no severity for ${code}`, path: ['severities'] });
    }
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type Severity = 'error' | 'warning' | 'info';
