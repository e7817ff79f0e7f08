import { describe, expect, test } from 'vitest';
import { navigationAllowlist } from '../../../src/shared/routes.ts';

const allowed = (base: string, url: string) => navigationAllowlist(base).some((pattern) => pattern.test(url));

describe('shared/routes', () => {
  test("the service worker answers navigations to the app's routes with the shell", () => {
    for (const url of [
      '/',
      '/index.html',
      '/?tag=%E6%B3%95%E5%B9%BF',
      '/doc/001_273696c2cfa1a6c5',
      '/doc/001_273696c2cfa1a6c5/',
      '/doc/abc/index.html',
      '/embed/abc',
      '/search?q=%E6%95%B0%E5%AD%97',
      '/search/',
      '/highlights',
    ])
      expect(allowed('/', url), url).toBe(true);
  });

  test('and leaves everything else a host serves to the network', () => {
    for (const url of [
      '/sw.js',
      '/manifest.webmanifest',
      '/report.pdf',
      '/data/manifest.json',
      '/other-project/',
      '/other-project/doc/abc',
      '/doc/abc/extra',
      '/doc/',
      '/docs',
      '/searching',
      '/shell.html',
    ])
      expect(allowed('/', url), url).toBe(false);
  });

  test('under a sub-path, only the routes below it', () => {
    expect(allowed('/reader/', '/reader/')).toBe(true);
    expect(allowed('/reader/', '/reader')).toBe(true);
    expect(allowed('/reader/', '/reader/doc/abc')).toBe(true);
    expect(allowed('/reader/', '/doc/abc')).toBe(false);
    expect(allowed('/reader/', '/')).toBe(false);
    expect(allowed('/reader/', '/reader-other/')).toBe(false);
  });
});
