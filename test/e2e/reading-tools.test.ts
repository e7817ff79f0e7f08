import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const REPORT = 'doc/002_7c8ff1c45c5cec2b';
const handle = useBrowserPage();

const hash = () => handle.page.evaluate(() => decodeURIComponent(location.hash.slice(1)));

describe('keyboard shortcuts (e2e)', () => {
  test('in a report, j and k go to the next and previous section, t hides and shows the contents', async () => {
    const { page } = handle;
    await page.goto(`${inject('baseUrl')}${REPORT}`);
    const toc = page.getByRole('navigation', { name: '报告目录' });
    await toc.waitFor();
    await page.keyboard.press('j');
    await expect.poll(hash).not.toBe('');
    const first = await hash();
    await page.keyboard.press('j');
    await expect.poll(hash).not.toBe(first);
    const second = await hash();
    // The section is brought to the top once its hash is set (after the route has updated).
    const top = () => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, second);
    await expect
      .poll(async () => {
        const at = await top();
        return at >= 0 && at < 200;
      })
      .toBe(true);
    await page.keyboard.press('k');
    await expect.poll(hash).toBe(first);

    const sidebar = page.locator('#report-toc-sidebar');
    expect(await sidebar.isVisible()).toBe(true);
    // The contents beside the text, the text in the wide column.
    const [aside, text] = [await sidebar.boundingBox(), await page.locator('.report-body').boundingBox()];
    expect(aside && text && aside.x + aside.width <= text.x).toBe(true);
    expect(text?.width).toBeGreaterThan(500);
    await page.keyboard.press('t');
    expect(await sidebar.isVisible()).toBe(false);
    // The same without a keyboard.
    await page.getByRole('button', { name: /显示目录/ }).click();
    expect(await sidebar.isVisible()).toBe(true);
  });

  test('in an article, j opens the next document; typed in the search box, j is only a letter', async () => {
    const { page } = handle;
    await page.goto(inject('baseUrl'));
    const list = page.getByRole('list', { name: '文档列表' });
    await list.getByRole('link').first().click();
    await page.locator('.reader-prose').first().waitFor();
    const next = await page.locator('main a[rel="next"]').getAttribute('href');
    expect(next).toBeTruthy();
    await page.getByRole('combobox', { name: '搜索文库' }).fill('j');
    await page.keyboard.press('j');
    expect(new URL(page.url()).pathname).not.toBe(next);
    await page.locator('.reader-prose').first().click();
    await page.keyboard.press('j');
    await expect.poll(() => new URL(page.url()).pathname).toBe(next);
  });

  test('? lists every shortcut, and so does the footer button; Escape closes the list', async () => {
    const { page } = handle;
    await page.goto(inject('baseUrl'));
    await page.getByRole('list', { name: '文档列表' }).waitFor();
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
    await page.keyboard.press('?');
    await dialog.waitFor();
    expect(await dialog.locator('kbd').allTextContents()).toEqual(['j', 'k', 't', 'h', '/', '?']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByRole('button', { name: /快捷键/ }).click();
    await dialog.waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});

describe('reading progress (e2e)', () => {
  test('an article and a report show how far through them the reader is', async () => {
    const { page } = handle;
    for (const path of ['doc/000_7187e93d150f6452', REPORT]) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.locator('.reader-prose').first().waitFor();
      const bar = page.getByRole('progressbar', { name: '阅读进度' });
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(5);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => bar.getAttribute('aria-valuenow'), { message: path }).toBe('100');
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      await expect
        .poll(
          async () => {
            const now = Number(await bar.getAttribute('aria-valuenow'));
            return now > 40 && now < 60;
          },
          { message: path },
        )
        .toBe(true);
    }
  });
});

describe('reading list (e2e)', () => {
  test('keeps a document and a report section, filters the library to them, and survives a reload', async () => {
    const { page } = handle;
    await page.goto(`${inject('baseUrl')}doc/000_7187e93d150f6452`);
    await page.locator('.reader-prose').first().waitFor();
    const title = await page.locator('#doc-title').textContent();
    const keep = page.getByRole('button', { name: '收藏', exact: true });
    expect(await keep.getAttribute('aria-pressed')).toBe('false');
    await keep.click();
    await expect.poll(() => keep.getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${inject('baseUrl')}${REPORT}`);
    const section = page.locator('h3.report-section').first();
    await section.waitFor();
    const sectionTitle = await section.locator('span').nth(1).textContent();
    await section.getByRole('button', { name: /收藏/ }).click();

    await page.goto(inject('baseUrl'));
    await page.getByRole('checkbox', { name: /只看收藏（2）/ }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?saved=1');
    const list = page.getByRole('list', { name: '文档列表' });
    await expect.poll(() => list.getByRole('heading').allTextContents()).toHaveLength(2);
    expect(await list.getByRole('heading').allTextContents()).toContain(title);
    await page.reload();
    const sections = page.getByRole('region', { name: '收藏的章节' });
    await sections.waitFor();
    await sections.getByRole('link', { name: sectionTitle ?? '' }).click();
    await expect.poll(() => new URL(page.url()).hash.length).toBeGreaterThan(1);
  });
});
