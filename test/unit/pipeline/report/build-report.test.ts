import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ReportBlock, TocNode } from '../../../../src/shared/bundle-schema.ts';
import { blockText } from '../../../../src/shared/report-text.ts';
import { buildReport } from '../../../../src/pipeline/report/build-report.ts';
import { normalizeForMatch } from '../../../../src/pipeline/report/text-match.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const FIXTURES = path.join(root, 'test/fixtures/report');
const flat = (nodes: readonly TocNode[]): TocNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

function firstWords(blocks: readonly ReportBlock[], id: string, count: number): string | null {
  const index = blocks.findIndex((b) => b.type === 'heading' && b.id === id);
  if (index === -1) return null;
  const paragraph = blocks.slice(index + 1).find((b) => b.type === 'paragraph');
  return paragraph ? blockText(paragraph).slice(0, count) : null;
}

/** Source lines whose text appears in no rendered block (page furniture excepted). */
export function missingLines(source: string, blocks: readonly ReportBlock[]): string[] {
  const key = (text: string) => normalizeForMatch(text.replace(/\*\*/g, '')).replace(/(^|\D)0+(?=\d)/g, '$1');
  const rendered = blocks.map((b) => key(blockText(b)));
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => key(line) !== '' && !rendered.some((text) => text.includes(key(line))));
}

describe('pipeline/report/build-report on the sample report', () => {
  const source = readFileSync(path.join(root, 'content/002_7c8ff1c45c5cec2b.txt'), 'utf8');
  const report = buildReport('002.txt', source);

  test('recovers every TOC entry in order with its page and its own first paragraph', () => {
    const entries = flat(report.toc)
      .filter((n) => n.kind === 'front' || n.kind === 'chapter' || n.kind === 'section')
      .map((n) => [n.kind, n.number, n.title, n.page, firstWords(report.blocks, n.id, 10)]);
    expect(entries).toEqual([
      ['front', null, '迎难而上，做有温度的人工智能', null, '2021年，无论对世'],
      ['front', null, '关于商汤', null, '作为人工智能软件公司'],
      ['front', null, '关于报告', null, '商汤科技有限公司（以'],
      ['chapter', '1', '科技引领，升级创新生态', 8, '科技创新是引领企业快'],
      ['section', '1.1', '夯实科研基础', 9, '商汤科技认为前沿科技'],
      ['section', '1.2', '保护知识产权', 9, '商汤在重视自身知识产'],
      ['section', '1.3', '打造 AI 大装置', 10, '商汤在长尾场景让技术'],
      ['section', '1.4', '共建 AI 创新生态', 11, '商汤科技在人工智能开'],
      ['chapter', '2', '科技保障，护航以人为本', 13, '随着人工智能技术不断'],
      ['section', '2.1', '建立 AI 伦理治理内部举措', 14, '自 2019 年起，'],
      ['section', '2.2', '探索 AI 伦理治理外部生态', 16, 'AI 伦理发展与治理'],
      ['section', '2.3', '参与制定行业标准', 17, '促进人工智能技术安全'],
      ['section', '2.4', '注重保护数据隐私', 18, '促进负责任、可持续的'],
      ['chapter', '3', '科技惠民，推动数字普惠', 19, '随着数字世界与物理世'],
      ['section', '3.1', '助推 AI 体育强国', 20, '体育强则国强，而科技'],
      ['section', '3.2', '建设 AI 数字乡村', 21, '数字乡村是乡村振兴的'],
      ['section', '3.3', '打造 AI 体验空间', 22, '公园,作为城市居民的'],
      ['section', '3.4', '赋能 AI 智慧医疗', 23, '让公众生活得更健康、'],
      ['section', '3.5', '助推 AI 教育普惠', 24, '从三尺讲台到网络直播'],
      ['section', '3.6', '其他 AI 普惠实践', 25, '商汤积极参与社会和社'],
      ['chapter', '4', '科技赋能，服务经济民生', 26, '当前，数字化升级不断'],
      ['section', '4.1', '积极履行双碳目标', 27, '应对全球气候变化问题'],
      ['section', '4.2', '全力支持疫情防控', 32, '2020年初新冠肺炎'],
      ['section', '4.3', '推动职业教育发展', 33, '十九大报告作出“中国'],
      ['section', '4.4', '其他重大民生贡献', 34, '2021年7月，极端'],
      ['chapter', '5', '科技向善，优化公司治理', 36, '商汤遵循《公司法》、'],
      ['section', '5.1', '践行员工关爱', 37, '商汤为员工提供有市场'],
      ['section', '5.2', '推动文化升级', 39, '企业文化建设是企业稳'],
      ['section', '5.3', '加强供应商体系建设', 40, '商汤恪守公平、公正的'],
      ['section', '5.4', '重视诚信合规', 41, '作为一个跨国性科技企'],
    ]);
    expect(report.diagnostics).toEqual([]);
  });

  test('keeps the front label with its title and gives every node a short ASCII id', () => {
    expect(report.toc[0]).toMatchObject({ label: '前言', title: '迎难而上，做有温度的人工智能' });
    const ids = flat(report.toc).map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,24}$/);
    expect(ids).toContain('s-3-1');
  });

  test('shows the body wording of a heading whose TOC wording differs', () => {
    const heading = report.blocks.find((b) => b.type === 'heading' && b.id === 's-3-1');
    expect(heading).toMatchObject({ number: '3.1', title: '助力 AI 体育强国' });
  });

  test('hangs sub-headings and stories under their section', () => {
    const section = flat(report.toc).find((n) => n.id === 's-2-1');
    expect(section?.children.map((c) => [c.kind, c.title])).toContainEqual([
      'subheading',
      '建立伦理风险审查与控制机制',
    ]);
    const medical = flat(report.toc).find((n) => n.id === 's-3-4');
    expect(medical?.children.filter((c) => c.kind === 'story').map((c) => c.title)).toEqual([
      'AI 为一线白衣战士提供智能辅助',
      '构筑 AI 医疗前沿创新基石',
    ]);
  });

  test('renders each chapter section list as links to its sections', () => {
    const lists = report.blocks.filter((b) => b.type === 'section-list');
    expect(lists).toHaveLength(5);
    expect(lists[0]).toEqual({
      type: 'section-list',
      entries: [
        { id: 's-1-1', number: '1.1', title: '夯实科研基础', page: 9 },
        { id: 's-1-2', number: '1.2', title: '保护知识产权', page: 9 },
        { id: 's-1-3', number: '1.3', title: '打造 AI 大装置', page: 10 },
        { id: 's-1-4', number: '1.4', title: '共建 AI 创新生态', page: 11 },
      ],
    });
  });

  test('renders the tab table with its header and grouped rows', () => {
    const table = report.blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ type: 'table', header: ['合作方', '课题名称'] });
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows[0]).toEqual(['上海交大凯原法学院', '人工智能伦理及司法案例研究']);
    expect(table.rows[1]).toEqual(['', 'AI 伦理与立法的比较研究']);
  });

  test('renders lists, stat callouts, pull quotes and the people at the end', () => {
    expect(report.blocks).toContainEqual({
      type: 'list',
      ordered: true,
      start: 1,
      items: ['负荷分项', '时间规律', '空间划分', '组织管理'],
    });
    expect(report.blocks).toContainEqual(
      expect.objectContaining({
        type: 'list',
        ordered: false,
        items: expect.arrayContaining(['正——公正无私、心正行直']),
      }),
    );
    expect(report.blocks).toContainEqual({
      type: 'callout',
      figure: '600+',
      caption: '商汤科技在顶级学术会议和期刊上累计发表了 600 多篇文章',
    });
    expect(report.blocks).toContainEqual({
      type: 'pullquote',
      text: 'SenseCore 商汤 AI 大装置 将为行业带来更多的商业可能性',
    });
    const people = report.blocks.filter((b) => b.type === 'people');
    expect(people.map((b) => (b.type === 'people' ? b.rows.length : 0))).toEqual([11, 4]);
  });

  test('renders **bold** across lines as strong text', () => {
    const bold = report.blocks.filter((b) => b.type === 'paragraph' && b.spans.some((s) => s.strong)).map(blockText);
    expect(report.blocks).toContainEqual(
      expect.objectContaining({
        type: 'paragraph',
        spans: expect.arrayContaining([{ text: '坚持做具有责任感的人工智能领军企业', strong: true }]),
      }),
    );
    expect(bold).toContain('数据有效保护。');
  });

  test('loses no line of the source text', () => {
    expect(missingLines(source, report.blocks)).toEqual([]);
  });
});

describe('pipeline/report/build-report on crafted reports', () => {
  for (const name of readdirSync(FIXTURES)) {
    test(`recovers the structure of ${name}`, () => {
      const source = readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as {
        entries: unknown[];
        unplaced: string[];
        furniture: number;
      };
      const report = buildReport('input.txt', source);
      const entries = flat(report.toc)
        .filter((n) => n.kind !== 'subheading' && n.kind !== 'story')
        .map((n) => ({
          kind: n.kind,
          number: n.number,
          title: n.title,
          page: n.page,
          firstWords: firstWords(report.blocks, n.id, 8),
        }));
      expect(entries).toEqual(expected.entries);
      expect(report.diagnostics.map((d) => /entry '(.*?)'/.exec(d.message)?.[1])).toEqual(expected.unplaced);
      expect(report.furniture).toBe(expected.furniture);
      expect(
        missingLines(source, report.blocks).filter((line) => !/^(- \d+ -|某某能源集团可持续发展报告 2022)$/.test(line)),
      ).toEqual([]);
    });
  }

  test('names an entry it cannot place, with its page, in the build report', () => {
    const source = readFileSync(path.join(FIXTURES, 'pull-quote-and-missing-entry', 'input.txt'), 'utf8');
    const report = buildReport('input.txt', source);
    expect(report.diagnostics[0]?.message).toMatch(/^the TOC entry '社区公益' \(p\. 11\) was not found in the body; /);
    expect(flat(report.toc).find((n) => n.title === '社区公益')?.missing).toBe(true);
  });

  test('places a heading after an earlier label of the same words, which is no pull quote', () => {
    const source = readFileSync(path.join(FIXTURES, 'pull-quote-and-missing-entry', 'input.txt'), 'utf8');
    const report = buildReport('input.txt', source);
    const index = report.blocks.findIndex((b) => b.type === 'heading' && b.id === 's-1-1');
    const next = report.blocks[index + 1];
    expect(next?.type === 'paragraph' && next.spans[0]?.text).toMatch(/^全年营业收入/);
    // A word alone on its line, repeated in the text next to it, is a label of the page, not a quote.
    expect(report.blocks.some((b) => b.type === 'pullquote')).toBe(false);
  });

  test('a sentence the PDF prints twice side by side is shown once, and the copy is listed', () => {
    const sentence = '我们坚持以人民为中心的发展思想';
    const body = `${sentence}，推动各项工作取得新进展，相关工作按计划推进并取得了阶段性成果。`;
    const report = buildReport(
      'r.txt',
      [
        '目录',
        '一、总则 1',
        '二、细则 2',
        '一、总则',
        sentence,
        body,
        '二、细则',
        '细则另有一段正文，说的是别的事情，相关工作按计划推进并取得了阶段性成果。',
      ].join('\n'),
    );
    const texts = report.blocks.map((b) => JSON.stringify(b));
    expect(texts.filter((t) => t.includes(sentence))).toHaveLength(1);
    expect(report.blocks.some((b) => b.type === 'pullquote')).toBe(false);
    expect(report.repeatedText).toEqual([sentence]);
  });

  test('degrades to continuous text when there is no table of contents', () => {
    const report = buildReport('plain.txt', `年度工作总结\n\n第一段正文，内容${'很长'.repeat(20)}。\n`);
    expect(report.toc.map((n) => [n.kind, n.title])).toEqual([['subheading', '年度工作总结']]);
    expect(report.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });
});
