import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const handle = useBrowserPage({ width: 375, height: 640 });

const countText = () => handle.page.getByRole('status').filter({ hasText: '篇' }).first().textContent();

describe('library and article reader (e2e)', () => {
  test('picks a tag, changes the count and the URL, and restores the view on reload', async () => {
    await handle.page.goto(inject('baseUrl'));
    await handle.page.getByRole('button', { name: /^筛选/ }).click();
    await handle.page.getByRole('group', { name: '标签' }).getByRole('checkbox', { name: /美国/ }).click(); // The box follows the URL, which the router updates asynchronously: click, then wait for the result.
    await expect.poll(countText).toBe('1 / 5 篇');
    expect(new URL(handle.page.url()).searchParams.getAll('tag')).toEqual(['美国']);
    await handle.page.reload();
    await expect.poll(countText).toBe('1 / 5 篇');
    expect(await handle.page.getByRole('button', { name: '移除筛选 标签：美国' }).isVisible()).toBe(true);
    const titles = await handle.page.getByRole('list', { name: '文档列表' }).getByRole('heading').allTextContents();
    expect(titles).toEqual(['商汤科技回应被美国“拉黑”：强烈反对 相关指控毫无根据']);
    await handle.page.goBack();
  });

  test('opens an article with its sanitized body and returns to the same scroll position', async () => {
    await handle.page.goto(inject('baseUrl'));
    const list = handle.page.getByRole('list', { name: '文档列表' });
    await list.waitFor();
    // Scrolled down to the entry, as a reader would: where they were is where Back returns.
    const link = list.getByRole('link', { name: '字节跳动回应：将严格遵守国家相关进出口条例' });
    await handle.page.evaluate(() => window.scrollTo(0, 400));
    await link.scrollIntoViewIfNeeded();
    const scrolled = await handle.page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);
    await link.click();
    await expect
      .poll(() => handle.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('字节跳动回应：将严格遵守国家相关进出口条例');
    await expect.poll(() => handle.page.evaluate(() => window.scrollY)).toBe(0);
    const body = handle.page.locator('.reader-prose');
    expect(await body.textContent()).toContain('TikTok 收购案恐要生变。');
    expect(await body.locator('script, button[data-readmore-unlocker], svg').count()).toBe(0);
    await handle.page.goBack();
    await list.waitFor();
    await expect.poll(() => handle.page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test("a deep link's shell hints its code and data: each fetched once, none of it unused", async () => {
    const { page } = handle;
    const requests: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto(`${inject('baseUrl')}doc/000_7187e93d150f6452`);
    const hinted = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"], link[rel="modulepreload"]')].map(
        (link) => new URL(link.href).pathname,
      ),
    );
    await page.locator('.reader-prose').waitFor();
    await page.waitForTimeout(3000); // Chromium warns about an unused preload 3 s after load.
    expect(hinted.some((file) => file.endsWith('/data/manifest.json'))).toBe(true);
    expect(hinted.some((file) => /\/data\/docs\/000_7187e93d150f6452\.[0-9a-f]+\.json$/.test(file))).toBe(true);
    expect(hinted.some((file) => /\/assets\/sanitize-[\w-]+\.js$/.test(file))).toBe(true);
    for (const file of hinted)
      expect(
        requests.filter((r) => r === file),
        file,
      ).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  test('takes screenshots of the library and an article at 1280 and 375 px, light and dark', async () => {
    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        await handle.page.setViewportSize({ width, height: 900 });
        await handle.page.emulateMedia({ colorScheme: scheme });
        await handle.page.goto(inject('baseUrl'));
        await handle.page.getByRole('list', { name: '文档列表' }).waitFor();
        expect(await handle.page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
          scheme === 'dark',
        );
        await handle.page.screenshot({ path: path.join(SCREENSHOTS, `library-${width}-${scheme}.png`) });
        await handle.page.goto(`${inject('baseUrl')}doc/000_7187e93d150f6452`);
        await handle.page.locator('.reader-prose').waitFor();
        await handle.page.screenshot({ path: path.join(SCREENSHOTS, `article-${width}-${scheme}.png`) });
      }
    }
  });
});
