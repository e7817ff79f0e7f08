import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBundleFromDir } from '../../../../src/pipeline/build-bundle.ts';
import { buildSearchIndexInWorkers } from '../../../../src/pipeline/search/build-index-in-workers.ts';
import { buildSearchIndex, type IndexableDoc } from '../../../../src/pipeline/search/build-search-index.ts';
import { encodeShardPayloads } from '../../../../src/shared/search-shard.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

describe('pipeline/search/build-index-in-workers', () => {
  test('worker threads build the same index, byte for byte, as one thread', { timeout: 60_000 }, async () => {
    const bundle = await buildBundleFromDir(path.join(root, 'content'));
    const byId = new Map(bundle.documents.map((doc) => [doc.id, doc]));
    const docs: IndexableDoc[] = bundle.manifest.documents.map((meta) => {
      const doc = byId.get(meta.id);
      if (!doc) throw new Error(`no document ${meta.id}`);
      return { title: meta.title, tags: meta.tags, source: meta.source, body: doc.body, paragraphs: doc.paragraphs };
    });
    const alone = buildSearchIndex(docs);
    // Three parts on any machine, and no threshold: the workers run even for five documents.
    const split = await buildSearchIndexInWorkers(docs, { workers: 3, threshold: 0 });
    expect(split.meta).toEqual(alone.meta);
    expect(split.shards.map((shard) => [...shard.keys()])).toEqual(alone.shards.map((shard) => [...shard.keys()]));
    expect(split.shards.map(encodeShardPayloads)).toEqual(alone.shards.map(encodeShardPayloads));
    expect(alone.shards.reduce((sum, shard) => sum + shard.size, 0)).toBeGreaterThan(1000);
  });
});
