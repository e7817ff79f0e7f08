import { useMemo, useRef } from 'react';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { LibraryEntry } from './library-entry.tsx';
import { useWindowRows } from './use-window-rows.ts';

export type VirtualDocumentListProps = { docs: readonly DocMeta[]; onTag: (tag: string) => void };

const ESTIMATED_ROW = 150;

/** Only the rows near the viewport are in the DOM, so thousands of documents stay fast. */
export function VirtualDocumentList({ docs, onTag }: VirtualDocumentListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const keys = useMemo(() => docs.map((doc) => doc.id), [docs]);
  const { rows, totalHeight, measure } = useWindowRows(keys, ESTIMATED_ROW, listRef);
  return (
    <ul ref={listRef} aria-label="文档列表" className="relative" style={{ height: totalHeight }}>
      {rows.map((row) => {
        const doc = docs[row.index];
        if (!doc) return null;
        return (
          <li
            key={row.key}
            data-key={row.key}
            ref={measure}
            aria-setsize={docs.length}
            aria-posinset={row.index + 1}
            className="absolute top-0 left-0 w-full border-b border-stone-200 dark:border-stone-800"
            style={{ transform: `translateY(${row.top}px)` }}
          >
            <LibraryEntry doc={doc} onTag={onTag} />
          </li>
        );
      })}
    </ul>
  );
}
