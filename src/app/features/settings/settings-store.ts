import { useSyncExternalStore } from 'react';
import { readJson, writeJson } from '../../lib/safe-storage.ts';

export type Theme = 'system' | 'light' | 'dark';
export type Settings = { loadImages: boolean; theme: Theme };

export const DEFAULT_SETTINGS: Settings = { loadImages: true, theme: 'system' };
const KEY = 'yuelan.settings.v1';

function isSettings(value: unknown): value is Partial<Settings> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalize(value: Partial<Settings>): Settings {
  return {
    loadImages: typeof value.loadImages === 'boolean' ? value.loadImages : DEFAULT_SETTINGS.loadImages,
    theme:
      value.theme === 'light' || value.theme === 'dark' || value.theme === 'system'
        ? value.theme
        : DEFAULT_SETTINGS.theme,
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
