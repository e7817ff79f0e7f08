import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../../src/app/lib/sanitize.ts';
import { ADDED_ATTR, ALLOWED_ATTR, ALLOWED_TAGS } from '../../../src/app/lib/sanitize-allowlist.ts';
import { XSS_VECTORS } from '../../fixtures/xss/vectors.ts';

const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, object, embed, form, input, button, style, link, meta, base, svg, math, template, noscript, textarea, video, source, details, marquee';
const LIVE_URL = /^(?:https?:|mailto:)/i;

const TAGS = new Set(ALLOWED_TAGS.map((tag) => tag.toUpperCase()));
const ATTRS = new Set([...ALLOWED_ATTR, ...ADDED_ATTR]);

function assertInert(html: string): void {
  const container = document.createElement('div');
  container.innerHTML = html;
  expect(container.querySelectorAll(FORBIDDEN_ELEMENTS)).toHaveLength(0);
  for (const el of Array.from(container.querySelectorAll('*'))) {
    // Nothing outside the allowlist, whatever the vector tried.
    expect(TAGS.has(el.tagName) ? el.tagName : `not allowed: ${el.tagName}`).toBe(el.tagName);
    for (const attr of Array.from(el.attributes)) {
      expect(ATTRS.has(attr.name) ? attr.name : `not allowed: ${attr.name}`).toBe(attr.name);
      if (attr.name === 'href' || attr.name === 'src') expect(attr.value).toMatch(LIVE_URL);
    }
  }
}

describe('app/lib/sanitize against known XSS vectors', () => {
  test('has at least 150 distinct vectors', () => {
    expect(new Set(XSS_VECTORS).size).toBeGreaterThanOrEqual(150);
  });

  test.each(XSS_VECTORS.map((vector, i) => [i, vector] as const))('vector %i comes out inert: %s', (_i, vector) => {
    // jsdom has no Trusted Types: the sanitizer gives a string.
    const html = sanitizeHtml(`<p>before</p>${vector}<p>after</p>`) as string;
    assertInert(html);
    // Rendering it must not run anything either.
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    expect(document.cookie).toBe('');
    host.remove();
  });

  test('keeps the ordinary text before each vector', () => {
    // (An unclosed raw-text element in a vector may swallow what follows it, as browsers do.)
    for (const vector of XSS_VECTORS)
      expect(sanitizeHtml(`<p>before</p>${vector}<p>after</p>`)).toMatch(/^<p>before<\/p>/);
  });
});
