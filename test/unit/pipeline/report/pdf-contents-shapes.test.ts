import { describe, expect, test } from 'vitest';
import type { ReportBlock } from '#shared/bundle-schema.ts';
import { buildReport } from '../../../../src/pipeline/report/build-report.ts';
import { findTocRegion } from '../../../../src/pipeline/report/parse-toc.ts';

/* Contents and heading shapes as the PDF reader writes them (issue 19), one shape a test. */

const entries = (lines: string[]) => findTocRegion(lines)?.entries.map((e) => [e.title, e.page] as const) ?? null;

const para = (text: string, n = 4) => `${text}${'这一节的正文写得足够长，读者能读下去。'.repeat(n)}`;

/** The heading blocks and the text right after each. */
function headingsWithText(blocks: readonly ReportBlock[]): [string, string][] {
  const out: [string, string][] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'heading' || block.kind === 'subheading') return;
    const next = blocks[i + 1];
    out.push([
      block.title,
      next?.type === 'paragraph'
        ? next.spans
            .map((s) => s.text)
            .join('')
            .slice(0, 5)
        : '',
    ]);
  });
  return out;
}

describe('contents lines from a PDF', () => {
  test('a page before its title on the same line, the title wrapped onto the next', () => {
    expect(
      entries([
        '目录',
        '05\t掘金：新型生产要素数据迎来',
        '政策红利，隐私计算顺势而为',
        '16\t利器：隐私计算三类技术路线',
      ]),
    ).toEqual([
      ['掘金：新型生产要素数据迎来政策红利，隐私计算顺势而为', 5],
      ['利器：隐私计算三类技术路线', 16],
    ]);
  });

  test('page ranges before titles, and two titles side by side in columns', () => {
    expect(
      entries([
        'Contents',
        '3-7\tIntroduction\tGRI/SASB disclosures',
        '8–22 General Disclosures',
        '23–35 Economic',
        '',
        'This report is a supplement to our comprehensive online report, published every year.',
      ]),
    ).toEqual([
      ['Introduction', 3],
      ['GRI/SASB disclosures', null],
      ['General Disclosures', 8],
      ['Economic', 23],
    ]);
  });

  test('a line much longer than the title above it is not its second line, and closes the contents', () => {
    const lines = [
      'Contents',
      '36–58 Environmental',
      '86–95 GRI/SASB indices',
      'An SDG index can be found at the website',
    ];
    expect(entries(lines)).toEqual([
      ['Environmental', 36],
      ['GRI/SASB indices', 86],
    ]);
    expect(findTocRegion(lines)?.notes).toEqual([{ line: 3, text: 'An SDG index can be found at the website' }]);
  });

  test("a section title every chapter repeats ('3.2 问题分析……9') is an entry, the last one too", () => {
    expect(
      entries([
        '目录',
        '第一章 总则....1',
        '1.1 基本情况....2',
        '1.2 问题分析....3',
        '2.1 基本情况....5',
        '2.2 问题分析....6',
        '\f第一章 总则',
      ]),
    ).toEqual([
      ['总则', 1],
      ['基本情况', 2],
      ['问题分析', 3],
      ['基本情况', 5],
      ['问题分析', 6],
    ]);
  });

  test("'PAGE 3' before a title on its line", () => {
    expect(entries(['Contents', 'PAGE 3\tABOUT THIS REPORT', 'PAGE 9\tHUMAN RIGHTS'])).toEqual([
      ['ABOUT THIS REPORT', 3],
      ['HUMAN RIGHTS', 9],
    ]);
  });
});

test('descriptions printed under entries stay in the contents, the last one and the footer too', () => {
  const lines = [
    'Contents',
    'PAGE 3\tABOUT THIS REPORT',
    'PAGE 13\tHUMAN RIGHTS',
    '',
    'PRINCIPLES ADDRESSED:',
    '1 Businesses should support and respect the protection of internationally',
    'proclaimed human rights; and',
    '',
    'PAGE 41\tLABOR',
    '',
    'PRINCIPLES ADDRESSED:',
    '3 Businesses should uphold the freedom of association and collective bargaining.',
    '',
    'Intro | Page 2',
    '\fAbout this report',
  ];
  const region = findTocRegion(lines);
  expect(region?.entries.map((e) => [e.title, e.page])).toEqual([
    ['ABOUT THIS REPORT', 3],
    ['HUMAN RIGHTS', 13],
    ['LABOR', 41],
  ]);
  expect(region?.notes.map((n) => n.text)).toEqual([
    'PRINCIPLES ADDRESSED:',
    '1 Businesses should support and respect the protection of internationally',
    'proclaimed human rights; and',
    'PRINCIPLES ADDRESSED:',
    '3 Businesses should uphold the freedom of association and collective bargaining.',
    'Intro | Page 2',
  ]);
  expect(region?.end).toBe(14);
});

describe('headings the PDF sets apart', () => {
  test('a display heading over two lines with a blank line between is one heading', () => {
    const text = [
      '目录',
      '01 序言',
      '08 索骥：四类玩家，各据禀赋、共拓市场',
      '\f序言',
      para('开篇正文。'),
      '\f索骥：',
      '',
      '四类玩家，各据禀赋、共拓市场',
      '',
      para('产业链路正文。'),
      '◼ 隐私计算行业图景：四类玩家，各据禀赋、共拓市场',
    ].join('\n');
    const report = buildReport('r.txt', text);
    expect(headingsWithText(report.blocks)).toEqual([
      ['序言', '开篇正文。'],
      ['索骥：四类玩家，各据禀赋、共拓市场', '产业链路正'],
    ]);
  });

  test('a chapter opener set over three lines is one heading', () => {
    const long = (opening: string) => `${opening} ${'the text of this chapter runs on for a while. '.repeat(6)}`;
    const text = [
      'Contents',
      'PAGE 3\tHUMAN RIGHTS',
      'PAGE 4\tHEALTH, SAFETY AND ENVIRONMENT',
      '\f\fHuman Rights',
      long('Lilly supports the rights.'),
      '\fHealth, Safety',
      '',
      'and',
      '',
      'Environment',
      long('Making medicines that help.'),
    ].join('\n');
    const report = buildReport('r.txt', text);
    expect(headingsWithText(report.blocks).map(([title, next]) => [title, next.slice(0, 5)])).toEqual([
      ['Human Rights', 'Lilly'],
      ['Health, Safety and Environment', 'Makin'],
    ]);
  });

  test('an entry whose words no heading shows starts at the top of its page', () => {
    const pages = [
      ['Contents', '3 Introduction', '4 Economic', '5 Social'],
      ['Dear reader, this letter from our chief executive opens the report this year.'],
      ['Highlights', 'Access to health is the first thing we report on, over many pages of figures.'],
      ['Economic', 'Financial information for the year, with tables of revenue and spending.'],
      ['Social', 'We recognize that our people are the key to our success, and report on them.'],
    ];
    const report = buildReport('r.txt', pages.map((p) => p.join('\n')).join('\n\f'));
    const headings = report.blocks.filter((b) => b.type === 'heading' && b.kind !== 'subheading');
    expect(headings.map((b) => b.type === 'heading' && b.title)).toEqual(['Introduction', 'Economic', 'Social']);
    const at = report.blocks.findIndex((b) => b.type === 'heading' && b.title === 'Introduction');
    // The page's own first line stays as text of the section: nothing is lost.
    expect(JSON.stringify(report.blocks.slice(at + 1, at + 3))).toContain('Highlights');
    expect(report.diagnostics.map((d) => d.message).join('\n')).toContain(
      "'Introduction' has no heading in the text; its section starts at the top of page 3",
    );
  });

  test('with no contents page, the outline is the contents and its pages place the sections', () => {
    const pages = [
      ['数字报告'],
      ['第一章 总则', para('总则正文。')],
      ['第二章 分则', para('分则正文。'), '第一章 总则 is quoted again here as running text'],
    ];
    const report = buildReport('r.txt', pages.map((p) => p.join('\n')).join('\n\f'), [
      { title: 'Cover', depth: 0, page: 1 },
      { title: '第一章 总则', depth: 0, page: 2 },
      { title: '第二章 分则', depth: 0, page: 3 },
    ]);
    expect(report.toc.map((n) => [n.number, n.title, n.page])).toEqual([
      ['第一章', '总则', 2],
      ['第二章', '分则', 3],
    ]);
    expect(headingsWithText(report.blocks)).toEqual([
      ['总则', '总则正文。'],
      ['分则', '分则正文。'],
    ]);
  });
});

test('the cover is the first page; an abstract between it and the contents is text', () => {
  const report = buildReport(
    'r.txt',
    [
      '数字中国发展报告（2021年）',
      '2022年7月',
      '\f摘要',
      '党的十八大以来，数字中国建设取得显著成就，这一段摘要写得足够长，读者能读下去。',
      '\f目录',
      '一、总则 1',
      '二、细则 2',
      '\f一、总则',
      para('总则正文。'),
      '\f二、细则',
      para('细则正文。'),
    ].join('\n'),
  );
  expect(report.blocks[0]).toEqual({ type: 'cover', lines: ['数字中国发展报告（2021年）', '2022年7月'] });
  expect(report.blocks.slice(1, 3)).toEqual([
    { type: 'paragraph', spans: [{ text: '摘要' }] },
    {
      type: 'paragraph',
      spans: [{ text: '党的十八大以来，数字中国建设取得显著成就，这一段摘要写得足够长，读者能读下去。' }],
    },
  ]);
  expect(report.blocks[3]?.type).toBe('contents');
});
