import { describe, expect, test } from 'vitest';
import { cleanArticleHtml } from '../../../../src/pipeline/article/clean-article-html.ts';

const clean = (html: string, title: string | null = null) => cleanArticleHtml(html, title);
const fired = (html: string, rule: string, title: string | null = null) =>
  clean(html, title).rules.counts.get(rule) ?? 0;

describe('pipeline/article/clean-article-html', () => {
  test('promotes a lazy-image attribute to src and keeps its size', () => {
    const result = clean(
      '<p>x</p><img class="lazy" data-original="http://img.example/a.jpg" data-width="1080" data-height="351" src="https://proxy.example/?a.jpg">',
    );
    expect(result.html).toContain('<img src="http://img.example/a.jpg" width="1080" height="351">');
    expect(result.rules.counts.get('lazy-image-src')).toBe(1);
  });

  test('reads w/h attributes as image dimensions', () => {
    expect(clean('<img src="https://i.example/a.jpg" w="600" h="363">').html).toContain('width="600" height="363"');
  });

  test('drops 1×1 tracking pixels', () => {
    expect(fired('<p>t</p><img src="https://t.example/p.gif" width="1" height="1">', 'tracking-pixel')).toBe(1);
  });

  test('removes a read-more button with its svg', () => {
    const result = clean(
      '<p>a</p><button data-readmore-unlocker><span>继续浏览后续</span><svg><path d="M0"/></svg></button><p>b</p>',
    );
    expect(result.html).not.toContain('继续浏览');
    expect(result.paragraphs).toEqual(['a', 'b']);
  });

  test('removes ad, self-promotion and recommendation placeholders', () => {
    const html =
      '<p>a</p><div class="m-block-ad__content"></div><div class="o-self-promo o-self-promo--app"></div><div id="recommend_bottom"></div>';
    expect(clean(html).html).toBe('<p>a</p>');
    expect(fired(html, 'ad-promo-or-share-block')).toBe(3);
  });

  test('removes empty paragraphs, including ones holding only a blank bold', () => {
    expect(fired('<p><b> </b></p><p></p><p>&nbsp;</p><p>x</p>', 'empty-paragraph')).toBe(3);
  });

  test("removes a 'THE END' line and a reprint notice", () => {
    const result = clean('<p>正文</p><p class="end"> - THE END -</p><p class="zhuanzai">转载请注明出处：快科技</p>');
    expect(result.paragraphs).toEqual(['正文']);
    expect(result.rules.counts.get('the-end-marker')).toBe(1);
    expect(result.rules.counts.get('reprint-notice')).toBe(1);
  });

  test('lifts a footer of hashtag links into tags', () => {
    const result = clean(
      '<p>正文</p><p class="bqian"><a href="https://n.example/tag/a.htm"><i>#</i>美国</a><a href="https://n.example/tag/b.htm"><i>#</i>商汤科技</a></p>',
    );
    expect(result.tags).toEqual(['美国', '商汤科技']);
    expect(result.html).not.toContain('#');
  });

  test('drops scripts, styles, comments and inline event handlers', () => {
    const result = clean(
      '<!--x--><p onclick="alert(1)" style="color:red">a<script>alert(2)</script><style>p{}</style></p>',
    );
    expect(result.html).toBe('<p>a</p>');
    expect(result.rules.counts.get('event-handler-attribute')).toBe(1);
    expect(result.rules.counts.get('html-comment')).toBe(1);
  });

  test('removes elements hidden with display:none', () => {
    expect(clean('<p style="display:none;height:1px"><br></p><p>a</p>').html).toBe('<p>a</p>');
  });

  test('understands a Markdown link titled as the document, lifting it as the original URL', () => {
    const result = clean('<!--1-->\n[标题](http://www.rfi.fr/cn/a)\n------\n\n<div><p>正文</p></div>', '标题');
    expect(result.originalUrl).toBe('http://www.rfi.fr/cn/a');
    expect(result.html).toBe('<div><p>正文</p></div>');
  });

  test('turns other Markdown links, rules and autolinks into HTML', () => {
    const result = clean('<p>a</p>\n[看这里](https://x.example/p)\n------\n<https://x.example/share?id=1&b=2>');
    expect(result.html).toContain('<a href="https://x.example/p">看这里</a>');
    expect(result.html).toContain('<hr>');
    expect(result.html).toContain(
      '<a href="https://x.example/share?id=1&amp;b=2">https://x.example/share?id=1&amp;b=2</a>',
    );
  });

  test('drops back-to-site navigation links and their separator', () => {
    const result = clean('<p>正文</p>\n\n[返回经济参考网新闻](//f.example/c.html)｜[返回首页](//f.example/)');
    expect(result.paragraphs).toEqual(['正文']);
    expect(result.rules.counts.get('back-to-site-link')).toBe(2);
  });

  test('wraps loose text between blocks into a paragraph', () => {
    const result = clean('<div><div><img src="https://i.example/a.jpg"></div>《金融时报》报道截图<p>下一段</p></div>');
    expect(result.html).toContain('<p>《金融时报》报道截图</p>');
  });

  test('finds a publisher in a closing credit line', () => {
    expect(clean('<p>正文</p><p class="em_media">（文章来源：经济参考网）</p>').creditSource).toBe('经济参考网');
    expect(clean('<p>正文</p><p><strong>来源：环球网 / 乌元春 张江平</strong></p>').creditSource).toBe('环球网');
  });

  test('turns a video frame from a known host into a link and drops other frames', () => {
    const result = clean(
      '<iframe src="https://player.bilibili.com/player.html?bvid=1" title="发布会"></iframe><iframe src="https://evil.example/"></iframe>',
    );
    expect(result.html).toMatch(/<a href="https:\/\/player\.bilibili\.com\/player\.html\?bvid=1"[^>]*>发布会<\/a>/);
    expect(result.html).not.toContain('evil');
  });

  test('reads a body with no markup as plain-text paragraphs', () => {
    const result = clean('第一段\n\n第二段：1 < 2 & 3');
    expect(result.paragraphs).toEqual(['第一段', '第二段：1 < 2 & 3']);
    expect(result.html).toBe('<p>第一段</p><p>第二段：1 &lt; 2 &amp; 3</p>');
  });

  test('keeps links, tables and emphasis, dropping their presentational attributes', () => {
    const result = clean(
      '<table class="t" border="1"><tr><td colspan="2" style="x">a</td></tr></table><p align="center"><a href="https://a.example" target="_blank">l</a></p>',
    );
    expect(result.html).toBe('<table><tr><td colspan="2">a</td></tr></table><p><a href="https://a.example/">l</a></p>');
  });
});
