import { Link } from 'react-router';
import { paths } from '../../paths.ts';
import type { Bookmark } from './bookmarks-store.ts';
import { useMessages } from '../../i18n/messages.ts';
import { library } from '../../i18n/zh/library.ts';

/** The report sections in the reading list, each a link to its place in its report. */
export function SavedSections({ sections }: { sections: readonly Bookmark[] }) {
  const m = useMessages(library);
  return (
    <section
      aria-labelledby="saved-sections-title"
      className="mb-4 rounded-lg border border-stone-200 p-3 dark:border-stone-800"
    >
      <h2 id="saved-sections-title" className="mb-2 text-sm font-semibold">
        {m.savedSections}
      </h2>
      <ul className="space-y-1 text-sm">
        {sections.map((b) => (
          <li key={`${b.doc}#${b.section ?? ''}`}>
            <Link
              to={{ pathname: paths.document.href(b.doc), hash: b.section ?? '' }}
              lang="zh-CN"
              className="text-red-800 hover:underline dark:text-red-300"
            >
              {b.sectionTitle}
            </Link>
            <span lang="zh-CN" className="text-stone-500 dark:text-stone-400">
              {' '}
              · {b.title}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
