import type { Manifest, SearchMeta } from '#shared/bundle-schema.ts';
import { dataUrl } from '../../data/bundle-url.ts';
import { fetchJson } from '../../data/fetch-json.ts';
import { keepStorage } from '../../lib/persist-storage.ts';

/** Every file the library needs offline: each document's chunk, the search index and its shards. */
export async function libraryFiles(manifest: Manifest, signal?: AbortSignal): Promise<string[]> {
  const files = manifest.documents.map((doc) => doc.chunk);
  if (manifest.search) {
    const meta = (await fetchJson(dataUrl(manifest.search), {}, signal)) as SearchMeta;
    files.push(manifest.search, ...meta.shards);
  }
  return files;
}

/** Is the library already in the offline cache (precached, or saved before)? Checks a sample. */
export async function isLibraryCached(manifest: Manifest): Promise<boolean> {
  if (typeof caches === 'undefined') return true;
  const sample = [
    manifest.documents[0]?.chunk,
    manifest.documents[manifest.documents.length - 1]?.chunk,
    manifest.search,
  ].filter((f): f is string => !!f);
  // Precached entries carry a revision parameter; saved ones do not.
  const hits = await Promise.all(
    sample.map((file) => caches.match(new URL(dataUrl(file), window.location.href).href, { ignoreSearch: true })),
  );
  return hits.every((hit) => hit !== undefined);
}

const CONCURRENCY = 4;

/**
 * Fetches every file once; the service worker keeps each in its cache as it passes. Cancelling
 * stops at once; what was saved stays saved.
 */
export async function saveLibrary(
  files: readonly string[],
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<void> {
  // What the reader saves by hand is theirs: asked to be kept, not evicted with the image cache.
  void keepStorage();
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      signal.throwIfAborted();
      const file = files[next++];
      if (file === undefined) return;
      const response = await fetch(dataUrl(file), { signal });
      await response.arrayBuffer();
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
