import { describe, expect, test } from 'vitest';
import type { PdfLine } from '../../../../src/pipeline/pdf/page-lines.ts';
import { coverTitle, pdfDate, plausibleTitle } from '../../../../src/pipeline/pdf/pdf-metadata.ts';

const line = (text: string, size: number, y: number): PdfLine => ({ text, x: 72, y, right: 72 + size * 10, size });

describe("a PDF's document information, checked", () => {
  test.each([
    ['Microsoft Word - 1.docx'],
    ['PowerPoint 演示文稿'],
    ['report_final.pdf'],
    ['Untitled'],
    ['秘密★发布前'],
  ])("the title '%s' is a producer's leftover or not printed on the first pages", (title) => {
    expect(plausibleTitle(title, '数字中国发展报告（2021年）\n2022年7月')).toBeNull();
  });

  test('a title printed on the first pages is believed', () => {
    expect(plausibleTitle('数字中国发展报告', '数字中国发展报告（2021年）\n2022年7月')).toBe('数字中国发展报告');
  });

  test('dates with their offsets; noise and impossible years are no dates', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(pdfDate("D:20220802165823+08'00'", now)).toBe('2022-08-02T08:58:23.000Z');
    expect(pdfDate("D:20201028160714-04'00'", now)).toBe('2020-10-28T20:07:14.000Z');
    expect(pdfDate('D:2019', now)).toBe('2019-01-01T00:00:00.000Z');
    expect(pdfDate('1175AD6FEF8FB0118133637', now)).toBeNull();
    expect(pdfDate('D:20990101', now)).toBeNull();
    expect(pdfDate(null, now)).toBeNull();
  });
});

describe("the cover's title", () => {
  test('the largest type, its lines joined, above the smaller organisation and date', () => {
    expect(
      coverTitle([
        line('金融区块链底层平台', 42, 700),
        line('FISCO BCOS白皮书', 40, 640),
        line('金融区块链合作联盟', 18, 500),
        line('2017年12月', 14, 100),
      ]),
    ).toBe('金融区块链底层平台 FISCO BCOS白皮书');
  });

  test('a cover of a few lines in one size is its title; letters spaced for display close up', () => {
    expect(coverTitle([line('Environmental, Social', 27, 700), line('& Governance Report', 27, 670)])).toBe(
      'Environmental, Social & Governance Report',
    );
    expect(coverTitle([line('E L I L I L L Y', 30, 700), line('annual', 10, 600)])).toBe('ELILILLY');
  });

  test('a first page of running text has no cover title; an empty one has none either', () => {
    const text = Array.from({ length: 8 }, (_, i) => line(`正文第${i + 1}行，写得很长很长。`, 12, 700 - i * 18));
    expect(coverTitle(text)).toBeNull();
    expect(coverTitle([])).toBeNull();
  });
});

test("a cover that is an image has nothing to check the document information's title against", () => {
  expect(plausibleTitle('云原生安全白皮书', '')).toBe('云原生安全白皮书');
  expect(plausibleTitle('PowerPoint 演示文稿', '')).toBeNull();
});
