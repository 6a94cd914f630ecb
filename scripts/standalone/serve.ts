import { promises as fs } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

/** The page's Content-Security-Policy, also sent as a header (index.html carries it as a meta tag). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built page from `root` on 127.0.0.1 only (no other interface, no other host contacted).
 * Hashed assets may be cached for good; index.html never is, so a rebuilt page is picked up.
 */
export async function serveStandalone(root: string, port: number): Promise<{ server: Server; url: string }> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
      const file = path.normalize(path.join(base, urlPath === '/' ? 'index.html' : urlPath));
      const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end();
        return;
      }
      try {
        if (!file.startsWith(base + path.sep)) throw new Error('outside the page');
        const body = await fs.readFile(file);
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res
          .writeHead(200, {
            ...headers,
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          })
          .end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, headers).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
