import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { getBookmarks, resetBookmarksForTests } from '../../../../src/app/features/bookmarks/bookmarks-store.ts';
import { SCHEMA_VERSION } from '../../../../src/shared/bundle-schema.ts';
import { LIBRARY } from '../../../fixtures/docs/make-doc.ts';
import { renderApp } from '../../render-app.tsx';

const KEY = 'yuelan.bookmarks.v1';
const titles = () =>
  within(screen.getByRole('list', { name: '文档列表' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);

beforeEach(() => {
  localStorage.clear();
  resetBookmarksForTests();
});

describe('reading list', () => {
  test('a document’s 收藏 button adds it to the list and takes it away again', async () => {
    const user = userEvent.setup();
    const doc = LIBRARY[0]!;
    renderApp(`/doc/${doc.id}`, LIBRARY, [
      { schemaVersion: SCHEMA_VERSION, id: doc.id, kind: 'article', html: '<p>正文</p>' },
    ]);
    const button = screen.getByRole('button', { name: /收藏/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(getBookmarks()).toMatchObject([{ doc: doc.id, section: null, title: doc.title }]);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '[]')).toHaveLength(1);
    await user.click(button);
    expect(getBookmarks()).toEqual([]);
  });

  test('the library keeps to the reading list with ?saved=1, with its report sections listed apart', async () => {
    const user = userEvent.setup();
    const [first, , third] = LIBRARY;
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { doc: first!.id, section: null, title: first!.title, sectionTitle: null, added: '2026-01-01T00:00:00Z' },
        {
          doc: third!.id,
          section: 's-1-2',
          title: third!.title,
          sectionTitle: '第二节',
          added: '2026-01-02T00:00:00Z',
        },
        { doc: 42, title: 'not a bookmark' },
      ]),
    );
    const app = renderApp('/?saved=1', LIBRARY);
    expect(titles()).toHaveLength(2);
    expect(titles()).toEqual(expect.arrayContaining([first!.title, third!.title]));
    expect(screen.getByText(`2 / ${LIBRARY.length} 篇`)).toBeTruthy();
    const sections = screen.getByRole('region', { name: '收藏的章节' });
    expect(within(sections).getByRole('link', { name: '第二节' }).getAttribute('href')).toBe(`/doc/${third!.id}#s-1-2`);
    const box = screen.getByRole('checkbox', { name: /只看收藏（2）/ });
    await user.click(box);
    expect(app.search()).toBe('');
    expect(titles()).toHaveLength(LIBRARY.length);
  });
});
