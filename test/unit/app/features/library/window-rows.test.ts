import { describe, expect, test } from 'vitest';
import { rowOffsets, rowsBetween } from '../../../../../src/app/features/library/use-window-rows.ts';

const keys = Array.from({ length: 100_000 }, (_, i) => `d${i}`);

describe('library rows virtualized against the window', () => {
  test('rows start at the sum of the heights above them: measured where known, estimated elsewhere', () => {
    const offsets = rowOffsets(['a', 'b', 'c'], new Map([['b', 40]]), 100);
    expect([...offsets]).toEqual([0, 100, 140, 240]);
  });

  test('only the rows overlapping the window are drawn, at their offsets', () => {
    const offsets = rowOffsets(keys, new Map(), 150);
    const rows = rowsBetween(offsets, keys, 150_000, 151_000);
    expect(rows.map((r) => r.index)).toEqual([1000, 1001, 1002, 1003, 1004, 1005, 1006]);
    expect(rows[0]).toEqual({ index: 1000, key: 'd1000', top: 150_000 });
  });

  test('a row partly above the window is drawn; the list ends where the rows end', () => {
    const offsets = rowOffsets(keys.slice(0, 3), new Map(), 100);
    expect(rowsBetween(offsets, keys.slice(0, 3), 150, 160).map((r) => r.index)).toEqual([1]);
    expect(rowsBetween(offsets, keys.slice(0, 3), -500, 10_000).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(rowsBetween(offsets, keys.slice(0, 3), 400, 500)).toEqual([]);
  });
});
