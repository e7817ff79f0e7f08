import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { embedCode } from '../../src/app/features/embed/embed-code.ts';
import { useBrowserPage } from './browser-page.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

const handle = useBrowserPage();
let host: RunningServer;

beforeAll(async () => {
  // Another origin, as on the reader's own site.
  const dir = mkdtempSync(path.join(tmpdir(), 'yuelan-host-'));
  const src = `${inject('baseUrl')}embed/004_a5f976a9040d4d56?theme=dark`;
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><body><h1>Host page</h1>${embedCode(src, 'An embedded article')}
<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'yuelan:embed-height') { window.heights.push(e.data.height); document.querySelector('iframe').height = e.data.height; } });</script></body></html>`,
  );
  host = await startStaticServer({ root: dir, fallback: null });
});
afterAll(async () => {
  await host?.close();
});

describe('embed view in an iframe on another site (e2e)', () => {
  test('posts its height to the host page and follows the requested theme', async () => {
    const { page } = handle;
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0))
      .toBeGreaterThan(400);
    expect(await frame.locator('html').getAttribute('class')).toContain('dark');
    expect(await frame.getByRole('banner').count()).toBe(0);
  });

  test('opens links outside the frame', async () => {
    const { page } = handle;
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('.reader-prose').waitFor();
    const popup = page.context().waitForEvent('page');
    await frame.getByRole('link', { name: '在阅览中打开' }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe('/doc/004_a5f976a9040d4d56');
    expect(new URL(page.url()).origin).toBe(new URL(host.url).origin);
  });
});
