import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Lantern', template: '%s · Lantern' },
  description: 'Kubernetes observability console: metrics, logs and cluster state on one time axis',
};

export const viewport: Viewport = { colorScheme: 'dark', themeColor: '#101317' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set by proxy.ts for every page; reading it also makes every page render per request, as nonces require.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en">
      <body>
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
