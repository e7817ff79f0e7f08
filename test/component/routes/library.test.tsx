import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { docKeys } from '../../../src/app/data/queries.ts';
import { MANIFEST_PAGE_SIZE, SCHEMA_VERSION } from '../../../src/shared/bundle-schema.ts';
import { LIBRARY, makeDoc } from '../../fixtures/docs/make-doc.ts';
import { clientWithLibrary, renderApp } from '../render-app.tsx';

const titles = () =>
  within(screen.getByRole('list', { name: '文档列表' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);
const checkbox = (group: string, value: string) =>
  within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name: new RegExp(value) });

describe('app/routes/library', () => {
  test('lists every document with source, date, tags and reading time, newest first', () => {
    renderApp('/', LIBRARY);
    expect(titles()).toEqual(['乙', '丙', '甲', '报告报告', '丁']);
    const first = screen.getAllByRole('article')[0]!;
    expect(first.textContent).toContain('ZAKER');
    expect(first.textContent).toContain('2022年5月5日');
    expect(first.textContent).toContain('#美国');
    expect(first.textContent).toContain('约 1 分钟');
  });

  test('shows each facet value with the count it would give', () => {
    renderApp('/', LIBRARY);
    const tags = screen.getByRole('group', { name: '标签' });
    expect(within(tags).getByText('美国').closest('label')?.textContent).toBe('美国2');
    expect(
      within(screen.getByRole('group', { name: '类型' }))
        .getByText('报告')
        .closest('label')?.textContent,
    ).toBe('报告1');
  });

  test('ORs values of one facet, ANDs facets, and writes both to the URL', async () => {
    const user = userEvent.setup();
    const app = renderApp('/', LIBRARY);
    await user.click(checkbox('来源', '快科技'));
    expect(titles()).toEqual(['丙', '甲']);
    await user.click(checkbox('来源', '法广'));
    expect(titles()).toEqual(['丙', '甲', '丁']);
    await user.click(checkbox('年份', '2022'));
    expect(titles()).toEqual(['丙']);
    expect(new URLSearchParams(app.search()).getAll('source')).toEqual(['快科技', '法广']);
    expect(new URLSearchParams(app.search()).get('year')).toBe('2022');
    expect(screen.getByText('1 / 5 篇')).toBeTruthy();
  });

  test('restores the view from the URL and shows removable chips with clear all', async () => {
    const user = userEvent.setup();
    const app = renderApp('/?tag=%E7%BE%8E%E5%9B%BD&sort=oldest', LIBRARY);
    expect(titles()).toEqual(['甲', '乙']);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '排序' }).value).toBe('oldest');
    await user.click(screen.getByRole('button', { name: '移除筛选 标签：美国' }));
    expect(titles()).toHaveLength(5);
    expect(app.search()).toBe('?sort=oldest');
    await user.click(checkbox('标签', '经济'));
    await user.click(screen.getByRole('button', { name: '清除全部' }));
    expect(app.search()).toBe('?sort=oldest');
  });

  test('ignores unknown values in the URL with a notice', () => {
    renderApp('/?tag=%E4%B8%8D%E5%AD%98%E5%9C%A8&year=2020', LIBRARY);
    expect(screen.getByText(/已忽略/).textContent).toContain('tag=不存在');
    expect(titles()).toEqual(['丁']);
  });

  test('says when nothing matches and offers to drop the last filter', async () => {
    const user = userEvent.setup();
    const app = renderApp('/?tag=%E7%BB%8F%E6%B5%8E&year=2020', LIBRARY);
    expect(screen.getByText('没有符合这些条件的文档。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /去掉最后一个条件（年份：2020年）/ }));
    expect(app.search()).toBe('?tag=%E7%BB%8F%E6%B5%8E');
    expect(titles()).toEqual(['丙']);
  });

  test('filters by a tag clicked on an entry', async () => {
    const user = userEvent.setup();
    const app = renderApp('/', LIBRARY);
    await act(async () => {
      await user.click(within(screen.getAllByRole('article')[2]!).getByRole('button', { name: '#商汤科技' }));
    });
    expect(new URLSearchParams(app.search()).get('tag')).toBe('商汤科技');
    expect(titles()).toEqual(['甲']);
  });

  describe('a library larger than one page of the manifest', () => {
    // Newest first, as the build orders them: one day apart, every third one tagged 经济.
    const big = Array.from({ length: MANIFEST_PAGE_SIZE + 345 }, (_, i) =>
      makeDoc({
        id: `d${i}`,
        title: `第${i}篇`,
        date: new Date(Date.UTC(2024, 0, 1) - i * 86_400_000).toISOString(),
        year: new Date(Date.UTC(2024, 0, 1) - i * 86_400_000).getUTCFullYear(),
        tags: i % 3 === 0 ? ['经济'] : [],
      }),
    );

    test('shows its first page at once, with the whole library’s size and counts, while the rest loads', () => {
      renderApp('/', big, [], { pagesLoaded: false });
      expect(screen.getByText(`共 ${big.length.toLocaleString('zh-CN')} 篇`)).toBeTruthy();
      expect(titles()[0]).toBe('第0篇');
      expect(checkbox('标签', '经济').closest('label')?.textContent).toBe(`经济${Math.ceil(big.length / 3)}`);
      expect(screen.getByText('正在载入其余 345 篇…').getAttribute('role')).toBe('status');
    });

    test('a filter waits for the rest, then shows matches from every page', async () => {
      const client = clientWithLibrary(big, { pagesLoaded: false });
      const app = renderApp('/?tag=%E7%BB%8F%E6%B5%8E', big, [], { client });
      expect(
        screen
          .getByText(`正在载入全部 ${big.length.toLocaleString('zh-CN')} 篇文档，以便筛选和排序…`)
          .getAttribute('role'),
      ).toBe('status');
      expect(screen.queryByRole('list', { name: '文档列表' })).toBeNull();
      await act(async () => {
        client.setQueryData(docKeys.manifest(), {
          schemaVersion: SCHEMA_VERSION,
          documents: big,
          search: null,
          dataBytes: 0,
        });
        await Promise.resolve();
      });
      expect(
        await screen.findByText(`${Math.ceil(big.length / 3)} / ${big.length.toLocaleString('zh-CN')} 篇`),
      ).toBeTruthy();
      expect(titles()[0]).toBe('第0篇');
      expect(app.search()).toBe('?tag=%E7%BB%8F%E6%B5%8E');
    });
  });
});
