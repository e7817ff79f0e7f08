import { describe, expect, test } from 'vitest';
import { mapLimited } from '../../../src/pipeline/map-limited.ts';

describe('pipeline/map-limited', () => {
  test('gives results in the items’ order, whatever order the calls finish in', async () => {
    const delays = [30, 0, 20, 5, 10, 0, 25];
    const results = await mapLimited(delays, 3, async (ms, i) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${i}:${ms}`;
    });
    expect(results).toEqual(delays.map((ms, i) => `${i}:${ms}`));
  });

  test('never has more than `limit` calls running, and uses all of them', async () => {
    let running = 0;
    let most = 0;
    await mapLimited(
      Array.from({ length: 40 }, (_, i) => i),
      4,
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
    );
    expect(most).toBe(4);
  });

  test('an empty list gives an empty list, and a failure rejects', async () => {
    expect(await mapLimited([], 8, () => Promise.resolve(1))).toEqual([]);
    await expect(
      mapLimited([1, 2], 2, (n) => (n === 2 ? Promise.reject(new Error('no')) : Promise.resolve(n))),
    ).rejects.toThrow('no');
  });
});
