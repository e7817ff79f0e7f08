import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { OfflineIndicator } from '../../features/offline/offline-indicator.tsx';
import { ScriptView } from '../../features/script/script-view.tsx';
import { SearchBox } from '../../features/search/search-box.tsx';
import { ImageToggle } from '../../features/settings/image-toggle.tsx';
import { ReadingSettings } from '../../features/settings/reading-settings.tsx';
import { applyReading, applyTheme, watchSystemTheme } from '../../features/settings/theme.ts';
import { StorageNotice } from '../../features/settings/storage-notice.tsx';
import { ThemeToggle } from '../../features/settings/theme-toggle.tsx';
import { ShortcutHelp } from '../../features/shortcuts/shortcut-help.tsx';
import { paths } from '../../paths.ts';
import { useScrollRestoration } from './use-scroll-restoration.ts';
import { AfterFirstPaint } from '../after-first-paint.tsx';
import { LanguageToggle } from '../../i18n/language-toggle.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';
import { lazyOptional } from '../../lib/lazy-page.ts';

// The service worker (offline reading, updates) is registered once the page has shown.
const ReloadPrompt = lazyOptional(async () => (await import('../../features/offline/reload-prompt.tsx')).ReloadPrompt);

export function AppShell() {
  const m = useMessages(shell);
  useScrollRestoration();
  useEffect(() => {
    applyTheme();
    applyReading();
    return watchSystemTheme();
  }, []);
  return (
    <div className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        {m.skipToContent}
      </a>
      <OfflineIndicator />
      <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
          <Link to={paths.home.href()} className="text-lg font-semibold tracking-wide text-red-900 dark:text-red-300">
            {m.brand} <span className="text-sm font-normal text-stone-500 dark:text-stone-400">{m.brandLatin}</span>
          </Link>
          <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <SearchBox />
          </div>
          <nav
            aria-label={m.settings}
            className="ml-auto flex max-w-full flex-wrap items-center justify-end gap-x-3 gap-y-1"
          >
            <LanguageToggle />
            <ImageToggle />
            <ThemeToggle />
            <ReadingSettings />
          </nav>
        </div>
      </header>
      {/* At least a screen tall: the footer starts below the fold, so content arriving never moves it in view. */}
      <main id="main" tabIndex={-1} className="mx-auto min-h-screen max-w-6xl px-4 py-6 outline-none">
        <Outlet />
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-6 text-xs text-stone-500 dark:text-stone-400">
        {m.brand} {m.brandLatin} · {m.tagline} · <ShortcutHelp />
        {import.meta.env.VITE_BUILD_LABEL ? <span> · {import.meta.env.VITE_BUILD_LABEL}</span> : null}
      </footer>
      <ScriptView rootId="main" />
      <AfterFirstPaint>
        <ReloadPrompt />
      </AfterFirstPaint>
      <StorageNotice />
    </div>
  );
}
