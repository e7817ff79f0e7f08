import { describe, expect, test } from 'vitest';
import { cleanArticleHtml } from '../../../../src/pipeline/article/clean-article-html.ts';
import { withoutSiteSuffix } from '../../../../src/pipeline/front-matter/site-suffix.ts';
import { processDocument } from '../../../../src/pipeline/process-document.ts';
import { FIRST_PARAGRAPH, SCRAPED_POST_TITLE, scrapedPost } from '../../../fixtures/articles/scraped-post.ts';

describe('the title as sites print it', () => {
  test('printed again at the top of the body: taken out and recorded, the text starts with the article', () => {
    const html =
      '<article><header><h1 class="entry-title">\n  回应被美国“拉黑”\n</h1></header><p>第一段正文。</p><p>第二段。</p></article>';
    const cleaned = cleanArticleHtml(html, '回应被美国_拉黑_');
    expect(cleaned.paragraphs).toEqual(['第一段正文。', '第二段。']);
    expect(cleaned.rules.removed).toEqual([{ rule: 'title-repeated', text: '回应被美国“拉黑”' }]);
  });

  test('kept where the body holds nothing else, and where other text comes first', () => {
    expect(cleanArticleHtml('<h1>标题</h1>', '标题').paragraphs).toEqual(['标题']);
    expect(cleanArticleHtml('<p>导语。</p><h2>标题</h2><p>正文。</p>', '标题').paragraphs).toEqual([
      '导语。',
      '标题',
      '正文。',
    ]);
  });

  test("a site suffix comes off when it names the source: its tags, author or the link's site", () => {
    expect(withoutSiteSuffix('互联网人际传播 - iYouPort', ['iYouPort'])).toBe('互联网人际传播');
    expect(withoutSiteSuffix('反监视 - 城市民主的崛起 - iYouPort', [], 'https://www.iyouport.org/a/')).toBe(
      '反监视 - 城市民主的崛起',
    );
    expect(withoutSiteSuffix('中美关系 | 中参馆', ['中参馆'])).toBe('中美关系');
    // A dash inside a title that names nothing known stays.
    expect(withoutSiteSuffix('反监视 - 城市民主的崛起', ['iYouPort'])).toBe('反监视 - 城市民主的崛起');
  });

  test('an article opens with its first real paragraph, and its excerpt is made from it', () => {
    const source = [
      '---',
      'title: "数据的边界 - 示例网"',
      'date: 2021-05-01',
      'tags: [ 示例网 ]',
      '---',
      '<article class="post type-post tag-share category-ads"><header><h1>数据的边界</h1></header>',
      '<p>数据跨境流动正在改变全球贸易的规则。</p><p>第二段。</p></article>',
    ].join('\n');
    const document = processDocument('a.md', new TextEncoder().encode(source)).document;
    expect(document?.meta.title).toBe('数据的边界');
    expect(document?.paragraphs[0]).toBe('数据跨境流动正在改变全球贸易的规则。');
    expect(document?.meta.excerpt.startsWith('数据跨境流动')).toBe(true);
  });
});

describe('titles printed with other punctuation', () => {
  test('dashes, quotes and ellipses that differ still mark the repeated title', () => {
    const cleaned = cleanArticleHtml('<h1>反监视 – 城市民主的崛起...</h1><p>正文。</p>', '反监视 - 城市民主的崛起');
    expect(cleaned.paragraphs).toEqual(['正文。']);
  });

  test('a Markdown link whose text holds brackets is a link, not literal markup', () => {
    const cleaned = cleanArticleHtml(
      '<p>[[專題]環球大廈經濟學](https://matters.example/@a/x)</p><p>正文。</p>',
      '[專題]環球大廈經濟學',
    );
    expect(cleaned.paragraphs).toEqual(['正文。']);
    expect(cleaned.originalUrl).toBe('https://matters.example/@a/x');
  });
});

describe('the source of a scraped post', () => {
  test('is the site named as its one tag and its one category, whoever wrote it', () => {
    const post = (author: string) =>
      new TextEncoder().encode(
        `---\ntitle: 标题\ndate: 2020-03-09\nauthor: ${author}\ntags: [ 中参馆 ]\ncategories: [ 中参馆 ]\n---\n<p>正文。</p>`,
      );
    expect(processDocument('a.md', post('Muyi Xiao, Yan Cong &#38; more')).document?.meta).toMatchObject({
      source: '中参馆',
      author: 'Muyi Xiao、Yan Cong & more',
    });
    expect(processDocument('b.md', post('Shen Lu')).document?.meta.source).toBe('中参馆');
  });
});

describe('byline, date and term lines', () => {
  const page = [
    '<article><div class="entry-meta"><span class="byline"><a href="https://s.example/author/m/" rel="author">McCaffrey</a></span>',
    '<span class="cat-links"><a href="https://s.example/c/opinion/" rel="category tag">Opinion</a> , <a href="https://s.example/c/x/" rel="category tag">关于中国</a></span>',
    '<span class="posted-on"><a href="https://s.example/p/1/" rel="bookmark"><time datetime="2015-09-08">2015年9月8日</time></a></span> 0 Minutes</div>',
    '<p>第一段正文，讲述了事情的经过。</p><p>第二段。</p>',
    '<footer class="entry-footer"><span>Tagged</span> <a href="https://s.example/t/a/" rel="tag">Social movement</a>',
    '<span>Published</span> <time>2015年9月8日</time></footer></article>',
  ].join('');

  test('are removed and recorded; their terms become tags and the byline the author', () => {
    const cleaned = cleanArticleHtml(page, '标题');
    expect(cleaned.paragraphs).toEqual(['第一段正文，讲述了事情的经过。', '第二段。']);
    expect(cleaned.tags).toEqual(['Opinion', '关于中国', 'Social movement']);
    expect(cleaned.bylineAuthor).toBe('McCaffrey');
    expect(cleaned.rules.removed.map((r) => r.rule)).toEqual(['byline-or-meta-line', 'byline-or-meta-line']);
  });

  test('a paragraph that links a tag among its own words stays', () => {
    const html =
      '<p>本文讨论了<a href="https://s.example/t/a/" rel="tag">社会运动</a>在网络时代的变化，以及它对普通人的意义。</p>';
    expect(cleanArticleHtml(html, '标题').paragraphs).toHaveLength(1);
  });
});

describe('a title made safe for a file name', () => {
  test("gets its punctuation back from the body's own text of it", async () => {
    const { restoreTitlePunctuation } = await import('../../../../src/pipeline/front-matter/restore-title.ts');
    const body = '<p><img alt="商汤科技回应被美国“拉黑”：强烈反对" src="https://i.example/a.jpg"></p><p>正文。</p>';
    expect(restoreTitlePunctuation('商汤科技回应被美国_拉黑_：强烈反对', body)).toBe(
      '商汤科技回应被美国“拉黑”：强烈反对',
    );
    expect(restoreTitlePunctuation('user_id 的用法', '<p>user_id 的用法很简单。</p>')).toBe('user_id 的用法');
    expect(restoreTitlePunctuation('没有_下划线_的正文', '<p>别的内容。</p>')).toBe('没有_下划线_的正文');
  });
});

describe('a WordPress post with all its chrome', () => {
  test('keeps the article whole, its site as the source, and the tag footer as tags', () => {
    const result = processDocument('post.md', new TextEncoder().encode(scrapedPost()));
    const doc = result.document;
    expect(doc?.paragraphs[0]).toBe(FIRST_PARAGRAPH);
    expect(doc?.paragraphs).toHaveLength(4);
    expect(doc?.meta.title).toBe(SCRAPED_POST_TITLE);
    expect(doc?.meta.excerpt.startsWith(FIRST_PARAGRAPH)).toBe(true);
    // The footer's terms join the tags; the site is still the one front-matter tag and category.
    expect(doc?.meta.tags).toEqual(['某某新闻', '城市', '夜生活']);
    expect(doc?.meta.source).toBe('某某新闻');
    expect(doc?.meta.author).toBe('王小明');
    expect(result.diagnostics).toEqual([]);
  });
});
