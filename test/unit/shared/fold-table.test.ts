import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { describe, expect, test } from 'vitest';
import {
  characterTable,
  decodeCodePoints,
  encodeCodePoints,
  foldTable,
  isFolded,
} from '../../../src/shared/fold-table.ts';
import { FOLDED_CHARACTERS } from '../../../src/shared/folded-characters.ts';
import { loadFolding, needsFoldTable, normalizeText, prepareFolding } from '../../../src/shared/tokenize.ts';

// These run in order: the first ones need the table not loaded yet.
describe('shared/fold-table', () => {
  test('the list of folded characters is the table’s own (regenerate it when opencc-js changes)', () => {
    const points = [...characterTable(TS_CHARACTERS).keys()]
      .map((char) => char.codePointAt(0) ?? 0)
      .sort((a, b) => a - b);
    expect(points.length).toBeGreaterThan(3000);
    const expected = encodeCodePoints(points);
    expect(FOLDED_CHARACTERS, `folded-characters.ts should hold '${expected}'`).toBe(expected);
    expect(decodeCodePoints(FOLDED_CHARACTERS)).toEqual(points);
  });

  test('gaps of any size round-trip', () => {
    const points = [1, 2, 33, 1000, 0x4e00, 0x4e01, 0x9fff, 0x20000, 0x2fa1d];
    expect(decodeCodePoints(encodeCodePoints(points))).toEqual(points);
  });

  test('tells which text needs the table before it is loaded', () => {
    expect(foldTable()).toBeNull();
    expect(isFolded('國')).toBe(true);
    expect(isFolded('国')).toBe(false);
    expect(needsFoldTable('中国人民银行发布数据 GDP 2023')).toBe(false);
    expect(needsFoldTable('中國人民銀行')).toBe(true);
    // Compatibility ideographs and full-width forms are folded first.
    expect(needsFoldTable('Ｈｅｌｌｏ')).toBe(false);
  });

  test('text folded before the table arrived is folded properly after', async () => {
    expect(normalizeText('國家')).toBe('國家');
    await prepareFolding('沒有繁體字的文本'.replace(/[沒體]/g, ''));
    expect(foldTable()).toBeNull();
    await prepareFolding('國家');
    expect(foldTable()?.get('國')).toBe('国');
    expect(normalizeText('國家')).toBe('国家');
    expect(needsFoldTable('中國')).toBe(false);
    await loadFolding();
  });
});
