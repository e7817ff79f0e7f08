import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBundleFromDir } from '../../../src/pipeline/build-bundle.ts';
import { prerenderPages, withSnapshot } from '../../../src/pipeline/prerender-pages.ts';

const shell = '<html><head><title>阅览 Yuelan</title></head><body><div id="root"></div></body></html>';

describe('a prerendered page in its shell', () => {
  test('goes into the root, marked with its kind, under its own title (as text)', () => {
    const html = withSnapshot(shell, { html: '<main><h1>标题</h1></main>', title: '<b>标题</b> & 阅览' }, 'article');
    expect(html).toContain('<title>&lt;b&gt;标题&lt;/b&gt; &amp; 阅览</title>');
    expect(html).toContain('<div id="root" data-prerendered="article"><main><h1>标题</h1></main></div>');
  });

  test('loses inline style attributes, which the content security policy forbids in markup', () => {
    const html = withSnapshot(
      shell,
      { html: '<ul style="padding-top:0;padding-bottom:300px"><li>a</li></ul>', title: 't' },
      'library',
    );
    expect(html).toContain('<ul><li>a</li></ul>');
  });
});

describe('content spliced into the shell', () => {
  const fullShell =
    '<!doctype html><html lang="zh-Hans"><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'">' +
    '<title>阅览 Yuelan</title><script type="module" src="/assets/index.js"></script></head>' +
    '<body><div id="root"></div></body></html>';
  const count = (html: string, part: string) => html.split(part).length - 1;
  const patterns = ["$'", '$`', '$&', '$$', '$1', '$<name>'];

  test.each(patterns)('takes %s in a title or a body literally, never as a replacement pattern', (pattern) => {
    const body = `<p>正文 ${pattern} 文字</p><img src="https://t.example/x.gif" alt="A${pattern}B" loading="lazy" referrerpolicy="no-referrer">`;
    const html = withSnapshot(fullShell, { html: body, title: `标题 ${pattern} · 阅览` }, 'article');
    expect(count(html, '<title>')).toBe(1);
    expect(count(html, '<div id="root"')).toBe(1);
    expect(count(html, 'Content-Security-Policy')).toBe(1);
    expect(count(html, '<script')).toBe(1);
    expect(html).toContain(
      `<title>标题 ${pattern.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')} · 阅览</title>`,
    );
    expect(html).toContain(`<p>正文 ${pattern} 文字</p>`);
    expect(html).toContain(`alt="A${pattern}B" loading="lazy" referrerpolicy="no-referrer"`);
  });

  test('strips style attributes of elements only: words that read style="…" stay in the text', () => {
    const body = '<div style="height:3px"><p>CSS 写作 style="color:red" 即可</p><p title=\'a style="b"\'>x</p></div>';
    const html = withSnapshot(fullShell, { html: body, title: 't' }, 'article');
    expect(html).toContain('<div><p>CSS 写作 style="color:red" 即可</p>');
    expect(html).toContain('title="a style=&quot;b&quot;"');
    expect(html).not.toContain('<div style=');
  });

  test('a route kind cannot break out of its attribute', () => {
    expect(withSnapshot(fullShell, { html: '', title: 't' }, 'a"><x')).toContain('data-prerendered="a&quot;&gt;&lt;x"');
  });
});

describe('prerendering the default corpus', () => {
  test('renders the library and each document; a page that fails is reported and left out, not fatal', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const bundle = await buildBundleFromDir(path.join(root, 'content'));
    const broken = bundle.manifest.documents[0];
    if (!broken) throw new Error('the default corpus is empty');
    const files = new Map(bundle.files);
    files.set(broken.chunk, '{"kind":"article"}');
    const warnings: string[] = [];
    const pages = await prerenderPages({
      root,
      base: '/',
      manifest: bundle.manifest,
      files,
      define: {},
      warn: (message) => warnings.push(message),
    });
    expect(pages.get('')?.html).toContain('文档列表');
    expect(pages.has(`doc/${broken.id}`)).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^doc/${broken.id}: not prerendered`))]);
    for (const doc of bundle.manifest.documents.slice(1)) {
      const page = pages.get(`doc/${doc.id}`);
      expect(page?.title).toBe(`${doc.title} · 阅览`);
      expect(page?.html).toContain('id="doc-title"');
    }
  }, 60_000);
});
