import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/error-panel.tsx';

/** Last line of defence: a render error shows a message and a reload, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <main className="mx-auto max-w-3xl p-6">
      <ErrorPanel title="页面出错了" error={shown} onRetry={() => window.location.reload()} />
    </main>
  );
}
