import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, READER_LOCALE } from './chromium.ts';

const ARTICLE = '004_a5f976a9040d4d56';
const REPORT = '002_7c8ff1c45c5cec2b';

let browser: Browser;
const contexts: BrowserContext[] = [];

/**
 * A phone-sized page: with JavaScript, without it, or with the head's small scripts but not the
 * app (its entry refused). Remote images are never reached.
 */
async function openPage(mode: 'app' | 'no-js' | 'no-app'): Promise<Page> {
  const javaScriptEnabled = mode !== 'no-js';
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    javaScriptEnabled,
    serviceWorkers: 'block',
    locale: READER_LOCALE,
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  if (mode === 'no-app') await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('prerendered pages (e2e)', () => {
  test('the library, an article and the report are readable before any script runs', async () => {
    const page = await openPage('no-js');
    await page.goto(inject('baseUrl'));
    expect(await page.title()).toBe('文库 · 阅览');
    const list = page.getByRole('list', { name: '文档列表' });
    expect(await list.getByRole('heading').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('library');

    await page.goto(`${inject('baseUrl')}doc/${ARTICLE}`);
    expect(await page.title()).toBe('字节跳动回应：将严格遵守国家相关进出口条例 · 阅览');
    expect(await page.locator('.reader-prose').textContent()).toContain('TikTok 收购案恐要生变。');

    await page.goto(`${inject('baseUrl')}doc/${REPORT}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('商汤科技企业社会责任报告 2021');
    expect(await page.getByRole('link', { name: '关于商汤' }).count()).toBeGreaterThan(0);
  });

  test('the app takes over the same page with no layout shift, and works', async () => {
    const page = await openPage('app');
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['', `doc/${ARTICLE}`, `doc/${REPORT}`]) {
      await page.goto(`${inject('baseUrl')}${path}`);
      // The app has replaced the prerendered page when the root loses its mark.
      await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'));
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(shifts, path || 'library').toEqual([]);
    }
    // Live: a filter works in place.
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'));
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByRole('group', { name: '标签' }).getByRole('checkbox', { name: /美国/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '篇' }).first().textContent()).toBe('1 / 5 篇');
  });

  test('a filtered library link hides the unfiltered prerendered list until the app has drawn the filtered one', async () => {
    const stale = await openPage('no-app');
    await stale.goto(`${inject('baseUrl')}?tag=${encodeURIComponent('美国')}`);
    expect(await stale.locator('#root').evaluate((root) => getComputedStyle(root).visibility)).toBe('hidden');

    const live = await openPage('app');
    await live.goto(`${inject('baseUrl')}?tag=${encodeURIComponent('美国')}`);
    await expect.poll(() => live.getByRole('status').filter({ hasText: '篇' }).first().textContent()).toBe('1 / 5 篇');
    expect(await live.locator('#root').evaluate((root) => getComputedStyle(root).visibility)).toBe('visible');
  });

  test('with remote images off, the prerendered library and article fetch none of them before the app decides', async () => {
    const page = await openPage('no-app');
    await page.goto(`${inject('baseUrl')}search`);
    await page.evaluate(() => localStorage.setItem('yuelan.settings.v1', JSON.stringify({ loadImages: false })));
    const remote: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) remote.push(request.url());
    });
    await page.goto(inject('baseUrl'));
    await page.waitForTimeout(500);
    expect(await page.locator('ul[aria-label="文档列表"] img').count()).toBeGreaterThan(0);
    await page.goto(`${inject('baseUrl')}doc/001_273696c2cfa1a6c5`);
    await page.waitForTimeout(500);
    expect(await page.locator('.reader-prose img').count()).toBeGreaterThan(0);
    expect(remote).toEqual([]);
  });
});
