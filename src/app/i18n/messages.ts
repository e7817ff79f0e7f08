import { useSyncExternalStore } from 'react';
import { getSettings, updateSettings } from '../features/settings/settings-store.ts';
import { pickLanguage, type LanguageChoice, type UiLanguage } from './language.ts';

/** A message: a plain string, or a function of the values it shows (counts, names). */
export type Message = string | ((...values: never[]) => string);
export type Catalogue = Record<string, Message>;

/**
 * One part of the interface's messages: the Chinese catalogue travels with the code that shows
 * it (in the same chunk); the English ones are one chunk, loaded only for a reader who wants it.
 */
export type Messages<T extends Catalogue> = { readonly ns: string; readonly zh: T };

/** What a translation of T must hold: the same keys, each a string or a function of the same values. */
export type Translation<T extends Catalogue> = {
  [K in keyof T]: T[K] extends (...values: infer A) => string ? (...values: A) => string : string;
};

export function defineMessages<T extends Catalogue>(ns: string, zh: T): Messages<T> {
  return { ns, zh };
}

let language: UiLanguage = 'zh-CN';
let english: Record<string, Catalogue> | undefined;
const listeners = new Set<() => void>();

export function uiLanguage(): UiLanguage {
  return language;
}

/** The messages in the interface's language, for code outside components (they re-render on a switch). */
export function messagesOf<T extends Catalogue>(messages: Messages<T>): T {
  return (language === 'en' ? (english?.[messages.ns] as T | undefined) : undefined) ?? messages.zh;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The messages in the interface's language; the component renders again when the language changes. */
export function useMessages<T extends Catalogue>(messages: Messages<T>): T {
  useSyncExternalStore(subscribe, uiLanguage, uiLanguage);
  return messagesOf(messages);
}

export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(subscribe, uiLanguage, uiLanguage);
}

/** Switches the interface, loading the English messages first when they are needed. */
export async function setUiLanguage(next: UiLanguage): Promise<void> {
  if (next === 'en') english ??= (await import('./en/index.ts')).english;
  language = next;
  // The page's own language is the interface's ('zh-Hans', not the documents' 'zh-CN', which the
  // script converter looks for to find the documents' words).
  if (typeof document !== 'undefined') document.documentElement.lang = next === 'en' ? 'en' : 'zh-Hans';
  for (const listener of listeners) listener();
}

/** The language the reader's settings and the browser give; the app starts with it. */
export function startUiLanguage(): Promise<void> {
  return setUiLanguage(pickLanguage(getSettings().language, navigator.languages));
}

/** Keeps the reader's choice and shows the interface in the language it gives. */
export function chooseUiLanguage(choice: LanguageChoice): Promise<void> {
  updateSettings({ language: choice });
  return startUiLanguage();
}
