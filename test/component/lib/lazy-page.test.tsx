import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, test } from 'vitest';
import { lazyOptional, lazyPage } from '../../../src/app/lib/lazy-page.ts';

const Page = ({ name }: { name: string }) => <p>page {name}</p>;

describe('app/lib/lazy-page', () => {
  test('a preloaded page renders in the very first render, with no fallback in between', async () => {
    const LazyPage = lazyPage(() => Promise.resolve(Page));
    await LazyPage.preload();
    const { container } = render(
      <Suspense fallback={<p>loading</p>}>
        <LazyPage name="a" />
      </Suspense>,
    );
    expect(container.textContent).toBe('page a');
  });

  test('a page not yet loaded suspends, then shows; a failed load can be tried again', async () => {
    let attempts = 0;
    const LazyPage = lazyPage(() => {
      attempts++;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Page);
    });
    await expect(LazyPage.preload()).rejects.toThrow('offline');
    render(
      <Suspense fallback={<p>loading</p>}>
        <LazyPage name="b" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('page b')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  test('an optional part whose code cannot load renders nothing, and the page around it stays', async () => {
    const Part = lazyOptional<{ name: string }>(() => Promise.reject(new Error('offline')));
    const Loaded = lazyOptional<{ name: string }>(() => Promise.resolve(Page));
    render(
      <main>
        <h1>the page</h1>
        <Suspense fallback={<p>loading</p>}>
          <Part name="part" />
          <Loaded name="c" />
        </Suspense>
      </main>,
    );
    expect(await screen.findByText('page c')).toBeTruthy();
    expect(screen.getByRole('main').textContent).toBe('the pagepage c');
  });
});
