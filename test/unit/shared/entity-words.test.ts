import { describe, expect, test } from 'vitest';
import { entityMatcher } from '../../../src/shared/entity-words.ts';

// The alternation the automaton replaces, kept as the oracle on small dictionaries.
const LATIN = /^[\p{Script=Latin}\d][\p{Script=Latin}\d\s.&'-]*$/u;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function oldPattern(words: string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(
    sorted.map((w) => (LATIN.test(w) ? `(?<![\\p{L}\\d])${escape(w)}(?![\\p{L}\\d])` : escape(w))).join('|'),
    'giu',
  );
}

function* randomCases(count: number): Generator<{ words: string[]; text: string }> {
  const pieces = [
    '美国',
    '商务部',
    '美国商务部',
    'Sense',
    'Time',
    'SenseTime',
    'AI',
    'ai',
    ' ',
    '的',
    'x',
    '1',
    '-',
    'É',
  ];
  let seed = 11;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return pieces[seed % pieces.length] ?? '';
  };
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 1 + (i % 5) }, () => pick() + (i % 3 === 0 ? pick() : '')).filter(
      (w) => w.trim() !== '',
    );
    const text = Array.from({ length: 3 + (i % 20) }, pick).join('');
    if (words.length > 0) yield { words, text };
  }
}

describe('shared/entity-words', () => {
  test('finds what the alternation of every word found, on thousands of texts', () => {
    for (const { words, text } of randomCases(5_000)) {
      const match = entityMatcher(words);
      const expected = [...text.matchAll(oldPattern(words))].map((m) => ({ index: m.index, text: m[0] }));
      expect(match?.(text), JSON.stringify({ words, text })).toEqual(expected);
    }
  });

  test('the longest word where words overlap; Latin names only as whole words, in any case', () => {
    const match = entityMatcher(['美国', '美国商务部', 'SenseTime', '商汤']);
    expect(match?.('美国商务部称，sensetime（商汤）与 SenseTimes 及美国')).toEqual([
      { index: 0, text: '美国商务部' },
      { index: 7, text: 'sensetime' },
      { index: 17, text: '商汤' },
      { index: 34, text: '美国' },
    ]);
    expect(entityMatcher([])).toBeNull();
  });

  test('takes one pass over a text whatever the dictionary size', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `机构${i}号`);
    const match = entityMatcher(words);
    const text = `${'没有提到任何名字的正文。'.repeat(10_000)}机构4999号`;
    // The alternation of 5,000 words took minutes here; the automaton reads each character once.
    expect(match?.(text)).toEqual([{ index: text.length - 7, text: '机构4999号' }]);
  });
});
