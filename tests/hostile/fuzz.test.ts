import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { baseWorkbook } from '../fixtures/hostile/basePackage';
import { zipBytes, type MemoryPart } from '../fixtures/hostile/zipFile';
import { recordingIo } from '../cli/recordingIo';

/**
 * Valid packages mutated as damage and attacks do it. Whatever the bytes: `check` never throws, never
 * hangs (each file well under `PER_FILE_MS`), and always says something — findings, or a message
 * naming the file.
 */
const PER_FILE_MS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'jxzp-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let base: Uint8Array;
let parts: MemoryPart[];
beforeAll(async () => {
  base = await baseWorkbook();
  parts = Object.entries(unzipSync(base))
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, content]) => ({ name, content }));
});

let n = 0;
async function checkSays(bytes: Uint8Array): Promise<void> {
  const file = join(dir, `f${n++}.xlsx`);
  writeFileSync(file, bytes);
  const io = recordingIo();
  const started = Date.now();
  const code = await run(['check', file], io);
  expect(Date.now() - started).toBeLessThan(PER_FILE_MS);
  expect([0, 1, 2]).toContain(code);
  const said = [...io.stdout, ...io.stderr].join('\n');
  if (code === 2) expect(said).toContain(file);
  else expect(said).toMatch(/执行率|未找到绩效自评表|未发现问题/);
  rmSync(file);
}

/** The base package with one of its XML parts (`which`, modulo their number) changed by `change`. */
function withXmlPart(which: number, change: (text: string) => string | Buffer): Uint8Array {
  const xml = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const target = xml[which % xml.length];
  const text =
    typeof target.content === 'string' ? target.content : Buffer.from(target.content).toString('utf8');
  return zipBytes(parts.map((p) => (p === target ? { ...p, content: change(text) } : p)));
}
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 25) };

describe('fuzz: mutated packages', () => {
  test('cut short anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (k) => checkSays(base.subarray(0, k % base.length))),
      RUNS,
    );
  });

  test('bytes flipped anywhere in the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (flips) => {
          const bytes = new Uint8Array(base);
          for (const [at, x] of flips) bytes[at % bytes.length] ^= x;
          await checkSays(bytes);
        },
      ),
      RUNS,
    );
  });

  test('bytes flipped inside the XML of a part', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 127 })), { minLength: 1, maxLength: 6 }),
        async (which, flips) => {
          const flipped = withXmlPart(which, (text) => {
            const bytes = Buffer.from(text, 'utf8');
            for (const [at, x] of flips) bytes[at % bytes.length] ^= x;
            return bytes;
          });
          await checkSays(flipped);
        },
      ),
      RUNS,
    );
  });

  test('digits of the XML changed: rows, columns, merges, sizes far out of range', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.constantFrom('0', '9', '99999999', '-1', '1e309', ''),
        async (which, k, digits) => {
          const changed = withXmlPart(which, (text) => {
            const numbers = [...text.matchAll(/\d+/g)];
            if (numbers.length === 0) return text;
            const m = numbers[k % numbers.length];
            return text.slice(0, m.index) + digits + text.slice((m.index ?? 0) + m[0].length);
          });
          await checkSays(changed);
        },
      ),
      RUNS,
    );
  });

  test('parts shuffled, duplicated, dropped, or named with a leading slash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(
          parts.map((_, i) => i),
          { minLength: 1 },
        ),
        fc.option(fc.nat()),
        fc.boolean(),
        async (order, duplicate, slash) => {
          const chosen: MemoryPart[] = order.map((i) => parts[i]);
          if (duplicate !== null) {
            const p = chosen[duplicate % chosen.length];
            chosen.push(slash ? { ...p, name: `/${p.name}` } : p);
          }
          await checkSays(zipBytes(chosen));
        },
      ),
      RUNS,
    );
  });

  test('a huge attribute in any tag of any part', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 6 * 1024 * 1024 }),
        async (which, k, size) => {
          const changed = withXmlPart(which, (text) => {
            const tags = [...text.matchAll(/<[A-Za-z][^>]*?(?=\/?>)/g)];
            const m = tags[k % tags.length];
            const at = (m.index ?? 0) + m[0].length;
            return `${text.slice(0, at)} huge="${'x'.repeat(size)}"${text.slice(at)}`;
          });
          await checkSays(changed);
        },
      ),
      { numRuns: 10 },
    );
  });
});
