import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { AppShell } from './components/layout/app-shell.tsx';
import { manifestQuery } from './data/queries.ts';
import { paths } from './paths.ts';
import { RouteError } from './routes/route-error.tsx';

/** The router's basename is the build's base, so the same routes work under a sub-path. */
export function routerBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';
}

export function createRouter(queryClient: QueryClient) {
  // Start fetching the manifest with the route, not after the first render.
  const primeManifest = () => {
    void queryClient.prefetchQuery(manifestQuery());
    return null;
  };
  return createBrowserRouter(
    [
      {
        // Embedded on other sites: no header, no footer, no settings.
        path: paths.embed.path,
        loader: primeManifest,
        ErrorBoundary: RouteError,
        lazy: async () => ({ Component: (await import('./routes/embed.tsx')).EmbedRoute }),
      },
      {
        Component: AppShell,
        ErrorBoundary: RouteError,
        children: [
          {
            path: paths.home.path,
            loader: primeManifest,
            lazy: async () => ({ Component: (await import('./routes/library.tsx')).LibraryRoute }),
          },
          {
            path: paths.document.path,
            loader: primeManifest,
            lazy: async () => ({ Component: (await import('./routes/document.tsx')).DocumentRoute }),
          },
          {
            path: paths.search.path,
            loader: primeManifest,
            lazy: async () => ({ Component: (await import('./routes/search.tsx')).SearchRoute }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundRoute }),
          },
        ],
      },
    ],
    { basename: routerBasename() },
  );
}
