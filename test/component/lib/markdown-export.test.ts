import { marked } from 'marked';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  addHighlight,
  exportMarkdown,
  getHighlights,
  resetHighlightsForTests,
} from '../../../src/app/features/highlights/highlights-store.ts';
import { markdownLink, markdownText } from '../../../src/app/lib/markdown-text.ts';

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![x](https://t.example/pixel.gif)',
  '**粗体** _斜体_ `code`',
  '# 标题',
  '1. 列表',
  '- 列表',
  '&lt;b&gt;实体&lt;/b&gt;',
  '| a | b |',
];

beforeEach(() => {
  localStorage.clear();
  resetHighlightsForTests();
});

describe('the Markdown export and untrusted text', () => {
  test('every vector in a title, section, quote or note renders as the same text, never as markup', () => {
    for (const vector of VECTORS) {
      localStorage.clear();
      resetHighlightsForTests();
      addHighlight({
        doc: 'a',
        title: `标题 ${vector}`,
        section: 's-1',
        sectionTitle: `一 ${vector}`,
        quote: `引文 ${vector}`,
        prefix: '',
        suffix: '',
        note: `笔记 ${vector}`,
      });
      const markdown = exportMarkdown(getHighlights(), (doc) => `https://example.org/doc/${doc}`);
      // As CommonMark renders it: the same text, no markup of the text's own.
      const root = document.createElement('div');
      root.innerHTML = marked.parse(markdown, { async: false, gfm: false });
      expect(root.querySelectorAll('script, img, iframe, table, ol, ul, strong, code, h3'), vector).toHaveLength(0);
      // The one emphasis is the export's own, around the section title.
      expect(root.querySelectorAll('em'), vector).toHaveLength(1);
      expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/doc/a']);
      for (const prefix of ['标题', '一', '引文', '笔记'])
        expect(root.textContent, vector).toContain(`${prefix} ${vector}`);
      // As GitHub-flavoured Markdown renders it (Obsidian's kind): a bare web address may be a
      // link, and nothing runs or loads.
      const gfm = document.createElement('div');
      gfm.innerHTML = marked.parse(markdown, { async: false, gfm: true });
      expect(gfm.querySelectorAll('script, img, iframe'), vector).toHaveLength(0);
      for (const a of gfm.querySelectorAll('a')) expect(a.getAttribute('href'), vector).toMatch(/^https:\/\//);
    }
  });

  test('links only to http(s): another scheme leaves the label as text', () => {
    expect(markdownLink('报告', 'javascript:alert(1)')).toBe('报告');
    expect(markdownLink('报告', 'https://example.org/a (b)')).toBe('[报告](https://example.org/a%20%28b%29)');
    expect(markdownText('a*b')).toBe('a\\*b');
  });
});
