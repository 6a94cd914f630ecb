import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The layering of DESIGN §2 is a lint rule (eslint-rules/layering.mjs): a wrong import is an ESLint
 * error in `npm run lint`, and these cases prove it — each invalid one reports, each valid one does not.
 */
const root = join(__dirname, '../..');

// ESLint loads its ES-module config with a dynamic import, which jest's VM cannot do: lint in a child.
const LINT = `
import { ESLint } from 'eslint';
import { join } from 'node:path';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, code] of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: join(process.cwd(), file) });
  out.push(result.messages.filter((m) => m.ruleId === 'jxzp/layering').map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

function lint(cases: readonly (readonly [string, string, ...unknown[]])[]): string[][] {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', LINT], {
    cwd: root,
    input: JSON.stringify(cases.map(([file, code]) => [file, code])),
  });
  return JSON.parse(out.toString()) as string[][];
}

const INVALID = [
  [
    'src/domain/check/x.ts',
    "import { MemoryWorkbook } from '../../hosts/memory';",
    'src/domain imports nothing',
  ],
  ['src/domain/x.ts', "import { createSession } from '../app/session';", 'src/domain imports nothing'],
  ['src/domain/x.ts', "import { APP_TEXT } from '../i18n/app.zh-CN';", 'src/domain imports nothing'],
  [
    'src/templates/x.ts',
    "import { syncMarks } from '../app/marks/syncMarks';",
    'src/templates imports only src/domain',
  ],
  [
    'src/hosts/memory/x.ts',
    "import { createSession } from '../../app/session';",
    'hosts/memory imports only',
  ],
  ['src/hosts/xlsx/x.ts', "import { MemoryWorkbook } from '../memory';", 'hosts/xlsx imports only'],
  [
    'src/hosts/xlsx/x.ts',
    "import { readTables } from '../../templates/read/readTables';",
    'hosts/xlsx imports only',
  ],
  ['src/app/x.ts', "import { XlsxWorkbookHost } from '../hosts/xlsx';", 'not the concrete host'],
  [
    'src/xlsxPackage/x.ts',
    "import { isFormLabel } from '../templates/read/formLabels';",
    'src/xlsxPackage imports nothing',
  ],
  ['src/app/x.ts', "export { run } from '../cli/main';", 'src/app imports no front end'],
  ['src/cli/x.ts', "const pane = import('../taskpane/mount');", 'does not import another front end'],
] as const;

const VALID = [
  ['src/domain/check/x.ts', "import { Decimal } from '../decimal';"],
  ['src/templates/x.ts', "import type { Finding } from '../domain/findings/finding';"],
  [
    'src/hosts/xlsx/x.ts',
    "import type { SheetHost } from '../sheetHost';\nimport type { SheetPlan } from '../../templates/plan';",
  ],
  ['src/hosts/xlsx/x.ts', "import { applyPlanTo } from './applyPlan';"],
  ['src/hosts/xlsx/x.ts', "import { preparePackage } from '../../xlsxPackage';"],
  [
    'src/app/x.ts',
    "import type { SheetHost } from '../hosts/sheetHost';\nimport { readTables } from '../templates/read/readTables';",
  ],
  [
    'src/cli/x.ts',
    "import { XlsxWorkbookHost } from '../hosts/xlsx';\nimport { createSession } from '../app/session';",
  ],
  ['src/standalone/x.ts', "import { mountTaskPane } from '../taskpane/mount';"],
] as const;

let invalid: string[][];
let valid: string[][];
beforeAll(() => {
  [invalid, valid] = [lint(INVALID), lint(VALID)];
}, 60_000);

test.each(INVALID.map((c, i) => [...c, i] as const))('%s: `%s` is an error', (_file, _code, reason, i) => {
  expect(invalid[i]).toEqual([expect.stringContaining(reason)]);
});

test.each(VALID.map((c, i) => [...c, i] as const))('%s: `%s` is allowed', (_file, _code, i) => {
  expect(valid[i]).toEqual([]);
});
