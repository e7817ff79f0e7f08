import { useState } from 'react';
import { BookmarkButton } from '../bookmarks/bookmark-button.tsx';
import { messagesOf, useMessages, useUiLanguage } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';
import { shell } from '../../i18n/zh/shell.ts';

export type SectionToolsProps = {
  id: string;
  title: string;
  citation: string;
  /** The report's id and title, for the reading list. */
  report: { id: string; title: string };
};

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function sectionUrl(id: string): string {
  const url = new URL(window.location.href);
  url.hash = id;
  return url.href;
}

/** Copy a link to the section, or a citation with the printed page. */
export function SectionTools({ id, title, citation, report }: SectionToolsProps) {
  const m = useMessages(reportMessages);
  const language = useUiLanguage();
  const [message, setMessage] = useState('');
  const run = async (text: string, done: string) => {
    setMessage((await copy(text)) ? done : messagesOf(shell).copyFailed(text));
    window.setTimeout(() => setMessage(''), 4000);
  };
  return (
    <span
      lang={language}
      className="section-tools ml-2 inline-flex items-center gap-1 align-middle text-xs font-normal"
    >
      <button
        type="button"
        onClick={() => void run(sectionUrl(id), m.linkCopied)}
        aria-label={m.copyLink(title)}
        className="rounded px-1.5 py-0.5 text-stone-500 hover:bg-stone-100 hover:text-stone-800 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
      >
        {m.link}
      </button>
      <button
        type="button"
        onClick={() => void run(citation, m.citationCopied)}
        aria-label={m.copyCitation(title)}
        className="rounded px-1.5 py-0.5 text-stone-500 hover:bg-stone-100 hover:text-stone-800 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
      >
        {m.cite}
      </button>
      <BookmarkButton doc={report.id} section={id} title={report.title} sectionTitle={title} />
      <span role="status" className="text-emerald-700 dark:text-emerald-400">
        {message}
      </span>
    </span>
  );
}
