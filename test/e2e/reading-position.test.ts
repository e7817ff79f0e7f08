import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowserPage, waitForApp } from './browser-page.ts';

const REPORT = 'doc/002_7c8ff1c45c5cec2b';
const handle = useBrowserPage({ width: 1280, height: 800 });

type Saved = { doc: string; percent: number; anchor: { quote: string } };
const saved = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('yuelan.positions.v1') ?? '[]') as Saved[]);

/** How far below the top of the screen `quote` is (found in the text independently of the app's anchors). */
const quoteTop = (page: Page, quote: string) =>
  page.evaluate((needle) => {
    const root = document.querySelector('#main .reader-prose');
    if (!root) return null;
    for (const block of root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote')) {
      const text = block.textContent ?? '';
      const at = text.indexOf(needle);
      if (at < 0 || block.querySelector('p, li')) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let left = at;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (left < node.data.length) {
          const range = document.createRange();
          range.setStart(node, left);
          range.setEnd(node, left + 1);
          return range.getBoundingClientRect().top;
        }
        left -= node.data.length;
      }
    }
    return null;
  }, quote);

async function readHalfway(page: Page): Promise<Saved> {
  await page.goto(`${inject('baseUrl')}${REPORT}`);
  await page.locator('#main .reader-prose p').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.4));
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await saved(page)).length, { timeout: 5000 }).toBe(1);
  // Scrolling has stopped; the last save is where the reader is.
  await page.waitForTimeout(600);
  const [entry] = await saved(page);
  if (!entry) throw new Error('no position saved');
  expect(entry.anchor.quote.length).toBeGreaterThan(3);
  return entry;
}

describe('reading position (e2e)', () => {
  test('a report opens where the reader left it, found by its text after the text size and width changed', async () => {
    const { page } = handle;
    const entry = await readHalfway(page);
    expect(entry.percent).toBeGreaterThan(20);
    expect(entry.percent).toBeLessThan(80);
    const before = await quoteTop(page, entry.anchor.quote);
    expect(before).not.toBeNull();
    expect(Math.abs((before ?? 0) - 12)).toBeLessThan(40);

    // Home: the row of documents in progress.
    await page.getByRole('link', { name: /阅览/ }).first().click();
    const row = page.getByRole('region', { name: '继续阅读' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(`已读 ${entry.percent}%`);
    expect(await axeViolations(page)).toEqual([]);

    // Bigger text and a narrower column move every line: the place is kept by its words.
    await page.getByRole('button', { name: /阅读设置/ }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '增大字号' }).click();
    await page.getByRole('radio', { name: '窄' }).click({ force: true });
    await page.keyboard.press('Escape');

    await row.getByRole('link').first().click();
    await page.getByRole('status').filter({ hasText: '已回到上次读到处' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect
      .poll(async () => {
        const top = await quoteTop(page, entry.anchor.quote);
        return top !== null && top >= 0 && top < 60;
      })
      .toBe(true);

    // 'Start over' goes to the top.
    await page.getByRole('button', { name: '从头读' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('on another device size the place is found again; a link to a section wins over it', async () => {
    const { page } = handle;
    const entry = await readHalfway(page);
    // A phone: a new tab (no history of its own) in the same browser profile.
    const phone = await handle.page.context().newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(`${inject('baseUrl')}${REPORT}`);
    await waitForApp(phone);
    await expect
      .poll(async () => {
        const top = await quoteTop(phone, entry.anchor.quote);
        return top !== null && top >= 0 && top < 60;
      })
      .toBe(true);

    const section = await phone.locator('#main .reader-prose h2[id]').nth(1).getAttribute('id');
    expect(section).toBeTruthy();
    // A citation link opened in a new tab.
    const cited = await handle.page.context().newPage();
    await cited.goto(`${inject('baseUrl')}${REPORT}#${section}`);
    await waitForApp(cited);
    await expect
      .poll(() =>
        cited.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, section as string),
      )
      .toBeLessThan(100);
    // Still there once the page has settled: the saved place does not take over.
    await cited.waitForTimeout(1500);
    const top = await cited.evaluate(
      (id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1,
      section as string,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
  });
});
