import { useMemo, useRef } from 'react';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { LibraryEntry } from './library-entry.tsx';
import { useWindowRows } from './use-window-rows.ts';
import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';

export type VirtualDocumentListProps = { docs: readonly DocMeta[]; onTag: (tag: string) => void };

const ESTIMATED_ROW = 150;

/** Only the rows near the viewport are in the DOM, so thousands of documents stay fast. */
export function VirtualDocumentList({ docs, onTag }: VirtualDocumentListProps) {
  const m = useMessages(library);
  const listRef = useRef<HTMLUListElement>(null);
  const keys = useMemo(() => docs.map((doc) => doc.id), [docs]);
  const { rows, padTop, padBottom, measure } = useWindowRows(keys, ESTIMATED_ROW, listRef);
  return (
    // The list keeps the reader's place itself when rows above change height: the browser's own
    // scroll anchoring would correct a second time.
    <ul
      ref={listRef}
      aria-label={m.documentList}
      className="[overflow-anchor:none]"
      style={{ paddingTop: padTop, paddingBottom: padBottom }}
    >
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
            className="border-b border-stone-200 dark:border-stone-800"
          >
            <LibraryEntry doc={doc} onTag={onTag} />
          </li>
        );
      })}
    </ul>
  );
}
