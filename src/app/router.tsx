import { Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { AppShell } from './components/layout/app-shell.tsx';
import { lazyPage } from './lib/lazy-page.ts';
import { trimEndChars } from '#shared/trim-chars.ts';
import { paths } from './paths.ts';
import { RouteErrorBoundary } from './routes/route-error.tsx';

/** The router's basename is the build's base, so the same routes work under a sub-path. */
export function routerBasename(): string {
  return trimEndChars(import.meta.env.BASE_URL, '/') || '/';
}

// Each page's code loads with the page (React Router's declarative mode: its data router costs
// 17 KB gzip more on every first load, for loaders this app does not need).
export const LibraryRoute = lazyPage(async () => (await import('./routes/library.tsx')).LibraryRoute);
export const DocumentRoute = lazyPage(async () => (await import('./routes/document.tsx')).DocumentRoute);
export const SearchRoute = lazyPage(async () => (await import('./routes/search.tsx')).SearchRoute);
export const EmbedRoute = lazyPage(async () => (await import('./routes/embed.tsx')).EmbedRoute);
const HighlightsRoute = lazyPage(async () => (await import('./routes/highlights.tsx')).HighlightsRoute);
export const NotFoundRoute = lazyPage(async () => (await import('./routes/not-found.tsx')).NotFoundRoute);

/** A page: its own error boundary, and nothing shown while its code loads for the first time. */
function Page({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={null}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

/** The pages inside the app's header and footer, by path. */
const SHELL_PAGES = [
  [paths.home.path, LibraryRoute],
  [paths.document.path, DocumentRoute],
  [paths.search.path, SearchRoute],
  [paths.highlights.path, HighlightsRoute],
  ['*', NotFoundRoute],
] as const;

export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname} landmark>
      <Routes>
        {/* Embedded on other sites: no header, no footer, no settings. */}
        <Route
          path={paths.embed.path}
          element={
            <Suspense fallback={null}>
              <EmbedRoute />
            </Suspense>
          }
        />
        <Route element={<AppShell />}>
          {SHELL_PAGES.map(([path, PageComponent]) => (
            <Route
              key={path}
              path={path}
              element={
                <Page>
                  <PageComponent />
                </Page>
              }
            />
          ))}
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}
