import { describe, expect, test } from 'vitest';
import { splitTrailingPage, withoutLeadersAndPage } from '../../../../src/pipeline/report/trailing-page.ts';

// The patterns the scanner replaces, kept here as the oracle on short lines (where they are fast).
const OLD_TOC = /^(.*?\S)(?:\s*[.·…‥．_·-]{2,}\s*|\t+\s*|\s{2,})(\d{1,4})$/;
const OLD_LIST = /^(.*?\S)(?:\t+\s*|\s*[.·…]{2,}\s*)(\d{1,4})$/;
const OLD_LEADERS = /[.·…‥_]{2,}\s*\d+$/;

/** A deterministic stream of short lines built from the characters that matter here. */
function* lines(count: number): Generator<string> {
  const alphabet = ['a', '章', ' ', '  ', '\t', '.', '…', '·', '-', '_', '．', '1', '2', '0', '9'];
  let seed = 7;
  for (let i = 0; i < count; i++) {
    let line = '';
    const length = 1 + (i % 12);
    for (let j = 0; j < length; j++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      line += alphabet[seed % alphabet.length];
    }
    yield line.trim();
  }
}

describe('pipeline/report/trailing-page', () => {
  test('finds the same title and page as the pattern it replaces, on every short line', () => {
    for (const line of lines(20_000)) {
      const old = OLD_TOC.exec(line);
      const expected = old?.[1] && old[2] ? { title: old[1].trim(), page: Number(old[2]) } : null;
      expect(splitTrailingPage(line), JSON.stringify(line)).toEqual(expected?.title === '' ? null : expected);
    }
  });

  test('reads a section list line as its own pattern did: no page behind spaces alone', () => {
    const options = { leaders: '.·…', spaces: false };
    for (const line of lines(20_000)) {
      const old = OLD_LIST.exec(line);
      const expected = old?.[1] && old[2] ? { title: old[1].trim(), page: Number(old[2]) } : null;
      expect(splitTrailingPage(line, options), JSON.stringify(line)).toEqual(expected);
    }
  });

  test('takes dot leaders and a page off the end as the pattern it replaces did', () => {
    for (const line of lines(20_000)) {
      expect(withoutLeadersAndPage(line), JSON.stringify(line)).toBe(line.replace(OLD_LEADERS, ''));
    }
  });

  test('reads the shapes of printed contents', () => {
    expect(splitTrailingPage('第一章 总则……… 12')).toEqual({ title: '第一章 总则', page: 12 });
    expect(splitTrailingPage('1.1 夯实科研基础\t09')).toEqual({ title: '1.1 夯实科研基础', page: 9 });
    expect(splitTrailingPage('Our approach   4')).toEqual({ title: 'Our approach', page: 4 });
    expect(splitTrailingPage('第一章 总则 2023')).toBeNull();
    expect(splitTrailingPage('人口 12345')).toBeNull();
  });

  test('takes linear time on a crafted line of 100 KB (a separator that never ends in a page)', () => {
    const crafted = `a${' .'.repeat(50_000)}x`;
    // The pattern backtracked for minutes here; the scan reads each character a few times.
    expect(splitTrailingPage(crafted)).toBeNull();
    expect(splitTrailingPage(`a${'.'.repeat(100_000)}12`)).toEqual({ title: 'a', page: 12 });
    expect(withoutLeadersAndPage(`${'.'.repeat(100_000)}x1`)).toBe(`${'.'.repeat(100_000)}x1`);
  });
});
