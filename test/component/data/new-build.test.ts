import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fetchJson, FetchError } from '../../../src/app/data/fetch-json.ts';
import { reloadForNewBuild } from '../../../src/app/data/new-build.ts';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('a tab left open across a new deployment', () => {
  test('reloads once onto the new build when a content-hashed file of its own build is gone', () => {
    const reload = vi.fn();
    expect(reloadForNewBuild('/data/docs/a-1234567.json', reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // Missing from the new build as well: reported, not reloaded for ever.
    expect(reloadForNewBuild('/data/docs/a-1234567.json', reload)).toBe(false);
    expect(reloadForNewBuild('/reader/data/search/meta-89abcde.json', reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  test('never for the manifest or other files, which are not content-hashed', () => {
    const reload = vi.fn();
    expect(reloadForNewBuild('/data/manifest.json', reload)).toBe(false);
    expect(reloadForNewBuild('/highlights', reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  test("a host that answers a missing file with the app's page (200, HTML) counts as missing", async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } })),
    );
    sessionStorage.setItem('yuelan.reloaded-for', JSON.stringify(['/data/docs/gone.json']));
    await expect(fetchJson('/data/docs/gone.json')).rejects.toMatchObject({ kind: 'http', status: 404 });
  });

  test('a missing chunk that a reload already tried is an error the page can show', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('not found', { status: 404 })));
    sessionStorage.setItem('yuelan.reloaded-for', JSON.stringify(['/data/docs/gone.json']));
    await expect(fetchJson('/data/docs/gone.json')).rejects.toBeInstanceOf(FetchError);
    await expect(fetchJson('/data/manifest.json')).rejects.toMatchObject({ kind: 'http', status: 404 });
  });
});
