import { describe, expect, test } from 'vitest';
import { locateQuote, quoteAt } from '../../../../../src/app/features/highlights/text-quote.ts';

const text = '商汤科技表示反对。科技发展不应该受到地缘政治的影响。公司将继续运营。科技发展不应该停滞。';

describe('text quotes', () => {
  test('keep the words and a little text either side', () => {
    const start = text.indexOf('科技发展不应该受到');
    const quote = quoteAt(text, start, start + 9);
    expect(quote.quote).toBe('科技发展不应该受到');
    expect(quote.prefix).toBe('商汤科技表示反对。');
    expect(quote.suffix.startsWith('地缘政治')).toBe(true);
    expect(locateQuote(text, quote)).toEqual({ start, end: start + 9 });
  });

  test('are found again after text was added before them and changed around them', () => {
    const start = text.indexOf('科技发展不应该');
    const quote = quoteAt(text, start, start + 7);
    const rebuilt = `编者按：新增的一段。${text.replace('公司将继续运营', '公司将照常运营')}`;
    expect(locateQuote(rebuilt, quote)).toEqual({
      start: rebuilt.indexOf('科技发展不应该'),
      end: rebuilt.indexOf('科技发展不应该') + 7,
    });
  });

  test('of words that appear twice, the place whose surroundings match wins', () => {
    const second = text.lastIndexOf('科技发展不应该');
    const quote = quoteAt(text, second, second + 7);
    expect(locateQuote(`前言。${text}`, quote)?.start).toBe(second + 3);
  });

  test('are not found once their words are gone', () => {
    expect(locateQuote('全新的文本', quoteAt(text, 0, 4))).toBeNull();
    expect(locateQuote(text, { quote: '', prefix: '', suffix: '' })).toBeNull();
  });
});
