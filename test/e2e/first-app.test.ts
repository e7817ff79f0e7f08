import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { untilAppTakesOver } from './browser-page.ts';
import { launchChromium, READER_LOCALE } from './chromium.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const TITLES = [
  '商汤科技回应被美国“拉黑”：强烈反对 相关指控毫无根据',
  '刚刚，海康威视回应_美严厉制裁威胁_',
  '商汤科技企业社会责任报告 2021',
  '商汤科技助力守“沪” 全力驰援上海等多地疫情防控',
  '字节跳动回应：将严格遵守国家相关进出口条例',
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({
    locale: READER_LOCALE,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  untilAppTakesOver(page);
  // Remote images belong to the authors' servers; tests never reach out to them.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
});

describe('first app (e2e)', () => {
  test('lists all five titles on the home page', async () => {
    await page.goto(inject('baseUrl'));
    const list = page.getByRole('list', { name: '文档列表' });
    await list.waitFor();
    const titles = await list.getByRole('link').allTextContents();
    expect(titles.sort()).toEqual([...TITLES].sort());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-1280.png'), fullPage: true });
  });

  test('opens a document and shows its title and first paragraph', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: '字节跳动回应：将严格遵守国家相关进出口条例' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('字节跳动回应：将严格遵守国家相关进出口条例');
    const body = page.locator('.reader-prose');
    await body.waitFor();
    expect(await body.locator('p').first().textContent()).toContain('8月30日晚，字节跳动在其官方头条号上回应');
    expect(page.url()).toMatch(/\/doc\/004_a5f976a9040d4d56$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article-1280.png'), fullPage: true });
  });

  test('reloads a deep link to a document', async () => {
    await page.goto(`${inject('baseUrl')}doc/003_1737f1c581002fb6`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('商汤科技助力守“沪” 全力驰援上海等多地疫情防控');
    await page.reload();
    await expect
      .poll(() => page.locator('.reader-prose p').nth(1).textContent())
      .toContain('近日，上海疫情形势牵动人心');
  });

  test('shows a not-found page with a link home for an unknown id', async () => {
    await page.goto(`${inject('baseUrl')}doc/no-such-document`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('找不到这个页面');
    await page.getByRole('link', { name: '回到文库首页' }).click();
    await page.getByRole('list', { name: '文档列表' }).waitFor();
  });

  test('shows an error with a retry when the manifest cannot be fetched', async () => {
    let fail = true;
    await page.route('**/data/manifest.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('文库载入失败');
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await page.getByRole('list', { name: '文档列表' }).waitFor();
    await page.unroute('**/data/manifest.json');
  });
});
