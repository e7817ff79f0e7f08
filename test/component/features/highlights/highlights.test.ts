import { beforeEach, describe, expect, test } from 'vitest';
import { clearMarks, paintQuote, quoteOfRange } from '../../../../src/app/features/highlights/dom-highlights.ts';
import {
  addHighlight,
  exportJson,
  exportMarkdown,
  getHighlights,
  importHighlights,
  resetHighlightsForTests,
} from '../../../../src/app/features/highlights/highlights-store.ts';

beforeEach(() => {
  localStorage.clear();
  resetHighlightsForTests();
});

describe('highlights in the page', () => {
  test('a selection across elements becomes a quote; painted back as marks around the same words', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<h3 id="s2"><span>二</span> <span class="report-title">治理</span></h3><p>监管<strong>机构在二〇二一年</strong>发布了新的指引。</p>';
    document.body.append(root);
    const p = root.querySelector('p') as HTMLElement;
    const range = document.createRange();
    range.setStart(p.firstChild as Text, 0);
    range.setEnd(p.lastChild as Text, 3);
    const quote = quoteOfRange(root, range);
    expect(quote).toMatchObject({ quote: '监管机构在二〇二一年发布了', section: 's2', sectionTitle: '治理' });
    const before = root.innerHTML;
    expect(paintQuote(root, quote!, 'h1', '笔记')).toBe(true);
    const marks = [...root.querySelectorAll('mark[data-highlight="h1"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('监管机构在二〇二一年发布了');
    expect(marks).toHaveLength(3);
    expect(marks[0]?.id).toBe('highlight-h1');
    expect(marks.at(-1)?.hasAttribute('data-note')).toBe(true);
    expect(root.textContent).toBe('二 治理监管机构在二〇二一年发布了新的指引。');
    clearMarks(root);
    root.normalize();
    expect(root.innerHTML).toBe(before);
    root.remove();
  });

  test('a quote whose words are gone paints nothing', () => {
    const root = document.createElement('p');
    root.textContent = '完全不同的文字';
    expect(paintQuote(root, { quote: '监管机构', prefix: '', suffix: '' }, 'x', '')).toBe(false);
    expect(root.querySelector('mark')).toBeNull();
  });
});

describe('highlights export and import', () => {
  const entry = {
    doc: 'a',
    title: '商汤科技回应',
    section: null,
    sectionTitle: null,
    quote: '科技发展不应该受到地缘政治的影响',
    prefix: '',
    suffix: '',
    note: '核心论点',
  };

  test('JSON round trip: exported, cleared, imported back the same; re-importing updates, junk is skipped', () => {
    const added = addHighlight(entry);
    const json = exportJson(getHighlights());
    localStorage.clear();
    resetHighlightsForTests();
    expect(getHighlights()).toEqual([]);
    expect(importHighlights(JSON.parse(json))).toEqual({ added: 1, updated: 0, skipped: 0, batch: expect.any(String) });
    // Marked with the import it came by, so that import can be taken back.
    expect(getHighlights()).toEqual([{ ...added, imported: expect.any(String) }]);
    const edited = JSON.parse(json) as { highlights: Record<string, unknown>[] };
    edited.highlights[0]!.note = '改过的笔记';
    edited.highlights.push({ quote: '缺少字段' });
    expect(importHighlights(edited)).toEqual({ added: 0, updated: 1, skipped: 1, batch: expect.any(String) });
    expect(getHighlights()[0]?.note).toBe('改过的笔记');
    expect(() => importHighlights({ something: 'else' })).toThrow(/highlights/);
  });

  test('Markdown by document, each passage quoted with its note and a link back', () => {
    addHighlight(entry);
    expect(exportMarkdown(getHighlights(), (doc) => `https://example.org/doc/${doc}`)).toBe(
      [
        '# 阅览 · 高亮与笔记',
        '',
        '## [商汤科技回应](https://example.org/doc/a)',
        '',
        '> 科技发展不应该受到地缘政治的影响',
        '',
        '核心论点',
        '',
      ].join('\n'),
    );
  });
});
