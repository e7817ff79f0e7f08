import { useState } from 'react';
import { paths } from '../../paths.ts';
import { useMessages } from '../../i18n/messages.ts';
import { reader } from '../../i18n/zh/reader.ts';
import { shell } from '../../i18n/zh/shell.ts';

export type EmbedButtonProps = { id: string; title: string };

/** Copies an <iframe> snippet that shows this document on another site. */
export function EmbedButton({ id, title }: EmbedButtonProps) {
  const m = useMessages(reader);
  const s = useMessages(shell);
  const [message, setMessage] = useState('');
  const copy = async () => {
    const src = new URL(`${import.meta.env.BASE_URL}${paths.embed.href(id).slice(1)}`, window.location.origin).href;
    // The snippet's code is needed only when asked for.
    const { embedCode } = await import('./embed-code.ts');
    const code = embedCode(src, title);
    try {
      await navigator.clipboard.writeText(code);
      setMessage(m.embedCopied);
    } catch {
      setMessage(s.copyFailed(code));
    }
    window.setTimeout(() => setMessage(''), 4000);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded px-1.5 py-0.5 text-stone-600 underline hover:text-stone-900 dark:text-stone-300 dark:hover:text-stone-100"
      >
        {m.embed}
      </button>
      <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
        {message}
      </span>
    </span>
  );
}
