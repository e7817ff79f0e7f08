import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { SCHEMA_VERSION, type DocChunk, type DocMeta } from '../../src/shared/bundle-schema.ts';
import { AppProvider } from '../../src/app/provider.tsx';
import { docKeys } from '../../src/app/data/queries.ts';
import { LibraryRoute } from '../../src/app/routes/library.tsx';
import { DocumentRoute } from '../../src/app/routes/document.tsx';
import { NotFoundRoute } from '../../src/app/routes/not-found.tsx';

/** Renders the app's routes in memory with the bundle already in the query cache. */
export function renderApp(url: string, documents: DocMeta[], chunks: DocChunk[] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(docKeys.manifest(), { schemaVersion: SCHEMA_VERSION, documents });
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
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...view, search: () => location.search };
}
