// npm run start:excel [-- desktop | web --document <workbook URL>]: serves the add-in over HTTPS on
// localhost:3000 and sideloads manifest.xml into Excel with Microsoft's tooling (office-addin-debugging 6,
// office-addin-dev-certs). The tooling lives in tools/office with its own lock file: it is installed
// there on first use, never by the project's `npm ci` (its newer versions pull keytar, which needs
// libsecret to build). Usage data is switched off before anything runs. `npm run stop:excel` undoes it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const tools = join(root, 'tools', 'office');
const bin = (name: string): string =>
  join(tools, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command: string, args: readonly string[], cwd = root): void {
  const result = spawnSync(command, [...args], {
    cwd,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [verb = 'start', ...rest] = process.argv.slice(2);
if (!existsSync(bin('office-addin-debugging'))) {
  console.log('首次使用：安装 Office 加载项调试工具到 tools/office …');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], tools);
}
run(bin('office-addin-usage-data'), ['off']);

if (verb === 'stop') {
  run(bin('office-addin-debugging'), ['stop', 'manifest.xml']);
  process.exit(0);
}

const chosen = rest[0] === 'web' || rest[0] === 'desktop' ? rest.shift() : undefined;
const platform = chosen ?? (process.platform === 'linux' ? 'web' : 'desktop');
if (platform === 'web' && !rest.includes('--document')) {
  console.error(
    [
      'Linux 上没有桌面版 Excel：请在网页版 Excel 中侧载。',
      '用法：npm run start:excel -- web --document "<OneDrive 或 SharePoint 上一个工作簿的网址>"',
      '或者：npm run dev-server，然后在网页版 Excel 中“插入 → 加载项 → 上传我的加载项”，选择 manifest.xml。',
    ].join('\n'),
  );
  process.exit(2);
}
run(bin('office-addin-debugging'), [
  'start',
  'manifest.xml',
  platform,
  '--app',
  'excel',
  '--dev-server',
  'npm run dev-server',
  '--dev-server-port',
  '3000',
  ...rest,
]);
