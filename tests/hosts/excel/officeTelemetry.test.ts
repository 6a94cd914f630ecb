import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Microsoft's office-addin-* tools report usage data unless told not to (`office-addin-usage-data off`,
// their documented switch). Every way this project runs one turns it off first.
const root = join(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

type Lock = { packages: Record<string, { version?: string }> };
const LOCKS = ['package-lock.json', 'tools/office/package-lock.json'];
const OFF = 'office-addin-usage-data off && ';

/** npm scripts that start an office-addin tool: one of their bins, or the dev server (office-addin-dev-certs). */
function runsOfficeTool(command: string): boolean {
  return /(^|[\s&|;])office-addin-(?!usage-data off)|webpack serve|startExcel/.test(command);
}

describe('usage data of the office-addin tools', () => {
  const manifests = ['package.json', 'tools/office/package.json'].map(
    (p) => [p, JSON.parse(read(p)) as { scripts?: Record<string, string> }] as const,
  );

  test.each(manifests)(
    '%s: every script that starts an office-addin tool turns usage data off first',
    (_, pkg) => {
      const offenders = Object.entries(pkg.scripts ?? {})
        .filter(([, command]) => runsOfficeTool(command) && !command.includes('scripts/startExcel.ts'))
        .filter(([, command]) => !command.startsWith(OFF))
        .map(([name]) => name);
      expect(offenders).toEqual([]);
    },
  );

  test('the dev server script is one of them (the check above is not vacuous)', () => {
    const scripts = manifests[0][1].scripts ?? {};
    expect(Object.values(scripts).filter(runsOfficeTool).length).toBeGreaterThanOrEqual(3);
    expect(scripts['dev-server'].startsWith(OFF)).toBe(true);
  });

  test('start:excel and stop:excel turn it off before running any other office-addin tool', () => {
    const source = read('scripts/startExcel.ts');
    const off = source.indexOf("run(bin('office-addin-usage-data'), ['off']);");
    expect(off).toBeGreaterThan(0);
    const runs = [...source.matchAll(/run\(bin\('(office-addin-[a-z-]+)'\)/g)];
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const r of runs) if (r[1] !== 'office-addin-usage-data') expect(r.index).toBeGreaterThan(off);
  });

  test.each(LOCKS)(
    '%s: no telemetry client installed; office-addin-usage-data is a version that reports nothing',
    (lockFile) => {
      const lock = JSON.parse(read(lockFile)) as Lock;
      const names = Object.keys(lock.packages);
      expect(
        names.filter((n) => /(^|\/)applicationinsights$|@microsoft\/applicationinsights/.test(n)),
      ).toEqual([]);
      const usage = names.filter((n) => n.endsWith('node_modules/office-addin-usage-data'));
      expect(usage.length).toBeGreaterThan(0);
      // From 2.1 on, the package's reporting is removed (every send is a no-op, the level always off).
      for (const n of usage) {
        const [major, minor] = (lock.packages[n].version ?? '0.0').split('.').map(Number);
        expect(major > 2 || (major === 2 && minor >= 1)).toBe(true);
      }
    },
  );
});
