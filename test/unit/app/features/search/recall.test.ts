import path from 'node:path';
import { jsonFile, shardFile } from '../../../../fixtures/docs/bundle-files.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchMeta, SearchShard } from '../../../../../src/shared/bundle-schema.ts';
import { tokenize, type Unit } from '../../../../../src/shared/tokenize.ts';
import { parseQuery, type QueryTerm } from '../../../../../src/app/features/search/parse-query.ts';
import { searchUnits } from '../../../../../src/app/features/search/search-engine.ts';
import { buildBundleFromDir, type BuildResult } from '../../../../../src/pipeline/build-bundle.ts';
import { unitFields } from '../../../../../src/pipeline/search/build-search-index.ts';

const root = path.resolve(import.meta.dirname, '../../../../..');
let bundle: BuildResult;
let meta: SearchMeta;
const load = (i: number): Promise<SearchShard> => Promise.resolve(shardFile(bundle.files, meta.shards[i] ?? ''));

async function search(query: string): Promise<string[]> {
  const results = await searchUnits(parseQuery(query), meta, load);
  return results.map(({ unit }) => {
    const u = meta.units[unit];
    const doc = bundle.manifest.documents[u?.doc ?? -1];
    return u?.section ? `${doc?.id}#${u.section}` : (doc?.id ?? '?');
  });
}

/** Ground truth without the index: the term's units in the field's own token list. */
function termMatches(term: QueryTerm, tokens: Unit[]): boolean {
  const first = term.units[0];
  if (!first) return false;
  const lastIndex = term.units.length - 1;
  return tokens.some((token, i) => {
    return term.units.every((u, k) => {
      const t = tokens.find((candidate, j) => j >= i && candidate.pos === token.pos + (u.pos - first.pos));
      if (!t || t.cjk !== u.cjk) return false;
      return !u.cjk && k === lastIndex ? t.text.startsWith(u.text) : t.text === u.text;
    });
  });
}

function bruteForce(query: string): string[] {
  const terms = parseQuery(query);
  const out: string[] = [];
  bundle.manifest.documents.forEach((doc) => {
    const processed = bundle.documents.find((d) => d.id === doc.id);
    if (!processed) return;
    for (const { unit, fields } of unitFields({
      title: doc.title,
      tags: doc.tags,
      source: doc.source,
      body: processed.body,
      paragraphs: processed.paragraphs,
    })) {
      const tokenLists = fields.flatMap(({ parts }) => parts.map((part) => tokenize(part)));
      if (terms.every((term) => tokenLists.some((tokens) => termMatches(term, tokens))))
        out.push(unit.section ? `${doc.id}#${unit.section}` : doc.id);
    }
  });
  return out.sort();
}

const A000 = '000_7187e93d150f6452';
const A001 = '001_273696c2cfa1a6c5';
const R002 = '002_7c8ff1c45c5cec2b';
const A003 = '003_1737f1c581002fb6';
const A004 = '004_a5f976a9040d4d56';

/** Queries with the documents (and report sections) they must find, exactly. */
const RECALL: [string, string[]][] = [
  ['碳中和', [`${R002}#ch-4`, `${R002}#front-1`, `${R002}#s-4-1`]],
  ['数字哨兵', [A003]],
  ['实体清单', [A000, A001]],
  ['海康威視', [A000, A001]],
  [
    'ＡＩ 伦理',
    [
      A000,
      R002,
      `${R002}#ch-2`,
      `${R002}#front-1`,
      `${R002}#front-2`,
      `${R002}#s-2-1`,
      `${R002}#s-2-2`,
      `${R002}#s-2-3`,
      `${R002}#s-2-4`,
      `${R002}#s-5-4`,
    ],
  ],
  ['tiktok', [A004]],
  ['TikTok', [A004]],
  [
    'Sense',
    [
      `${R002}#front-2`,
      `${R002}#front-3`,
      `${R002}#s-1-3`,
      `${R002}#s-1-4`,
      `${R002}#s-3-4`,
      `${R002}#s-4-1`,
      `${R002}#s-4-2`,
    ],
  ],
  ['cvpr', [`${R002}#s-1-1`]],
  ['"字节跳动回应"', [A004]],
  [
    '商汤 上海',
    [
      A003,
      `${R002}#front-2`,
      `${R002}#s-1-3`,
      `${R002}#s-1-4`,
      `${R002}#s-2-2`,
      `${R002}#s-3-5`,
      `${R002}#s-3-6`,
      `${R002}#s-4-1`,
      `${R002}#s-4-4`,
      `${R002}#s-5-1`,
    ],
  ],
  ['故事', [`${R002}#s-1-2`, `${R002}#s-1-4`, `${R002}#s-3-2`, `${R002}#s-3-4`, `${R002}#s-3-6`, `${R002}#s-4-1`]],
  [
    '制',
    [
      A000,
      A001,
      A004,
      R002,
      `${R002}#ch-2`,
      `${R002}#ch-5`,
      `${R002}#front-2`,
      `${R002}#s-1-2`,
      `${R002}#s-2-1`,
      `${R002}#s-2-3`,
      `${R002}#s-2-4`,
      `${R002}#s-3-1`,
      `${R002}#s-3-2`,
      `${R002}#s-3-3`,
      `${R002}#s-4-1`,
      `${R002}#s-5-1`,
      `${R002}#s-5-4`,
    ],
  ],
  ['驰援', [A003, `${R002}#s-3-4`, `${R002}#s-4-2`, `${R002}#s-4-3`]],
  ['法广', [A004]],
  ['美国', [A000, A001, A004, `${R002}#s-1-2`]],
  [
    '2021年',
    [
      A000,
      A001,
      A003,
      `${R002}#ch-4`,
      `${R002}#front-1`,
      `${R002}#front-2`,
      `${R002}#s-1-1`,
      `${R002}#s-1-2`,
      `${R002}#s-1-4`,
      `${R002}#s-2-1`,
      `${R002}#s-2-2`,
      `${R002}#s-3-2`,
      `${R002}#s-3-5`,
      `${R002}#s-3-6`,
      `${R002}#s-4-1`,
      `${R002}#s-4-3`,
      `${R002}#s-4-4`,
      `${R002}#s-5-3`,
    ],
  ],
  ['600+', [`${R002}#s-1-1`, `${R002}#s-1-2`]],
  ['助力 AI 体育强国', [`${R002}#s-3-1`]],
  ['助推 AI 体育强国', [R002, `${R002}#ch-3`]],
  ['"AI 体育"', [R002, `${R002}#ch-3`, `${R002}#s-3-1`]],
  ['肝脏', [`${R002}#s-3-4`]],
  ['ZAKER', [A001]],
  ['經濟參考', [A003]],
  ['拉黑', [A000]],
  ['口罩', [A003, `${R002}#s-3-6`, `${R002}#s-4-2`]],
  ['ISO', [`${R002}#s-2-4`]],
  ['金融时报', [A001]],
];

beforeAll(async () => {
  bundle = await buildBundleFromDir(path.join(root, 'content'));
  meta = jsonFile(bundle.files, bundle.manifest.search ?? '') as SearchMeta;
});

describe('app/features/search recall on the sample corpus', () => {
  test('has at least 25 queries', () => {
    expect(RECALL.length).toBeGreaterThanOrEqual(25);
  });

  test.each(RECALL)('%s finds exactly %j', async (query, expected) => {
    const found = (await search(query)).sort();
    expect(found).toEqual([...expected].sort());
    // And exactly what a scan of the text finds, with no index in between.
    expect(found).toEqual(bruteForce(query));
  });
});
