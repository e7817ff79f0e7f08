import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg)/;
const compress = promisify(gzip);
const compressed = new Map<string, Promise<Buffer>>();

function gzipped(file: string, body: Buffer, modified: number): Promise<Buffer> {
  const key = `${file}:${modified}`;
  let entry = compressed.get(key);
  if (!entry) {
    entry = compress(body);
    compressed.set(key, entry);
  }
  return entry;
}

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
      let modified: number;
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        modified = (await stat(file)).mtimeMs;
      } catch {
        if (fallback === null) {
          res.writeHead(404).end('not found');
          return;
        }
        file = path.join(root, fallback);
        modified = (await stat(file)).mtimeMs;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // As static hosts do: a known length, and text compressed once and kept (gzip_static).
      const body = await readFile(file);
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const sent = gzip ? await gzipped(file, body, modified) : body;
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': sent.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(sent);
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
