import { describe, expect, test } from 'vitest';
import { looksLikeReport } from '../../../../src/pipeline/report/detect-report.ts';
import { readCover } from '../../../../src/pipeline/report/read-cover.ts';

describe('pipeline/report/read-cover', () => {
  test('prefers the cover line that names the document over a slogan above it', () => {
    expect(readCover(['', '迎难而上 大AI无疆', '', '某某公司企业社会责任报告 2021', '', '目录', '前言'])).toEqual({
      title: '某某公司企业社会责任报告 2021',
      year: 2021,
    });
  });
  test('falls back to the first line and finds no year', () => {
    expect(readCover(['年度回顾', '', '目 录', '第一章'])).toEqual({ title: '年度回顾', year: null });
  });
});

describe('pipeline/report/detect-report', () => {
  const toc = ['封面', '目录', '前言', '第一章 总则'].join('\n');
  test('calls a long plain text with a table of contents a report', () => {
    expect(looksLikeReport(`${toc}\n${'正文。'.repeat(1200)}`)).toBe(true);
  });
  test('does not call a short text a report', () => {
    expect(looksLikeReport(`${toc}\n正文。`)).toBe(false);
  });
  test('does not call an HTML body a report', () => {
    expect(looksLikeReport(`${toc}\n<p>${'正文。'.repeat(1200)}</p>`)).toBe(false);
  });
});
