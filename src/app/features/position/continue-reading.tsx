import { Link } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { paths } from '../../paths.ts';
import { usePositions } from './positions-store.ts';
import { useMessages } from '../../i18n/messages.ts';
import { continueReading } from '../../i18n/zh/continue-reading.ts';

const SHOWN = 4;
/** Read to here, a document counts as finished and leaves the row. */
const FINISHED = 98;

type Props = {
  /** The documents known so far, for their current titles. */
  documents: readonly DocMeta[];
  /** Whether `documents` is the whole library, so a document missing from it is gone. */
  complete: boolean;
};

/** The documents the reader is part-way through, newest first, each opening where they left off. */
export function ContinueReading({ documents, complete }: Props) {
  const positions = usePositions();
  const m = useMessages(continueReading);
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const shown = positions.filter((p) => p.percent < FINISHED && (!complete || byId.has(p.doc))).slice(0, SHOWN);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="continue-reading-title" className="mb-4">
      <h2 id="continue-reading-title" className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">
        {m.title}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.map((p) => (
          <li key={p.doc}>
            <Link
              to={paths.document.href(p.doc)}
              className="block rounded-lg border border-stone-200 px-3 py-2 hover:border-red-800 dark:border-stone-800 dark:hover:border-red-300"
            >
              <span lang="zh-CN" className="line-clamp-1 block text-sm font-medium">
                {byId.get(p.doc)?.title ?? p.title}
              </span>
              <span className="mt-1 flex items-center gap-2 text-xs text-stone-600 dark:text-stone-400">
                <span aria-hidden="true" className="h-1 flex-1 rounded bg-stone-200 dark:bg-stone-700">
                  <span
                    className="block h-full rounded bg-red-700 dark:bg-red-400"
                    style={{ width: `${p.percent}%` }}
                  />
                </span>
                {m.read(p.percent)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
