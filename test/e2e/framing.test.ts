import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

const handle = useBrowserPage();
let host: RunningServer;

beforeAll(async () => {
  // Another origin framing the reader's pages, as a clickjacking page would on a host without headers.
  const dir = mkdtempSync(path.join(tmpdir(), 'yuelan-framer-'));
  const base = inject('baseUrl');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><body>
<iframe id="home" src="${base}" width="800" height="400"></iframe>
<iframe id="highlights" src="${base}highlights" width="800" height="400"></iframe>
<iframe id="embed" src="${base}embed/004_a5f976a9040d4d56" width="800" height="400"></iframe>
</body></html>`,
  );
  host = await startStaticServer({ root: dir, fallback: null });
});
afterAll(async () => {
  await host?.close();
});

describe('pages framed by another site (e2e)', () => {
  test('run no controls outside the embed view; the embed view works', async () => {
    const { page } = handle;
    await page.goto(host.url);
    for (const id of ['home', 'highlights']) {
      const frame = page.frameLocator(`#${id}`);
      await frame.getByText('阅览不在其他网站的框架中运行。').waitFor();
      expect(await frame.getByRole('link', { name: '在新标签页中打开' }).getAttribute('target')).toBe('_blank');
      expect(await frame.getByRole('button').count(), id).toBe(0);
      expect(await frame.getByRole('list', { name: '文档列表' }).count(), id).toBe(0);
    }
    await page.frameLocator('#embed').getByRole('heading', { level: 1 }).waitFor();
  });
});
