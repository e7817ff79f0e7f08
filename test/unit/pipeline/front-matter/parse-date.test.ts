import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../../src/pipeline/front-matter/parse-date.ts';

describe('pipeline/front-matter/parse-date', () => {
  test('reads an RFC 2822 date in GMT', () => {
    expect(parseDate('Sat, 11 Dec 2021 12:56:59 GMT')).toEqual({
      iso: '2021-12-11T12:56:59+00:00',
      year: 2021,
      assumedZone: false,
    });
  });

  test('reads a space-separated date with a numeric offset', () => {
    expect(parseDate('2022-04-24 19:27:09 +0800')?.iso).toBe('2022-04-24T19:27:09+08:00');
  });

  test('reads ISO 8601 with milliseconds and Z', () => {
    expect(parseDate('2020-08-30T21:56:11.000Z')?.iso).toBe('2020-08-30T21:56:11+00:00');
  });

  test('takes Asia/Shanghai for a date with no zone and says so', () => {
    expect(parseDate('2021-10-28 14:08:07')).toEqual({
      iso: '2021-10-28T14:08:07+08:00',
      year: 2021,
      assumedZone: true,
    });
  });

  test('applies the summer time Shanghai kept in 1988', () => {
    expect(parseDate('1988-07-01 12:00:00')?.iso).toBe('1988-07-01T12:00:00+09:00');
  });

  test('reads a Chinese date', () => {
    expect(parseDate('2021年12月11日 12:56')?.iso).toBe('2021-12-11T12:56:00+08:00');
  });

  test.each([
    'yesterday',
    '2021-02-30 10:00:00',
    '2021-13-01',
    '99999-01-01',
    'Sat, 11 Foo 2021 12:56:59 GMT',
    '2021-01-01 10:00 +99',
  ])('refuses %s', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});
