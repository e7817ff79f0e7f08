import { afterEach, describe, expect, test, vi } from 'vitest';
import { saveLibrary } from '../../../../src/app/features/offline/save-library.ts';
import { resetKeepStorageForTests } from '../../../../src/app/lib/persist-storage.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('app/features/offline/save-library', () => {
  test('fetches every file once and reports progress', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response('{}'));
    });
    const progress: number[] = [];
    await saveLibrary(
      ['docs/a.json', 'docs/b.json', 'search/index.json'],
      (done) => progress.push(done),
      new AbortController().signal,
    );
    expect(fetched.sort()).toEqual(['/data/docs/a.json', '/data/docs/b.json', '/data/search/index.json']);
    expect(progress).toEqual([1, 2, 3]);
  });

  test('saving the library asks the browser to keep it when storage runs short', async () => {
    resetKeepStorageForTests();
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: () => Promise.resolve(false) } });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    await saveLibrary(['docs/a.json'], () => {}, new AbortController().signal);
    await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
  });

  test('stops when cancelled, keeping what was saved', async () => {
    const controller = new AbortController();
    let calls = 0;
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      calls++;
      if (calls === 2) controller.abort();
      return new Promise<Response>((resolve, reject) => {
        if (init.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
        else resolve(new Response('{}'));
      });
    });
    const files = Array.from({ length: 40 }, (_, i) => `docs/${i}.json`);
    const progress: number[] = [];
    await expect(saveLibrary(files, (done) => progress.push(done), controller.signal)).rejects.toThrow();
    expect(calls).toBeLessThan(10);
    expect(progress.length).toBeLessThan(files.length);
  });
});
