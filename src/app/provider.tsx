import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export type AppProviderProps = { client: QueryClient; children: ReactNode };

export function AppProvider({ client, children }: AppProviderProps) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
