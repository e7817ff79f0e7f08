import { describe, expect, test } from 'vitest';
import {
  blockParagraphs,
  documentLayout,
  documentText,
  joinLines,
  orderBlocks,
  piecesToLines,
  type PdfLine,
  type TextPiece,
} from '../../../../src/pipeline/pdf/page-lines.ts';

const piece = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.5): TextPiece => ({
  text,
  x,
  y,
  size,
  width,
});
const line = (text: string, x: number, y: number, right: number, size = 10): PdfLine => ({ text, x, y, right, size });

describe('pieces to lines', () => {
  test('pieces on one baseline join; Chinese without a space, words with one, a wide gap as a tab', () => {
    const lines = piecesToLines([
      piece('数字中国', 72, 700, 10, 40),
      piece('发展报告', 112, 700, 10, 40),
      piece('Hello', 72, 680, 10, 25),
      piece('world', 100, 680, 10, 25),
      piece('总则', 72, 660, 10, 20),
      piece('12', 400, 660, 10, 10),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['数字中国发展报告', 'Hello world', '总则\t12']);
  });

  test('a column written after its neighbour starts lines of its own', () => {
    // The PDF writes the left column, then the right one, on the same baselines.
    const lines = piecesToLines([
      piece('left one', 72, 700),
      piece('left two', 72, 688),
      piece('right one', 320, 700),
      piece('right two', 320, 688),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['left one', 'left two', 'right one', 'right two']);
  });
});

describe('reading order', () => {
  test('two columns are read one after the other, under a heading that spans both', () => {
    const blocks = orderBlocks([
      line('Title across the page', 72, 760, 520, 18),
      line('right column first line', 320, 700, 520),
      line('left column first line', 72, 700, 280),
      line('left column second line', 72, 688, 280),
      line('right column second line', 320, 688, 520),
    ]);
    expect(blocks.map((b) => b.map((l) => l.text))).toEqual([
      ['Title across the page'],
      ['left column first line', 'left column second line'],
      ['right column first line', 'right column second line'],
    ]);
  });
});

describe('paragraphs', () => {
  test('lines that reach the edge run on; an indent, a short line, a page or a list item end them', () => {
    const block = [
      line('  这是第一段的开头，一直写到', 92, 700, 500),
      line('右边，然后接着写完。', 72, 686, 300),
      line('  第二段从缩进开始，写到右', 92, 672, 500),
      line('边也不停。', 72, 658, 200),
      line('An English para- graph that runs to the', 72, 644, 500),
      line('edge and on to the next line.', 72, 630, 300),
      line('第一章 总则........12', 72, 616, 500),
      line('第二章 细则........20', 72, 602, 500),
    ];
    expect(blockParagraphs(block)).toEqual([
      '  这是第一段的开头，一直写到右边，然后接着写完。',
      '  第二段从缩进开始，写到右边也不停。',
      'An English para- graph that runs to the edge and on to the next line.',
      '第一章 总则........12',
      '第二章 细则........20',
    ]);
  });

  test("a contents line with its page range or 'PAGE n' before the title keeps a line of its own", () => {
    const block = [
      line('86–95 GRI/SASB indices and a long line of words', 72, 700, 500),
      line('An SDG index can be found at the website', 72, 686, 300),
      line('PAGE 13 HUMAN RIGHTS AND A LONG LINE OF WORDS', 72, 672, 500),
      line('UNGC PRINCIPLES ADDRESSED', 72, 658, 300),
    ];
    expect(blockParagraphs(block)).toEqual(block.map((l) => l.text));
  });

  test('a hyphen at a line end is undone; Latin lines join with a space, Chinese without', () => {
    expect(joinLines('recov-', 'ered')).toBe('recovered');
    expect(joinLines('数字', '中国')).toBe('数字中国');
    expect(joinLines('the', 'report')).toBe('the report');
  });

  test('each line of the text knows the size of its type against the body text', () => {
    const pages = [
      [[line('Economic', 72, 760, 200, 20)], [line('body text one', 72, 700, 300), line('and on', 72, 686, 100)]],
      [[line('body text two', 72, 700, 300)], [line('Economic Social', 72, 60, 200, 8)]],
    ];
    const { text, scales } = documentLayout(pages);
    expect(text).toBe(documentText(pages));
    expect(text.split('\n').map((l, i) => [l, scales[i]])).toEqual([
      ['Economic', 2],
      ['', 1],
      // Two lines of one paragraph: the size of its first.
      ['body text one and on', 1],
      ['\fbody text two', 1],
      ['', 1],
      ['Economic Social', 0.8],
      ['\f', 1],
    ]);
  });

  test('a line set bold in a regular body stands out a step; its pieces say so by most characters', () => {
    const [heading, regular] = piecesToLines([
      { ...piece('Economic', 72, 760), bold: true },
      { ...piece('and', 120, 760), bold: false },
      piece('body text', 72, 700),
    ]);
    expect([heading?.bold, regular?.bold]).toEqual([true, undefined]);
    const { scales } = documentLayout([
      [[line('Economic', 72, 760, 200)].map((l) => ({ ...l, bold: true }))],
      [[line('body text that is longer', 72, 700, 300)]],
    ]);
    expect(scales.slice(0, 1)).toEqual([1.2]);
  });

  test('pages end in form feeds, as pdftotext writes them', () => {
    expect(documentText([[[line('one', 72, 700, 100)]], [[line('two', 72, 700, 100)]]])).toBe('one\n\ftwo\n\f');
  });
});
