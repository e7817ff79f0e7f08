import { updateSettings, useSettings } from './settings-store.ts';

/** Remote images come from the authors' servers; some readers prefer not to contact them. */
export function ImageToggle() {
  const { loadImages } = useSettings();
  return (
    <label className="flex items-center gap-1.5 text-sm text-stone-600 dark:text-stone-300">
      <input
        type="checkbox"
        checked={loadImages}
        onChange={(event) => updateSettings({ loadImages: event.target.checked })}
        className="accent-red-800"
      />
      加载远程图片
    </label>
  );
}
