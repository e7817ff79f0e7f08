import { describe, expect, test } from 'vitest';
import { CJK_CHARS_PER_MINUTE, countChars, readingMinutes } from '../../../../src/pipeline/article/reading-time.ts';
import { makeExcerpt } from '../../../../src/pipeline/article/excerpt.ts';

describe('pipeline/article/reading-time', () => {
  test('counts characters without white space', () => {
    expect(countChars('商汤 AI\n科技')).toBe(6);
  });
  test('reads Chinese at the stated rate', () => {
    expect(readingMinutes('字'.repeat(CJK_CHARS_PER_MINUTE * 3))).toBe(3);
  });
  test('counts Latin words at 200 a minute and never says zero', () => {
    expect(readingMinutes('word '.repeat(400))).toBe(2);
    expect(readingMinutes('短')).toBe(1);
  });
});

describe('pipeline/article/excerpt', () => {
  test('cuts at 64 characters with an ellipsis', () => {
    const excerpt = makeExcerpt(['字'.repeat(200)]);
    expect(Array.from(excerpt)).toHaveLength(65);
    expect(excerpt.endsWith('…')).toBe(true);
  });
  test('joins short paragraphs with a space and does not cut them', () => {
    expect(makeExcerpt(['第一段。', '第二段。'])).toBe('第一段。 第二段。');
  });
});
