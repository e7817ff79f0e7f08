/** Every in-app URL, built in one place so routes and links never disagree. */
export const paths = {
  home: { path: '/', href: () => '/' },
  document: { path: '/doc/:id', href: (id: string) => `/doc/${encodeURIComponent(id)}` },
  embed: { path: '/embed/:id', href: (id: string) => `/embed/${encodeURIComponent(id)}` },
  highlights: { path: '/highlights', href: () => '/highlights' },
  search: { path: '/search', href: (query: string) => `/search?${new URLSearchParams({ q: query }).toString()}` },
} as const;
