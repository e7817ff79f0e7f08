import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowserPage } from './browser-page.ts';

const ARTICLE = 'doc/000_7187e93d150f6452';
const handle = useBrowserPage();

describe('entities (e2e)', () => {
  test('an organisation named in the text links to the library filtered to the documents that mention it', async () => {
    const { page } = handle;
    await page.goto(`${inject('baseUrl')}${ARTICLE}`);
    const body = page.locator('#main .reader-prose');
    const link = body.locator('a[data-entity="美国财政部"]');
    await link.waitFor();
    expect(await link.textContent()).toBe('美国财政部');
    // Once per entity in an article.
    expect(await body.locator('a[data-entity="商汤科技"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/article-entities-1280.png' });
    expect(await axeViolations(page)).toEqual([]);

    await link.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('entity')).toBe('美国财政部');
    const list = page.getByRole('list', { name: '文档列表' });
    await expect.poll(() => list.getByRole('article').count()).toBe(1);
    // The facet lists every entity with its count, the chosen one checked.
    const facet = page.getByRole('group', { name: '机构与人物' });
    expect(await facet.getByRole('checkbox', { name: /美国财政部/ }).isChecked()).toBe(true);
    expect(await facet.getByRole('checkbox', { name: /商汤科技/ }).isChecked()).toBe(false);
  });

  test('the report links its entities once per section', async () => {
    const { page } = handle;
    await page.goto(`${inject('baseUrl')}doc/002_7c8ff1c45c5cec2b`);
    const links = page.locator('#main .report-body a[data-entity="商汤科技"]');
    await links.first().waitFor();
    const sections = await page.evaluate(
      () => document.querySelectorAll('#main .report-body :is(h1, h2, h3, h4, h5, h6)[id]').length,
    );
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThanOrEqual(sections + 1);
  });
});
