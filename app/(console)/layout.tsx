import { Suspense, type ReactNode } from 'react';
import { UserBox } from '@/components/auth/UserBox';
import { AppHeader } from '@/components/layout/AppHeader';
import { Brand } from '@/components/layout/Brand';
import { SideNav, SideNavFallback } from '@/components/layout/SideNav';
import { TimeRangeProvider } from '@/components/time/TimeRangeProvider';

/** The console shell: navigation on the left, time controls on top, the view below. */
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    // Rendered per request (the root layout reads the CSP nonce), so this is the response's own "now".
    <TimeRangeProvider initialNowMs={Date.now()}>
      <div className="shell">
        <aside className="shell__sidebar">
          <Brand />
          <Suspense fallback={<SideNavFallback />}>
            <SideNav />
          </Suspense>
          <UserBox />
        </aside>
        <div className="shell__main">
          <AppHeader />
          <main className="shell__content" id="content">
            {children}
          </main>
        </div>
      </div>
    </TimeRangeProvider>
  );
}
