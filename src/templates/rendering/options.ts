import { z } from '../../domain/zod';
import type { Profile } from '../../domain/profiles/profile';

export type RenderOptionField = 'options' | 'kind' | 'year' | 'unit' | 'profile' | 'blankRowsPerLevel2';

export type TemplateKind = 'overall' | 'project' | 'reportInputs';

/** The part of a profile a template needs: weights in the labels, rounding in the formulas, grade thresholds. */
export type RenderProfile = Pick<Profile, 'id' | 'weights' | 'scoreDecimals' | 'grades'>;

export interface RenderOptions {
  readonly kind: TemplateKind;
  readonly year: number;
  /** 部门（单位）名称, or 项目名称 on the project form; may be empty (typed in later). */
  readonly unit: string;
  readonly profile: RenderProfile;
  /** Blank 三级 rows under each 二级 (1–200, default 2). */
  readonly blankRowsPerLevel2?: number;
}

export const DEFAULT_BLANK_ROWS = 2;
export const MAX_UNIT_LENGTH = 255;

const Points = z.string().regex(/^\d+(\.\d+)?$/);

/** Same rules as ProfileSchema for the fields we use (picking from a refined schema is not allowed in zod 4). */
const RenderProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  weights: z.object({ budget: Points, output: Points, effect: Points, satisfaction: Points }),
  scoreDecimals: z.number().int().min(0).max(4),
  grades: z.array(z.object({ grade: z.enum(['优', '良', '中', '差']), min: Points })).min(1),
});

const RenderOptionsSchema = z.object({
  kind: z.enum(['overall', 'project', 'reportInputs']),
  year: z.number().int().min(2000).max(2100),
  unit: z.string().max(MAX_UNIT_LENGTH),
  profile: RenderProfileSchema,
  blankRowsPerLevel2: z.number().int().min(1).max(200).default(DEFAULT_BLANK_ROWS),
});

export type ValidRenderOptions = z.output<typeof RenderOptionsSchema>;

/** Bad options are a value, not an exception: the pane shows `renderOptionMessage(field)` for each. */
export interface RenderOptionsError {
  readonly code: 'invalid-render-options';
  readonly fields: readonly RenderOptionField[];
}

const FIELDS: readonly RenderOptionField[] = ['kind', 'year', 'unit', 'profile', 'blankRowsPerLevel2'];

function fieldOf(path: readonly PropertyKey[]): RenderOptionField {
  const head = path[0];
  return FIELDS.find((f) => f === head) ?? 'options';
}

export function validateRenderOptions(
  options: unknown,
):
  | { readonly ok: true; readonly options: ValidRenderOptions }
  | { readonly ok: false; readonly error: RenderOptionsError } {
  const parsed = RenderOptionsSchema.safeParse(options);
  if (parsed.success) return { ok: true, options: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => fieldOf(issue.path)))];
  return { ok: false, error: { code: 'invalid-render-options', fields } };
}
