import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticServerOptions = {
  root: string;
  /** URL prefix the files are served under, e.g. '/reader/'. */
  prefix?: string;
  /** File sent for unknown paths with status 200, as SPA hosts do; null for a plain 404. */
  fallback?: string | null;
};

export type RunningServer = { url: string; close: () => Promise<void>; setRoot: (root: string) => void };

/** A plain static file server on 127.0.0.1: no rewrites unless a fallback is named. */
export async function startStaticServer({
  root,
  prefix = '/',
  fallback = 'index.html',
}: StaticServerOptions): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (!pathname.startsWith(prefix)) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = path.join(root, pathname.slice(prefix.length));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        await stat(file);
      } catch {
        if (fallback === null) {
          res.writeHead(404).end('not found');
          return;
        }
        file = path.join(root, fallback);
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    setRoot: (next: string) => {
      root = next;
    },
  };
}
