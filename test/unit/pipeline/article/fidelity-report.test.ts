import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { measureFidelity, type Fidelity } from '../../../bench/article-fidelity.ts';

// A crafted corpus with one document of each shape the report counts, each written so that the
// cleaning rules cannot mend it, and one clean article.
const text = '这是文章的正文，有足够多的文字来说明问题，也有作者自己的看法和材料。';
const posts: Record<string, string> = {
  'clean.md': `<p>${text}</p><p>${text}</p>`,
  'title-at-top.md': `<p>标题在最前 紧接着就是正文，${text}</p>`,
  'literal-markup.md': `<p>${text}</p><p>垃圾留言 &amp;lt;a href="https://spam.example"&amp;gt;买&amp;lt;/a&amp;gt;</p>`,
  'comment-residue.md': `<p>${text}</p><p>回复</p>`,
  'byline-excerpt.md': `<p>2019年3月1日 作者 张三</p><p>${text}</p>`,
  'mostly-removed.md': `<div hidden>${text.repeat(3)}</div><div hidden>${text.repeat(3)}</div><p>${text}</p>`,
};
const titles: Record<string, string> = { 'title-at-top.md': '标题在最前' };

let dir = '';
let fidelity: Fidelity;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'yuelan-fidelity-'));
  for (const [name, body] of Object.entries(posts)) {
    const title = titles[name] ?? `文章 ${name}`;
    writeFileSync(
      path.join(dir, name),
      `---\ntitle: "${title}"\ndate: 2019-03-01\nauthor: 张三\ntags: [ 某站 ]\ncategories: [ 某站 ]\n---\n${body}\n`,
    );
  }
  fidelity = await measureFidelity(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the fidelity report counts each shape on a crafted corpus, naming the file', () => {
  expect(fidelity.documents).toBe(6);
  expect(fidelity.rejected).toBe(0);
  expect(fidelity.byKind.article).toEqual({
    documents: 6,
    bodyMostlyRemoved: ['mostly-removed.md'],
    titleAtTop: ['title-at-top.md'],
    literalMarkup: ['literal-markup.md'],
    commentResidue: ['comment-residue.md'],
    excerptFromChrome: ['byline-excerpt.md', 'title-at-top.md'],
  });
  expect(fidelity.sourcesByFolder).toEqual({ '.': 1 });
});
