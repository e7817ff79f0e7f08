import { describe, expect, test } from 'vitest';
import {
  buildFacetIndex,
  filterLibrary,
  libraryQueryToParams,
  parseLibraryQuery,
  sortDocs,
  titleRanks,
  type ActiveFilter,
} from '../../../../../src/app/features/library/facets.ts';
import { LIBRARY } from '../../../../fixtures/docs/make-doc.ts';

const index = buildFacetIndex(LIBRARY);
const ids = (filters: ActiveFilter[]) => filterLibrary(LIBRARY, index, filters).docs.map((d) => d.id);

describe('app/features/library/facets', () => {
  test('combines values of one facet with OR', () => {
    expect(
      ids([
        { facet: 'source', value: '快科技' },
        { facet: 'source', value: '法广' },
      ]),
    ).toEqual(['a', 'c', 'd']);
  });

  test('combines different facets with AND', () => {
    expect(
      ids([
        { facet: 'tag', value: '美国' },
        { facet: 'year', value: '2022' },
      ]),
    ).toEqual(['b']);
  });

  test('counts each value with the other facets applied', () => {
    const { counts } = filterLibrary(LIBRARY, index, [{ facet: 'tag', value: '美国' }]);
    // Tag counts ignore the tag filter itself (OR within a facet)…
    expect(counts.tag.get('经济')).toBe(1);
    expect(counts.tag.get('美国')).toBe(2);
    // …while other facets count only documents tagged 美国.
    expect(Object.fromEntries(counts.year)).toEqual({ '2021': 1, '2022': 1 });
    expect(Object.fromEntries(counts.source)).toEqual({ 快科技: 1, ZAKER: 1 });
    expect(Object.fromEntries(counts.kind)).toEqual({ article: 2 });
  });

  test('counts everything when nothing is selected', () => {
    const { counts, docs } = filterLibrary(LIBRARY, index, []);
    expect(docs).toHaveLength(5);
    expect(Object.fromEntries(counts.kind)).toEqual({ article: 4, report: 1 });
  });

  test('round-trips the query through the URL with repeated parameters in the order added', () => {
    const query = {
      filters: [
        { facet: 'tag', value: '美国' },
        { facet: 'year', value: '2022' },
        { facet: 'tag', value: '经济' },
      ] as ActiveFilter[],
      sort: 'oldest' as const,
    };
    const params = libraryQueryToParams(query);
    expect(params.toString()).toBe('tag=%E7%BE%8E%E5%9B%BD&year=2022&tag=%E7%BB%8F%E6%B5%8E&sort=oldest');
    expect(parseLibraryQuery(params, index.known)).toEqual({ query, ignored: [] });
  });

  test('ignores and reports values the library does not have', () => {
    const parsed = parseLibraryQuery(
      new URLSearchParams('tag=不存在&year=1999&sort=sideways&tag=美国&q=keep'),
      index.known,
    );
    expect(parsed.query).toEqual({ filters: [{ facet: 'tag', value: '美国' }], sort: 'newest' });
    expect(parsed.ignored).toEqual([
      { param: 'tag', value: '不存在' },
      { param: 'year', value: '1999' },
      { param: 'sort', value: 'sideways' },
    ]);
  });

  test('keeps parameters that are not facets when writing the URL', () => {
    expect(libraryQueryToParams({ filters: [], sort: 'newest' }, new URLSearchParams('q=商汤&tag=x')).toString()).toBe(
      'q=%E5%95%86%E6%B1%A4',
    );
  });

  test('sorts newest first, oldest first and by title; a document known only by its year sorts at the start of that year', () => {
    expect(sortDocs(LIBRARY, 'title', titleRanks(LIBRARY))).toEqual(sortDocs(LIBRARY, 'title'));
    const some = LIBRARY.filter((_, i) => i % 2 === 0);
    expect(sortDocs(some, 'title', titleRanks(LIBRARY))).toEqual(sortDocs(some, 'title'));
    expect(sortDocs(LIBRARY, 'newest').map((d) => d.id)).toEqual(['b', 'c', 'a', 'r', 'd']);
    expect(sortDocs(LIBRARY, 'oldest').map((d) => d.id)).toEqual(['d', 'r', 'a', 'c', 'b']);
    expect(sortDocs(LIBRARY, 'title').map((d) => d.title)).toEqual(
      [...LIBRARY.map((d) => d.title)].sort(new Intl.Collator('zh-Hans-CN').compare),
    );
  });
});
