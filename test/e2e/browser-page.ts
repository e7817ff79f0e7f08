import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './chromium.ts';

export type PageHandle = { readonly page: Page; readonly browser: Browser };

/**
 * One Chromium per test file and a fresh context per test, with every request to another origin
 * aborted: remote images belong to the authors' servers and tests never reach them.
 */
export function useBrowserPage(viewport = { width: 1280, height: 900 }): PageHandle {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    // Service workers would answer from their cache and hide requests from page.route.
    context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    page = await context.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  });
  afterEach(async () => {
    await context?.close();
  });
  return {
    get page() {
      if (!page) throw new Error('no page outside a test');
      return page;
    },
    get browser() {
      if (!browser) throw new Error('no browser outside a test');
      return browser;
    },
  };
}
