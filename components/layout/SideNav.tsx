'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { usePathname, useSearchParams } from 'next/navigation';
import { withTimeParams } from '@/lib/time/url-params';
import { isActive, NAV_ITEMS } from './nav-items';

/** Main navigation. Links carry the current time range, so switching views keeps the incident's window. */
export function SideNav() {
  const searchParams = useSearchParams();
  return <NavList searchParams={searchParams} />;
}

/** Server-renderable fallback while search params are not available (links without time params). */
export function SideNavFallback() {
  return <NavList searchParams={null} />;
}

function NavList({ searchParams }: { searchParams: URLSearchParams | { get(k: string): string | null } | null }) {
  const pathname = usePathname();
  return (
    <nav className="side-nav" aria-label="Main" data-testid="side-nav">
      <ul>
        {NAV_ITEMS.map((item) => {
          const active = isActive(item.href, pathname);
          return (
            <li key={item.id}>
              <IntentLink
                href={searchParams ? withTimeParams(item.href, searchParams) : item.href}
                className={`side-nav__link${active ? ' is-active' : ''}`}
                aria-current={active ? 'page' : undefined}
                data-testid={`nav-${item.id}`}
              >
                {item.label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
