import type { SearchMeta, SearchShard } from '#shared/bundle-schema.ts';
import { dataUrl } from '../../data/bundle-url.ts';
import { fetchBytes, fetchJson } from '../../data/fetch-json.ts';
import { decodeShard } from '#shared/search-shard.ts';
import { messagesOf } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

/*
 * Index files have content-hashed names: each is fetched once per page life, on the first search
 * that needs it, and the HTTP cache (or the service worker) keeps it for later visits.
 */
const loaded = new Map<string, Promise<unknown>>();

function once<T>(name: string, load: (url: string) => Promise<T>): Promise<T> {
  let promise = loaded.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = load(dataUrl(name));
    // A failed fetch may succeed later (the network came back): do not remember failures.
    promise.catch(() => loaded.delete(name));
    loaded.set(name, promise);
  }
  return promise;
}

function isObject(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

export function loadSearchMeta(name: string): Promise<SearchMeta> {
  return once(name, async (url) => {
    const json = await fetchJson(url);
    if (!isObject(json) || !Array.isArray(json.units) || !Array.isArray(json.shards))
      throw new Error(messagesOf(shell).fileCorrupt);
    return json as unknown as SearchMeta;
  });
}

export function loadShard(name: string): Promise<SearchShard> {
  return once(name, async (url) => {
    const bytes = await fetchBytes(url);
    try {
      return decodeShard(bytes);
    } catch {
      throw new Error(messagesOf(shell).fileCorrupt);
    }
  });
}
