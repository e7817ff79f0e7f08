import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const PAGES: [string, string, string][] = [
  ['library', '', 'main h2 a[lang="zh-CN"]'],
  ['article', 'doc/000_7187e93d150f6452', '.reader-prose'],
  ['report', 'doc/002_7c8ff1c45c5cec2b', '.reader-prose'],
];

describe('narrow screens (e2e)', () => {
  for (const locale of ['zh-CN', 'en-US'])
    for (const width of [320, 375])
      describe(`${width} px, ${locale} interface`, () => {
        const handle = useBrowserPage({ width, height: 700 }, locale);

        test.each(PAGES)('%s: nothing wider than the screen', async (_name, path, ready) => {
          const { page } = handle;
          await page.goto(`${inject('baseUrl')}${path}`);
          await page.locator(ready).first().waitFor();
          // A page wider than the phone scrolls sideways under the reader's thumb.
          const overflow = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            wide: [...document.querySelectorAll('header *, main *')]
              .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 3)
              .map((element) => element.outerHTML.slice(0, 80)),
          }));
          expect(overflow.wide).toEqual([]);
          expect(overflow.page).toBeLessThanOrEqual(width);
        });
      });
});
