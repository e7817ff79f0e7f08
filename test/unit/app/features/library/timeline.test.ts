import { describe, expect, test } from 'vitest';
import { monthsBetween, timelineBars } from '../../../../../src/app/features/library/timeline-months.ts';
import { docMonth } from '../../../../../src/shared/bundle-schema.ts';

describe('timeline', () => {
  test('a document’s month is its month in China time, as its date is shown', () => {
    expect(docMonth('2022-04-24T19:27:09+08:00')).toEqual(['2022-04']);
    // 20:00 on 31 December in London is 1 January in Beijing.
    expect(docMonth('2021-12-31T20:00:00+00:00')).toEqual(['2022-01']);
    expect(docMonth('2020-08-30')).toEqual(['2020-08']);
    expect(docMonth(null)).toEqual([]);
    expect(docMonth('not a date')).toEqual([]);
  });

  test('bars run from the first month to the last, empty months included, across years', () => {
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(
      timelineBars(
        new Map([
          ['2022-02', 1],
          ['2021-12', 3],
        ]),
      ),
    ).toEqual([
      { month: '2021-12', count: 3 },
      { month: '2022-01', count: 0 },
      { month: '2022-02', count: 1 },
    ]);
    expect(timelineBars(new Map())).toEqual([]);
  });
});
