import { queryOptions } from '@tanstack/react-query';
import { parseDocChunk, parseManifest, type DocMeta } from '#shared/bundle-schema.ts';
import { dataUrl, manifestUrl } from './bundle-url.ts';
import { fetchJson, FetchError } from './fetch-json.ts';

export const docKeys = {
  all: ['bundle'] as const,
  manifest: () => [...docKeys.all, 'manifest'] as const,
  /** Chunks are keyed by their content-hashed name: a new build never reuses an old entry. */
  chunk: (chunk: string) => [...docKeys.all, 'chunk', chunk] as const,
};

function checked<T>(parse: () => T): T {
  try {
    return parse();
  } catch (cause) {
    throw new FetchError(cause instanceof Error ? cause.message : String(cause), 'format');
  }
}

export const manifestQuery = () =>
  queryOptions({
    queryKey: docKeys.manifest(),
    queryFn: async ({ signal }) => {
      // The manifest names every chunk; it must never come from a stale HTTP cache.
      const json = await fetchJson(manifestUrl(), { cache: 'no-cache' }, signal);
      return checked(() => parseManifest(json));
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
