/**
 * Renders a page to HTML at build time, with its data, exactly as the browser's first render will
 * draw it: the build puts the result into that page's copy of the shell, so a phone shows the
 * page as soon as the HTML and CSS arrive, and the app replaces it, unchanged, when it has loaded.
 * Runs in Node under the build, with a DOM provided for the sanitizer (the same one the app uses).
 */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import {
  facetTotals,
  paginateManifest,
  type DocChunk,
  type DocMeta,
  type Manifest,
  type ManifestFile,
} from '#shared/bundle-schema.ts';
import { docKeys } from './data/queries.ts';
import { prepareFirstRender } from './first-render.ts';
import { AppProvider } from './provider.tsx';
import { createQueryClient } from './query-client.ts';
import { AppRoutes, routerBasename } from './router.tsx';
import { library } from './i18n/zh/library.ts';
import { shell } from './i18n/zh/shell.ts';

export type PrerenderedPage = { html: string; title: string };

const files = new WeakMap<Manifest, ManifestFile>();

/** The manifest file as the browser gets it, for pages that show what it holds (page names do not matter here). */
function manifestFile(manifest: Manifest): ManifestFile {
  let file = files.get(manifest);
  if (!file) {
    file = paginateManifest(manifest, facetTotals(manifest.documents), (_page, i) => `page-${i}`).file;
    files.set(manifest, file);
  }
  return file;
}

async function render(url: string, manifest: Manifest, doc?: { meta: DocMeta; chunk: DocChunk }): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(docKeys.manifestFile(), manifestFile(manifest));
  // The library's first render has only the manifest file (as in the browser); other pages have it all.
  if (doc) client.setQueryData(docKeys.manifest(), manifest);
  if (doc) client.setQueryData(docKeys.chunk(doc.meta.chunk), doc.chunk);
  // The page's code, as the browser's first render gets it (the data is in the cache already).
  await prepareFirstRender(client, url);
  try {
    const basename = routerBasename();
    // Synchronous and complete: every page's code was loaded above, so nothing suspends (a
    // streaming prerender would move large parts out of place, to be put back by inline script).
    const html = renderToString(
      <AppProvider client={client}>
        <StaticRouter location={basename === '/' ? url : `${basename}${url}`} basename={basename}>
          <AppRoutes />
        </StaticRouter>
      </AppProvider>,
    );
    // A part that could not render would be left to the browser: say so rather than ship half a page.
    if (html.includes('<!--$!-->')) throw new Error(`prerendering ${url}: a part of the page did not render`);
    return html;
  } finally {
    client.clear();
  }
}

export async function prerenderLibrary(manifest: Manifest): Promise<PrerenderedPage> {
  return { html: await render('/', manifest), title: shell.zh.pageTitle(library.zh.title) };
}

export async function prerenderDocument(manifest: Manifest, meta: DocMeta, chunk: DocChunk): Promise<PrerenderedPage> {
  return {
    html: await render(`/doc/${encodeURIComponent(meta.id)}`, manifest, { meta, chunk }),
    title: shell.zh.pageTitle(meta.title),
  };
}
