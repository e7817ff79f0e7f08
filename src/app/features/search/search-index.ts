import type { SearchMeta, SearchShard } from '#shared/bundle-schema.ts';
import { dataUrl } from '../../data/bundle-url.ts';
import { fetchJson } from '../../data/fetch-json.ts';

/*
 * Index files have content-hashed names: each is fetched once per page life, on the first search
 * that needs it, and the HTTP cache (or the service worker) keeps it for later visits.
 */
const loaded = new Map<string, Promise<unknown>>();

function once<T>(name: string, check: (json: unknown) => T): Promise<T> {
  let promise = loaded.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = fetchJson(dataUrl(name)).then(check);
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
  return once(name, (json) => {
    if (!isObject(json) || !Array.isArray(json.units) || !Array.isArray(json.shards))
      throw new Error('搜索索引文件已损坏。');
    return json as unknown as SearchMeta;
  });
}

export function loadShard(name: string): Promise<SearchShard> {
  return once(name, (json) => {
    if (!isObject(json)) throw new Error('搜索索引分片已损坏。');
    return json as SearchShard;
  });
}
