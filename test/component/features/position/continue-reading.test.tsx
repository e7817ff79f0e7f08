import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { resetPositionsForTests } from '../../../../src/app/features/position/positions-store.ts';
import { LIBRARY } from '../../../fixtures/docs/make-doc.ts';
import { renderApp } from '../../render-app.tsx';

const KEY = 'yuelan.positions.v1';
const anchor = { section: null, block: 3, offset: 0, quote: '某段文字', prefix: '' };
const at = '2026-11-01T08:00:00.000Z';

beforeEach(() => {
  localStorage.clear();
  resetPositionsForTests();
});

describe('continue reading', () => {
  test('the home page lists documents part-way read, newest first, with how far; finished and gone ones are left out', async () => {
    const [first, second, third] = LIBRARY;
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { doc: second!.id, title: '旧标题', anchor, percent: 40, at },
        { doc: first!.id, title: first!.title, anchor, percent: 99, at },
        { doc: 'gone', title: '已删除的文档', anchor, percent: 10, at },
        { doc: third!.id, title: third!.title, anchor: { block: 'x' }, percent: 5, at },
        { doc: third!.id, title: third!.title, anchor, percent: 12, at },
      ]),
    );
    renderApp('/', LIBRARY);
    const row = await screen.findByRole('region', { name: '继续阅读' });
    const links = within(row).getAllByRole('link');
    // The library's current title, not the one kept with the place.
    expect(links.map((a) => a.textContent)).toEqual([`${second!.title}已读 40%`, `${third!.title}已读 12%`]);
    expect(links[0]?.getAttribute('href')).toBe(`/doc/${second!.id}`);
  });

  test('no row without a place kept, nor while the library is filtered', async () => {
    renderApp('/', LIBRARY);
    await screen.findByRole('list', { name: '文档列表' });
    expect(screen.queryByRole('region', { name: '继续阅读' })).toBeNull();
    localStorage.setItem(KEY, JSON.stringify([{ doc: LIBRARY[0]!.id, title: 't', anchor, percent: 30, at }]));
    resetPositionsForTests();
    renderApp(`/?tag=${encodeURIComponent(LIBRARY[0]!.tags[0] ?? '')}`, LIBRARY);
    await screen.findAllByRole('list', { name: '文档列表' });
    expect(screen.queryByRole('region', { name: '继续阅读' })).toBeNull();
  });
});
