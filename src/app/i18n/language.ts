/** The interface's languages; the documents stay in Chinese (lang="zh-CN") whichever is chosen. */
export type UiLanguage = 'zh-CN' | 'en';
/** 'auto' follows the browser's languages. */
export type LanguageChoice = 'auto' | UiLanguage;

/**
 * The reader's choice, else the first of the browser's languages the interface has (any Chinese
 * gets the Chinese interface), else English, the language a reader of neither is likelier to
 * know. With no languages at all (the build's prerendering) the interface is Chinese.
 * public/theme-init.js decides the same before the first paint.
 */
export function pickLanguage(choice: LanguageChoice, browser: readonly string[]): UiLanguage {
  if (choice !== 'auto') return choice;
  if (browser.length === 0) return 'zh-CN';
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
