import { applyTheme } from './theme.ts';
import { updateSettings, useSettings, type Theme } from './settings-store.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'sepia', sepia: 'system' };
/** The catalogue's name of each theme. */
export const THEME_LABEL_KEYS = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
} as const;
const ICON: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾', sepia: '❦' };

export function ThemeToggle() {
  const { theme } = useSettings();
  const m = useMessages(shell);
  const label = m[THEME_LABEL_KEYS[theme]];
  return (
    <button
      type="button"
      onClick={() => {
        const next = NEXT[theme];
        updateSettings({ theme: next });
        applyTheme(next);
      }}
      className="rounded-md px-2 py-1 text-sm whitespace-nowrap text-stone-600 hover:bg-stone-100 focus-visible:outline-2 dark:text-stone-300 dark:hover:bg-stone-800"
      aria-label={m.themeButton(label)}
      title={m.themeTitle(label)}
    >
      <span aria-hidden="true">{ICON[theme]}</span> {label}
    </button>
  );
}
