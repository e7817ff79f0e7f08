import { getSettings, type Settings, type Theme } from './settings-store.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isDark(theme: Theme): boolean {
  if (theme === 'dark') return true;
  if (theme === 'light' || theme === 'sepia') return false;
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The 'dark' class on <html> drives Tailwind's dark variant and the reader's colours; 'sepia' a paper palette. */
export function applyTheme(theme: Theme = getSettings().theme): void {
  const dark = isDark(theme);
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.classList.toggle('sepia', theme === 'sepia');
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/**
 * The reading settings as attributes of <html>, which the stylesheet turns into the reader's
 * size, leading, measure and typeface. public/theme-init.js sets the same before the first paint.
 */
export function applyReading(settings: Settings = getSettings()): void {
  const root = document.documentElement;
  root.dataset.fontSize = String(settings.fontSize);
  root.dataset.lineHeight = settings.lineHeight;
  root.dataset.width = settings.width;
  root.dataset.typeface = settings.typeface;
  root.dataset.cjkSpacing = settings.cjkSpacing ? 'on' : 'off';
}

/** Follows the system's scheme while the setting is 'system'. */
export function watchSystemTheme(): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(DARK_QUERY);
  const onChange = () => applyTheme();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
