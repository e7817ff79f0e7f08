import { describe, expect, test } from 'vitest';
import type { ReportBlock } from '#shared/bundle-schema.ts';
import { blockText } from '#shared/report-text.ts';
import { buildReport } from '../../../../src/pipeline/report/build-report.ts';
import { cleanControlCharacters } from '../../../../src/pipeline/report/control-characters.ts';
import { findTocRegion } from '../../../../src/pipeline/report/parse-toc.ts';
import { processDocument } from '../../../../src/pipeline/process-document.ts';
import { pagesByLabel } from '../../../../src/pipeline/report/locate-toc-entries.ts';
import { stripFurniture } from '../../../../src/pipeline/report/strip-furniture.ts';

/*
 * Designed contents pages and page furniture of English reports (issue 19), as pdftotext writes
 * them: one shape a test.
 */

const entries = (lines: string[]) => findTocRegion(lines)?.entries.map((e) => [e.title, e.page] as const) ?? null;

/** The heading blocks of the printed entries, each with the first words after it. */
function sections(blocks: readonly ReportBlock[]): [string, string][] {
  const out: [string, string][] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'heading' || block.kind === 'subheading') return;
    const next = blocks[i + 1];
    out.push([block.title, next ? blockText(next).slice(0, 12) : '']);
  });
  return out;
}

const prose = (topic: string) =>
  `${topic} is described here at some length, with enough words that this line reads as running text of the body.`;

describe('designed contents pages', () => {
  test('a strip set in columns: its pages come out as a block, then the running header, then the titles', () => {
    const lines = [
      'Progress Report',
      '\fContents',
      '3-7',
      '',
      'Introduction',
      '',
      'Disclosures',
      '8–22',
      '23–35',
      '36–58',
      '',
      'ACME Progress Report 2020',
      '',
      'General',
      'Economic',
      'Environmental',
      '',
      '59–70',
      '',
      'Indices',
      '',
      'More can be found at',
      'example.org',
      '',
      prose('This report'),
    ];
    expect(entries(lines)).toEqual([
      ['Introduction', 3],
      ['Disclosures', null],
      ['General', 8],
      ['Economic', 23],
      ['Environmental', 36],
      ['Indices', 59],
    ]);
    // The running header and the closing remark stay in the printed contents, heading nothing.
    expect(findTocRegion(lines)?.notes.map((n) => n.text)).toEqual([
      'ACME Progress Report 2020',
      'More can be found at example.org',
    ]);
  });

  test("pages on lines of their own ('PAGE 41') mixed into the descriptions under titles in capitals", () => {
    const lines = [
      '\fContents',
      'PAGE 3',
      '',
      'ABOUT THIS REPORT',
      '',
      'PAGE 13',
      '',
      'HUMAN RIGHTS',
      'PRINCIPLES ADDRESSED:',
      '',
      '1',
      '',
      'PAGE 41',
      '',
      'Businesses should support and respect human rights; and',
      'make sure that they are not complicit in abuses.',
      '',
      'LABOR',
      'PRINCIPLES ADDRESSED:',
      '',
      '3',
      'Businesses should uphold the freedom of association;',
      '',
      'PAGE 56',
      '',
      'ANTI-CORRUPTION',
      'PRINCIPLES ADDRESSED:',
      '',
      '10 Businesses should work against corruption in all its forms.',
      '',
      'Intro',
      '|',
      'Page 2',
    ];
    expect(entries(lines)).toEqual([
      ['ABOUT THIS REPORT', 3],
      ['HUMAN RIGHTS', 13],
      ['LABOR', 41],
      ['ANTI-CORRUPTION', 56],
    ]);
  });

  test('a title that starts with a year keeps it when its page stands above it or before a tab', () => {
    expect(entries(['Contents', 'PAGE 4', '', 'A MESSAGE FROM OUR CEO', '', 'PAGE 9', '', '2019 HIGHLIGHTS'])).toEqual([
      ['A MESSAGE FROM OUR CEO', 4],
      ['2019 HIGHLIGHTS', 9],
    ]);
    expect(entries(['Contents', 'PAGE 4\tA MESSAGE FROM OUR CEO', 'PAGE 9\t2019 HIGHLIGHTS'])).toEqual([
      ['A MESSAGE FROM OUR CEO', 4],
      ['2019 HIGHLIGHTS', 9],
    ]);
  });
});

/** A page of an ESG report: its text, then the navigation tabs and the page number. */
const tabs = ['ACME Report 2020', '', 'Introduction', '', 'Economic', '', 'Social', '', 'Indices', ''];
const page = (n: number, body: string[]) => [`\f${body[0] ?? ''}`, ...body.slice(1), '', ...tabs, String(n), ''];

describe('page furniture', () => {
  test('navigation tabs that repeat contents titles on every page are furniture; the headings are kept', () => {
    const text = [
      'ACME Report 2020',
      '\fContents',
      '3 Introduction',
      '5 Economic',
      '7 Social',
      '9 Indices',
      '',
      ...[3, 4, 5, 6, 7, 8, 9, 10].flatMap((n) =>
        page(
          n,
          n === 3
            ? ['Highlights', prose('Access to health')]
            : n === 5
              ? ['Economic', prose('Financial information')]
              : n === 7
                ? ['Social', prose('Employment')]
                : n === 9
                  ? ['GRI Index', prose('The index')]
                  : [prose(`Page ${n}`)],
        ),
      ),
    ].join('\n');
    const report = buildReport('r.txt', text);
    expect(sections(report.blocks)).toEqual([
      // No heading says 'Introduction': the section starts at the top of its page.
      ['Introduction', 'Highlights'],
      ['Economic', 'Financial in'],
      ['Social', 'Employment i'],
      ['Indices', 'GRI Index'],
    ]);
    const kept = report.blocks.map(blockText).join('\n');
    expect(kept).not.toContain('ACME Report 2020\nIntroduction');
    expect(report.furnitureText.filter((t) => t === 'Economic')).toHaveLength(8);
  });

  test("a breadcrumb at the page's foot ('Human Rights | Page 14') is furniture, with its rule", () => {
    const lines = [...Array(8).keys()].flatMap((k) => [
      `\f${prose(`Page ${k}`)}`,
      '',
      'Human Rights',
      '',
      '|',
      '',
      `Page ${k + 1}`,
    ]);
    const { stripped } = stripFurniture(lines, new Set(['humanrights']));
    expect(stripped.map((i) => lines[i])).toEqual(
      [...Array(8).keys()].flatMap((k) => ['Human Rights', '|', `Page ${k + 1}`]),
    );
  });

  test("a table's column heads repeated on a few pages of a long table are text, not furniture", () => {
    const lines = [...Array(24).keys()].flatMap((k) => [
      `\f${prose(`Page ${k}`)}`,
      ...(k % 5 === 0 ? ['Goal', 'Progress', 'Indicator'] : []),
      prose('A row'),
    ]);
    expect(stripFurniture(lines).stripped).toEqual([]);
  });
});

describe('headings that differ from the contents', () => {
  test('an entry named for two headings starts at the first, wrapped onto a line in lower case', () => {
    const text = [
      'ACME',
      '\fContents',
      'PAGE 3\tABOUT ACME & ABOUT THIS REPORT',
      'PAGE 4\tA MESSAGE FROM OUR CEO',
      'PAGE 5\tOUR PEOPLE',
      '\fAbout Acme Widget',
      'and Company',
      'Acme is a global maker of widgets.',
      '',
      'About This Report',
      'This report covers the year.',
      '\fA Message from',
      'Our CEO',
      'Dear Stakeholders, this was a year.',
      '\fOur People',
      prose('Our people'),
    ].join('\n');
    expect(sections(buildReport('r.txt', text).blocks)).toEqual([
      ['About Acme Widget and Company', 'Acme is a gl'],
      ['A Message from Our CEO', 'Dear Stakeho'],
      ['Our People', 'Our people i'],
    ]);
  });

  test('a name of a word or two mentioned in the paragraph beside it is still its heading', () => {
    const text = [
      'ACME',
      '\fContents',
      'PAGE 3\tLABOR',
      'PAGE 4\tANTI-CORRUPTION',
      '\fLabor',
      'To solve the toughest challenges, see also the labor section of this report.',
      '\fAnti-',
      'Corruption',
      '',
      'For more than a century we have worked against corruption.',
      'We train all our employees, including in anticorruption practices.',
    ].join('\n');
    expect(sections(buildReport('r.txt', text).blocks)).toEqual([
      ['Labor', 'To solve the'],
      ['Anti-Corruption', 'For more tha'],
    ]);
  });
});

describe("a PDF's page labels", () => {
  test('give the page each printed number stands on; labels that only count pages give nothing', () => {
    expect(pagesByLabel(['i', 'ii', '1', '2', '', '3'])).toEqual(
      new Map([
        [1, 3],
        [2, 4],
        [3, 6],
      ]),
    );
    expect(pagesByLabel(['1', '2', '3'])).toBeNull();
    expect(pagesByLabel(null)).toBeNull();
  });
});

describe('lists that look like contents but are not', () => {
  test('a list of figures and one of tables after the contents are notes, not entries', () => {
    const lines = [
      '报告',
      '\f目录',
      '一、总则........1',
      '二、细则........5',
      '图目录',
      '图 1 发展指数........3',
      '图 2 市场规模',
      '6',
      '表 目 录',
      '表1-1 主要指标........4',
      '',
      '一、总则',
      '这是正文的第一段，写得足够长，读者能读下去，一直写到这里。',
    ];
    expect(entries(lines)).toEqual([
      ['总则', 1],
      ['细则', 5],
    ]);
    expect(findTocRegion(lines)?.notes.map((n) => n.text)).toEqual([
      '图目录',
      '图 1 发展指数........3',
      '图 2 市场规模',
      '6',
      '表 目 录',
      '表1-1 主要指标........4',
    ]);
  });

  test('figure entries with dot leaders right after the contents, without a heading of their own', () => {
    expect(
      entries(['Contents', '1. Introduction ........ 1', '2. Method ........ 7', 'Figure 1 Growth ........ 3', '']),
    ).toEqual([
      ['Introduction', 1],
      ['Method', 7],
    ]);
  });

  test('front matter paged in roman numerals is placed by its words, its page left out', () => {
    expect(
      entries(['\fContents', 'Foreword ........ iii', '摘要……………Ⅱ', '1. Introduction ........ 1', '2. Method\t7']),
    ).toEqual([
      ['Foreword', null],
      ['摘要', null],
      ['Introduction', 1],
      ['Method', 7],
    ]);
  });
});

describe('characters no reader should see', () => {
  test('control characters, zero-width spaces and soft hyphens go; private-use bullets become •', () => {
    const dirty = 'GRI 102-2\t\u0007Primary brands\n\ue000 first point\n数\u200b字\u00ad中国\f\u0085next\u200d';
    expect(cleanControlCharacters(dirty)).toEqual({
      text: 'GRI 102-2\tPrimary brands\n• first point\n数字中国\fnext',
      removed: 5,
      bullets: 1,
    });
  });

  test('a report counts them in the build report', () => {
    const text = `年度报告\n\n目录\n一、总则 ......1\n二、细则 ......5\n\n一、总则\n总则\u0007的正文。${'正文。'.repeat(1200)}\n二、细则\n\u200b细则的正文。`;
    const result = processDocument('r.txt', new TextEncoder().encode(text));
    expect(result.rules.counts.get('report-control-characters')).toBe(2);
    expect(JSON.stringify(result.document?.body)).not.toMatch(/\\u0007|\u200b/u);
  });
});
