import { describe, expect, test } from 'vitest';
import { normalizeMeta } from '../../../../src/pipeline/front-matter/normalize-meta.ts';

describe('pipeline/front-matter/normalize-meta', () => {
  test('reads the Hexo dialect: block-list categories, headimg cover, RFC 2822 date', () => {
    const { value, diagnostics } = normalizeMeta('a.txt', {
      title: '商汤科技回应',
      categories: ['新媒体', '快科技', '最新新闻'],
      headimg: 'https://img.example.com/a.jpg',
      author: '快科技',
      date: 'Sat, 11 Dec 2021 12:56:59 GMT',
    });
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({
      title: '商汤科技回应',
      categories: ['新媒体', '快科技', '最新新闻'],
      cover: 'https://img.example.com/a.jpg',
      author: '快科技',
      date: '2021-12-11T12:56:59+00:00',
      year: 2021,
    });
  });

  test('reads the Jekyll dialect: scalar categories and tags, from as the original link', () => {
    const { value } = normalizeMeta('b.md', {
      layout: 'post',
      title: 'T',
      categories: 'jingjicankaowang',
      tags: '经济参考网新闻',
      from: 'http://www.rfi.fr/cn/x',
    });
    expect(value).toMatchObject({
      categories: ['jingjicankaowang'],
      tags: ['经济参考网新闻'],
      originalUrl: 'http://www.rfi.fr/cn/x',
    });
  });

  test('turns a numeric title into text with a warning', () => {
    const { value, diagnostics } = normalizeMeta('n.md', { title: 2021 });
    expect(value.title).toBe('2021');
    expect(diagnostics[0]?.message).toContain('title is a number');
  });

  test('warns when the title is not text and leaves it to the body', () => {
    const { value, diagnostics } = normalizeMeta('n.md', { title: { a: 1 } });
    expect(value.title).toBeNull();
    expect(diagnostics[0]?.message).toContain('title is not text');
  });

  test('splits tags given as one comma-separated string, with a warning', () => {
    const { value, diagnostics } = normalizeMeta('t.md', { tags: '美国, 商汤科技，AI' });
    expect(value.tags).toEqual(['美国', '商汤科技', 'AI']);
    expect(diagnostics).toHaveLength(1);
  });

  test('warns on a date it cannot read and leaves the document undated', () => {
    const { value, diagnostics } = normalizeMeta('d.md', { date: ['2021', '2022'] });
    expect(value.date).toBeNull();
    expect(diagnostics[0]?.message).toContain('not a date we can read');
  });

  test('drops URLs that are not http(s) from cover and original', () => {
    const { value, diagnostics } = normalizeMeta('u.md', { cover: 'javascript:alert(1)', link: 'data:text/html,x' });
    expect(value.cover).toBeNull();
    expect(value.originalUrl).toBeNull();
    expect(diagnostics).toHaveLength(2);
  });

  test('strips control and bidi-override characters from titles', () => {
    expect(normalizeMeta('c.md', { title: 'a\u202eb\u0007c' }).value.title).toBe('abc');
  });
});

describe('HTML entities in front matter', () => {
  test('are decoded in every field before any splitting', () => {
    const { value } = normalizeMeta('a.md', {
      title: '中美关系 &#38; 未来 &quot;新冷战&quot;',
      author: 'Paul Haenle &#38; Anushka W.',
      tags: ['AT&amp;T', '中参馆'],
      categories: 'a &#59; b',
    });
    expect(value.title).toBe('中美关系 & 未来 "新冷战"');
    expect(value.author).toBe('Paul Haenle & Anushka W.');
    expect(value.tags).toEqual(['AT&T', '中参馆']);
    expect(value.categories).toEqual(['a', 'b']);
  });
});
