import path from 'node:path';
import { jsonFile } from '../../fixtures/docs/bundle-files.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { assembleManifest, parseDocChunk, parseManifestFile } from '../../../src/shared/bundle-schema.ts';
import { buildBundleFromDir, type BuildResult } from '../../../src/pipeline/build-bundle.ts';
import { formatBuildReport } from '../../../src/pipeline/build-report.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('pipeline/build-bundle on the default corpus', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildBundleFromDir(path.join(root, 'content'));
  });

  test('writes 5 documents, reads the entities dictionary, and rejects none', () => {
    expect(result.report.filesRead).toBe(6);
    expect(result.report.dictionary?.file).toBe('entities.yaml');
    expect(result.report.documents).toBe(5);
    expect(result.report.rejections).toEqual([]);
  });

  test('gives each sample its title, id, kind and date', () => {
    const docs = result.manifest.documents.map(({ id, title, kind, date, year }) => ({ id, title, kind, date, year }));
    expect(docs).toEqual([
      {
        id: '001_273696c2cfa1a6c5',
        title: '刚刚，海康威视回应_美严厉制裁威胁_',
        kind: 'article',
        date: '2022-05-04T23:12:35+00:00',
        year: 2022,
      },
      {
        id: '003_1737f1c581002fb6',
        title: '商汤科技助力守“沪” 全力驰援上海等多地疫情防控',
        kind: 'article',
        date: '2022-04-24T19:27:09+08:00',
        year: 2022,
      },
      {
        id: '000_7187e93d150f6452',
        title: '商汤科技回应被美国“拉黑”：强烈反对 相关指控毫无根据',
        kind: 'article',
        date: '2021-12-11T12:56:59+00:00',
        year: 2021,
      },
      {
        id: '004_a5f976a9040d4d56',
        title: '字节跳动回应：将严格遵守国家相关进出口条例',
        kind: 'article',
        date: '2020-08-30T21:56:11+00:00',
        year: 2020,
      },
      { id: '002_7c8ff1c45c5cec2b', title: '商汤科技企业社会责任报告 2021', kind: 'report', date: null, year: 2021 },
    ]);
  });

  test('finds each publisher where its dialect puts it', () => {
    const source = Object.fromEntries(result.manifest.documents.map((d) => [d.id, d.source]));
    expect(source).toEqual({
      '000_7187e93d150f6452': '快科技（原驱动之家）',
      '001_273696c2cfa1a6c5': 'ZAKER',
      '002_7c8ff1c45c5cec2b': null,
      '003_1737f1c581002fb6': '经济参考网',
      '004_a5f976a9040d4d56': '法广',
    });
  });

  test('lifts hashtag footers into tags and keeps front-matter tags', () => {
    const tags = Object.fromEntries(result.manifest.documents.map((d) => [d.id, d.tags]));
    expect(tags['000_7187e93d150f6452']).toEqual(['美国', '商汤科技']);
    expect(tags['003_1737f1c581002fb6']).toEqual(['经济参考网新闻']);
    expect(tags['004_a5f976a9040d4d56']).toEqual(['法广']);
  });

  test('fills cover, original link, excerpt, counts and reading time', () => {
    const byId = new Map(result.manifest.documents.map((d) => [d.id, d]));
    expect(byId.get('000_7187e93d150f6452')?.cover).toMatch(/^https:\/\/img1\.mydrivers\.com\//);
    expect(byId.get('004_a5f976a9040d4d56')?.originalUrl).toMatch(/^http:\/\/www\.rfi\.fr\//);
    for (const doc of result.manifest.documents) {
      expect(Array.from(doc.excerpt).length).toBeLessThanOrEqual(121);
      expect(doc.excerpt.length).toBeGreaterThan(40);
      expect(doc.charCount).toBeGreaterThan(300);
      expect(doc.readingMinutes).toBeGreaterThanOrEqual(1);
    }
    expect(byId.get('002_7c8ff1c45c5cec2b')?.excerpt.startsWith('2021年，无论对世界还是中国')).toBe(true);
  });

  test('emits a manifest and one content-hashed chunk per document that the app can read', () => {
    const file = parseManifestFile(jsonFile(result.files, 'manifest.json'));
    expect(file.pages).toEqual([]);
    const manifest = assembleManifest(file, []);
    for (const doc of manifest.documents) {
      expect(doc.chunk).toMatch(new RegExp(`^docs/${doc.id}\\.[0-9a-f]{12}\\.json$`));
      const chunk = parseDocChunk(jsonFile(result.files, doc.chunk), doc.id);
      expect(chunk.kind).toBe(doc.kind);
    }
    // The manifest, five chunks, the search index and its shards.
    const search = jsonFile(result.files, manifest.search ?? '') as { shards: string[] };
    for (const shard of search.shards) expect(result.files.has(shard)).toBe(true);
    expect(result.files.size).toBe(1 + 5 + 1 + search.shards.length);
  });

  test('is deterministic: the same sources give the same files', async () => {
    const again = await buildBundleFromDir(path.join(root, 'content'));
    expect([...again.files]).toEqual([...result.files]);
  });

  test('lists every cleaning rule that fired with its count', () => {
    expect(result.report.rules['the-end-marker']).toBe(1);
    expect(result.report.rules['hashtag-footer']).toBe(1);
    expect(formatBuildReport(result.report)).toMatch(/Cleaning rules fired:\n.*the-end-marker ×1/);
  });
});

describe('pipeline/build-bundle on bad input files', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildBundleFromDir(path.join(root, 'test/fixtures/bad-files'));
  });

  test('gives every file a fate: a document or a reported rejection', () => {
    expect(result.report.filesRead).toBe(Object.keys(result.report.fates).length);
    expect(result.report.filesRead).toBe(result.report.documents + result.report.rejections.length);
  });

  test.each([
    ['empty.txt', 'the file is empty'],
    ['image.png', "'.png' is not a kind of file Yuelan reads"],
    ['invalid-utf8.txt', 'not valid UTF-8'],
    ['bad-yaml.md', 'not valid YAML'],
    ['never-closes.md', 'never closes'],
    ['title-not-text.md', 'no title'],
    ['same.txt', "id 'same', which same.md has and keeps"],
  ])('rejects %s saying what is wrong', (file, words) => {
    const rejection = result.report.rejections.find((d) => d.file === file);
    expect(rejection?.message).toContain(words);
    expect(rejection?.fix).not.toBe('');
    expect(result.report.fates[file]).toBeNull();
  });

  test('keeps a document whose date cannot be read, with a warning', () => {
    expect(result.report.fates['bad-date.md']).toBe('bad-date');
    expect(result.report.warnings.find((d) => d.file === 'bad-date.md')?.message).toContain('not a date we can read');
  });

  test('reports each problem on one line naming the file and line', () => {
    const text = formatBuildReport(result.report);
    expect(text).toContain('never-closes.md:1: the front matter opened here never closes — ');
    expect(text).toMatch(/invalid-utf8\.txt:4: the file is not valid UTF-8/);
  });
});
