/**
 * The library in Chromium on a large synthetic corpus: time from navigation to the first entries
 * on screen, filter and sort interactions from the click to the painted update, and the JS heap
 * with the library open. Used by test/bench/run.ts (`--only library`).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, READER_LOCALE } from '../e2e/chromium.ts';
import { startStaticServer } from '../e2e/static-server.ts';
import { buildApp } from './build-app.ts';

export type LibraryBench = {
  docs: number;
  firstEntriesMs: number[];
  /** Navigation to the app's taking over the prerendered page (interactive). */
  appReadyMs: number[];
  /** Navigation to every page of the manifest loaded: filters and sorts answer from then on. */
  wholeMs: number[];
  filterMs: number[];
  sortMs: number[];
  heapMb: number;
};

const LIST = 'ul[aria-label="文档列表"]';

/** Runs an action in the page and resolves with the time until the list changed and a frame was painted. */
function timed(page: Page, action: string, arg: string | number): Promise<number> {
  return page.evaluate(
    async ({ action, arg, list }) => {
      const main = document.querySelector('main');
      if (!main) throw new Error('no main');
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const start = performance.now();
      if (action === 'facet') {
        const boxes = document.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]');
        boxes[Number(arg) % boxes.length]?.click();
      } else {
        const select = document.querySelector<HTMLSelectElement>('main select');
        if (select) {
          select.value = String(arg);
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
      await changed;
      // Painted: the frame after the change, and the task after that frame.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (!document.querySelector(`${list} li`)) throw new Error('the list is empty');
      return performance.now() - start;
    },
    { action, arg, list: LIST },
  );
}

export async function benchLibrary(docs: number, contentDir: string, outDir: string): Promise<LibraryBench> {
  const siteDir = path.join(outDir, `library-${docs}`);
  await buildApp(contentDir, siteDir);
  const server = await startStaticServer({ root: siteDir });
  const browser = await launchChromium();
  const result: LibraryBench = {
    docs,
    firstEntriesMs: [],
    appReadyMs: [],
    wholeMs: [],
    filterMs: [],
    sortMs: [],
    heapMb: 0,
  };
  try {
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({
        locale: READER_LOCALE,
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.addInitScript((list) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(`${list} li`)) return;
          observer.disconnect();
          // Time since navigation started, at the frame that shows the entries.
          requestAnimationFrame(() => ((window as unknown as { __first: number }).__first = performance.now()));
        });
        observer.observe(document, { subtree: true, childList: true });
        // The app has taken over when the root loses the prerendered page's mark.
        const ready = new MutationObserver(() => {
          const root = document.getElementById('root');
          if (!root || root.hasAttribute('data-prerendered') || !root.firstChild) return;
          ready.disconnect();
          (window as unknown as { __ready: number }).__ready = performance.now();
        });
        ready.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-prerendered'],
        });
      }, LIST);
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined);
      result.firstEntriesMs.push(await page.evaluate(() => (window as unknown as { __first: number }).__first));
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined);
      result.appReadyMs.push(await page.evaluate(() => (window as unknown as { __ready: number }).__ready));
      // While pages of the manifest are on the way, the list ends with a status saying so.
      await page.waitForFunction(
        () => !document.querySelector('main')?.textContent?.includes('正在载入其余'),
        undefined,
        {
          timeout: 600_000,
        },
      );
      result.wholeMs.push(await page.evaluate(() => performance.now()));
      if (run === 0) {
        for (let i = 0; i < 20; i++) result.filterMs.push(await timed(page, 'facet', Math.floor(i / 2)));
        for (const sort of [
          'oldest',
          'title',
          'newest',
          'oldest',
          'title',
          'newest',
          'oldest',
          'title',
          'newest',
          'oldest',
        ])
          result.sortMs.push(await timed(page, 'sort', sort));
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        result.heapMb = heap.usedSize / 1048576;
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
