import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { LIBRARY } from '../../../fixtures/docs/make-doc.ts';
import { renderApp } from '../../render-app.tsx';

const titles = () =>
  within(screen.getByRole('list', { name: '文档列表' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);
const bars = () => within(screen.getByRole('toolbar', { name: '按月筛选' })).getAllByRole('button');

describe('timeline', () => {
  test('one bar per month from the first to the last, with the counts of the current filter', async () => {
    const user = userEvent.setup();
    renderApp('/', LIBRARY);
    // August 2020 to May 2022, empty months included.
    expect(bars()).toHaveLength(22);
    expect(screen.getByRole('button', { name: '2022年4月：1 篇' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '2021年1月：0 篇' })).toBeTruthy();
    await user.click(within(screen.getByRole('group', { name: '标签' })).getByRole('checkbox', { name: /美国/ }));
    expect(screen.getByRole('button', { name: '2022年4月：0 篇' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '2022年5月：1 篇' })).toBeTruthy();
  });

  test('a bar filters the library to its month, in the URL, and again clears it', async () => {
    const user = userEvent.setup();
    const app = renderApp('/', LIBRARY);
    await user.click(screen.getByRole('button', { name: '2022年4月：1 篇' }));
    expect(titles()).toEqual(['丙']);
    expect(new URLSearchParams(app.search()).get('month')).toBe('2022-04');
    expect(screen.getByRole('button', { name: '2022年4月：1 篇' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '移除筛选 月份：2022年4月' })).toBeTruthy();
    // The other months keep their counts, to move to one of them.
    expect(screen.getByRole('button', { name: '2022年5月：1 篇' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '2022年4月：1 篇' }));
    expect(titles()).toHaveLength(LIBRARY.length);
  });

  test('one tab stop, arrow keys between the months; the figures as a table too', async () => {
    const user = userEvent.setup();
    renderApp('/', LIBRARY);
    const all = bars();
    expect(all.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    all.at(-1)?.focus();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('2022年4月：1 篇');
    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('2020年8月：1 篇');
    const table = screen.getByRole('table', { name: '每月文档数' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['2020年8月1', '2021年12月1', '2022年4月1', '2022年5月1']);
  });
});
