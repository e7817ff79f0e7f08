import { describe, expect, test } from 'vitest';
import { formatDate, offsetOf } from '../../../../src/app/lib/format.ts';

describe('app/lib/format: dates', () => {
  test('are shown on the day the source gives, in the zone the date was written in', () => {
    // An afternoon in New York is already the next day in China.
    expect(formatDate('2021-12-10T15:30:00-05:00')).toBe('2021年12月10日');
    expect(formatDate('2021-12-10T23:30:00+08:00')).toBe('2021年12月10日');
    // UTC is how feeds store any date: China time, as before.
    expect(formatDate('2022-05-04T23:12:35+00:00')).toBe('2022年5月5日');
    expect(formatDate('2022-05-04T23:12:35Z')).toBe('2022年5月5日');
  });

  test('without a zone, as written; undated documents by their year', () => {
    expect(formatDate('2021-12-10T23:00:00')).toBe('2021年12月10日');
    expect(offsetOf('2021-12-10T20:00:00+05:30')).toBe(330);
    expect(offsetOf('2021-12-10T20:00:00')).toBeNull();
    expect(formatDate(null, 2021)).toBe('2021年');
  });
});
