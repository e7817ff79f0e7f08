import { describe, expect, test } from 'vitest';
import { cleanArticleHtml } from '../../../../src/pipeline/article/clean-article-html.ts';
import { processDocument } from '../../../../src/pipeline/process-document.ts';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) => `<p>第${i + 1}段：这是文章的正文，有足够多的文字来说明问题。</p>`,
).join('');

describe('articles marked with a CMS taxonomy', () => {
  test('taxonomy classes on the article element are not widget words (tag-social-movement, category-ads)', () => {
    const html = `<article class="post-12 post type-post status-publish format-standard hentry category-ads tag-social-movement tag-share">${paragraphs}</article>`;
    const cleaned = cleanArticleHtml(html, '标题');
    expect(cleaned.paragraphs).toHaveLength(6);
    expect(cleaned.rules.counts.get('ad-promo-or-share-block')).toBeUndefined();
  });

  test('a real share box beside the article still goes', () => {
    const html = `<article class="tag-social">${paragraphs}<div class="share-buttons"><a href="https://x.example/share">分享</a></div></article>`;
    const cleaned = cleanArticleHtml(html, '标题');
    expect(cleaned.paragraphs).toHaveLength(6);
    expect(cleaned.rules.removed).toEqual([{ rule: 'ad-promo-or-share-block', text: '分享' }]);
  });

  test('no chrome rule removes the block holding most of the text: kept, with a warning naming the rule', () => {
    const body = `<div class="social-content">${paragraphs}</div><p>结尾。</p>`;
    const result = processDocument(
      'a.md',
      new TextEncoder().encode(`---\ntitle: 标题\ndate: 2022-01-01\n---\n${body}`),
    );
    expect(result.document?.paragraphs).toHaveLength(7);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(
          /^the cleaning rule ad-promo-or-share-block wanted to remove <div class="social-content">/,
        ),
      }),
    ]);
  });

  test('a body that cleaning empties names the rules that took its text, not "add the article text"', () => {
    const emptied = processDocument(
      'b.md',
      new TextEncoder().encode('---\ntitle: 标题\ndate: 2022-01-01\n---\n<script>document.write("正文")</script>'),
    );
    expect(emptied.diagnostics.map((d) => d.message)).toEqual([
      'cleaning left no body text: the rules script-or-style-element removed all of it',
    ]);
    const empty = processDocument('c.md', new TextEncoder().encode('---\ntitle: 标题\ndate: 2022-01-01\n---\n'));
    expect(empty.diagnostics.map((d) => d.message)).toEqual(['the document has no body text']);
  });
});
