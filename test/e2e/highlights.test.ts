import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowserPage, waitForApp } from './browser-page.ts';
import { READER_LOCALE } from './chromium.ts';
import { EDITORS_NOTE } from './edited-corpus.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

const ARTICLE = 'doc/000_7187e93d150f6452';
const PASSAGE = '科技发展不应该受到地缘政治的影响';
const NOTE = '声明的核心论点';
const handle = useBrowserPage();
let server: RunningServer;

beforeAll(async () => {
  server = await startStaticServer({ root: inject('distDirs').first });
});
afterAll(async () => {
  await server.close();
});

/** Selects the passage as a reader's mouse would, inside one text node of the article. */
function select(page: Page, passage: string): Promise<boolean> {
  return page.evaluate((words) => {
    const root = document.querySelector('#main .reader-prose');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }
    return false;
  }, passage);
}

const marks = (page: Page) => page.locator('#main .reader-prose mark[data-highlight]');

describe('highlights and notes (e2e)', () => {
  test('select, highlight with a note; it survives a reload and a rebuilt bundle; listed, exported and imported', async () => {
    const { page, browser } = handle;
    await page.goto(`${server.url}${ARTICLE}`);
    await page.locator('#main .reader-prose p').first().waitFor();
    expect(await select(page, PASSAGE)).toBe(true);
    await page.getByRole('toolbar', { name: '高亮所选文字' }).getByRole('button', { name: '高亮并写笔记' }).click();
    const dialog = page.getByRole('dialog', { name: '高亮与笔记' });
    await dialog.getByRole('textbox', { name: '笔记' }).fill(NOTE);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '保存笔记' }).click();
    await expect.poll(() => marks(page).allTextContents()).toEqual([PASSAGE]);
    expect(await marks(page).first().getAttribute('title')).toBe(NOTE);
    await page.screenshot({ path: 'test-results/screenshots/article-highlight-1280.png' });

    await page.reload();
    await expect.poll(() => marks(page).allTextContents()).toEqual([PASSAGE]);

    // A later build: a paragraph more above it, so every offset moved; the words are found again.
    server.setRoot(inject('distDirs').rebuilt);
    await page.reload();
    await expect.poll(() => page.locator('#main .reader-prose').textContent()).toContain(EDITORS_NOTE);
    await expect.poll(() => marks(page).allTextContents()).toEqual([PASSAGE]);

    // The list, with the note and a way back; exports.
    await page.goto(`${server.url}highlights`);
    const item = page.getByRole('listitem').filter({ hasText: PASSAGE });
    expect(await item.textContent()).toContain(NOTE);
    await page.screenshot({ path: 'test-results/screenshots/highlights-1280.png' });
    expect(await axeViolations(page)).toEqual([]);
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Markdown' }).click(),
    ]);
    const md = readFileSync((await markdown.path()) ?? '', 'utf8');
    expect(md).toContain(`> ${PASSAGE}`);
    expect(md).toContain(NOTE);
    expect(md).toContain(`${server.url}${ARTICLE}`);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const exported = (await json.path()) ?? '';

    // Another browser profile imports them, and follows one back to its place.
    const other = await browser.newContext({
      locale: READER_LOCALE,
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const page2 = await other.newPage();
    await page2.goto(`${server.url}highlights`);
    await waitForApp(page2);
    await page2.getByText('还没有高亮').waitFor();
    await page2.locator('input[type="file"]').setInputFiles(exported);
    await expect.poll(() => page2.getByRole('status').textContent()).toContain('已导入 1 条');
    await page2.getByRole('link', { name: '在原文中查看' }).click();
    await expect.poll(() => page2.locator('#main mark[data-highlight]').allTextContents()).toEqual([PASSAGE]);
    await expect.poll(() => page2.evaluate(() => document.activeElement?.textContent)).toBe(PASSAGE);
    await other.close();
  });

  test('from the keyboard: h highlights the selection; Enter on the highlight opens its note; it can be deleted', async () => {
    const { page } = handle;
    server.setRoot(inject('distDirs').first);
    await page.goto(`${server.url}${ARTICLE}`);
    await page.locator('#main .reader-prose p').first().waitFor();
    await select(page, PASSAGE);
    await page.getByRole('toolbar', { name: '高亮所选文字' }).waitFor();
    await page.keyboard.press('h');
    await expect.poll(() => marks(page).count()).toBe(1);
    await marks(page).first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '高亮与笔记' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('highlight-note');
    await dialog.getByRole('button', { name: '删除高亮' }).click();
    await expect.poll(() => marks(page).count()).toBe(0);
    expect(await page.locator('#main .reader-prose').textContent()).toContain(PASSAGE);
  });
});
