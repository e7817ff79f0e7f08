import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { paintQuote } from '../../../../src/app/features/highlights/dom-highlights.ts';
import {
  addHighlight,
  getHighlights,
  IMPORT_LIMITS,
  importHighlights,
  importsOf,
  removeImport,
  resetHighlightsForTests,
  type Highlight,
} from '../../../../src/app/features/highlights/highlights-store.ts';
import { locateQuote } from '../../../../src/app/features/highlights/text-quote.ts';
import { resetKeepStorageForTests } from '../../../../src/app/lib/persist-storage.ts';

const highlight = (i: number, quote = '字', extra: Partial<Highlight> = {}): Highlight => ({
  id: `h${i}`,
  doc: 'doc-a',
  title: '标题',
  section: null,
  sectionTitle: null,
  quote,
  prefix: '',
  suffix: '',
  note: '',
  created: '2026-01-01T00:00:00.000Z',
  ...extra,
});

beforeEach(() => {
  localStorage.clear();
  resetHighlightsForTests();
  resetKeepStorageForTests();
});
afterEach(() => vi.unstubAllGlobals());

describe('imported highlights that would break the page', () => {
  test('6,000 one-character highlights of the same text never nest marks', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>${'字'.repeat(50)}</p>`;
    for (let i = 0; i < 6_000; i++) paintQuote(root, highlight(i), `h${i}`, '');
    // Each place can hold one mark; a mark is never inside another.
    expect(root.querySelectorAll('mark mark')).toHaveLength(0);
    expect(root.textContent).toBe('字'.repeat(50));
  });

  test('a passage that overlaps one already painted is not painted', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>监管机构发布了新的指引。</p>';
    expect(paintQuote(root, highlight(1, '机构发布'), 'a', '')).toBe(true);
    expect(paintQuote(root, highlight(2, '发布了新'), 'b', '')).toBe(false);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
  });

  test('words found in two places with the same surroundings are not anchored at all', () => {
    expect(locateQuote('甲乙丙。甲乙丙。', { quote: '乙', prefix: '甲', suffix: '丙' })).toBeNull();
    expect(locateQuote('甲乙丙。丁乙丙。', { quote: '乙', prefix: '丁', suffix: '丙' })).toEqual({ start: 5, end: 6 });
  });

  test('an import keeps at most the limit, skips passages past the size limits, and says how many', () => {
    const list = [
      ...Array.from({ length: IMPORT_LIMITS.count + 10 }, (_, i) => highlight(i)),
      highlight(-1, 'x'.repeat(IMPORT_LIMITS.quoteChars + 1)),
      highlight(-2, '字', { note: 'n'.repeat(IMPORT_LIMITS.noteChars + 1) }),
      highlight(-3, '   '),
    ];
    const outcome = importHighlights({ highlights: list });
    expect(outcome).toMatchObject({ added: IMPORT_LIMITS.count, updated: 0, skipped: 13 });
    expect(getHighlights()).toHaveLength(IMPORT_LIMITS.count);
  });

  test('one import can be taken back whole, leaving the reader’s own highlights', () => {
    const own = addHighlight({ ...highlight(0, '自己的'), id: undefined } as unknown as Highlight);
    const outcome = importHighlights([highlight(1), highlight(2)], new Date('2026-03-01T08:00:00Z'));
    expect(importsOf(getHighlights())).toEqual([{ batch: outcome.batch, count: 2 }]);
    expect(removeImport(outcome.batch)).toBe(2);
    expect(getHighlights().map((h) => h.id)).toEqual([own.id]);
  });

  test('keeping a highlight asks the browser to keep the site’s storage, once', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: () => Promise.resolve(false) } });
    addHighlight({ ...highlight(0), id: undefined } as unknown as Highlight);
    importHighlights([highlight(5)]);
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
  });
});
