import { ROUTE_TEMPLATES } from '#shared/routes.ts';

/** Every in-app URL, built in one place so routes and links never disagree. */
export const paths = {
  home: { path: ROUTE_TEMPLATES.home, href: () => '/' },
  document: { path: ROUTE_TEMPLATES.document, href: (id: string) => `/doc/${encodeURIComponent(id)}` },
  embed: { path: ROUTE_TEMPLATES.embed, href: (id: string) => `/embed/${encodeURIComponent(id)}` },
  highlights: { path: ROUTE_TEMPLATES.highlights, href: () => '/highlights' },
  search: {
    path: ROUTE_TEMPLATES.search,
    href: (query: string) => `/search?${new URLSearchParams({ q: query }).toString()}`,
  },
} as const;
