import { chooseUiLanguage, useMessages, useUiLanguage } from './messages.ts';
import { shell } from './zh/shell.ts';

/** The header's switch to the other interface language, named in that language; the choice is kept. */
export function LanguageToggle() {
  const m = useMessages(shell);
  const language = useUiLanguage();
  return (
    <button
      type="button"
      lang={m.switchLanguageLang}
      title={m.switchLanguageTitle}
      onClick={() => void chooseUiLanguage(language === 'en' ? 'zh-CN' : 'en')}
      className="rounded-md px-2 py-1 text-sm whitespace-nowrap text-stone-600 hover:bg-stone-100 focus-visible:outline-2 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      {m.switchLanguage}
    </button>
  );
}
