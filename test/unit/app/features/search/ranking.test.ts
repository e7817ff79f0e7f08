import { describe, expect, test } from 'vitest';
import { jsonFile, shardFile } from '../../../../fixtures/docs/bundle-files.ts';
import type { SearchMeta, SearchShard } from '../../../../../src/shared/bundle-schema.ts';
import { parseQuery } from '../../../../../src/app/features/search/parse-query.ts';
import { byScoreThenNewest, searchUnits } from '../../../../../src/app/features/search/search-engine.ts';
import { buildBundle } from '../../../../../src/pipeline/build-bundle.ts';

function doc(
  name: string,
  fields: { title: string; tags?: string[]; date: string; body: string },
): { file: string; bytes: Uint8Array } {
  const text = [
    '---',
    `title: "${fields.title}"`,
    `date: ${fields.date}`,
    `tags: [${(fields.tags ?? []).join(', ')}]`,
    '---',
    `<p>${fields.body}</p>`,
  ].join('\n');
  return { file: `${name}.md`, bytes: new TextEncoder().encode(text) };
}

async function rank(sources: { file: string; bytes: Uint8Array }[], query: string): Promise<string[]> {
  const bundle = await buildBundle(sources);
  const meta = jsonFile(bundle.files, bundle.manifest.search ?? '') as SearchMeta;
  const load = (i: number): Promise<SearchShard> => Promise.resolve(shardFile(bundle.files, meta.shards[i] ?? ''));
  const results = await searchUnits(parseQuery(query), meta, load);
  const order = byScoreThenNewest((unit) =>
    Date.parse(bundle.manifest.documents[meta.units[unit]?.doc ?? -1]?.date ?? ''),
  );
  return [...results].sort(order).map((r) => bundle.manifest.documents[meta.units[r.unit]?.doc ?? -1]?.id ?? '?');
}

const filler = '这是一段与查询无关的正文内容。';

describe('app/features/search ranking', () => {
  test('puts title hits above tag hits above body hits', async () => {
    const order = await rank(
      [
        doc('body', { title: '甲', date: '2022-01-03', body: `${filler}碳中和${filler}` }),
        doc('tag', { title: '乙', tags: ['碳中和'], date: '2022-01-02', body: filler }),
        doc('title', { title: '碳中和的路径', date: '2022-01-01', body: filler }),
      ],
      '碳中和',
    );
    expect(order).toEqual(['title', 'tag', 'body']);
  });

  test('puts a whole-phrase hit above scattered terms', async () => {
    const order = await rank(
      [
        doc('scattered', { title: '甲', date: '2022-02-01', body: `数据${filler}隐私` }),
        doc('phrase', { title: '乙', date: '2021-01-01', body: `${filler}数据隐私${filler}` }),
      ],
      '数据 隐私',
    );
    expect(order).toEqual(['phrase', 'scattered']);
  });

  test('puts newer documents above older ones on ties', async () => {
    const order = await rank(
      [
        doc('old', { title: '甲', date: '2019-01-01', body: `${filler}口罩` }),
        doc('new', { title: '乙', date: '2023-01-01', body: `${filler}口罩` }),
      ],
      '口罩',
    );
    expect(order).toEqual(['new', 'old']);
  });

  test('matches runs of Chinese of every length exactly, not by their bigrams alone', async () => {
    const sources = [
      doc('a', { title: '甲', date: '2022-01-01', body: '碳中和与人工智能' }),
      doc('b', { title: '乙', date: '2022-01-01', body: '碳中心和人工，工智，智能' }),
      doc('c', { title: '丙', date: '2022-01-01', body: '人工智慧能源和数据中心' }),
    ];
    expect(await rank(sources, '碳中和')).toEqual(['a']);
    expect(await rank(sources, '人工智能')).toEqual(['a']);
    expect(await rank(sources, '中和与人工智')).toEqual(['a']);
    expect(await rank(sources, '人工智慧能源')).toEqual(['c']);
    expect((await rank(sources, '工智')).sort()).toEqual(['a', 'b', 'c']);
  });

  test('matches a quoted phrase only as a phrase', async () => {
    const sources = [
      doc('a', { title: '甲', date: '2022-01-01', body: '数据与隐私' }),
      doc('b', { title: '乙', date: '2022-01-01', body: '数据隐私' }),
    ];
    expect(await rank(sources, '"数据隐私"')).toEqual(['b']);
    expect((await rank(sources, '数据 隐私')).sort()).toEqual(['a', 'b']);
  });
});
