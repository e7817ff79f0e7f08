import { isBookmarked, toggleBookmark, useBookmarks, type Bookmark } from './bookmarks-store.ts';
import { useMessages } from '../../i18n/messages.ts';
import { reader } from '../../i18n/zh/reader.ts';

export type BookmarkButtonProps = Omit<Bookmark, 'added'>;

/** Keeps a document or a report section in the reading list; pressed while it is there. */
export function BookmarkButton(props: BookmarkButtonProps) {
  const on = isBookmarked(useBookmarks(), props.doc, props.section);
  const m = useMessages(reader);
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => toggleBookmark(props)}
      aria-label={props.sectionTitle ? m.saveSection(props.sectionTitle) : undefined}
      className="rounded px-1.5 py-0.5 text-stone-500 hover:bg-stone-100 hover:text-stone-800 aria-pressed:text-amber-700 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100 dark:aria-pressed:text-amber-300"
    >
      {/* One width either way: the prerendered page does not know the list. */}
      <span aria-hidden="true">{on ? '★' : '☆'}</span> {m.save}
    </button>
  );
}
