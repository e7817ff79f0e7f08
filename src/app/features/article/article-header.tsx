import { Link } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { formatDate } from '../../lib/format-date.ts';
import { paths } from '../../paths.ts';
import { BookmarkButton } from '../bookmarks/bookmark-button.tsx';
import { EmbedButton } from '../embed/embed-button.tsx';

export type ArticleHeaderProps = { meta: DocMeta };

const HTTP_URL = /^https?:\/\//i;

export function ArticleHeader({ meta }: ArticleHeaderProps) {
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
      <p className="mt-3 flex flex-wrap gap-x-2 text-sm text-stone-600 dark:text-stone-400" aria-label="文章信息">
        <span lang="zh-CN">{meta.source ?? '来源不详'}</span>
        {author ? (
          <>
            <span aria-hidden="true">·</span>
            <span lang="zh-CN">作者：{author}</span>
          </>
        ) : null}
        <span aria-hidden="true">·</span>
        <time dateTime={meta.date ?? undefined}>{formatDate(meta.date, meta.year)}</time>
        <span aria-hidden="true">·</span>
        <span>
          {meta.charCount.toLocaleString('zh-CN')} 字，约 {meta.readingMinutes} 分钟
        </span>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        {meta.tags.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="标签">
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
            查看原文 <span aria-hidden="true">↗</span>
          </a>
        ) : null}
      </div>
    </header>
  );
}
