import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowserPage } from './browser-page.ts';
import { atBottom as scrolledToEnd, headingState as headingStateOf } from './report-page.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const REPORT = 'doc/002_7c8ff1c45c5cec2b';
const handle = useBrowserPage();

const toc = () => handle.page.getByRole('navigation', { name: '报告目录' });
const currentEntry = () => toc().locator('[aria-current="location"]').getAttribute('data-toc-id');

const headingState = (id: string) => headingStateOf(handle.page, id);

describe('report reader (e2e)', () => {
  test('every TOC entry brings its own heading to the top, focused, followed by its first paragraph', async () => {
    await handle.page.goto(`${inject('baseUrl')}${REPORT}`);
    await toc().waitFor();
    const entries = await toc()
      .locator('a[data-toc-id]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-toc-id') ?? ''));
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const sections = entries.filter((id) => /^(front-\d+|ch-\d+|s-\d+-\d+)$/.test(id));
    expect(sections).toHaveLength(30);
    for (const id of entries) {
      await toc().locator(`a[data-toc-id="${id}"]`).click();
      const state = await headingState(id);
      const atBottom = await scrolledToEnd(handle.page);
      // A heading near the end of the page cannot reach the top: the page is scrolled to the bottom instead.
      if (!atBottom) expect(Math.abs(state.top - 16), `${id} top ${state.top}`).toBeLessThanOrEqual(4);
      expect(state.focused, `${id} focused`).toBe(true);
      expect(new URL(handle.page.url()).hash).toBe(`#${id}`);
      expect(await currentEntry(), `${id} stays current`).toBe(id);
    }
    const firstParagraphs = Object.fromEntries(
      await Promise.all(
        ['front-1', 'ch-2', 's-3-1', 's-5-4'].map(async (id) => [id, (await headingState(id)).next.slice(0, 10)]),
      ),
    );
    expect(firstParagraphs).toEqual({
      'front-1': '2021年，无论对世',
      'ch-2': '随着人工智能技术不断',
      's-3-1': '体育强则国强，而科技',
      's-5-4': '作为一个跨国性科技企',
    });
  });

  test('a deep link opens at its section, also on reload', async () => {
    await handle.page.goto(`${inject('baseUrl')}${REPORT}#s-4-2`);
    await expect.poll(async () => (await headingState('s-4-2')).top).toBe(16);
    await handle.page.reload();
    await expect.poll(async () => (await headingState('s-4-2')).top).toBe(16);
    expect(await currentEntry()).toBe('s-4-2');
    expect(await handle.page.locator('#s-4-2').textContent()).toContain('p. 32');
  });

  test('the current TOC entry follows scrolling, down to the last section at the bottom', async () => {
    await handle.page.goto(`${inject('baseUrl')}${REPORT}`);
    await toc().waitFor();
    await handle.page.evaluate(() => document.getElementById('s-2-3')?.scrollIntoView());
    await expect.poll(currentEntry).toBe('s-2-3');
    await handle.page.mouse.wheel(0, 400);
    await handle.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = await toc().locator('a[data-toc-id]').last().getAttribute('data-toc-id');
    expect(last).toMatch(/^s-5-4-/);
    await expect.poll(currentEntry).toBe(last);
    // The current entry is kept in view inside the contents list.
    const visible = await toc()
      .locator('[aria-current="location"]')
      .evaluate((el) => {
        const box = el.closest('.overflow-y-auto')?.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return !!box && r.top >= box.top && r.bottom <= box.bottom;
      });
    expect(visible).toBe(true);
  });

  test('opens the contents as a drawer on a narrow screen, and shows screenshots at 1280 and 375 px', async () => {
    await handle.page.goto(`${inject('baseUrl')}${REPORT}#ch-1`);
    await toc().first().waitFor({ state: 'attached' });
    await handle.page.screenshot({ path: path.join(SCREENSHOTS, 'report-1280.png') });
    await handle.page.setViewportSize({ width: 375, height: 800 });
    await handle.page.goto(`${inject('baseUrl')}${REPORT}#s-2-2`);
    await handle.page.locator('#s-2-2').waitFor();
    await handle.page.screenshot({ path: path.join(SCREENSHOTS, 'report-375.png') });
    // A stat such as '30+' stays on one line on a phone.
    const figures = await handle.page
      .locator('.report-figure')
      .evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      );
    expect(figures.length).toBeGreaterThan(0);
    for (const lines of figures) expect(lines).toBeLessThan(1.5);
    await handle.page.getByRole('button', { name: '目录', exact: true }).click();
    const drawer = handle.page.getByRole('dialog', { name: '报告目录' });
    await drawer.waitFor();
    // Every row of the drawer is a 44 px touch target.
    const rows = await drawer
      .locator('a[data-toc-id], button')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(44);
    await handle.page.screenshot({ path: path.join(SCREENSHOTS, 'report-375-drawer.png') });
    await drawer.locator('a[data-toc-id="s-3-5"]').click();
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await expect.poll(async () => (await headingState('s-3-5')).top).toBe(16);
  });
});
