import { useSyncExternalStore } from 'react';
import type { LanguageChoice } from '../../i18n/language.ts';
import { readJson, writeJson } from '../../lib/safe-storage.ts';

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];
/** Text sizes of the reader, in px: seven steps. */
export const FONT_SIZES = [15, 16, 17, 18, 20, 22, 24] as const;
export const LINE_HEIGHTS = ['tight', 'normal', 'loose'] as const;
export type LineHeight = (typeof LINE_HEIGHTS)[number];
export const TEXT_WIDTHS = ['narrow', 'normal', 'wide'] as const;
export type TextWidth = (typeof TEXT_WIDTHS)[number];
export const TYPEFACES = ['sans', 'serif'] as const;
export type Typeface = (typeof TYPEFACES)[number];
/** How Chinese text is shown: as written (Simplified), or converted to Traditional as used in Taiwan or Hong Kong. */
export const SCRIPTS = ['simplified', 'traditional-tw', 'traditional-hk'] as const;
export type Script = (typeof SCRIPTS)[number];
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', 'zh-CN', 'en'];

export type Settings = {
  loadImages: boolean;
  theme: Theme;
  /** An index into FONT_SIZES. */
  fontSize: number;
  lineHeight: LineHeight;
  width: TextWidth;
  typeface: Typeface;
  /** Space between Chinese and Latin text, and trimmed punctuation, where the browser can. */
  cjkSpacing: boolean;
  script: Script;
  /** The interface's language; 'auto' follows the browser. */
  language: LanguageChoice;
};

export const DEFAULT_SETTINGS: Settings = {
  loadImages: true,
  theme: 'system',
  fontSize: 2,
  lineHeight: 'normal',
  width: 'normal',
  typeface: 'sans',
  cjkSpacing: true,
  script: 'simplified',
  language: 'auto',
};
const KEY = 'yuelan.settings.v1';

function isSettings(value: unknown): value is Partial<Settings> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** Whatever storage holds (an older version, a hand edit), a valid Settings. */
export function normalize(value: Partial<Settings>): Settings {
  const size = value.fontSize;
  return {
    loadImages: typeof value.loadImages === 'boolean' ? value.loadImages : DEFAULT_SETTINGS.loadImages,
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    fontSize:
      typeof size === 'number' && Number.isInteger(size) && size >= 0 && size < FONT_SIZES.length
        ? size
        : DEFAULT_SETTINGS.fontSize,
    lineHeight: oneOf(LINE_HEIGHTS, value.lineHeight, DEFAULT_SETTINGS.lineHeight),
    width: oneOf(TEXT_WIDTHS, value.width, DEFAULT_SETTINGS.width),
    typeface: oneOf(TYPEFACES, value.typeface, DEFAULT_SETTINGS.typeface),
    cjkSpacing: typeof value.cjkSpacing === 'boolean' ? value.cjkSpacing : DEFAULT_SETTINGS.cjkSpacing,
    script: oneOf(SCRIPTS, value.script, DEFAULT_SETTINGS.script),
    language: oneOf(LANGUAGE_CHOICES, value.language, DEFAULT_SETTINGS.language),
  };
}

let current: Settings | null = null;
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  current ??= normalize(readJson('local', KEY, {}, isSettings));
  return current;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...getSettings(), ...patch };
  // A full or unavailable storage keeps the setting for this visit only.
  writeJson('local', KEY, current);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}

/** For tests: forget the cached settings so storage is read again. */
export function resetSettingsForTests(): void {
  current = null;
}
