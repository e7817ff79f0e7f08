import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, test } from 'vitest';
import { lazyPage } from '../../../src/app/lib/lazy-page.ts';

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
});
