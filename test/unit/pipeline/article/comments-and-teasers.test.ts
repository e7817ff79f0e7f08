import { describe, expect, test } from 'vitest';
import { cleanArticleHtml } from '../../../../src/pipeline/article/clean-article-html.ts';

const article = Array.from(
  { length: 5 },
  (_, i) => `<p>第${i + 1}段：这是文章的正文，有足够多的文字来说明问题，也有作者自己的看法。</p>`,
).join('');
const rulesOf = (html: string) => cleanArticleHtml(html, '标题').rules;

describe('comment threads', () => {
  // WordPress prints the thread under the article: a heading, a list of comments each with its
  // author, date, permalink and reply link, spam among them, then the reply form.
  const thread = `<div id="comments" class="comments-area"><h2 class="comments-title">3 条评论</h2>
    <ol class="comment-list">
      <li class="comment"><b>张三</b> <a href="https://site.example/p/1#comment-1">2019年3月1日 下午3:20</a>
        <p>写得很好。</p><a class="comment-reply-link" href="#respond">回复</a></li>
      <li class="comment"><b>cheap pills</b> <p>&lt;a href="https://spam.example"&gt;buy now&lt;/a&gt;</p>
        <a class="comment-reply-link" href="#respond">回复</a></li>
    </ol>
    <div id="respond" class="comment-respond"><h3>发表评论</h3></div></div>`;

  test('a comment section and its spam go, recorded, and the article stays whole', () => {
    const cleaned = cleanArticleHtml(`<article>${article}${thread}</article>`, '标题');
    expect(cleaned.paragraphs).toHaveLength(5);
    expect(cleaned.paragraphs.join('')).not.toMatch(/评论|回复|href|张三/);
    const removed = cleaned.rules.removed.filter((r) => r.rule === 'comment-section').map((r) => r.text);
    expect(removed.join(' ')).toContain('buy now');
  });

  test('a list of comments is told by its reply links and permalinks, whatever its classes', () => {
    const list = `<h3>2 Comments</h3><ul class="x1">
      <li><span>Ann</span> <p>Good piece.</p> <a href="https://site.example/p#c1">Permalink</a> <a href="#r">Reply</a></li>
      <li><span>Bob</span> <p>Disagree.</p> <a href="https://site.example/p#c2">Permalink</a> <a href="#r">Reply</a></li>
    </ul>`;
    const cleaned = cleanArticleHtml(`${article}${list}`, '标题');
    expect(cleaned.paragraphs).toHaveLength(5);
    expect(cleaned.rules.counts.get('comment-section')).toBe(1);
  });

  test('a conversation published as comments holds the text, so it stays', () => {
    const conversation = `<div id="comments" class="comment-wrapper">${article.replaceAll('<p>', '<article class="comment"><p>').replaceAll('</p>', '</p></article>')}</div>`;
    const rules = rulesOf(`<p>编者按：五位学者的讨论。</p>${conversation}`);
    expect(rules.counts.get('comment-section')).toBeUndefined();
    expect(rules.heldBack).toEqual([expect.objectContaining({ rule: 'comment-section' })]);
  });
});

describe('teasers of other articles', () => {
  const card = (n: number) =>
    `<div><a href="https://site.example/a/${n}"><figure><img src="https://img.example/${n}.jpg"></figure><h2>另一篇文章的标题${n}</h2></a><span><a href="https://site.example/m">The Paper</a> · 2019</span></div>`;

  test("cards of the site's other articles after a label go, and the article's last words stay", () => {
    const html = `${article}<blockquote><p>一切都会走向美善。</p></blockquote><section><header><span>Related</span></header>${card(1)}${card(2)}</section>`;
    const cleaned = cleanArticleHtml(html, '标题');
    expect(cleaned.paragraphs.at(-1)).toBe('一切都会走向美善。');
    expect(cleaned.paragraphs).toHaveLength(6);
    expect(cleaned.rules.removed.find((r) => r.rule === 'teaser-list')?.text).toMatch(/^Related .*另一篇文章的标题2/);
  });

  test('cards without a label go too: a heading or a picture inside a link is a teaser card', () => {
    const cleaned = cleanArticleHtml(`${article}${card(1)}${card(2)}${card(3)}`, '标题');
    expect(cleaned.paragraphs).toHaveLength(5);
  });

  test('a closing list of references, plain links with no cards and no label, stays', () => {
    const refs = `<p>参考资料：</p><ol><li><a href="https://a.example/1">报告一</a></li><li><a href="https://b.example/2">报告二</a></li></ol>`;
    const cleaned = cleanArticleHtml(`${article}${refs}`, '标题');
    expect(cleaned.paragraphs.slice(-2)).toEqual(['报告一', '报告二']);
    expect(cleaned.rules.counts.get('teaser-list')).toBeUndefined();
  });
});
