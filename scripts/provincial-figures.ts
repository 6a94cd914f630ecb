/**
 * What the checker reads from every hand-typed provincial fixture (tests/fixtures/provincial/): per
 * table the kind, year, 执行率, 执行率得分, weights, entered and rule totals, grade, and the findings
 * by severity and code. Prints a Markdown table, then one JSON line (the same figures), so that the
 * figures before and after a change can be compared: `npx tsx scripts/provincial-figures.ts [--findings]`.
 */
import { checkWorkbook } from '../src/app/checkWorkbook';
import { summarize } from '../src/app/summarize';
import { MemoryWorkbook } from '../src/hosts/memory';
import { PROVINCIAL_FIXTURES } from '../tests/fixtures/provincial';

interface Figures {
  readonly id: string;
  readonly tables: number;
  readonly kind: string | null;
  readonly year: number | null;
  readonly rate: string | null;
  readonly budgetScore: string | null;
  readonly weights: string | null;
  readonly entered: string | null;
  readonly rule: string | null;
  readonly grade: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly codes: string;
  /** `cell code` of every finding, in the order the checker gives them. */
  readonly findings: readonly string[];
}

async function figuresOf(id: string, book: MemoryWorkbook): Promise<Figures> {
  const check = await checkWorkbook(book);
  const problems = check.problems.flatMap((p) => p.findings);
  const tables = check.tables.map(summarize);
  const first = tables[0];
  const findings = [...problems, ...tables.flatMap((t) => t.findings)];
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return {
    id,
    tables: tables.length,
    kind: first?.kind ?? null,
    year: first?.year ?? null,
    rate: first?.budget.rate ?? null,
    budgetScore: first?.budget.score ?? null,
    weights: first?.totals.weights ?? null,
    entered: first?.totals.enteredScore ?? null,
    rule: first?.totals.ruleScore ?? null,
    grade: first?.totals.grade ?? null,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    codes: [...counts.entries()].map(([code, n]) => (n > 1 ? `${code}×${n}` : code)).join(', '),
    findings: findings.map((f) => `${f.cell ?? '—'} ${f.code}`),
  };
}

async function main(): Promise<void> {
  const all: Figures[] = [];
  for (const f of PROVINCIAL_FIXTURES) {
    all.push(await figuresOf(f.id, MemoryWorkbook.fromRows(f.grid.sheet, f.grid.values, f.grid.merges)));
  }
  const dash = (v: string | number | null) => (v === null ? '—' : String(v));
  console.log(
    '| fixture | tables | year | 执行率 | 执行率得分 | weights | entered | rule | grade | E/W/I | codes |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of all) {
    console.log(
      `| ${r.id} | ${r.tables} | ${dash(r.year)} | ${dash(r.rate)} | ${dash(r.budgetScore)} | ${dash(r.weights)} | ${dash(r.entered)} | ${dash(r.rule)} | ${dash(r.grade)} | ${r.errors}/${r.warnings}/${r.infos} | ${r.codes} |`,
    );
  }
  if (process.argv.includes('--findings')) {
    for (const r of all) console.log(`\n${r.id}: ${r.findings.join('; ') || '—'}`);
  }
  console.log(JSON.stringify(all));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
