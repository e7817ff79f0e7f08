import { describe, expect, test } from 'vitest';
import { processDocument } from '../../../src/pipeline/process-document.ts';

/*
 * Crafted files of about 100 KB, one per shape that once held the build for minutes (issue 18:
 * backtracking patterns, tree passes that were n²). Each must take about as long as a plain
 * file of the same size: the bound is a ratio measured in the same run, generous enough for a
 * busy machine, and far below what a quadratic pass costs at this size (hundreds of times).
 */
const SIZE = 100_000;
const MAX_RATIO = 10;

const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const article = (body: string, extra = '') => `---\ntitle: 标题\ndate: 2022-01-01\n${extra}---\n${body}`;
const report = (body: string) =>
  `年度报告\n\n目录\n第一章 总则 3\n第二章 附则 5\n\n第一章 总则\n${fill('正文的一句话。\n', 20_000)}\n${body}\n第二章 附则\n正文。\n`;

const plainArticle = article(fill('<p>这是一段普通的正文文字，用来比较。</p>\n'));
const plainReport = report(fill('这是一段普通的正文文字，用来比较。\n'));

const ARTICLES: Record<string, string> = {
  'a hashtag link of white space': article(`<p>正文</p><p><a href="/t">#a${' '.repeat(SIZE)}x</a></p>`),
  '49,000 back links in one paragraph': article(`<p>${fill('<a href="/">返回</a>')}</p>`),
  'back links loose at the top level': article(`<p>正文</p>${fill('<a href="/">返回</a> | ')}`),
  'thousands of Markdown bold fragments': article(`<p>${fill('**粗体**<br>')}</p>`),
  'thousands of Markdown rules': article(`<p>${fill('---\n<b>x</b>\n')}</p>`),
  'thousands of Markdown links': article(`<div>${fill('[t](https://a.example/c)<i>x</i>')}</div>`),
  'thousands of font elements to unwrap': article(`<p>${fill('<font>字</font>')}</p>`),
  'thousands of images without a source': article(`<p>正文${fill('<img>')}</p>`),
  'thousands of end markers': article(`<div>正文${fill('<p>完</p>')}</div>`),
  'thousands of comments': article(`<p>正文${fill('<!---->')}</p>`),
  'a credit line of white space': article(`<p>正文</p><p>来源：${' '.repeat(SIZE)}x</p>`),
  'a tag list of white space': article('<p>正文</p>', `tags: "a${' '.repeat(60_000)}b"\n`),
};
const REPORTS: Record<string, string> = {
  'a section-list line of tabs': `1.1 标题${'\t'.repeat(SIZE / 2)}x`,
  'a section-list line of dot leaders': `1.1 标题${' .'.repeat(SIZE / 2)}x`,
  'a numbered line of white space': `第一章${' '.repeat(SIZE)}x`,
  'a line of white space before text': `x${' '.repeat(SIZE)}x`,
  'a story line of white space': `故事${' '.repeat(SIZE)}x`,
  'a table row of white space': `x\t${' '.repeat(SIZE)}x`,
  'a contents line of dot leaders': `一、总则${'.'.repeat(SIZE)}x`,
};

const bytes = (text: string) => new TextEncoder().encode(text);
function fastest(file: string, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const result = processDocument(file, bytes(text));
    best = Math.min(best, performance.now() - started);
    // Never rejected for its time: every file of these shapes is read.
    expect(result.diagnostics.filter((d) => d.message.startsWith('took longer'))).toEqual([]);
  }
  return best;
}

describe('crafted files of 100 KB', () => {
  test('articles of every shape take about as long as a plain article of that size', () => {
    fastest('warm-up.md', plainArticle);
    const plain = fastest('plain.md', plainArticle);
    for (const [shape, text] of Object.entries(ARTICLES)) {
      const ratio = fastest('crafted.md', text) / plain;
      expect(ratio, `${shape}: ${ratio.toFixed(1)} times a plain article`).toBeLessThan(MAX_RATIO);
    }
  }, 120_000);

  test('reports of every shape take about as long as a plain report of that size', () => {
    fastest('warm-up.txt', plainReport);
    const plain = fastest('plain.txt', plainReport);
    for (const [shape, line] of Object.entries(REPORTS)) {
      const ratio = fastest('crafted.txt', report(line)) / plain;
      expect(ratio, `${shape}: ${ratio.toFixed(1)} times a plain report`).toBeLessThan(MAX_RATIO);
    }
  }, 120_000);
});
