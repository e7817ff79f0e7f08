import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { manifestQuery } from './data/queries.ts';
import { AppProvider } from './provider.tsx';
import { createQueryClient } from './query-client.ts';
import { AppRoutes, routerBasename } from './router.tsx';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// Every page but the not-found one needs the manifest: start fetching it before the first render.
void queryClient.prefetchQuery(manifestQuery());

createRoot(container).render(
  <StrictMode>
    <AppProvider client={queryClient}>
      <BrowserRouter basename={routerBasename()}>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  </StrictMode>,
);
