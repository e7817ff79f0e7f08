import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { prepareFirstRender } from './first-render.ts';
import { AppProvider } from './provider.tsx';
import { createQueryClient } from './query-client.ts';
import { AppRoutes, routerBasename } from './router.tsx';
import { takeOver } from './take-over.ts';
import './styles.css';
import { messagesOf, startUiLanguage } from './i18n/messages.ts';
import { shell } from './i18n/zh/shell.ts';
import { framedByAnotherSite, isEmbedPath, showFramedNotice } from './framing.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const basename = routerBasename();
const pathname = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';

// An English interface needs its messages before the first render, fetched beside the page's data.
const language = startUiLanguage();

if (framedByAnotherSite() && !isEmbedPath(pathname)) {
  // Nothing of the app runs: no controls another site could click through.
  void language.then(() => {
    const m = messagesOf(shell);
    showFramedNotice(container, { notice: m.framedNotice, open: m.framedOpen });
  });
} else {
  void Promise.all([prepareFirstRender(queryClient, pathname), language]).then(() => {
    // In one synchronous step: the prerendered page (if any) is replaced by the same page, live.
    takeOver(container, () =>
      flushSync(() =>
        createRoot(container).render(
          <StrictMode>
            <AppProvider client={queryClient}>
              <BrowserRouter basename={basename}>
                <AppRoutes />
              </BrowserRouter>
            </AppProvider>
          </StrictMode>,
        ),
      ),
    );
  });
}
