import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const ARTICLE = 'doc/000_7187e93d150f6452';
const REPORT = 'doc/002_7c8ff1c45c5cec2b';
const handle = useBrowserPage();

describe('Simplified / Traditional (e2e)', () => {
  test('a reader shows documents in Traditional characters on the fly, the converter loaded only then, and back', async () => {
    const { page } = handle;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${inject('baseUrl')}${ARTICLE}`);
    const body = page.locator('#main .reader-prose');
    // The page as it settles: its entity links made.
    await body.locator('a[data-entity]').first().waitFor();
    const simplified = await body.innerHTML();
    expect(simplified).toContain('美国财政部');
    const title = await page.locator('#doc-title').textContent();
    const converterRequests = () => scripts.filter((url) => /convert-script/.test(url)).length;
    expect(converterRequests()).toBe(0);

    await page.getByRole('button', { name: /阅读设置/ }).click();
    await page.getByRole('radio', { name: '繁體（台灣）' }).click({ force: true });
    await expect.poll(() => body.textContent()).toContain('美國財政部');
    expect(await body.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await page.locator('#doc-title').textContent()).not.toBe(title);
    expect(converterRequests()).toBe(1);
    // The interface is not the document: it stays as it is.
    expect(await page.getByRole('link', { name: /阅览/ }).first().textContent()).toContain('阅览');

    // Text arriving later (another document) is shown the same way, and so after a reload.
    await page.goto(`${inject('baseUrl')}${REPORT}`);
    const report = page.locator('#main .report-body');
    await report.waitFor();
    await expect.poll(() => report.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await report.textContent()).toContain('商湯');
    // The report's contents are its text too.
    await expect.poll(() => page.locator('#report-toc-sidebar').textContent()).toContain('關於商湯');
    await page.screenshot({ path: 'test-results/screenshots/report-traditional-1280.png' });

    await page.goto(`${inject('baseUrl')}${ARTICLE}`);
    await expect.poll(() => body.textContent()).toContain('美國財政部');
    // Opened in Traditional characters, the names are still found and linked.
    await expect.poll(() => body.locator('a[data-entity="美国财政部"]').textContent()).toBe('美國財政部');
    await page.getByRole('button', { name: /阅读设置/ }).click();
    await page.getByRole('radio', { name: '简体' }).click({ force: true });
    await expect.poll(() => body.innerHTML()).toBe(simplified);
    expect(await page.locator('#doc-title').textContent()).toBe(title);
  });
});
