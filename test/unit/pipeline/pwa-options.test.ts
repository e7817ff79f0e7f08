import { describe, expect, test } from 'vitest';
import { pwaOptions, REMOTE_IMAGE_ENTRIES } from '../../../src/pipeline/pwa-options.ts';

describe('pipeline/pwa-options', () => {
  const workbox = pwaOptions('/reader/').workbox;

  test('remote images are kept bounded: opaque responses count about 7 MB each against the quota', () => {
    const images = workbox?.runtimeCaching?.find((route) => route.options?.cacheName === 'yuelan-remote-images');
    expect(REMOTE_IMAGE_ENTRIES).toBeLessThanOrEqual(50);
    expect(images?.options?.expiration).toMatchObject({ maxEntries: REMOTE_IMAGE_ENTRIES, purgeOnQuotaError: true });
  });

  test("navigations fall back to the shell only on the app's own routes, under the site's base", () => {
    const allowlist = workbox?.navigateFallbackAllowlist ?? [];
    expect(allowlist.some((pattern) => pattern.test('/reader/doc/abc'))).toBe(true);
    expect(allowlist.some((pattern) => pattern.test('/reader/sw.js'))).toBe(false);
    expect(allowlist.some((pattern) => pattern.test('/doc/abc'))).toBe(false);
  });
});
