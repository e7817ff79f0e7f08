import { Link } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { paths } from '../../paths.ts';
import { BookmarkButton } from '../bookmarks/bookmark-button.tsx';
import { EmbedButton } from '../embed/embed-button.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { reader } from '../../i18n/zh/reader.ts';
import { shell } from '../../i18n/zh/shell.ts';

export type ArticleHeaderProps = { meta: DocMeta };

const HTTP_URL = /^https?:\/\//i;

export function ArticleHeader({ meta }: ArticleHeaderProps) {
  const m = useMessages(reader);
  const s = useMessages(shell);
  const author = meta.author && meta.author !== meta.source ? meta.author : null;
  return (
    <header className="mb-6">
      <h1
        id="doc-title"
        lang="zh-CN"
        className="text-2xl leading-snug font-semibold [overflow-wrap:anywhere] md:text-3xl"
      >
        {meta.title}
      </h1>
      <p className="mt-3 flex flex-wrap gap-x-2 text-sm text-stone-600 dark:text-stone-400" aria-label={m.details}>
        <span lang={meta.source ? 'zh-CN' : undefined}>{meta.source ?? s.sourceUnknown}</span>
        {author ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{m.author(author)}</span>
          </>
        ) : null}
        <span aria-hidden="true">·</span>
        <time dateTime={meta.date ?? undefined}>{formatDate(meta.date, meta.year)}</time>
        <span aria-hidden="true">·</span>
        <span>{m.length(formatNumber(meta.charCount), meta.readingMinutes)}</span>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        {meta.tags.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5" aria-label={s.tags}>
            {meta.tags.map((tag) => (
              <li key={tag}>
                <Link
                  to={{ pathname: paths.home.href(), search: `?${new URLSearchParams({ tag }).toString()}` }}
                  lang="zh-CN"
                  className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700 hover:bg-stone-200 dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700"
                >
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <BookmarkButton doc={meta.id} section={null} title={meta.title} sectionTitle={null} />
        <EmbedButton id={meta.id} title={meta.title} />
        {meta.originalUrl && HTTP_URL.test(meta.originalUrl) ? (
          <a
            href={meta.originalUrl}
            target="_blank"
            rel="noopener noreferrer nofollow"
            referrerPolicy="no-referrer"
            className="text-red-800 underline dark:text-red-300"
          >
            {m.original} <span aria-hidden="true">↗</span>
          </a>
        ) : null}
      </div>
    </header>
  );
}
