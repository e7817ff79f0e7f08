import { useEffect } from 'react';
import { useSettings } from '../settings/settings-store.ts';

/**
 * Applies the reader's choice of Simplified or Traditional characters to the Chinese text in the
 * page, and to text that arrives later (another page, a report's sections). The converter and
 * its tables load only for a reader who chose Traditional.
 */
export function ScriptView({ rootId }: { rootId: string }) {
  const { script } = useSettings();
  useEffect(() => {
    const root = document.getElementById(rootId);
    // Simplified is the text as written: nothing to load unless it was converted before.
    if (!root || (script === 'simplified' && !root.querySelector('[data-script-from]'))) return;
    let stopped = false;
    let observer: MutationObserver | null = null;
    let frame = 0;
    void import('./convert-script.ts').then(({ showScript }) => {
      if (stopped) return;
      const apply = () => {
        frame = 0;
        showScript(root, script);
        // The conversion's own changes are not news.
        observer?.takeRecords();
      };
      apply();
      if (script === 'simplified') return;
      observer = new MutationObserver(() => {
        if (!frame) frame = requestAnimationFrame(apply);
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    });
    return () => {
      stopped = true;
      observer?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [rootId, script]);
  return null;
}
