import { describe, expect, inject, test } from 'vitest';
import {
  CHROME_WORDS,
  FIRST_PARAGRAPH,
  SCRAPED_POST_ID,
  SCRAPED_POST_TITLE,
} from '../fixtures/articles/scraped-post.ts';
import { useBrowserPage } from './browser-page.ts';

/* A post as a real site publishes it, read in Chromium (issue 20): the site's chrome stays out. */

const handle = useBrowserPage();

describe('a scraped post (e2e)', () => {
  test("its card shows the article's first words, and the article opens with its first paragraph", async () => {
    const { page } = handle;
    await page.goto(inject('reportsUrl'));
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: SCRAPED_POST_TITLE }) });
    await card.waitFor();
    expect((await card.textContent()) ?? '').toContain(FIRST_PARAGRAPH.slice(0, 12));
    await card.getByRole('link', { name: SCRAPED_POST_TITLE }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(SCRAPED_POST_TITLE);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/doc/${SCRAPED_POST_ID}$`));
    const body = page.locator('.reader-prose');
    await expect.poll(() => body.locator('p').first().textContent()).toBe(FIRST_PARAGRAPH);
    const text = (await body.textContent()) ?? '';
    for (const word of CHROME_WORDS) expect(text, word).not.toContain(word);
    // The site, not the author, is the source; the terms of the tag footer are tags.
    const header = (await page.locator('main header').first().textContent()) ?? '';
    expect(header).toContain('某某新闻');
    expect(header).toContain('2019年8月20日');
  });
});
