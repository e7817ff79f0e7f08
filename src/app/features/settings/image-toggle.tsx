import { updateSettings, useSettings } from './settings-store.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

/** Remote images come from the authors' servers; some readers prefer not to contact them. */
export function ImageToggle() {
  const { loadImages } = useSettings();
  const m = useMessages(shell);
  return (
    <label className="flex items-center gap-1.5 text-sm whitespace-nowrap text-stone-600 dark:text-stone-300">
      <input
        type="checkbox"
        checked={loadImages}
        onChange={(event) => updateSettings({ loadImages: event.target.checked })}
        className="accent-red-800"
      />
      {m.loadImages}
    </label>
  );
}
