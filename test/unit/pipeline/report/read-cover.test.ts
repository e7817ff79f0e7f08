import { describe, expect, test } from 'vitest';
import { looksLikeReport } from '../../../../src/pipeline/report/detect-report.ts';
import { readCover } from '../../../../src/pipeline/report/read-cover.ts';

describe('pipeline/report/read-cover', () => {
  test('prefers the cover line that names the document over a slogan above it', () => {
    expect(readCover(['', '迎难而上 大AI无疆', '', '某某公司企业社会责任报告 2021', '', '目录', '前言'])).toMatchObject(
      {
        title: '某某公司企业社会责任报告 2021',
        year: 2021,
      },
    );
  });
  test('a title set over several lines is one title, with the edition under it', () => {
    expect(
      readCover(['隐私计算', '法律与合规研究白皮书', '（2021 年）', '', '某某联盟', '2021年12月', '\f目 录']),
    ).toMatchObject({
      title: '隐私计算法律与合规研究白皮书（2021 年）',
      year: 2021,
    });
    expect(
      readCover(['Environmental, Social', '& Governance (ESG)', 'Progress Report', '2019/2020', '', '\fContents']),
    ).toMatchObject({
      title: 'Environmental, Social & Governance (ESG) Progress Report 2019/2020',
      year: 2019,
    });
  });
  test("brand lettering ('E L I L I L LY') is not the title; the lines set under it are", () => {
    expect(
      readCover(['A C M E C O M PA N Y', '', '2019 UNGC', 'Communication', 'on Progress', '', '\fContents']),
    ).toMatchObject({
      title: '2019 UNGC Communication on Progress',
      year: 2019,
    });
  });
  test("a cover that is an image leaves its page empty: the next page's notes are no title", () => {
    expect(readCover(['\fVersion: 2.0 Created: 12 Jan 2022', 'Status: WIP', '', '目录'])).toMatchObject({
      title: null,
      year: null,
    });
  });
  test('falls back to the first line and finds no year', () => {
    expect(readCover(['年度回顾', '', '目 录', '第一章'])).toEqual({ title: '年度回顾', year: null, publisher: null });
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
