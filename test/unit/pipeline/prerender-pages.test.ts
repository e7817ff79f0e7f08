import { describe, expect, test } from 'vitest';
import { withSnapshot } from '../../../src/pipeline/prerender-pages.ts';

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
