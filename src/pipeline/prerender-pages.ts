/**
 * Prerendering: the app's own components render the library and each document page at build
 * time (src/app/prerender.tsx, loaded through Vite), and the HTML goes into that page's shell.
 * The app's sanitizer needs a DOM, so one jsdom window stands in for the browser's while pages
 * render; it is kept for the life of the process because the sanitizer binds to it once.
 */
import react from '@vitejs/plugin-react';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import type { DocChunk, DocMeta, Manifest } from '#shared/bundle-schema.ts';
import { parseDocChunk } from '#shared/bundle-schema.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';

type Prerenderer = {
  prerenderLibrary: (manifest: Manifest) => Promise<PrerenderedPage>;
  prerenderDocument: (manifest: Manifest, meta: DocMeta, chunk: DocChunk) => Promise<PrerenderedPage>;
};
export type PrerenderedPage = { html: string; title: string };

/**
 * Documents prerendered at most, the first in the library's order (PRERENDER_DOCS; about 45 ms
 * each on a 2-core machine); the others start from the plain shell, as every page did before.
 */
export const PRERENDER_DOCS = Number(process.env.PRERENDER_DOCS ?? 500);

let dom: JSDOM | null = null;
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage'] as const;

/** Runs fn with browser globals from one lasting jsdom window, then puts the old globals back. */
async function withDom<T>(fn: () => Promise<T>): Promise<T> {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/' });
  const window = dom.window as unknown as Record<string, unknown>;
  // The DOM's classes (Element, HTMLImageElement, …) too, but never in place of Node's own
  // (URL, Event, Response, …), which the build's other code relies on.
  const classes = Object.getOwnPropertyNames(window).filter(
    (name) => /^[A-Z]/.test(name) && typeof window[name] === 'function' && !(name in globalThis),
  );
  const names = [...BROWSER_GLOBALS, ...classes];
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of names)
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
  try {
    return await fn();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  }
}

export type PrerenderInput = {
  root: string;
  base: string;
  manifest: Manifest;
  /** The bundle's files by name, where the document chunks are. */
  files: ReadonlyMap<string, string | Uint8Array>;
  define: Record<string, string>;
  /** Reports a page that could not be prerendered (one line). */
  warn: (message: string) => void;
};

/** The library ('') and up to PRERENDER_DOCS documents ('doc/<id>'), rendered to HTML. */
export async function prerenderPages(input: PrerenderInput): Promise<Map<string, PrerenderedPage>> {
  const pages = new Map<string, PrerenderedPage>();
  const server = await createServer({
    root: input.root,
    base: input.base,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    define: input.define,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    await withDom(async () => {
      const app = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Prerenderer;
      // A page that cannot be prerendered still works from the plain shell: say which, and go on.
      const attempt = async (route: string, render: () => Promise<PrerenderedPage>) => {
        try {
          pages.set(route, await render());
        } catch (error) {
          input.warn(
            `${route || 'library'}: not prerendered (${error instanceof Error ? error.message : String(error)}); it loads as the plain app shell`,
          );
        }
      };
      await attempt('', () => app.prerenderLibrary(input.manifest));
      for (const meta of input.manifest.documents.slice(0, PRERENDER_DOCS)) {
        const file = input.files.get(meta.chunk);
        if (typeof file !== 'string') continue;
        await attempt(`doc/${meta.id}`, () =>
          app.prerenderDocument(input.manifest, meta, parseDocChunk(JSON.parse(file) as unknown, meta.id)),
        );
      }
    });
  } finally {
    await server.close();
  }
  return pages;
}

let fragmentDom: JSDOM | null = null;

/**
 * The page's markup with every inline style attribute removed, found as attributes of parsed
 * elements (the HTML parser the browser will run), never as text: sanitized bodies may hold
 * `style="…"` as words, and a pattern over the markup would cut them.
 */
function withoutStyleAttributes(html: string): string {
  if (!html.includes('style')) return html;
  fragmentDom ??= new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = fragmentDom.window.document.getElementById('root');
  if (!root) return html;
  root.innerHTML = html;
  const styled = root.querySelectorAll('[style]');
  if (styled.length === 0) return html;
  for (const element of styled) element.removeAttribute('style');
  const out = root.innerHTML;
  root.textContent = '';
  return out;
}

/**
 * `text` with its first `search` replaced by `insert`, taken literally: a string given to
 * String.replace as the replacement reads `$&`, `$'`, `` $` `` and `$$` as patterns, and a title or a
 * body holding them would splice pieces of the shell into the page.
 */
export function replaceLiterally(text: string, search: string | RegExp, insert: string): string {
  return text.replace(search, () => insert);
}

/**
 * The shell with a page's HTML in its root and the page's title. Inline style attributes are
 * dropped: the policy forbids them in markup (the app sets the same styles through the DOM).
 */
export function withSnapshot(shell: string, page: PrerenderedPage, kind: string): string {
  const html = withoutStyleAttributes(page.html);
  const withTitle = replaceLiterally(shell, /<title>[^<]*<\/title>/, `<title>${escapeHtmlText(page.title)}</title>`);
  return replaceLiterally(
    withTitle,
    '<div id="root"></div>',
    `<div id="root" data-prerendered="${escapeHtmlAttribute(kind)}">${html}</div>`,
  );
}
