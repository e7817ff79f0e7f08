import { describe, expect, inject, test } from 'vitest';
import { PDF_SECTIONS, TEXT_SECTIONS, type CraftedSection } from '../fixtures/pdf/crafted-reports.ts';
import { useBrowserPage } from './browser-page.ts';
import { atBottom, headingState } from './report-page.ts';

/* Reports the tests craft, a PDF among them, read in Chromium as a reader reads them (issue 19). */

const handle = useBrowserPage();
const toc = () => handle.page.getByRole('navigation', { name: '报告目录' });

async function everyEntryOpensItsSection(id: string, sections: readonly CraftedSection[]): Promise<void> {
  await handle.page.goto(`${inject('reportsUrl')}doc/${id}`);
  await toc().waitFor();
  const entries = await toc()
    .locator('a[data-toc-id]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-toc-id') ?? ''));
  expect(entries).toEqual(sections.map((s) => s.id));
  for (const section of sections) {
    await toc().locator(`a[data-toc-id="${section.id}"]`).click();
    const state = await headingState(handle.page, section.id);
    if (!(await atBottom(handle.page))) expect(Math.abs(state.top - 16), `${section.id} top`).toBeLessThanOrEqual(4);
    expect(state.focused, `${section.id} focused`).toBe(true);
    expect(state.next.trim().startsWith(section.opening), `${section.id}: ${state.next.slice(0, 20)}`).toBe(true);
  }
}

describe('crafted reports (e2e)', () => {
  test('a PDF: every contents entry brings its heading to the top with its own first paragraph', async () => {
    await everyEntryOpensItsSection('digital-governance', PDF_SECTIONS);
    await expect.poll(() => handle.page.title()).toContain('数字治理发展报告（2022年）');
  });

  test('a text report whose contents prints pages before wrapped titles', async () => {
    await everyEntryOpensItsSection('privacy-computing', TEXT_SECTIONS);
  });

  test('each section of the published PDF links to its page in it, and the PDF is served', async () => {
    await handle.page.goto(`${inject('reportsUrl')}doc/digital-governance#s-2-1`);
    const link = handle.page.locator('#s-2-1').getByRole('link', { name: '原文第 7 页' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/data\/pdf\/digital-governance\.[0-9a-f]{12}\.pdf#page=7$/);
    expect(await link.getAttribute('target')).toBe('_blank');
    const response = await handle.page.request.get(new URL(href ?? '', handle.page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
