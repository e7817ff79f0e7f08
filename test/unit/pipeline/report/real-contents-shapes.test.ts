import { describe, expect, test } from 'vitest';
import { buildReport } from '../../../../src/pipeline/report/build-report.ts';
import { findTocRegion } from '../../../../src/pipeline/report/parse-toc.ts';
import { processDocument } from '../../../../src/pipeline/process-document.ts';
import { measureReport } from '../../../bench/report-quality.ts';

/* Contents pages as real reports print them and pdftotext renders them (issue 19), one shape a test. */

const entries = (lines: string[]) =>
  findTocRegion(lines)?.entries.map((e) => [e.number, e.title, e.page] as const) ?? null;

describe('contents pages of real reports', () => {
  test("a heading spaced into '目' and '录' on lines of their own", () => {
    expect(
      entries([
        '封面',
        '',
        '目',
        '',
        '录',
        '',
        '一、总则 .......1',
        '二、细则 .......5',
        '',
        '总则：本报告说明了过去一年的工作，正文从这里开始。',
      ]),
    ).toEqual([
      ['一', '总则', 1],
      ['二', '细则', 5],
    ]);
  });

  test('each page on a line of its own below its title', () => {
    expect(
      entries(['\f目 录', '一、合规意义', '', '1', '', '(一) 提升数据合规', '', '1', '', '二、参与主体', '', '10']),
    ).toEqual([
      ['一', '合规意义', 1],
      ['(一)', '提升数据合规', 1],
      ['二', '参与主体', 10],
    ]);
  });

  test('pages before their titles, and titles wrapped onto a second line', () => {
    expect(
      entries([
        '\f目录',
        '',
        '05',
        '',
        '掘金：新型生产要素数据迎来',
        '政策红利',
        '',
        '16',
        '',
        '利器：三类技术路线，',
        '六个技术子项',
        '',
        '54',
        '',
        '版权说明',
      ]),
    ).toEqual([
      [null, '掘金：新型生产要素数据迎来政策红利', 5],
      [null, '利器：三类技术路线，六个技术子项', 16],
      [null, '版权说明', 54],
    ]);
  });

  test("page labels ('PAGE 13') before English titles", () => {
    expect(
      entries(['\fContents', 'PAGE 3', '', 'ABOUT THIS REPORT', '', 'PAGE 4', '', 'A MESSAGE FROM OUR CEO']),
    ).toEqual([
      [null, 'ABOUT THIS REPORT', 3],
      [null, 'A MESSAGE FROM OUR CEO', 4],
    ]);
  });

  test("the contents' own page numbers between entries, a numbered title wrapped with its page below", () => {
    expect(
      entries([
        '目录',
        '第一篇',
        '一、数字中国建设取得显著成就 .................1',
        '四、数据要素市场化配置加快探索实践 ......... 17',
        '1',
        '',
        '（一）各地积极探索数据治理规则 ............... 17',
        '（十）加强数字领域国际合作交流，携手构建网络空间',
        '命运共同体 ........................................54',
        '附件：网民感知情况分析 ..................56',
        '',
        '4',
        '',
        '2021 年，世界百年未有之大变局加速演进，新冠肺炎疫情仍在全球蔓延，这是正文的第一句话。',
      ]),
    ).toEqual([
      [null, '第一篇', null],
      ['一', '数字中国建设取得显著成就', 1],
      ['四', '数据要素市场化配置加快探索实践', 17],
      ['（一）', '各地积极探索数据治理规则', 17],
      ['（十）', '加强数字领域国际合作交流，携手构建网络空间命运共同体', 54],
      [null, '附件：网民感知情况分析', 56],
    ]);
  });

  test('a page glued to its title or after one space, and a title the contents prints twice', () => {
    expect(
      entries([
        '目录',
        '执行摘要 4',
        '结论 ........6',
        '介绍',
        '',
        '7',
        '云原生安全的演变48',
        '结论',
        '',
        '50',
        '',
        '致谢 ......57',
        '',
        '正文开始了。',
      ]),
    ).toEqual([
      [null, '执行摘要', 4],
      [null, '结论', 6],
      [null, '介绍', 7],
      [null, '云原生安全的演变', 48],
      [null, '结论', 50],
      [null, '致谢', 57],
    ]);
  });

  test('a part printed as a number alone is placed on its own line in the body', () => {
    const body = (title: string) => `${title}的正文，这一段说明了本章的主要内容和背景，并且足够长。`;
    const report = buildReport(
      'r.txt',
      [
        '目录',
        '第一篇',
        '一、总则 ......1',
        '第二篇',
        '二、细则 ......5',
        '',
        '第一篇',
        '一、总则',
        body('总则'),
        '第二篇',
        '二、细则',
        body('细则'),
      ].join('\n'),
    );
    const headings = report.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => (b.type === 'heading' ? b.title : ''));
    expect(headings).toEqual(['第一篇', '总则', '第二篇', '细则']);
    expect(report.diagnostics.filter((d) => d.message.includes('was not found'))).toEqual([]);
  });

  test('a report whose cover has no text is kept, titled by its file name, with a warning', () => {
    const text = `\f\f\f目录\n一、总则 ......1\n二、细则 ......5\n\n一、总则\n${'正文。'.repeat(1200)}\n二、细则\n正文。`;
    const result = processDocument('privacy_computing-report.txt', new TextEncoder().encode(text));
    expect(result.document?.meta).toMatchObject({ kind: 'report', title: 'privacy computing report' });
    expect(result.diagnostics.map((d) => d.message)).toContain(
      "the report's cover has no text to take a title from; titled it by its file name",
    );
  });

  test('the quality report counts entries found and placed against a truth file', () => {
    const text = `年度报告\n\n目录\n一、总则 ......1\n二、细则 ......5\n\n一、总则\n总则的正文从这里开始。${'正文。'.repeat(1200)}\n二、细则\n细则的正文从这里开始。`;
    const quality = measureReport('r.txt', new TextEncoder().encode(text), {
      file: 'r.txt',
      entries: [
        { title: '一、总则', page: '1', level: 1, body_first20: '总则的正文从这里开始。正文。正文。正文' },
        { title: '二、细则', page: '5', level: 1, body_first20: '细则的正文从这里开始。' },
        { title: '三、附则', page: '9', level: 1, body_first20: '附则' },
      ],
    });
    expect(quality).toMatchObject({ kind: 'report', entries: 3, found: 2, placed: 2 });
    expect(quality.misses).toEqual([{ title: '三、附则', why: 'not in the contents' }]);
  });
});

describe('pages of the text', () => {
  test('place a heading worded differently from the contents on the page the contents gives', () => {
    const page = (n: number, body: string[]) => [`\f${body[0]}`, ...body.slice(1), '', String(n)];
    const filler = (word: string) => `${word}的正文，这是一段足够长的说明文字，讲述了本节的内容和背景。`;
    const text = [
      '年度报告',
      '',
      '\f目录',
      '一、总则 ........ 1',
      '二、细则 ........ 2',
      '三、附则 ........ 3',
      '版权说明 ........ 4',
      ...page(1, ['一、总则', filler('总则')]),
      ...page(2, ['二、细则', filler('细则'), '版权声明见本报告最后一页。']),
      ...page(3, ['三、附则', filler('附则')]),
      ...page(4, ['版权声明', '本报告的版权归作者所有，未经许可不得转载。']),
    ].join('\n');
    const report = buildReport('r.txt', text);
    const headings = report.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => (b.type === 'heading' ? b.title : ''));
    // Placed, under the wording the body prints.
    expect(headings).toEqual(['总则', '细则', '附则', '版权声明']);
  });
});
