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
});
