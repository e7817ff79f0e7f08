import type { ReadingPositionState } from './use-reading-position.ts';
import { useMessages } from '../../i18n/messages.ts';
import { resumeNotice } from '../../i18n/zh/resume-notice.ts';

/** Says the page opened where the reader left off, with a way back to the start. */
export function ResumeNotice({ resumedAt, startOver, dismiss }: ReadingPositionState) {
  const m = useMessages(resumeNotice);
  if (resumedAt === null) return null;
  return (
    <div
      role="status"
      className="fixed bottom-16 left-1/2 z-40 flex -translate-x-1/2 items-center gap-3 rounded-full whitespace-nowrap lg:bottom-4 border border-stone-300 bg-white px-4 py-2 text-sm shadow-md print:hidden dark:border-stone-700 dark:bg-stone-900"
    >
      <span>{m.resumed(resumedAt)}</span>
      <button type="button" onClick={startOver} className="text-red-800 underline dark:text-red-300">
        {m.startOver}
      </button>
      <button
        type="button"
        onClick={dismiss}
        aria-label={m.dismiss}
        className="text-stone-500 hover:text-stone-800 dark:text-stone-400 dark:hover:text-stone-100"
      >
        ×
      </button>
    </div>
  );
}
