import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, type ReportBlock } from '../../../src/shared/bundle-schema.ts';
import { makeDoc } from '../../fixtures/docs/make-doc.ts';
import { renderApp } from '../render-app.tsx';

const blocks: ReportBlock[] = [
  { type: 'contents', title: '目录', entries: [{ id: 'ch-1', text: '第一章 总则 1' }] },
  { type: 'heading', id: 'ch-1', kind: 'chapter', number: '第一章', title: '总则', page: 1 },
  { type: 'paragraph', spans: [{ text: '总则的正文。' }] },
  { type: 'list', ordered: false, items: ['第一项', '第二项'] },
  { type: 'table', header: ['指标', '数值'], rows: [['用户', '10 亿']] },
  { type: 'callout', figure: '30+', caption: '个城市' },
  { type: 'heading', id: 's-1-1', kind: 'section', number: '1.1', title: '范围', page: 2 },
];
const report = makeDoc({ id: 'r', kind: 'report', title: '年度报告' });
const chunk = { schemaVersion: SCHEMA_VERSION, id: 'r', kind: 'report' as const, toc: [], blocks };

describe('app/routes/embed', () => {
  test('an embedded report keeps its headings, lists, tables and callouts', async () => {
    renderApp('/embed/r', [report], [chunk]);
    await screen.findByRole('heading', { level: 2, name: '第一章 总则' });
    const body = document.querySelector<HTMLElement>('.reader-prose');
    if (!body) throw new Error('no body');
    expect(within(body).getByRole('heading', { level: 2, name: '第一章 总则' }).id).toBe('ch-1');
    expect(within(body).getByRole('heading', { level: 3, name: '1.1 范围' })).toBeTruthy();
    expect(
      within(body)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('第二项');
    expect(within(body).getByRole('table').textContent).toContain('10 亿');
    expect(body.querySelector('.report-figure')?.textContent).toBe('30+');
    expect(screen.getByRole('link', { name: '第一章 总则 1' }).getAttribute('href')).toBe('#ch-1');
  });
});
