/**
 * fn over items with at most `limit` calls at a time, results in the items' order. Reading or
 * writing a hundred thousand small files one after another leaves the disk idle between them;
 * an unbounded Promise.all would open them all at once and run out of file handles.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
