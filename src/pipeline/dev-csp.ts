import type { Plugin } from 'vite';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * index.html carries the strict Content-Security-Policy that ships. Vite's dev server needs what
 * it forbids (an inline React Refresh preamble, styles injected as <style> text), so in dev
 * only, the policy is taken out of the page; builds and previews keep it.
 */
export function devWithoutCsp(): Plugin {
  return {
    name: 'yuelan-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CSP_META, ''),
  };
}
