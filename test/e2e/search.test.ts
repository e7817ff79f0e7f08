import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const handle = useBrowserPage();

const box = () => handle.page.getByRole('combobox', { name: '搜索文库' });
const options = () => handle.page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');

describe('search (e2e)', () => {
  test('does not load the index on the first paint of the library', async () => {
    const requests: string[] = [];
    handle.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await handle.page.goto(inject('baseUrl'));
    await handle.page.getByRole('list', { name: '文档列表' }).waitFor();
    expect(requests.filter((p) => p.includes('/data/search/'))).toEqual([]);
    // Nor the search box's suggestions: they load when the reader reaches for the box.
    expect(requests.filter((p) => /search-controller|run-search/.test(p))).toEqual([]);
    await box().focus();
    await expect.poll(() => requests.some((p) => p.includes('search-controller'))).toBe(true);
  });

  test('the box is a plain search form until its suggestions load: Enter opens the search page', async () => {
    await handle.page.route('**/search-controller-*.js', (route) => route.abort());
    await handle.page.goto(inject('baseUrl'));
    await box().fill('数字哨兵');
    await handle.page.keyboard.press('Enter');
    await expect.poll(() => new URL(handle.page.url()).searchParams.get('q')).toBe('数字哨兵');
    await expect.poll(() => handle.page.getByRole('heading', { level: 1 }).textContent()).toContain('数字哨兵');
  });

  test('finds as you type with hits highlighted, and lands on the hit in an article', async () => {
    await handle.page.goto(inject('baseUrl'));
    await handle.page.getByRole('list', { name: '文档列表' }).waitFor();
    await handle.page.keyboard.press('/');
    await expect.poll(() => handle.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await handle.page.keyboard.type('数字哨兵');
    await expect.poll(() => options().count()).toBe(2);
    expect(await options().first().locator('mark').first().textContent()).toBe('数字哨兵');
    await handle.page.screenshot({ path: path.join(SCREENSHOTS, 'search-popup-1280.png') });
    await handle.page.keyboard.press('ArrowDown');
    await handle.page.keyboard.press('Enter');
    await expect
      .poll(() => handle.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('商汤科技助力守“沪” 全力驰援上海等多地疫情防控');
    const mark = handle.page.locator('.reader-prose mark.search-hit');
    await expect.poll(() => mark.textContent()).toBe('数字哨兵');
    const box = await mark.boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
  });

  test('a Traditional Chinese query finds and marks Simplified text; the folding table loads only for it', async () => {
    const scripts: string[] = [];
    handle.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const table = () => scripts.filter((file) => /TSCharacters/.test(file));
    await handle.page.goto(inject('baseUrl'));
    await handle.page.getByRole('list', { name: '文档列表' }).waitFor();
    await box().fill('数字哨兵');
    await expect.poll(() => options().count()).toBe(2);
    expect(table()).toEqual([]);
    // A fresh page, so that no earlier results are on screen: 數字哨兵 is 数字哨兵 in Traditional characters.
    await handle.page.reload();
    await handle.page.getByRole('list', { name: '文档列表' }).waitFor();
    await box().fill('數字哨兵');
    await expect.poll(() => options().count()).toBe(2);
    expect(await options().first().locator('mark').first().textContent()).toBe('数字哨兵');
    expect(table()).toHaveLength(1);
  });

  test('opens a report result at its section', async () => {
    await handle.page.goto(inject('baseUrl'));
    await box().click();
    await handle.page.keyboard.type('cvpr');
    await expect.poll(() => options().first().textContent()).toContain('夯实科研基础');
    await handle.page.keyboard.press('ArrowDown');
    await handle.page.keyboard.press('Enter');
    await expect.poll(() => new URL(handle.page.url()).hash).toBe('#s-1-1');
    await expect
      .poll(() =>
        handle.page.evaluate(() => Math.round(document.getElementById('s-1-1')?.getBoundingClientRect().top ?? -1)),
      )
      .toBe(16);
  });

  test('Escape closes the results; Ctrl+K focuses the box from anywhere', async () => {
    await handle.page.goto(`${inject('baseUrl')}doc/004_a5f976a9040d4d56`);
    await handle.page.locator('.reader-prose').waitFor();
    await handle.page.keyboard.press('Control+k');
    await handle.page.keyboard.type('tiktok');
    await expect.poll(() => options().count()).toBe(2);
    await handle.page.keyboard.press('Escape');
    await expect.poll(() => handle.page.getByRole('listbox', { name: '搜索结果' }).isVisible()).toBe(false);
  });

  test('shows all results with facets on a search page that survives a reload', async () => {
    await handle.page.goto(`${inject('baseUrl')}search?q=${encodeURIComponent('实体清单')}`);
    const list = handle.page.getByRole('list', { name: '搜索结果' });
    await list.waitFor();
    expect(await handle.page.getByRole('status').filter({ hasText: '条结果' }).textContent()).toBe('找到 2 条结果');
    await handle.page.getByRole('group', { name: '来源' }).getByRole('checkbox', { name: /ZAKER/ }).click(); // The box follows the URL, which the router updates asynchronously: click, then wait for the result.
    await expect
      .poll(() => handle.page.getByRole('status').filter({ hasText: '条结果' }).textContent())
      .toBe('找到 1 条结果');
    expect(new URL(handle.page.url()).searchParams.get('source')).toBe('ZAKER');
    await handle.page.reload();
    await expect
      .poll(() => handle.page.getByRole('status').filter({ hasText: '条结果' }).textContent())
      .toBe('找到 1 条结果');
    expect(await list.locator('mark').first().textContent()).toBe('实体清单');
    await handle.page.screenshot({ path: path.join(SCREENSHOTS, 'search-page-1280.png') });
  });

  test('says when nothing is found and suggests dropping terms', async () => {
    await handle.page.goto(`${inject('baseUrl')}search?q=${encodeURIComponent('量子纠缠')}`);
    await expect.poll(() => handle.page.getByText(/没有找到包含“量子纠缠”的文档/).isVisible()).toBe(true);
  });
});
