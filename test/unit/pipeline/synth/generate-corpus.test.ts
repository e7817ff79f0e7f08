import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBundle, buildBundleFromDir } from '../../../../src/pipeline/build-bundle.ts';
import { generateCorpus } from '../../../../src/pipeline/synth/generate-corpus.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

describe('pipeline/synth/generate-corpus', () => {
  test('writes documents that the pipeline reads without rejecting any', async () => {
    const sample = await buildBundleFromDir(path.join(root, 'content'));
    const files = generateCorpus({
      paragraphs: sample.documents.flatMap((doc) => doc.paragraphs),
      tags: ['美国'],
      sources: ['法广'],
      docs: 1000,
    });
    expect(files).toHaveLength(1000);
    const result = buildBundle(files.map((file) => ({ file: file.name, bytes: new TextEncoder().encode(file.text) })));
    expect(result.report.rejections).toEqual([]);
    expect(result.report.documents).toBe(1000);
    const docs = result.manifest.documents;
    expect(docs.filter((doc) => doc.kind === 'report')).toHaveLength(1);
    expect(new Set(docs.map((doc) => doc.title)).size).toBe(1000);
    expect(new Set(docs.map((doc) => doc.year)).size).toBeGreaterThanOrEqual(8);
    const tags = new Set(docs.flatMap((doc) => doc.tags));
    expect(tags.size).toBeGreaterThan(150);
    expect(tags.size).toBeLessThanOrEqual(300);
  });

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
