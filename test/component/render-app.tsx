import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import {
  facetTotals,
  paginateManifest,
  SCHEMA_VERSION,
  type DocChunk,
  type DocMeta,
  type Manifest,
} from '../../src/shared/bundle-schema.ts';
import { AppProvider } from '../../src/app/provider.tsx';
import { docKeys } from '../../src/app/data/queries.ts';
import { LibraryRoute } from '../../src/app/routes/library.tsx';
import { DocumentRoute } from '../../src/app/routes/document.tsx';
import { EmbedRoute } from '../../src/app/routes/embed.tsx';
import { NotFoundRoute } from '../../src/app/routes/not-found.tsx';

export type RenderOptions = {
  /** false: the manifest file is in the cache, its pages are not (and never arrive). */
  pagesLoaded?: boolean;
  /** A client from clientWithLibrary, for a test that changes the cache while the app runs. */
  client?: QueryClient;
};

/** A query client with a library in its cache, as the build would write it (manifest file and pages). */
export function clientWithLibrary(documents: DocMeta[], options: RenderOptions = {}): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const manifest: Manifest = { schemaVersion: SCHEMA_VERSION, documents, search: null, dataBytes: 0 };
  const { file } = paginateManifest(manifest, facetTotals(documents), (_page, i) => `pages/page-${i}.json`);
  client.setQueryData(docKeys.manifestFile(), file);
  if (options.pagesLoaded !== false) client.setQueryData(docKeys.manifest(), manifest);
  else client.setQueryDefaults(docKeys.manifest(), { queryFn: () => new Promise<never>(() => undefined) });
  return client;
}

/** Renders the app's routes in memory with the bundle already in the query cache. */
export function renderApp(url: string, documents: DocMeta[], chunks: DocChunk[] = [], options: RenderOptions = {}) {
  const client = options.client ?? clientWithLibrary(documents, options);
  for (const chunk of chunks) {
    const meta = documents.find((doc) => doc.id === chunk.id);
    if (meta) client.setQueryData(docKeys.chunk(meta.chunk), chunk);
  }
  const location = { search: '' };
  function LocationProbe() {
    location.search = useLocation().search;
    return null;
  }
  const view = render(
    <AppProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <LocationProbe />
        <Routes>
          <Route path="/" element={<LibraryRoute />} />
          <Route path="/doc/:id" element={<DocumentRoute />} />
          <Route path="/embed/:id" element={<EmbedRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...view, search: () => location.search };
}
