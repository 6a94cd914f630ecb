/**
 * Why a package is not handed on: a value with typed data (numbers as numbers, names as stored), made
 * into a Chinese sentence at the edge (src/i18n/hostText.zh-CN.ts).
 */
export type PackageProblem =
  | { readonly code: 'file-empty' }
  | { readonly code: 'file-too-large'; readonly sizeBytes: number; readonly limitBytes: number }
  | { readonly code: 'encrypted' }
  | { readonly code: 'legacy-xls' }
  | { readonly code: 'not-xlsx' }
  /** `detail` is for logs (English, technical); the message never shows it as the reason. */
  | { readonly code: 'corrupt'; readonly detail: string }
  | { readonly code: 'too-many-parts'; readonly count: number; readonly limit: number }
  | { readonly code: 'part-too-large'; readonly part: string; readonly limitBytes: number }
  | { readonly code: 'inflated-too-large'; readonly limitBytes: number }
  | { readonly code: 'read-too-large'; readonly sizeBytes: number; readonly limitBytes: number }
  | {
      readonly code: 'too-many-cells';
      readonly sheet: string;
      readonly count: number;
      readonly limit: number;
    }
  | {
      readonly code: 'merge-too-large';
      readonly sheet: string;
      readonly range: string;
      readonly count: number;
      readonly limit: number;
    }
  | {
      readonly code: 'too-many-merges';
      readonly sheet: string;
      readonly count: number;
      readonly limit: number;
    }
  | { readonly code: 'names-too-large'; readonly count: number; readonly limit: number };

export type PackageProblemCode = PackageProblem['code'];

/** Thrown inside the inspection only, caught at its entry point: a problem found deep in a scan. */
export class PackageRefusal extends Error {
  override readonly name = 'PackageRefusal';
  constructor(readonly problem: PackageProblem) {
    super(problem.code === 'corrupt' ? `corrupt: ${problem.detail}` : problem.code);
  }
}

export function corrupt(detail: string): PackageRefusal {
  return new PackageRefusal({ code: 'corrupt', detail });
}
