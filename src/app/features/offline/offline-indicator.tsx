import { useOnline } from './use-online.ts';

/** Says so while the network is gone; the app keeps working from its offline copy. */
export function OfflineIndicator() {
  const online = useOnline();
  if (online) return null;
  return (
    <p
      role="status"
      className="bg-stone-800 px-4 py-1 text-center text-xs text-stone-100 dark:bg-stone-200 dark:text-stone-900"
    >
      离线模式：正在使用已保存的内容
    </p>
  );
}
