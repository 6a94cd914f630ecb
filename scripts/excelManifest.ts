import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `npm run manifest:excel -- https://server/path/ [out.xml]`: the manifest for a deployment server. The
 * development manifest points at https://localhost:3000/; this writes a copy (default dist/manifest.xml)
 * whose every URL and app domain points at the server that serves the built add-in instead.
 */
export const DEV_BASE = 'https://localhost:3000/';

export function deploymentBase(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`不是网址：${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`Office 只加载 HTTPS 网址：${url}`);
  if (parsed.search !== '' || parsed.hash !== '') throw new Error(`网址不能带 ? 或 #：${url}`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

export function manifestFor(xml: string, baseUrl: string): string {
  const base = deploymentBase(baseUrl);
  const origin = new URL(base).origin;
  return xml
    .replace(
      /<!--[\s\S]*?-->/,
      () =>
        `<!-- 绩效自评助手 for Excel, served from ${base}: written by npm run manifest:excel from manifest.xml. -->`,
    )
    .split(DEV_BASE)
    .join(base)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, () => `<AppDomain>${origin}</AppDomain>`);
}

function main(args: readonly string[]): void {
  const [base, out = join(__dirname, '../dist/manifest.xml')] = args;
  if (base === undefined) {
    console.error('用法：npm run manifest:excel -- https://服务器/路径/ [输出.xml]');
    process.exit(2);
  }
  const xml = manifestFor(readFileSync(join(__dirname, '../manifest.xml'), 'utf8'), base);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml, { flag: 'wx' });
  console.log(`已写出 ${out}（加载项网址：${deploymentBase(base)}）`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
