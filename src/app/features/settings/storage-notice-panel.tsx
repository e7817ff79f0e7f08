import { useState } from 'react';
import type { StorageProblem } from '../../lib/safe-storage.ts';

const MESSAGES: Record<StorageProblem, string> = {
  unavailable: '浏览器不允许本站保存数据（可能处于隐私模式）：设置只在本次访问中有效。',
  full: '浏览器存储已满：设置无法保存，只在本次访问中有效。',
  corrupt: '保存的设置无法读取，已改用默认设置。',
};

/** Says once per visit why the reader's choices will not be remembered; the app works on. */
export function StorageNoticePanel({ problem }: { problem: StorageProblem }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-50 max-w-sm rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 shadow-lg dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{MESSAGES[problem]}</p>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="mt-2 rounded-md px-3 py-1 underline hover:bg-amber-100 dark:hover:bg-amber-900"
      >
        知道了
      </button>
    </div>
  );
}
