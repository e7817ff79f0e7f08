import { Link } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { RemoteImage } from '../../components/remote-image.tsx';
import { formatDate } from '../../lib/format.ts';
import { paths } from '../../paths.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

export type LibraryEntryProps = { doc: DocMeta; onTag: (tag: string) => void };

export function LibraryEntry({ doc, onTag }: LibraryEntryProps) {
  const m = useMessages(shell);
  return (
    <article className="flex gap-4 py-4" aria-labelledby={`entry-${doc.id}`}>
      <div className="min-w-0 flex-1">
        <h2 id={`entry-${doc.id}`} className="text-lg leading-snug font-medium [overflow-wrap:anywhere]">
          {doc.kind === 'report' ? (
            <span className="mr-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-normal text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              {m.report}
            </span>
          ) : null}
          <Link
            to={paths.document.href(doc.id)}
            lang="zh-CN"
            className="text-stone-900 hover:text-red-800 hover:underline dark:text-stone-100 dark:hover:text-red-300"
          >
            {doc.title}
          </Link>
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          <span lang={doc.source ? 'zh-CN' : undefined}>{doc.source ?? m.sourceUnknown}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={doc.date ?? undefined}>{formatDate(doc.date, doc.year)}</time>
          <span aria-hidden="true"> · </span>
          <span>{m.minutes(doc.readingMinutes)}</span>
        </p>
        {doc.excerpt ? (
          <p lang="zh-CN" className="mt-1.5 line-clamp-2 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
            {doc.excerpt}
          </p>
        ) : null}
        {doc.tags.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={m.tags}>
            {doc.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  onClick={() => onTag(tag)}
                  lang="zh-CN"
                  className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700 hover:bg-stone-200 dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700"
                >
                  #{tag}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {doc.cover ? (
        <RemoteImage src={doc.cover} alt="" className="aspect-[4/3] w-24 shrink-0 self-start sm:w-32" />
      ) : null}
    </article>
  );
}
