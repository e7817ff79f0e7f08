import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { ReportBlock, TocNode } from '../../../../src/shared/bundle-schema.ts';
import { ReportBlocks } from '../../../../src/app/features/report/report-blocks.tsx';
import { groupRows } from '../../../../src/app/features/report/report-table.tsx';
import { citation } from '../../../../src/app/features/report/toc-utils.ts';

const sections: TocNode[] = [
  { id: 's-1-1', kind: 'section', number: '1.1', title: '夯实科研基础', page: 9, children: [] },
  { id: 's-1-2', kind: 'section', number: '1.2', title: '保护知识产权', page: 9, children: [] },
];
const blocks: ReportBlock[] = [
  { type: 'heading', id: 's-1-1', kind: 'section', number: '1.1', title: '夯实科研基础', page: 9 },
  { type: 'callout', figure: '600+', caption: '累计发表 600 多篇文章' },
  { type: 'pullquote', text: '商汤在长尾场景让技术持续落地' },
  {
    type: 'table',
    header: ['合作方', '课题名称'],
    rows: [
      ['甲大学', '课题一'],
      ['', '课题二'],
      ['乙研究所', '课题三'],
    ],
  },
  { type: 'heading', id: 's-1-1-story1', kind: 'story', number: '1', title: '一个故事', page: null },
  { type: 'paragraph', spans: [{ text: '故事正文' }, { text: '加粗', strong: true }] },
  { type: 'heading', id: 's-1-2', kind: 'section', number: '1.2', title: '保护知识产权', page: 9 },
  { type: 'list', ordered: true, start: 1, items: ['负荷分项', '时间规律'] },
];

describe('app/features/report/report-blocks', () => {
  test('renders headings with their page, tables with grouped rows, callouts, pull quotes and stories', () => {
    const { container } = render(
      <ReportBlocks blocks={blocks} sections={sections} report={{ id: 'r', title: '报告' }} onNavigate={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 3, name: /夯实科研基础/ }).textContent).toContain('p. 9');
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['合作方', '课题名称']);
    expect(within(table).getByRole('rowheader', { name: '甲大学' }).getAttribute('rowspan')).toBe('2');
    expect(container.querySelector('.report-callout')?.textContent).toBe('600+累计发表 600 多篇文章');
    expect(container.querySelector('blockquote')?.textContent).toBe('商汤在长尾场景让技术持续落地');
    const story = container.querySelector('.report-story');
    expect(story?.querySelector('h4')?.textContent).toContain('故事 1一个故事');
    expect(story?.querySelector('strong')?.textContent).toBe('加粗');
    expect(screen.getByRole('list', { name: '' }).tagName === 'OL' || container.querySelector('ol')).toBeTruthy();
  });

  test('the printed contents is folded, its entries still links', async () => {
    const onNavigate = vi.fn();
    const contents: ReportBlock = {
      type: 'contents',
      title: '目录',
      entries: [
        { id: 's-1-1', text: '1.1 夯实科研基础 9' },
        { id: null, text: '原则说明' },
      ],
    };
    const { container } = render(
      <ReportBlocks
        blocks={[contents, ...blocks]}
        sections={sections}
        report={{ id: 'r', title: '报告' }}
        onNavigate={onNavigate}
      />,
    );
    const details = container.querySelector('details.report-contents');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('目录 原书目录，2 条');
    const user = userEvent.setup();
    await user.click(details?.querySelector('summary') as HTMLElement);
    await user.click(screen.getByRole('link', { name: '1.1 夯实科研基础 9' }));
    expect(onNavigate).toHaveBeenCalledWith('s-1-1');
  });

  test('ends each section with links to the previous and next section', () => {
    const { container } = render(
      <ReportBlocks blocks={blocks} sections={sections} report={{ id: 'r', title: '报告' }} onNavigate={vi.fn()} />,
    );
    const pagers = container.querySelectorAll('.section-pager');
    expect(pagers).toHaveLength(2);
    expect(pagers[0]?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('#s-1-2');
    expect(pagers[1]?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('#s-1-1');
  });

  test('groups rows whose first cell is empty under the row above', () => {
    expect(
      groupRows([
        ['a', '1'],
        ['', '2'],
        ['', '3'],
        ['b', '4'],
      ]),
    ).toEqual([
      { cells: ['a', '1'], span: 3 },
      { cells: ['2'], span: null },
      { cells: ['3'], span: null },
      { cells: ['b', '4'], span: 1 },
    ]);
  });

  test('cites a section by report, number, title, page and URL', () => {
    expect(
      citation('某报告 2021', { number: '3.1', title: '助力 AI 体育强国', page: 20 }, 'https://x.example/doc/r#s-3-1'),
    ).toBe('某报告 2021，3.1 助力 AI 体育强国，p. 20，https://x.example/doc/r#s-3-1');
  });
});

describe('a report whose PDF is published', () => {
  test('each section links to its page of the PDF, in a new tab', () => {
    render(
      <ReportBlocks
        blocks={[{ ...blocks[0], pdfPage: 11 } as ReportBlock]}
        sections={sections}
        report={{ id: 'r', title: '报告', pdf: 'pdf/r.0123456789ab.pdf' }}
        onNavigate={vi.fn()}
      />,
    );
    const link = screen.getByRole('link', { name: '原文第 11 页' });
    expect(link.getAttribute('href')).toMatch(/data\/pdf\/r\.0123456789ab\.pdf#page=11$/);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  test('without a published PDF there is no such link', () => {
    render(
      <ReportBlocks
        blocks={[{ ...blocks[0], pdfPage: 11 } as ReportBlock]}
        sections={sections}
        report={{ id: 'r', title: '报告' }}
        onNavigate={vi.fn()}
      />,
    );
    expect(screen.queryByRole('link', { name: /原文第/ })).toBeNull();
  });
});
