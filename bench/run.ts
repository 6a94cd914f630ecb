import { benchCli } from './cli';
import { benchCore } from './core';
import { benchExcelSyncs } from './excelSyncs';
import { benchHostile } from './hostile';
import { benchNarrate } from './narrate';
import { benchTaskpane } from './taskpane';
import { benchWps } from './wps';
import { benchStandalone } from './standalone';

/**
 * `npm run bench`: prints each figure, then one line holding a JSON object of all of them under stable
 * keys (later benches add their keys here).
 */
async function main(): Promise<void> {
  const figures: Record<string, number> = {};
  Object.assign(figures, benchCore());
  Object.assign(figures, benchNarrate());
  Object.assign(figures, await benchCli());
  Object.assign(figures, await benchWps());
  Object.assign(figures, await benchExcelSyncs());
  Object.assign(figures, await benchStandalone());
  Object.assign(figures, await benchTaskpane());
  Object.assign(figures, await benchHostile());
  console.log(JSON.stringify(figures));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
