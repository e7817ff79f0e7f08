import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { DocMeta } from '../../../../src/shared/bundle-schema.ts';
import { DocumentList } from '../../../../src/app/features/library/document-list.tsx';

function meta(overrides: Partial<DocMeta>): DocMeta {
  return {
    id: 'a',
    kind: 'article',
    title: '标题',
    date: '2022-04-24T19:27:09+08:00',
    year: 2022,
    source: '经济参考网',
    author: null,
    categories: [],
    tags: [],
    cover: null,
    originalUrl: null,
    excerpt: '',
    charCount: 1,
    readingMinutes: 1,
    chunk: 'docs/a.0.json',
    ...overrides,
  };
}

describe('app/features/library/document-list', () => {
  test('lists every document as a link with its source and date', () => {
    render(
      <MemoryRouter>
        <DocumentList
          documents={[
            meta({ id: 'one', title: '第一篇' }),
            meta({ id: 'two', title: '第二篇', source: null, date: null, year: null }),
          ]}
        />
      </MemoryRouter>,
    );
    const items = within(screen.getByRole('list', { name: '文档列表' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: '第一篇' }).getAttribute('href')).toBe('/doc/one');
    expect(items[0]!.textContent).toContain('经济参考网');
    expect(items[0]!.textContent).toContain('2022年4月24日');
    expect(items[1]!.textContent).toContain('来源不详');
    expect(items[1]!.textContent).toContain('日期不详');
  });

  test('marks a report as a report and shows its year when undated', () => {
    render(
      <MemoryRouter>
        <DocumentList documents={[meta({ kind: 'report', title: '社会责任报告', date: null, year: 2021 })]} />
      </MemoryRouter>,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('报告');
    expect(item.textContent).toContain('2021年');
  });

  test('renders a title with markup as text, never as HTML', () => {
    render(
      <MemoryRouter>
        <DocumentList documents={[meta({ title: '<img src=x onerror=alert(1)>' })]} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
