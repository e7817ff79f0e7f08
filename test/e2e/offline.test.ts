import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { untilAppTakesOver } from './browser-page.ts';
import { EDITORS_NOTE } from './edited-corpus.ts';
import { launchChromium, READER_LOCALE } from './chromium.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const DOCS = [
  '000_7187e93d150f6452',
  '001_273696c2cfa1a6c5',
  '002_7c8ff1c45c5cec2b',
  '003_1737f1c581002fb6',
  '004_a5f976a9040d4d56',
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // Each test gets its own address, so service workers and caches never carry over.
  server = await startStaticServer({ root: inject('distDirs').first });
  context = await browser.newContext({ locale: READER_LOCALE, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  untilAppTakesOver(page);
});
afterEach(async () => {
  await context?.close();
  await server?.close();
});

async function controlled(): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('list', { name: '文档列表' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  // Let the precache finish before the network goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('offline PWA (e2e)', () => {
  test('serves a valid web app manifest, and the service worker controls the page', async () => {
    await controlled();
    const manifest = (await (await page.request.get(`${server.url}manifest.webmanifest`)).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: '阅览 Yuelan',
      short_name: '阅览',
      lang: 'zh-CN',
      display: 'standalone',
      start_url: '.',
      scope: '.',
    });
    const icons = manifest.icons as { sizes: string; purpose: string }[];
    expect(icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
        expect.objectContaining({ sizes: '192x192', purpose: 'maskable' }),
      ]),
    );
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    // The precache holds one plain shell for every navigation, not two copies of it per document.
    const precached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(precached.some((url) => url.endsWith('/shell.html'))).toBe(true);
    expect(
      precached.filter((url) => url.endsWith('.html') && !url.endsWith('/shell.html') && !url.endsWith('/index.html')),
    ).toEqual([]);
    expect(precached.filter((url) => /\/(doc|embed|search)\/[^/]*\/?index\.html$/.test(url))).toEqual([]);
  });

  test("navigations outside the app's routes are the host's, not answered with the app shell", async () => {
    await controlled();
    const worker = await page.goto(`${server.url}sw.js`);
    expect(worker?.fromServiceWorker()).toBe(false);
    expect(await worker?.headerValue('content-type')).toContain('javascript');
    // The manifest may come from the precache, but as itself, not as the shell.
    const manifest = await page.goto(`${server.url}manifest.webmanifest`);
    expect(await manifest?.headerValue('content-type')).not.toContain('text/html');
    // The app's own routes still are, even with the network gone.
    await page.goto(server.url);
    await context.setOffline(true);
    await page.goto(`${server.url}doc/${DOCS[0]}`);
    await page.locator('.reader-prose').first().waitFor();
  });

  test('after one visit, the library, every document, deep links and search work offline', async () => {
    await controlled();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('list', { name: '文档列表' }).waitFor();
    expect(await page.getByText('离线模式').isVisible()).toBe(true);
    // A small library is precached whole: there is nothing to save by hand.
    expect(await page.getByRole('heading', { name: '离线保存整个文库' }).count()).toBe(0);
    for (const id of DOCS) {
      await page.goto(`${server.url}doc/${id}`);
      await page.locator('.reader-prose').first().waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');
    }
    await page.goto(`${server.url}doc/002_7c8ff1c45c5cec2b#s-3-1`);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => Math.round(document.getElementById('s-3-1')?.getBoundingClientRect().top ?? -1)))
      .toBe(16);
    await page.getByRole('combobox', { name: '搜索文库' }).fill('数字哨兵');
    await expect.poll(() => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').count()).toBe(2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-search-1280.png') });
    await context.setOffline(false);
    await expect.poll(() => page.getByText('离线模式').count()).toBe(0);
  });

  test('a new deployment shows a reload prompt that loads the new version', async () => {
    await controlled();
    expect(await page.locator('footer').textContent()).not.toContain('v2');
    server.setRoot(inject('distDirs').second);
    // The next visit finds the new service worker; the old shell keeps running until the reader agrees.
    await page.reload();
    await page.getByRole('list', { name: '文档列表' }).waitFor();
    const prompt = page.getByRole('status').filter({ hasText: '有新版本可用' });
    await prompt.waitFor({ timeout: 20_000 });
    expect(await page.locator('footer').textContent()).not.toContain('v2');
    await prompt.getByRole('button', { name: '重新载入' }).click();
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 20_000 }).toContain('v2');
  });

  test('a tab of the previous build opens a document the new deployment changed, instead of a 404', async () => {
    server.setRoot(inject('distDirs').bulk);
    await controlled();
    // A new deployment while the tab is open: the edited articles' chunks have new names.
    server.setRoot(inject('distDirs').rebuilt);
    await page.getByRole('list', { name: '文档列表' }).getByRole('link').filter({ hasText: '商汤科技回应' }).click();
    await page.getByText(EDITORS_NOTE).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  test('a library too large to precache can be saved whole, with progress, then read offline', async () => {
    server.setRoot(inject('distDirs').bulk);
    await controlled();
    const panel = page.getByRole('region', { name: '离线保存整个文库' });
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.textContent()).toMatch(/需要约 [\d.]+ MB/);
    await panel.getByRole('button', { name: '开始保存' }).click();
    await panel.getByText('整个文库已可离线阅读。').waitFor({ timeout: 20_000 });
    await context.setOffline(true);
    for (const id of DOCS) {
      await page.goto(`${server.url}doc/${id}`);
      await page.locator('.reader-prose').first().waitFor();
    }
    await page.getByRole('combobox', { name: '搜索文库' }).fill('实体清单');
    await expect.poll(() => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').count()).toBe(3);
  });
});
