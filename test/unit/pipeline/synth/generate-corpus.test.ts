import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBundle, buildBundleFromDir } from '../../../../src/pipeline/build-bundle.ts';
import { generateCorpus } from '../../../../src/pipeline/synth/generate-corpus.ts';
import {
  assembleManifest,
  facetTotals,
  MANIFEST_PAGE_SIZE,
  parseManifestFile,
  parseManifestPage,
} from '../../../../src/shared/bundle-schema.ts';

function bytesOf(content: string | Uint8Array | undefined): Uint8Array {
  if (content === undefined) throw new Error('no such file in the bundle');
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

const root = path.resolve(import.meta.dirname, '../../../..');

/** A synthetic corpus of `docs` documents from the default corpus's paragraphs, and its bundle. */
async function synthBundle(docs: number) {
  const sample = await buildBundleFromDir(path.join(root, 'content'));
  const files = generateCorpus({
    paragraphs: sample.documents.flatMap((doc) => doc.paragraphs),
    tags: ['美国'],
    sources: ['法广'],
    docs,
  });
  const result = await buildBundle(
    files.map((file) => ({ file: file.name, bytes: new TextEncoder().encode(file.text) })),
  );
  return { files, result };
}

// The two bundle tests build 1,000 and 2,001 documents: seconds each, more on a busy machine.
describe('pipeline/synth/generate-corpus', () => {
  test('writes documents that the pipeline reads without rejecting any', async () => {
    const { files, result } = await synthBundle(1000);
    expect(files).toHaveLength(1000);
    expect(result.report.rejections).toEqual([]);
    expect(result.report.documents).toBe(1000);
    const docs = result.manifest.documents;
    expect(docs.filter((doc) => doc.kind === 'report')).toHaveLength(1);
    expect(new Set(docs.map((doc) => doc.title)).size).toBe(1000);
    expect(new Set(docs.map((doc) => doc.year)).size).toBeGreaterThanOrEqual(8);
    const tags = new Set(docs.flatMap((doc) => doc.tags));
    expect(tags.size).toBeGreaterThan(150);
    expect(tags.size).toBeLessThanOrEqual(300);
  }, 60_000);

  test('a library over one page gets a manifest file, pages and counts that add up to the whole', async () => {
    const { result } = await synthBundle(MANIFEST_PAGE_SIZE * 2 + 1);
    const json = (name: string) => JSON.parse(new TextDecoder().decode(bytesOf(result.files.get(name)))) as unknown;
    const file = parseManifestFile(json('manifest.json'));
    expect(file.total).toBe(MANIFEST_PAGE_SIZE * 2 + 1);
    expect(file.firstPage).toHaveLength(MANIFEST_PAGE_SIZE);
    expect(file.pages).toHaveLength(2);
    for (const name of file.pages) expect(name).toMatch(/^pages\/page-\d+\.[0-9a-f]{12}\.json$/);
    const pages = file.pages.map((name) => parseManifestPage(json(name), name));
    expect(pages.map((page) => page.documents.length)).toEqual([MANIFEST_PAGE_SIZE, 1]);
    // Put together, the pages are the library, in its order; the counts are the whole library's.
    expect(assembleManifest(file, pages).documents).toEqual(result.manifest.documents);
    expect(file.facets).toEqual(facetTotals(result.manifest.documents));
    const tagged = result.manifest.documents.filter((doc) => doc.tags.includes(file.facets.tag[0]?.[0] ?? '')).length;
    expect(file.facets.tag[0]?.[1]).toBe(tagged);
    expect(file.facets.kind.reduce((sum, [, count]) => sum + count, 0)).toBe(file.total);
    // A page missing from the set is an error, not a shorter library.
    expect(() => assembleManifest(file, pages.slice(0, 1))).toThrow(/not 2001/);
  }, 60_000);

  test('gives the same corpus for the same seed', () => {
    const input = {
      paragraphs: ['这是一个足够长的示例段落，用来重新组合成新的文档。'],
      tags: [],
      sources: [],
      docs: 20,
      seed: 7,
    };
    expect(generateCorpus(input)).toEqual(generateCorpus(input));
  });
});
