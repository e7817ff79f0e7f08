import { describe, expect, test } from 'vitest';
import { isTextAnchor } from '../../../../../src/app/features/position/positions-store.ts';
import { anchorFor, locateAnchor, type BlockText } from '../../../../../src/app/features/position/text-anchor.ts';

const block = (text: string, heading: string | null = null): BlockText => ({ text, heading });

const report: BlockText[] = [
  block('前言'),
  block('第一章 总论', 's1'),
  block('人工智能伦理的基本原则包括透明、公平与问责。'),
  block('第二章 治理', 's2'),
  block('监管机构在二〇二一年发布了新的指引。'),
  block('企业应当建立内部审查制度，并定期公开报告。'),
];

describe('text anchors', () => {
  test('name the section, the block counted from its heading, the offset and the words there', () => {
    const anchor = anchorFor(report, 5, 6);
    expect(anchor).toEqual({
      section: 's2',
      block: 2,
      offset: 6,
      quote: '内部审查制度，并定期公开报告。',
      prefix: '企业应当建立',
    });
    expect(isTextAnchor(anchor)).toBe(true);
    // Before any heading: counted from the start.
    expect(anchorFor(report, 0, 0)).toMatchObject({ section: null, block: 0, offset: 0, quote: '前言' });
  });

  test('find the same place when nothing moved', () => {
    expect(locateAnchor(report, anchorFor(report, 4, 3))).toEqual({ index: 4, offset: 3 });
  });

  test('find the words again after a rebuild added blocks before them and edited the text', () => {
    const anchor = anchorFor(report, 5, 6);
    const rebuilt = [
      ...report.slice(0, 4),
      block('新增的一段说明。'),
      block('另一段新增的文字。'),
      block('企业应当首先建立内部审查制度，并定期公开报告。'),
    ];
    expect(locateAnchor(rebuilt, anchor)).toEqual({ index: 6, offset: 8 });
  });

  test('a section that moved is found by its id', () => {
    const anchor = anchorFor(report, 4, 0);
    const moved = [block('新的序言'), block('再一段'), ...report];
    expect(locateAnchor(moved, anchor)).toEqual({ index: 6, offset: 0 });
  });

  test('when the words are repeated, the copy nearest the old place wins', () => {
    const same = [block('重复的句子。'), block('其他'), block('其他'), block('重复的句子。'), block('其他')];
    expect(locateAnchor(same, anchorFor(same, 3, 0))).toEqual({ index: 3, offset: 0 });
    const shifted = [block('新'), ...same];
    expect(locateAnchor(shifted, anchorFor(same, 3, 0))).toEqual({ index: 4, offset: 0 });
  });

  test('words gone from the text fall back to the block it named; no text, no place', () => {
    const anchor = anchorFor(report, 5, 4);
    const rewritten = report.map((b, i) => (i === 5 ? block('全新的内容') : b));
    expect(locateAnchor(rewritten, anchor)).toEqual({ index: 5, offset: 4 });
    expect(locateAnchor([], anchor)).toBeNull();
  });

  test('stored values of the wrong shape are not anchors', () => {
    expect(isTextAnchor(null)).toBe(false);
    expect(isTextAnchor({ section: null, block: -1, offset: 0, quote: '', prefix: '' })).toBe(false);
    expect(isTextAnchor({ section: 3, block: 0, offset: 0, quote: '', prefix: '' })).toBe(false);
    expect(isTextAnchor({ section: null, block: 0, offset: 1.5, quote: '', prefix: '' })).toBe(false);
  });
});
