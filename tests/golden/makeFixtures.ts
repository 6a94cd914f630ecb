/**
 * Writes the golden fixtures: workbooks typed by hand, the demo's filled example and a marked copy.
 * Run once (`npx tsx tests/golden/makeFixtures.ts`) to (re)create tests/golden/fixtures; the files are
 * committed, so that the golden outputs compare the same bytes before and after a refactor.
 */
import { mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { writeHandTyped } from '../fixtures/handTyped';
import { REFERENCE_MERGES, REFERENCE_VALUES, referenceGridFlattened } from '../fixtures/referenceGrid';
import {
  PROJECT_MERGES,
  PROJECT_VALUES,
  TEMPLATE_MERGES,
  TEMPLATE_VALUES,
} from '../templates/read/variantGrids';
import { recordingIo } from '../cli/recordingIo';

const out = join(__dirname, 'fixtures');

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  await writeHandTyped(join(out, 'reference-hand.xlsx'), [
    { name: '自评表', rows: REFERENCE_VALUES, merges: REFERENCE_MERGES },
  ]);
  await writeHandTyped(join(out, 'reference-flattened.xlsx'), [
    { name: '自评表', rows: referenceGridFlattened.values },
  ]);
  await writeHandTyped(join(out, 'project-hand.xlsx'), [
    { name: '项目', rows: PROJECT_VALUES, merges: PROJECT_MERGES },
  ]);
  await writeHandTyped(join(out, 'template-typed.xlsx'), [
    { name: '自评表', rows: TEMPLATE_VALUES, merges: TEMPLATE_MERGES },
  ]);
  await writeHandTyped(join(out, 'two-tables.xlsx'), [
    { name: '自评表', rows: REFERENCE_VALUES, merges: REFERENCE_MERGES },
    { name: '项目', rows: PROJECT_VALUES, merges: PROJECT_MERGES },
  ]);
  await writeHandTyped(join(out, 'no-table.xlsx'), [
    { name: 'Sheet1', rows: [['年度绩效指标'], ['随便写的']] },
  ]);
  const demo = mkdtempSync(join(tmpdir(), 'jxzp-golden-'));
  if ((await run(['demo', '--out', demo], recordingIo())) === 2) throw new Error('demo failed');
  copyFileSync(join(demo, '示例自评表.xlsx'), join(out, 'demo-example.xlsx'));
  copyFileSync(join(demo, '示例自评表（已标注）.xlsx'), join(out, 'demo-marked.xlsx'));
  copyFileSync(join(demo, '空白自评表.xlsx'), join(out, 'demo-blank.xlsx'));
}

void main();
