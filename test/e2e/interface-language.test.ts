import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { expectApp, useBrowserPage } from './browser-page.ts';

const HAN = /[\u3400-\u9fff]/;

/** The interface's own words on screen: the header, the footer and the library's sidebar, less the two that stay Chinese on purpose. */
const interfaceText = (text: string) => text.replaceAll('阅览', '').replaceAll('中文', '');

describe('the interface in English (e2e)', () => {
  const handle = useBrowserPage({ width: 1280, height: 900 }, 'en-US');

  test('an English browser gets the English interface, the documents staying Chinese', async () => {
    const { page } = handle;
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const part of ['header', 'footer', 'aside']) {
      // The interface's words, without the documents' own (tags, sources: marked lang="zh-CN").
      const words = await page
        .locator(part)
        .first()
        .evaluate((element) => {
          const copy = element.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[lang="zh-CN"]').forEach((content) => content.remove());
          return copy.textContent ?? '';
        });
      expect(interfaceText(words), part).not.toMatch(HAN);
    }
    expect(await page.title()).toBe('Library · Yuelan');

    const entries = page.getByRole('list', { name: 'Documents' });
    const first = entries.getByRole('heading').first().getByRole('link');
    expect(await first.getAttribute('lang')).toBe('zh-CN');
    expect(await entries.locator('time').first().innerText()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await axeViolations(page)).toEqual([]);

    await first.click();
    await page.locator('#doc-title').waitFor();
    expect(await page.locator('#doc-title').getAttribute('lang')).toBe('zh-CN');
    const text = page.locator('.reader-prose').first();
    await text.waitFor();
    expect(await text.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN');
    expect(await page.getByRole('button', { name: /^☆ Save$|^Save$/ }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the switch to Chinese is kept: the next visit opens in Chinese whatever the browser says', async () => {
    const { page } = handle;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '文库' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '文库' }).waitFor();
    // Before the app: theme-init.js knew the choice too, so the Chinese prerendered page was not held back.
    expect(await page.evaluate(() => document.documentElement.classList.contains('prerender-other-language'))).toBe(
      false,
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  });

  test('the prerendered page shows the documents at once and the Chinese interface words only if the app never comes', async () => {
    const { page } = handle;
    expectApp(page, false);
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(inject('baseUrl'));
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).visibility);
    // The documents' titles are the same in any interface: on screen from the first paint.
    expect(await visibility('#root[data-prerendered] h2 a[lang="zh-CN"]')).toBe('visible');
    // The interface's words keep their place, unseen, waiting for the app to draw them in English.
    expect(await visibility('#root h1')).toBe('hidden');
    expect(await visibility('#root aside')).toBe('hidden');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('#root h1')!).visibility === 'visible',
      undefined,
      {
        timeout: 6000,
      },
    );
    // Without the app the page is the prerendered one, in Chinese: its text is readable all the same.
    await page.getByRole('heading', { level: 1, name: '文库' }).waitFor();
  });
});
