import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let contentDir: string;
let url: string;

async function titles(): Promise<string[]> {
  const response = await fetch(`${url}data/manifest.json`);
  const manifest = (await response.json()) as { firstPage: { title: string }[] };
  return manifest.firstPage.map((doc) => doc.title);
}

beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'yuelan-content-'));
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  process.env.CONTENT_DIR = contentDir;
  server = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(async () => {
  delete process.env.CONTENT_DIR;
  await server?.close();
});

describe('pipeline/vite-plugin in the dev server (e2e)', () => {
  test('serves the bundle built from CONTENT_DIR', async () => {
    expect(await titles()).toHaveLength(5);
  });

  test('rebuilds the bundle when a content file changes and tells the page to reload', async () => {
    const reloads: unknown[] = [];
    const send = server.hot.send.bind(server.hot);
    server.hot.send = (payload: unknown) => {
      reloads.push(payload);
      send(payload as never);
    };
    const file = path.join(contentDir, '004_a5f976a9040d4d56.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "字节跳动回应', 'title: "改过的标题'));
    await expect.poll(titles, { timeout: 10_000, interval: 200 }).toContain('改过的标题：将严格遵守国家相关进出口条例');
    expect(reloads).toContainEqual({ type: 'full-reload' });
  });
});
