import { QueryClient } from '@tanstack/react-query';
import { FetchError } from './data/fetch-json.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Bundle files are immutable per build (content-hashed), so nothing goes stale by time.
        staleTime: Infinity,
        networkMode: 'offlineFirst',
        retry: (failureCount, error) => error instanceof FetchError && error.retryable && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
