import { describeFetchError, FetchError } from '../data/fetch-json.ts';
import { useMessages } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';
export type ErrorPanelProps = {
  title: string;
  error: unknown;
  onRetry?: () => void;
};

/** A failure said plainly, with a way to try again when trying again can help. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const m = useMessages(shell);
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h2 className="font-semibold">{title}</h2>
      <p className="mt-1 text-sm">
        {error instanceof FetchError
          ? describeFetchError(error, m)
          : error instanceof Error
            ? error.message
            : m.unknownError}
      </p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {m.retry}
        </button>
      ) : null}
    </div>
  );
}
