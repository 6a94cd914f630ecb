import * as path from 'path';
import { createProfile } from './libreoffice';

/**
 * `tsx scripts/lo/cli.ts profile DIR`: writes a LibreOffice profile (recalc on load, Chinese font
 * replacements) under DIR and prints two lines for shell scripts: the -env:UserInstallation URL and
 * the fonts.conf path for FONTCONFIG_FILE.
 */
async function main(argv: readonly string[]): Promise<number> {
  const [command, dir] = argv;
  if (command !== 'profile' || dir === undefined) {
    process.stderr.write('usage: tsx scripts/lo/cli.ts profile DIR\n');
    return 2;
  }
  const profile = await createProfile(path.resolve(dir));
  process.stdout.write(`${profile.url}\n${profile.fontsConf}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
