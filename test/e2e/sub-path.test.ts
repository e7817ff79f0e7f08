import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';

const handle = useBrowserPage();

/** The server answers 404 for any path without a file: only real files can make these pass. */
describe('a BASE=/reader/ build on a plain static server (e2e)', () => {
  test('home loads under the sub-path and survives a reload', async () => {
    const { page } = handle;
    await page.goto(inject('readerUrl'));
    await page.getByRole('list', { name: '文档列表' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('list', { name: '文档列表' }).getByRole('heading').count()).toBe(5);
  });

  test('a document opened in the app and reloaded', async () => {
    const { page } = handle;
    await page.goto(inject('readerUrl'));
    await page.getByRole('link', { name: '字节跳动回应：将严格遵守国家相关进出口条例' }).click();
    await page.locator('.reader-prose').waitFor();
    expect(new URL(page.url()).pathname).toBe('/reader/doc/004_a5f976a9040d4d56');
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('字节跳动回应：将严格遵守国家相关进出口条例');
  });

  test('a report section deep link, loaded and reloaded', async () => {
    const { page } = handle;
    await page.goto(`${inject('readerUrl')}doc/002_7c8ff1c45c5cec2b#s-2-3`);
    await expect
      .poll(() => page.evaluate(() => Math.round(document.getElementById('s-2-3')?.getBoundingClientRect().top ?? -1)))
      .toBe(16);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => Math.round(document.getElementById('s-2-3')?.getBoundingClientRect().top ?? -1)))
      .toBe(16);
  });

  test('every data URL stays under the sub-path', async () => {
    const { page } = handle;
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`${inject('readerUrl')}search?q=${encodeURIComponent('实体清单')}`);
    await page.getByRole('list', { name: '搜索结果' }).waitFor();
    expect(paths.filter((p) => !p.startsWith('/reader/'))).toEqual([]);
  });
});
