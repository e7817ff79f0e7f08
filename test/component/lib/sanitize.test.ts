import { describe, expect, test } from 'vitest';
import { cleanInert } from '../../../src/app/lib/sanitize-native.ts';
import { purifyHtml } from '../../../src/app/lib/sanitize-purify.ts';

type Sanitize = (dirty: string, options?: { loadImages?: boolean }) => string;

/*
 * Both ways of sanitizing, each held to every rule: DOMPurify (browsers without the Sanitizer API,
 * and prerendering) and the first step of the native way (the browser's setHTML, which jsdom does
 * not have, runs after it as a second gate; the end-to-end tests run it in Chromium).
 */
const WAYS: [string, Sanitize][] = [
  ['DOMPurify', (dirty, options) => purifyHtml(dirty, options?.loadImages ?? true) as string],
  ['the Sanitizer API way', (dirty, options) => cleanInert(dirty, options?.loadImages ?? true).innerHTML],
];

describe.each(WAYS)('app/lib/sanitize, %s', (_way, sanitizeHtml) => {
  test('keeps ordinary content: paragraphs, emphasis, lists, tables, links and images', () => {
    const html = sanitizeHtml(
      '<p>a<strong>b</strong><em>c</em></p><ul><li>d</li></ul><table><tbody><tr><td colspan="2">e</td></tr></tbody></table><p><a href="https://x.example/">f</a><img src="https://i.example/a.jpg" alt="g" width="600" height="400"></p>',
    );
    expect(html).toContain('<strong>b</strong>');
    expect(html).toContain('<li>d</li>');
    expect(html).toContain('<td colspan="2">e</td>');
    expect(html).toContain('<a href="https://x.example/" target="_blank" rel="noopener noreferrer nofollow">f</a>');
    expect(html).toMatch(
      /<img src="https:\/\/i\.example\/a\.jpg" alt="g" width="600" height="400" loading="lazy" decoding="async" referrerpolicy="no-referrer">/,
    );
  });

  test('drops scripts and event handlers and keeps the text of dead links', () => {
    const html = sanitizeHtml('<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a></p>');
    expect(html).toBe('<p>ab</p>');
  });

  test('still sanitizes what a dead link held', () => {
    const html = sanitizeHtml(
      '<p><a href="javascript:alert(1)"><img src="https://i.example/a.jpg" onerror="alert(1)"><b onmouseover="x()">t</b></a></p>',
    );
    expect(html).not.toMatch(/onerror|onmouseover|javascript/);
    expect(html).toContain('<b>t</b>');
  });

  test('turns a video frame from a known host into a link card and drops other frames', () => {
    const html = sanitizeHtml(
      '<iframe src="https://player.bilibili.com/player.html?bvid=1" title="发布会"></iframe><iframe src="https://evil.example/"></iframe>',
    );
    expect(html).toBe(
      '<a href="https://player.bilibili.com/player.html?bvid=1" data-video-link="" target="_blank" rel="noopener noreferrer nofollow">视频：发布会</a>',
    );
  });

  test('drops tracking pixels and data: images, and keeps image sizes', () => {
    expect(
      sanitizeHtml('<img src="https://t.example/p.gif" width="1" height="1"><img src="data:image/png;base64,AAAA">'),
    ).toBe('');
  });

  test('promotes lazy-image attributes to src', () => {
    expect(sanitizeHtml('<img data-original="https://i.example/a.jpg" alt="a">')).toContain(
      'src="https://i.example/a.jpg"',
    );
  });

  test('asks for images over https, the only remote images the CSP allows', () => {
    const html = sanitizeHtml('<img src="http://img.example/a.jpg" alt="a"><img src="https://img.example/b.jpg">');
    expect(html).toContain('src="https://img.example/a.jpg"');
    expect(html).toContain('src="https://img.example/b.jpg"');
    expect(html).not.toContain('http://');
  });

  test('keeps images aside, unrequested, while remote images are off', () => {
    expect(sanitizeHtml('<img src="https://i.example/a.jpg" alt="a">', { loadImages: false })).toBe(
      '<img alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer" data-deferred-src="https://i.example/a.jpg">',
    );
  });

  test('keeps the text of elements outside the allowlist, and drops code, styles and fallbacks whole', () => {
    expect(
      sanitizeHtml(
        '<section><font color="red">甲</font><center>乙</center><button>丙</button></section><style>p{}</style><noscript>丁</noscript><!-- 注 --><svg><text>戊</text></svg>',
      ),
    ).toBe('甲乙丙');
  });
});
