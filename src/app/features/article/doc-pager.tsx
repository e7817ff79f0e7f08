import { Link } from 'react-router';
import { paths } from '../../paths.ts';
import type { Neighbours } from './use-neighbours.ts';
import { useMessages } from '../../i18n/messages.ts';
import { docPage } from '../../i18n/zh/doc-page.ts';

export function DocPager({ previous, next }: Neighbours) {
  const m = useMessages(docPage);
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={m.pager}
      className="mt-10 grid gap-3 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-800"
    >
      {previous ? (
        <Link
          to={paths.document.href(previous.id)}
          rel="prev"
          className="rounded-md border border-stone-200 p-3 hover:border-red-300 dark:border-stone-800"
        >
          <span className="block text-xs text-stone-500 dark:text-stone-400">{m.previous}</span>
          <span lang="zh-CN" className="line-clamp-2">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          to={paths.document.href(next.id)}
          rel="next"
          className="rounded-md border border-stone-200 p-3 text-right hover:border-red-300 dark:border-stone-800"
        >
          <span className="block text-xs text-stone-500 dark:text-stone-400">{m.next}</span>
          <span lang="zh-CN" className="line-clamp-2">
            {next.title}
          </span>
        </Link>
      ) : null}
    </nav>
  );
}
