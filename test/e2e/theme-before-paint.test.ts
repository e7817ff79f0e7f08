import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { expectApp, useBrowserPage } from './browser-page.ts';

/*
 * The saved theme is on <html> before the app's bundle runs (public/theme-init.js, a blocking
 * script in the head), so a dark reader never sees a flash of light, and it agrees with what
 * the app then applies.
 */

type Case = { saved: string | null; system: 'light' | 'dark' };

const CASES: Case[] = [
  { saved: '{"theme":"dark"}', system: 'light' },
  { saved: '{"theme":"light"}', system: 'dark' },
  { saved: '{"theme":"system"}', system: 'dark' },
  { saved: null, system: 'light' },
  { saved: null, system: 'dark' },
  { saved: '{"theme": "da', system: 'dark' },
];

describe('theme before first paint (e2e)', () => {
  const handle = useBrowserPage();

  async function themeOf({ saved, system }: Case, withApp: boolean): Promise<{ dark: boolean; scheme: string }> {
    const { page } = handle;
    await page.emulateMedia({ colorScheme: system });
    await page.addInitScript((value) => {
      if (value === null) localStorage.removeItem('yuelan.settings.v1');
      else localStorage.setItem('yuelan.settings.v1', value);
    }, saved);
    expectApp(page, withApp);
    if (!withApp) await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    else await page.unroute(/\/assets\/.*\.js$/);
    await page.goto(inject('baseUrl'));
    if (withApp) await page.getByRole('list', { name: '文档列表' }).waitFor();
    return page.evaluate(() => ({
      dark: document.documentElement.classList.contains('dark'),
      scheme: document.documentElement.style.colorScheme,
    }));
  }

  test.each(CASES)('saved $saved, system $system: set before the bundle, as the app sets it', async (c) => {
    const before = await themeOf(c, false);
    const expected = c.saved?.includes('"dark"') || (c.system === 'dark' && !c.saved?.includes('"light"'));
    expect(before).toEqual({ dark: expected, scheme: expected ? 'dark' : 'light' });
    expect(await themeOf(c, true)).toEqual(before);
  });

  test('reading settings are on the page before the bundle runs, the same as the app applies them', async () => {
    const { page } = handle;
    const saved =
      '{"theme":"sepia","fontSize":6,"lineHeight":"loose","width":"narrow","typeface":"serif","cjkSpacing":false}';
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript((value) => localStorage.setItem('yuelan.settings.v1', value), saved);
    const manifest = (await (await fetch(`${inject('baseUrl')}data/manifest.json`)).json()) as {
      firstPage: { id: string; kind: string }[];
    };
    const article = manifest.firstPage.find((doc) => doc.kind === 'article');
    const look = () =>
      page.evaluate(() => {
        const prose = document.querySelector('.reader-prose');
        const style = prose ? getComputedStyle(prose) : null;
        return {
          classes: ['dark', 'sepia'].filter((name) => document.documentElement.classList.contains(name)),
          fontSize: style?.fontSize,
          lineHeight: style?.lineHeight,
          maxWidth: style?.maxWidth,
          serif: /Serif/.test(style?.fontFamily ?? ''),
          autospace: style?.getPropertyValue('text-autospace'),
          background: getComputedStyle(document.body.firstElementChild ?? document.body).backgroundColor,
        };
      });
    expectApp(page, false);
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`${inject('baseUrl')}doc/${article?.id ?? ''}`);
    const before = await look();
    expect(before).toMatchObject({ classes: ['sepia'], fontSize: '24px', lineHeight: '50.4px', serif: true });
    expect(before.maxWidth).toBe(`${30 * 24}px`);
    await page.screenshot({
      path: path.resolve(import.meta.dirname, '../../test-results/screenshots/reading-settings-sepia-1280.png'),
    });
    expectApp(page, true);
    await page.unroute(/\/assets\/.*\.js$/);
    await page.goto(`${inject('baseUrl')}doc/${article?.id ?? ''}`);
    await page.locator('.reader-prose p').first().waitFor();
    expect(await look()).toEqual(before);
  });
});
