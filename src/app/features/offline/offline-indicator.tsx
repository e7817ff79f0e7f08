import { useOnline } from './use-online.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

/** Says so while the network is gone; the app keeps working from its offline copy. */
export function OfflineIndicator() {
  const online = useOnline();
  const m = useMessages(shell);
  if (online) return null;
  return (
    <p
      role="status"
      className="bg-stone-800 px-4 py-1 text-center text-xs text-stone-100 dark:bg-stone-200 dark:text-stone-900"
    >
      {m.offline}
    </p>
  );
}
