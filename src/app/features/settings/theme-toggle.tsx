import { applyTheme } from './theme.ts';
import { updateSettings, useSettings, type Theme } from './settings-store.ts';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'sepia', sepia: 'system' };
export const THEME_LABELS: Record<Theme, string> = { system: '跟随系统', light: '浅色', dark: '深色', sepia: '护眼' };
const ICON: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾', sepia: '❦' };

export function ThemeToggle() {
  const { theme } = useSettings();
  return (
    <button
      type="button"
      onClick={() => {
        const next = NEXT[theme];
        updateSettings({ theme: next });
        applyTheme(next);
      }}
      className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 focus-visible:outline-2 dark:text-stone-300 dark:hover:bg-stone-800"
      aria-label={`主题：${THEME_LABELS[theme]}（点击切换）`}
      title={`主题：${THEME_LABELS[theme]}`}
    >
      <span aria-hidden="true">{ICON[theme]}</span> {THEME_LABELS[theme]}
    </button>
  );
}
