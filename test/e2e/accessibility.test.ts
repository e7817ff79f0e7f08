import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { untilAppTakesOver } from './browser-page.ts';
import { launchChromium, READER_LOCALE } from './chromium.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({
    locale: READER_LOCALE,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  untilAppTakesOver(page);
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
});
afterAll(async () => {
  await browser?.close();
});

const PAGES: [string, string, string][] = [
  ['library', '', 'ul[aria-label="文档列表"]'],
  ['filtered library', '?tag=%E7%BE%8E%E5%9B%BD&year=2020', '[role="status"]'],
  ['article', 'doc/000_7187e93d150f6452', '.reader-prose'],
  ['report', 'doc/002_7c8ff1c45c5cec2b', '.reader-prose'],
  ['not found', 'doc/nope', 'h1'],
  ['search', 'search?q=%E5%95%86%E6%B1%A4', 'ol[aria-label="搜索结果"]'],
  ['embed', 'embed/000_7187e93d150f6452', '.reader-prose'],
];

describe('accessibility (e2e, axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(PAGES)(`%s has no axe violations (${scheme})`, async (_name, path, ready) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.locator(ready).first().waitFor();
      // Image placeholders appear once the aborted images fail.
      await page.waitForTimeout(200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test.each(['system', 'sepia'])(
    'the reading settings panel, open, has no axe violations and works from the keyboard (%s theme, 375 px)',
    async (theme) => {
      await page.setViewportSize({ width: 375, height: 800 });
      try {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${inject('baseUrl')}doc/000_7187e93d150f6452`);
        await page.locator('.reader-prose').first().waitFor();
        await page.evaluate((value) => {
          localStorage.setItem('yuelan.settings.v1', JSON.stringify({ theme: value }));
        }, theme);
        await page.reload();
        await page.locator('.reader-prose').first().waitFor();
        const button = page.getByRole('button', { name: /阅读设置/ });
        await button.focus();
        await page.keyboard.press('Enter');
        const panel = page.getByRole('group', { name: '阅读设置' });
        await panel.waitFor();
        await page.getByRole('button', { name: '增大字号' }).focus();
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('3');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: `test-results/screenshots/reading-settings-panel-${theme}-375.png` });
        await page.keyboard.press('Escape');
        expect(await panel.isVisible()).toBe(false);
      } finally {
        await page.evaluate(() => localStorage.removeItem('yuelan.settings.v1'));
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );
});
