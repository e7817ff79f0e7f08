import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';

/** Rows drawn beyond the viewport's edges, so a quick scroll does not show blank space. */
const OVERSCAN_PX = 800;

/**
 * Row heights measured at one list width, by row key. Kept across visits (a document opened and
 * closed again) so the list has its real height at once and Back restores the exact position.
 */
const measured = { width: 0, heights: new Map<string, number>() };

export type WindowRow = { index: number; key: string; top: number };

export type WindowRows = {
  rows: WindowRow[];
  /** Space for the rows not drawn above and below the drawn ones, which sit in normal flow. */
  padTop: number;
  padBottom: number;
  /** Give each drawn row's element to this (a ref callback); its height is then measured. */
  measure: (element: HTMLElement | null) => void;
};

/** Where each row starts (and, last, where the list ends): measured heights, else the estimate. */
export function rowOffsets(
  keys: readonly string[],
  heights: ReadonlyMap<string, number>,
  estimate: number,
): Float64Array {
  const sums = new Float64Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) sums[i + 1] = (sums[i] ?? 0) + (heights.get(keys[i] ?? '') ?? estimate);
  return sums;
}

/** The rows that overlap [top, bottom], found by binary search: fast at 100,000 rows. */
export function rowsBetween(offsets: Float64Array, keys: readonly string[], top: number, bottom: number): WindowRow[] {
  const count = keys.length;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((offsets[mid + 1] ?? 0) <= top) low = mid + 1;
    else high = mid;
  }
  const rows: WindowRow[] = [];
  for (let index = low; index < count; index++) {
    const rowTop = offsets[index] ?? 0;
    if (rowTop > bottom) break;
    rows.push({ index, key: keys[index] ?? String(index), top: rowTop });
  }
  return rows;
}

function viewport() {
  return { scrollY: window.scrollY, height: window.innerHeight };
}

/**
 * A list virtualized against the window's scroll: only rows near the viewport are drawn, in normal
 * flow between two spacers sized from the rows left out (measured where seen, estimated elsewhere),
 * so the first rows lie exactly where a plain list would put them, before anything is measured. Written
 * for this one list because a general virtualizer cost 9.5 KB gzip of the library's first load.
 */
export function useWindowRows(
  keys: readonly string[],
  estimate: number,
  listRef: RefObject<HTMLElement | null>,
): WindowRows {
  const [view, setView] = useState(viewport);
  const [listTop, setListTop] = useState(0);
  const [version, setVersion] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const place = () => {
      const width = list.clientWidth;
      if (width !== measured.width) {
        // Another width wraps text differently: every measured height is stale.
        measured.width = width;
        measured.heights.clear();
        setVersion((v) => v + 1);
      }
      setListTop(list.getBoundingClientRect().top + window.scrollY);
      setView(viewport());
    };
    place();
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView(viewport()));
    };
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    resize?.observe(list);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      cancelAnimationFrame(frame);
      resize?.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', place);
    };
  }, [listRef]);

  // `version` changes when a height was measured: the offsets must be summed again.
  const offsets = useMemo(() => {
    void version;
    return rowOffsets(keys, measured.heights, estimate);
  }, [keys, estimate, version]);

  // Heights reported by the observer; rows above the viewport that change height move the page
  // by the same amount, so what the reader is looking at stays still.
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            let shift = 0;
            for (const entry of entries) {
              const element = entry.target as HTMLElement;
              const key = element.dataset.key;
              if (key === undefined) continue;
              const height = entry.borderBoxSize[0]?.blockSize ?? element.offsetHeight;
              const before = measured.heights.get(key) ?? estimate;
              if (height === 0 || Math.abs(height - before) < 0.5) continue;
              measured.heights.set(key, height);
              changed = true;
              if (element.getBoundingClientRect().bottom < 0) shift += height - before;
            }
            if (!changed) return;
            if (shift !== 0) window.scrollBy(0, shift);
            setVersion((v) => v + 1);
          }),
    [estimate],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (element) observer?.observe(element);
    },
    [observer],
  );

  const top = view.scrollY - listTop - OVERSCAN_PX;
  const bottom = view.scrollY - listTop + view.height + OVERSCAN_PX;
  const rows = rowsBetween(offsets, keys, top, bottom);
  const first = rows[0]?.index ?? keys.length;
  const end = (rows.at(-1)?.index ?? keys.length - 1) + 1;
  const total = offsets[keys.length] ?? 0;
  return { rows, padTop: offsets[first] ?? 0, padBottom: total - (offsets[end] ?? total), measure };
}
