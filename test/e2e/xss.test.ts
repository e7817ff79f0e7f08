import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { assembleManifest, parseManifestFile, type Manifest } from '../../src/shared/bundle-schema.ts';
import { ADDED_ATTR, ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/app/lib/sanitize-allowlist.ts';
import { XSS_VECTORS } from '../fixtures/xss/vectors.ts';
import { untilAppTakesOver, useBrowserPage } from './browser-page.ts';
import { READER_LOCALE } from './chromium.ts';

/*
 * The corpus built from every vector of test/fixtures/xss/vectors.ts (in bodies and in every
 * front-matter field; see make-xss-corpus.ts), opened as a reader would: each document, its
 * search results, its embed view and its embed code, then every vector typed as a query.
 */

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
/** Image hosts that the corpus bodies name over https: the only other origins a page may ask. */
const IMAGE_HOSTS = new Set(['i.example', 'img.example.com']);

type Watch = { dialogs: string[]; foreignRequests: string[] };

function watch(page: Page, appOrigin: string): Watch {
  const state: Watch = { dialogs: [], foreignRequests: [] };
  page.on('dialog', (dialog) => {
    state.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === appOrigin) return;
    if (url.protocol === 'https:' && IMAGE_HOSTS.has(url.hostname)) return;
    state.foreignRequests.push(request.url());
  });
  return state;
}

/** Everything a vector could have left behind in the page, as a list of findings (empty: clean). */
async function findings(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ tags, attrs }) => {
      const found: string[] = [];
      const w = window as unknown as { __xss?: unknown };
      if (w.__xss !== undefined) found.push('window.__xss was set');
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`${el.tagName} has ${attr.name}`);
      }
      for (const el of document.querySelectorAll('iframe, frame, object, embed, base, form, meta[http-equiv]'))
        if (!(el instanceof HTMLMetaElement && /content-security-policy/i.test(el.httpEquiv)))
          found.push(`a ${el.tagName} in the page`);
      for (const script of document.querySelectorAll('script'))
        if (!script.src || new URL(script.src).origin !== location.origin) found.push('a foreign or inline script');
      // Sanitized HTML holds nothing outside the allowlist (image placeholders are the app's own).
      const allowedTags = new Set(tags.map((t) => t.toUpperCase()));
      const allowedAttrs = new Set(attrs);
      for (const root of document.querySelectorAll('.reader-prose')) {
        for (const el of root.querySelectorAll('*')) {
          if (el.closest('.image-fallback')) continue;
          if (!allowedTags.has(el.tagName)) found.push(`sanitized HTML has ${el.tagName}`);
          for (const attr of el.attributes)
            if (!allowedAttrs.has(attr.name)) found.push(`sanitized ${el.tagName} has ${attr.name}`);
        }
      }
      return found;
    },
    // The image fallback hides an image that failed: the app's attribute, not the content's.
    { tags: ALLOWED_TAGS, attrs: [...ALLOWED_ATTR, ...ADDED_ATTR, 'hidden'] },
  );
}

async function settle(page: Page): Promise<void> {
  // Down to the end, so every lazy image and handler a vector hoped for gets its chance.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 700) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await page.waitForTimeout(150);
}

describe('the XSS corpus everywhere untrusted data flows (e2e)', () => {
  const handle = useBrowserPage();
  let manifest: Manifest;
  let base: string;

  beforeAll(async () => {
    base = inject('xssUrl');
    const file = parseManifestFile(await (await fetch(`${base}data/manifest.json`)).json());
    // The XSS corpus is one page long.
    expect(file.pages).toEqual([]);
    manifest = assembleManifest(file, []);
  });

  test('the corpus carries every vector', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(150);
    expect(manifest.documents.length).toBe(Math.ceil(XSS_VECTORS.length / 12) + 1);
  });

  test('the library shows every hostile title, tag and source as text', async () => {
    const { page } = handle;
    const state = watch(page, new URL(base).origin);
    await page.goto(base);
    const list = page.getByRole('list', { name: '文档列表' });
    await list.getByRole('link').first().waitFor();
    await settle(page);
    expect(await list.textContent()).toContain('恶意标题0');
    expect(await findings(page)).toEqual([]);
    expect(state).toEqual({ dialogs: [], foreignRequests: [] });
    expect(new URL(page.url()).pathname).toBe(new URL(base).pathname);
  });

  test('every prerendered page holds only sanitized markup, before any script runs', async () => {
    // Scripts off: what is checked is the HTML the build wrote, not what the app later draws.
    const context = await handle.browser.newContext({
      locale: READER_LOCALE,
      javaScriptEnabled: false,
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      const state = watch(page, new URL(base).origin);
      await page.goto(base);
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('library');
      expect(await findings(page), 'library').toEqual([]);
      for (const doc of manifest.documents) {
        await page.goto(`${base}doc/${doc.id}`);
        expect(await page.locator('#root').getAttribute('data-prerendered'), doc.id).toBe(doc.kind);
        expect(await findings(page), doc.id).toEqual([]);
        // document.title collapses white space; the hostile title is there, as text.
        expect(await page.title()).toBe(`${doc.title} · 阅览`.replace(/\s+/g, ' ').trim());
      }
      expect(state).toEqual({ dialogs: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  test("the browser's Sanitizer API and DOMPurify draw every article alike, and DOMPurify loads only without the API", async () => {
    // Chromium has the HTML Sanitizer API; deleting setHTML makes it a browser without one.
    const without = await handle.browser.newContext({ locale: READER_LOCALE, serviceWorkers: 'block' });
    await without.addInitScript(() => {
      delete (Element.prototype as { setHTML?: unknown }).setHTML;
    });
    try {
      const fallback = await without.newPage();
      await fallback.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      untilAppTakesOver(fallback);
      const { page } = handle;
      const scripts = { native: [] as string[], fallback: [] as string[] };
      page.on('request', (request) => scripts.native.push(request.url()));
      fallback.on('request', (request) => scripts.fallback.push(request.url()));
      const state = watch(fallback, new URL(base).origin);
      const articles = manifest.documents.filter((doc) => doc.kind === 'article');
      expect(articles.length).toBeGreaterThan(10);
      const body = async (p: Page) => {
        await p.locator('.reader-prose').first().waitFor();
        return p
          .locator('.reader-prose')
          .first()
          .evaluate((el) => el.innerHTML);
      };
      for (const doc of articles) {
        await page.goto(`${base}doc/${doc.id}`);
        await fallback.goto(`${base}doc/${doc.id}`);
        const [native, purified] = [await body(page), await body(fallback)];
        expect(native.length, doc.id).toBeGreaterThan(0);
        expect(native, doc.id).toBe(purified);
        expect(await findings(fallback), doc.id).toEqual([]);
      }
      expect(state).toEqual({ dialogs: [], foreignRequests: [] });
      const purify = (urls: string[]) => urls.filter((url) => /\/assets\/sanitize-purify-[^/]*\.js$/.test(url));
      expect(purify(scripts.native)).toEqual([]);
      expect(purify(scripts.fallback).length).toBeGreaterThan(0);
    } finally {
      await without.close();
    }
  });

  // 54 page loads, each scrolled to the end: about 50 s on an idle 2-core machine, so room to spare.
  test(
    'every document, its search results, its embed view and its embed code run nothing',
    { timeout: 180_000 },
    async () => {
      const { page } = handle;
      const origin = new URL(base).origin;
      const state = watch(page, origin);
      for (const doc of manifest.documents) {
        const visits: [string, string][] = [
          [`doc/${doc.id}`, '.reader-prose'],
          [`search?q=${encodeURIComponent(doc.title)}`, 'main h1'],
          [`embed/${doc.id}`, '.reader-prose'],
        ];
        for (const [route, ready] of visits) {
          const url = `${base}${route}`;
          await page.goto(url);
          await page.locator(ready).first().waitFor();
          await settle(page);
          expect(await findings(page), `${route}`).toEqual([]);
          expect(new URL(page.url()).pathname, `${route} navigated away`).toBe(new URL(url).pathname);
          if (route.startsWith('doc/')) {
            // The hostile title is the document's title, as text.
            expect(await page.title()).toContain(doc.title);
            await page.getByRole('button', { name: '复制嵌入代码' }).click();
            await page.waitForTimeout(50);
            expect(await findings(page), `${route} after copying the embed code`).toEqual([]);
          }
        }
      }
      await page.goto(`${base}doc/${manifest.documents[0]?.id ?? ''}`);
      await page.locator('.reader-prose').waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'xss-article-1280.png') });
      expect(state).toEqual({ dialogs: [], foreignRequests: [] });
    },
  );

  test('every vector typed as a search query runs nothing', { timeout: 180_000 }, async () => {
    const { page } = handle;
    const state = watch(page, new URL(base).origin);
    await page.goto(`${base}search?q=${encodeURIComponent('恶意样本')}`);
    await page.locator('main h1').waitFor();
    const box = page.getByRole('combobox');
    for (const vector of XSS_VECTORS) {
      await box.fill(vector);
      // Past the box's 120 ms debounce, so that each vector is searched and its results drawn.
      await page.waitForTimeout(200);
    }
    await box.press('Enter');
    await page.locator('main h1').waitFor();
    await settle(page);
    expect(await findings(page)).toEqual([]);
    expect(state).toEqual({ dialogs: [], foreignRequests: [] });
  });
});
