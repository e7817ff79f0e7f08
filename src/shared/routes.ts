import { escapeRegExp } from './escape-regexp.ts';

/**
 * The app's routes as path templates (':id' stands for one path segment). The router builds
 * its routes from them and the service worker answers navigations to them, and to nothing else,
 * with the app shell: the pages a host serves beside the app are the host's.
 */
export const ROUTE_TEMPLATES = {
  home: '/',
  document: '/doc/:id',
  embed: '/embed/:id',
  highlights: '/highlights',
  search: '/search',
} as const;

/**
 * One pattern per route for the service worker's navigation allowlist, under the site's base
 * ('/' or '/reader/'): the route's path with or without a trailing slash or index.html (how
 * static hosts name the route's copy of the shell), then any query. Workbox tests each against
 * the path and query of a navigation.
 */
export function navigationAllowlist(base: string): RegExp[] {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  return Object.values(ROUTE_TEMPLATES).map((template) => {
    const path = template
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/?#]+' : escapeRegExp(part)))
      .join('/');
    const body = template === '/' ? escapeRegExp(root) : `${escapeRegExp(root)}${path}`;
    return new RegExp(`^${body}(?:/|/index\\.html)?(?:\\?[^#]*)?$`);
  });
}
