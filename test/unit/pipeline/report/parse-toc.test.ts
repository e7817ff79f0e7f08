import { describe, expect, test } from 'vitest';
import { buildTocTree } from '../../../../src/pipeline/report/build-toc-tree.ts';
import { findTocRegion, parseTocLine } from '../../../../src/pipeline/report/parse-toc.ts';
import { stripFurniture } from '../../../../src/pipeline/report/strip-furniture.ts';

const parse = (line: string) => {
  const { number, style, title, page } = parseTocLine(line, 0);
  return { number, style, title, page };
};

describe('pipeline/report/parse-toc', () => {
  test('reads a leading page before the title', () => {
    expect(parse('08 科技引领，升级创新生态')).toEqual({
      number: null,
      style: 'none',
      title: '科技引领，升级创新生态',
      page: 8,
    });
  });
  test('reads a trailing page behind a tab', () => {
    expect(parse('1.1 夯实科研基础\t09')).toEqual({ number: '1.1', style: 'decimal', title: '夯实科研基础', page: 9 });
  });
  test('reads dot leaders and chapter words', () => {
    expect(parse('第三章 社会责任……… 12')).toEqual({
      number: '第三章',
      style: 'chapter-word',
      title: '社会责任',
      page: 12,
    });
    expect(parse('第二部分 环境.......... 30')).toEqual({
      number: '第二部分',
      style: 'part-word',
      title: '环境',
      page: 30,
    });
  });
  test('reads Chinese enumerations', () => {
    expect(parse('一、公司治理 5')).toMatchObject({ number: '一', style: 'cjk-enum', title: '公司治理' });
    expect(parse('（二）风险管理')).toMatchObject({
      number: '（二）',
      style: 'paren-cjk',
      title: '风险管理',
      page: null,
    });
    expect(parse('3. 展望')).toMatchObject({ number: '3', style: 'decimal-dot', title: '展望' });
  });

  test('ends the contents where running text or a repeated entry begins', () => {
    const region = findTocRegion([
      '封面',
      '目录',
      '前言',
      '第一章 总则 3',
      '第二章 细则 9',
      '',
      '前言',
      '正文开始了，这是一段很长的正文，用来说明报告的背景。',
    ]);
    expect(region?.entries.map((e) => e.title)).toEqual(['前言', '总则', '细则']);
    expect(region?.end).toBe(5);
  });

  test('nests levels by numbering scheme in order of first appearance', () => {
    const lines = ['第一章 总则 1', '一、目的 1', '（一）范围 2', '二、依据 3', '第二章 细则 4'];
    const tree = buildTocTree(lines.map((l, i) => parseTocLine(l, i)));
    expect(
      tree.map((n) => [n.kind, n.title, n.children.map((c) => [c.title, c.children.map((g) => g.title)])]),
    ).toEqual([
      [
        'chapter',
        '总则',
        [
          ['目的', ['范围']],
          ['依据', []],
        ],
      ],
      ['chapter', '细则', []],
    ]);
  });

  test('without numbers, an entry with a page is a chapter and plain lines are its sections', () => {
    const lines = ['前言', '关于我们', '08 第一部分标题', '小节甲', '小节乙', '13 第二部分标题'];
    const tree = buildTocTree(lines.map((l, i) => parseTocLine(l, i)));
    expect(tree.map((n) => [n.kind, n.title, n.page, n.children.length])).toEqual([
      ['front', '前言', null, 0],
      ['front', '关于我们', null, 0],
      ['chapter', '第一部分标题', 8, 2],
      ['chapter', '第二部分标题', 13, 0],
    ]);
  });

  test('joins a front label with the title printed under it', () => {
    const tree = buildTocTree(['前言', '迎难而上', '关于本报告', '08 正文'].map((l, i) => parseTocLine(l, i)));
    expect(tree.slice(0, 2).map((n) => [n.label, n.title])).toEqual([
      ['前言', '迎难而上'],
      [null, '关于本报告'],
    ]);
  });
});

describe('pipeline/report/strip-furniture', () => {
  test('strips a running header repeated over the document and page numbers', () => {
    const lines: string[] = [];
    for (let page = 1; page <= 6; page++)
      lines.push('某公司年度报告', `正文第${page}页的内容，足够长的一段话。`, `- ${page} -`, '');
    const result = stripFurniture(lines);
    expect(result.lines.filter((l) => l !== '')).toEqual(
      Array.from({ length: 6 }, (_, i) => `正文第${i + 1}页的内容，足够长的一段话。`),
    );
    expect(result.stripped).toHaveLength(12);
  });

  test('keeps a few chapter numbers standing alone', () => {
    const lines = ['01', '第一章', '02', '第二章', '03', '第三章'];
    expect(stripFurniture(lines).stripped).toEqual([]);
  });

  test('keeps repeated lines that are TOC entries', () => {
    const lines = Array.from({ length: 20 }, (_, i) => (i % 5 === 0 ? '社会责任' : `第${i}行正文内容`));
    expect(stripFurniture(lines, new Set(['社会责任'])).stripped).toEqual([]);
  });
});
