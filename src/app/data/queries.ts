import { queryOptions } from '@tanstack/react-query';
import {
  assembleManifest,
  parseDocChunk,
  parseManifestFile,
  parseManifestPage,
  type DocMeta,
} from '#shared/bundle-schema.ts';
import { dataUrl, manifestUrl } from './bundle-url.ts';
import { fetchJson, FetchError } from './fetch-json.ts';

export const docKeys = {
  all: ['bundle'] as const,
  /** The manifest file: the first page of documents and the whole library's facet counts. */
  manifestFile: () => [...docKeys.all, 'manifest-file'] as const,
  /** The whole library: the manifest file with every page. */
  manifest: () => [...docKeys.all, 'manifest'] as const,
  /** Chunks are keyed by their content-hashed name: a new build never reuses an old entry. */
  chunk: (chunk: string) => [...docKeys.all, 'chunk', chunk] as const,
};

function checked<T>(parse: () => T): T {
  try {
    return parse();
  } catch (cause) {
    throw new FetchError('format', undefined, cause instanceof Error ? cause.message : String(cause));
  }
}

export const manifestFileQuery = () =>
  queryOptions({
    queryKey: docKeys.manifestFile(),
    queryFn: async ({ signal }) => {
      // The manifest names every chunk; it must never come from a stale HTTP cache.
      const json = await fetchJson(manifestUrl(), { cache: 'no-cache' }, signal);
      return checked(() => parseManifestFile(json));
    },
  });

/** Every document: the library's first page shows without it, everything else needs it. */
export const manifestQuery = () =>
  queryOptions({
    queryKey: docKeys.manifest(),
    queryFn: async ({ client, signal }) => {
      const file = await client.ensureQueryData(manifestFileQuery());
      // Pages are content-hashed like chunks: cacheable, and fetched all at once.
      const pages = await Promise.all(
        file.pages.map(async (name) => {
          const json = await fetchJson(dataUrl(name), {}, signal);
          return checked(() => parseManifestPage(json, name));
        }),
      );
      return checked(() => assembleManifest(file, pages));
    },
  });

export const chunkQuery = (meta: Pick<DocMeta, 'id' | 'chunk'>) =>
  queryOptions({
    queryKey: docKeys.chunk(meta.chunk),
    queryFn: async ({ signal }) => {
      const json = await fetchJson(dataUrl(meta.chunk), {}, signal);
      return checked(() => parseDocChunk(json, meta.id));
    },
  });
