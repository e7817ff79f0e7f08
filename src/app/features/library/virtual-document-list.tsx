import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { LibraryEntry } from './library-entry.tsx';

export type VirtualDocumentListProps = { docs: readonly DocMeta[]; viewKey: string; onTag: (tag: string) => void };

// Measured row heights survive a visit to a document, so the list has its real height at once
// when the reader comes back and the scroll position can be restored exactly.
const measurements = new Map<string, VirtualItem[]>();
const ESTIMATED_ROW = 150;

/** Only the rows near the viewport are in the DOM, so thousands of documents stay fast. */
export function VirtualDocumentList({ docs, viewKey, onTag }: VirtualDocumentListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(listRef.current?.offsetTop ?? 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: docs.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
    scrollMargin: offset,
    initialMeasurementsCache: measurements.get(viewKey) ?? [],
    getItemKey: (index) => docs[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  useLayoutEffect(() => {
    measurements.set(viewKey, virtualizer.measurementsCache);
  });
  return (
    <ul ref={listRef} aria-label="文档列表" className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const doc = docs[item.index];
        if (!doc) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={docs.length}
            aria-posinset={item.index + 1}
            className="absolute top-0 left-0 w-full border-b border-stone-200 dark:border-stone-800"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <LibraryEntry doc={doc} onTag={onTag} />
          </li>
        );
      })}
    </ul>
  );
}
