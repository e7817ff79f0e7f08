import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { chunkQuery, manifestFileQuery, manifestQuery } from './data/queries.ts';
import { preloadDocumentBody } from './features/document/document-body.tsx';
import { paths } from './paths.ts';
import { DocumentRoute, EmbedRoute, LibraryRoute, SearchRoute } from './router.tsx';

/** Longer than this, and the page renders with its loading states rather than keep the reader waiting. */
const PATIENCE_MS = 4000;

/**
 * Fetches what the first render of this URL needs (the page's code, the manifest, a document and
 * its reader), all at once, so that render shows the whole page: it then replaces a prerendered
 * snapshot without a blank or half-built frame, and a page without one paints once, complete.
 * The build's prerendering calls it too, with the data already in the cache, to load the code.
 */
export async function prepareFirstRender(client: QueryClient, pathname: string): Promise<void> {
  const doc = matchPath(paths.document.path, pathname) ?? matchPath(paths.embed.path, pathname);
  const work: Promise<unknown>[] = [];
  // The library's first screen needs only the manifest file; other pages need every document.
  const library = matchPath(paths.home.path, pathname);
  const manifest = library ? null : client.fetchQuery(manifestQuery());
  if (library) work.push(client.fetchQuery(manifestFileQuery()), LibraryRoute.preload());
  else if (matchPath(paths.search.path, pathname)) work.push(SearchRoute.preload());
  if (manifest) work.push(manifest);
  if (manifest && doc) {
    work.push(doc.pattern.path === paths.embed.path ? EmbedRoute.preload() : DocumentRoute.preload());
    work.push(
      manifest.then(async ({ documents }) => {
        const meta = documents.find((entry) => entry.id === doc.params.id);
        if (meta) await Promise.all([client.fetchQuery(chunkQuery(meta)), preloadDocumentBody(meta.kind)]);
      }),
    );
  }
  // Failures are shown by the page itself, with its retry; here they only end the wait.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.allSettled(work), new Promise((resolve) => (timer = setTimeout(resolve, PATIENCE_MS)))]);
  clearTimeout(timer);
}
