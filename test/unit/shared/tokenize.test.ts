import { beforeAll, describe, expect, test } from 'vitest';
import { loadFolding, normalizeText, normalizeWithMap, shardKey, tokenize } from '../../../src/shared/tokenize.ts';

// The build loads the Traditional → Simplified table before it tokenizes; so do these tests.
beforeAll(loadFolding);

const units = (text: string) => tokenize(text).map((u) => [u.text, u.pos]);

describe('shared/tokenize', () => {
  test('folds Traditional to Simplified, full width to half width and case', () => {
    expect(normalizeText('海康威視 ＡＩ TikTok 經濟參考')).toBe('海康威视 ai tiktok 经济参考');
  });

  test('maps every normalized character back to its place in the original', () => {
    const { text, map } = normalizeWithMap('𠀀ＡＢ視');
    expect(text).toBe('𠀀ab视');
    expect(map).toEqual([0, 0, 2, 3, 4]);
  });

  test('makes every CJK character a unit and every Latin run one word', () => {
    expect(units('商汤SenseCore 2021年')).toEqual([
      ['商', 0],
      ['汤', 1],
      ['sensecore', 2],
      ['2021', 3],
      ['年', 4],
    ]);
  });

  test('leaves a gap at punctuation but not at white space', () => {
    expect(units('碳，中和 AI 伦理')).toEqual([
      ['碳', 0],
      ['中', 2],
      ['和', 3],
      ['ai', 4],
      ['伦', 5],
      ['理', 6],
    ]);
  });

  test('puts words in shards by first letter and boundary grams by their CJK character', () => {
    expect(shardKey('w:sensecore')).toBe('w:s');
    expect(shardKey('b:2021|年')).toBe('b:年');
    expect(shardKey('b:年|2021')).toBe('b:年');
    expect(shardKey('碳中')).toBe('碳中');
  });
});
