import { buildStandalone } from './build';
import { serveStandalone } from './serve';
import { STANDALONE_DIST } from './viteConfig';

/** `npm start`: builds the page, serves it on localhost (PORT, default 5180), stops cleanly on Ctrl-C. */
const DEFAULT_PORT = 5180;

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT 须为 0–65535 的整数，收到“${value}”。\n`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFrom(process.env.PORT);
  await buildStandalone();
  const { server, url } = await serveStandalone(STANDALONE_DIST, port).catch((e: unknown) => {
    const code: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'code') : undefined;
    process.stderr.write(
      code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用；请用 PORT=其他端口 npm start。\n`
        : `无法启动服务：${String(e)}\n`,
    );
    process.exit(2);
  });
  process.stdout.write(`绩效自评助手已启动：${url}\n（按 Ctrl-C 停止）\n`);
  const stop = (): void => {
    process.stdout.write('正在停止……\n');
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
