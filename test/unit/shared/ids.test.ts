import { describe, expect, test } from 'vitest';
import { documentIdFromPath, isValidId } from '../../../src/shared/ids.ts';

describe('shared/ids', () => {
  test('uses a clean file stem as it is', () => {
    expect(documentIdFromPath('000_7187e93d150f6452.txt')).toBe('000_7187e93d150f6452');
  });
  test('slugs an unclean stem and adds a hash of the path', () => {
    expect(documentIdFromPath('My Report.md')).toMatch(/^my-report-[0-9a-z]{7}$/);
  });
  test('gives names with no ASCII a stable, distinct id', () => {
    const a = documentIdFromPath('报告.txt');
    const b = documentIdFromPath('年报.txt');
    expect(a).not.toBe(b);
    expect(documentIdFromPath('报告.txt')).toBe(a);
    expect(isValidId(a) && isValidId(b)).toBe(true);
  });
  test('takes folders into the id, so a file in one folder never has the id of a file in another', () => {
    expect(documentIdFromPath('a/foo.md')).toBe('a--foo');
    expect(documentIdFromPath('foo.md')).toBe('foo');
    // A file name cannot spell a folder's id: runs of '-' in a name are made one.
    expect(documentIdFromPath('a--foo.md')).not.toBe('a--foo');
    expect(documentIdFromPath('年报/a.md')).toMatch(/^a-[0-9a-z]{7}$/);
  });
  test('makes URL-safe ids from odd names', () => {
    for (const name of ['.hidden.txt', 'a b/c d.txt', '%2e%2e.txt', '../x.txt', 'ÄÖÜ.md']) {
      expect(isValidId(documentIdFromPath(name))).toBe(true);
    }
  });
});
