import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-results/screenshots');

describe('print (e2e)', () => {
  const handle = useBrowserPage({ width: 900, height: 1200 });

  test('a report section prints without app chrome, with its PDF page and link addresses', async () => {
    const { page } = handle;
    await page.goto(`${inject('baseUrl')}doc/002_7c8ff1c45c5cec2b#s-3-4`);
    await page.locator('#s-3-4').waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).display : 'missing';
      };
      return {
        header: display('body header'),
        toc: display('aside'),
        pager: display('.section-pager'),
        heading: display('#s-3-4'),
        page: document.querySelector('#s-3-4 .report-page')?.textContent ?? null,
      };
    });
    expect(shown).toEqual({ header: 'none', toc: 'none', pager: 'none', heading: 'block', page: 'p. 23' });
    await page.pdf({ path: path.join(OUT, 'report-section.pdf'), format: 'A4', printBackground: false });
    await page.screenshot({ path: path.join(OUT, 'report-print.png') });
  });

  test('an article prints the addresses of its links', async () => {
    const { page } = handle;
    await page.goto(`${inject('baseUrl')}doc/003_1737f1c581002fb6`);
    await page.locator('.reader-prose').waitFor();
    await page.emulateMedia({ media: 'print' });
    const after = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('article a[href^="http"]');
      return link ? { href: link.href, content: getComputedStyle(link, '::after').content } : null;
    });
    expect(after?.content).toBe(`" (${after?.href ?? ''})"`);
    await page.screenshot({ path: path.join(OUT, 'article-print.png'), fullPage: false });
  });
});
