'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { CspNonceProvider } from '@/components/ui/csp-nonce';

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  // One client per browser session; created in state so server renders never share a cache between requests.
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 10_000,
            // During an incident, switching windows should not silently move a chart under the reader's eyes;
            // refresh is explicit (button or auto-refresh interval).
            refetchOnWindowFocus: false,
            retry: 1,
          },
        },
      }),
  );
  return (
    <CspNonceProvider value={nonce}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </CspNonceProvider>
  );
}
