import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/shared/bundle-schema.ts';
import { resetSettingsForTests, updateSettings } from '../../../src/app/features/settings/settings-store.ts';
import { LIBRARY, makeDoc } from '../../fixtures/docs/make-doc.ts';
import { renderApp } from '../render-app.tsx';

const article = makeDoc({
  id: 'x',
  title: '<b>标题</b>',
  source: '快科技',
  author: '张三',
  tags: ['美国', '商汤科技'],
  date: '2021-12-11T12:56:59+00:00',
  readingMinutes: 3,
  charCount: 1234,
  originalUrl: 'https://news.example.com/a',
});
const chunk = {
  schemaVersion: SCHEMA_VERSION,
  id: 'x',
  kind: 'article' as const,
  html: '<p>第一段<img src="https://i.example/a.jpg" alt="配图" width="600" height="400" onerror="window.__xss=1"></p><script>window.__xss=1</script>',
};

/** The body loads its code lazily (the sanitizer comes with it): wait for it. */
function bodyImage(container: HTMLElement): Promise<HTMLImageElement> {
  return waitFor(() => {
    const img = container.querySelector<HTMLImageElement>('.reader-prose img');
    if (!img) throw new Error('the body is not there yet');
    return img;
  });
}

const bodyOf = (id: string) => ({ schemaVersion: SCHEMA_VERSION, id, kind: 'article' as const, html: '<p>正文</p>' });

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetSettingsForTests();
});

describe('app/routes/document', () => {
  test('shows the title as text and a meta line with source, author, date and reading time', () => {
    renderApp('/doc/x', [article], [chunk]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<b>标题</b>');
    const meta = screen.getByLabelText('文章信息');
    expect(meta.textContent).toContain('快科技');
    expect(meta.textContent).toContain('作者：张三');
    expect(meta.textContent).toContain('2021年12月11日');
    expect(meta.textContent).toContain('约 3 分钟');
  });

  test('links tags back to the library filtered by that tag and the original to a new tab', () => {
    renderApp('/doc/x', [article], [chunk]);
    expect(
      within(screen.getByRole('list', { name: '标签' }))
        .getByRole('link', { name: '#美国' })
        .getAttribute('href'),
    ).toBe('/?tag=%E7%BE%8E%E5%9B%BD');
    const original = screen.getByRole('link', { name: /查看原文/ });
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  test('renders the body sanitized, with lazy, no-referrer images', async () => {
    const { container } = renderApp('/doc/x', [article], [chunk]);
    const img = await bodyImage(container);
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img?.hasAttribute('onerror')).toBe(false);
    expect(container.querySelector('script')).toBeNull();
  });

  test('with remote images off, shows the alt text and a button that loads the image', async () => {
    updateSettings({ loadImages: false });
    const user = userEvent.setup();
    const { container } = renderApp('/doc/x', [article], [chunk]);
    const img = await bodyImage(container);
    expect(img.getAttribute('src')).toBeNull();
    expect(img.hidden).toBe(true);
    expect(screen.getByText('配图')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '加载图片' }));
    expect(img.getAttribute('src')).toBe('https://i.example/a.jpg');
    expect(img.hidden).toBe(false);
  });

  test('replaces an image that fails to load with its alt text and a retry', async () => {
    const { container } = renderApp('/doc/x', [article], [chunk]);
    const img = await bodyImage(container);
    img.dispatchEvent(new Event('error'));
    expect(img.hidden).toBe(true);
    expect(screen.getByRole('button', { name: '重新加载图片' })).toBeTruthy();
    // In the image's place at the image's size: the text below does not move.
    const box = img.nextElementSibling as HTMLElement;
    expect(box.style.aspectRatio).toBe('600 / 400');
    expect(box.style.width).toBe('600px');
  });

  test('offers the previous and next document in the library order, under the text', async () => {
    renderApp('/doc/c', LIBRARY, [bodyOf('c')]);
    const pager = await screen.findByRole('navigation', { name: '上一篇与下一篇' });
    expect(
      within(pager)
        .getByRole('link', { name: /上一篇/ })
        .getAttribute('href'),
    ).toBe('/doc/b');
    expect(
      within(pager)
        .getByRole('link', { name: /下一篇/ })
        .getAttribute('href'),
    ).toBe('/doc/a');
  });

  test('follows the filtered order the reader last browsed', async () => {
    sessionStorage.setItem('yuelan.library-search.v1', JSON.stringify('source=%E5%BF%AB%E7%A7%91%E6%8A%80'));
    renderApp('/doc/c', LIBRARY, [bodyOf('c')]);
    const pager = await screen.findByRole('navigation', { name: '上一篇与下一篇' });
    expect(within(pager).queryByRole('link', { name: /上一篇/ })).toBeNull();
    expect(
      within(pager)
        .getByRole('link', { name: /下一篇/ })
        .getAttribute('href'),
    ).toBe('/doc/a');
  });

  test('shows a not-found page that links home for an unknown id', async () => {
    renderApp('/doc/nope', LIBRARY, []);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('找不到这个页面');
    expect(screen.getByRole('link', { name: '回到文库首页' }).getAttribute('href')).toBe('/');
  });
});
