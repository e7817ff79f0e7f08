import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium, READER_LOCALE } from './chromium.ts';

export type PageHandle = { readonly page: Page; readonly browser: Browser };

/**
 * One Chromium per test file and a fresh context per test, with every request to another origin
 * aborted: remote images belong to the authors' servers and tests never reach them.
 */
export function useBrowserPage(viewport = { width: 1280, height: 900 }, locale = READER_LOCALE): PageHandle {
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
    context = await browser.newContext({ viewport, serviceWorkers: 'block', locale });
    page = await context.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    untilAppTakesOver(page);
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

/**
 * Waits, after a navigation, until the app has replaced the prerendered page (the root loses its
 * mark), as a reader's clicks and typing only count from then on. Pages that were not prerendered
 * pass at once; a page whose app never starts (a test blocking it) passes after the timeout.
 */
export async function waitForApp(page: Page, timeout = 15_000): Promise<void> {
  await page
    .waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'), undefined, { timeout })
    .catch(() => undefined);
}

const appBlocked = new WeakSet<Page>();

/** For a test that keeps the app from loading: navigations then return without waiting for it. */
export function expectApp(page: Page, expected: boolean): void {
  if (expected) appBlocked.delete(page);
  else appBlocked.add(page);
}

/** Makes goto, reload, goBack and goForward wait for the app (see waitForApp). */
export function untilAppTakesOver(page: Page): void {
  for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(page, {
      [method]: async (...args: unknown[]) => {
        const response = await original(...args);
        if (!appBlocked.has(page)) await waitForApp(page);
        return response;
      },
    });
  }
}
