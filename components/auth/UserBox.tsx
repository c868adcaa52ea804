'use client';

import { useQuery } from '@tanstack/react-query';
import { IntentLink } from '@/components/ui/IntentLink';
import { apiBasePath, fetchApi } from '@/lib/queries/api';

interface Me {
  user: string;
  role: 'viewer' | 'editor' | 'admin';
  via: 'session' | 'proxy' | 'anonymous';
}

/**
 * Who is signed in, a link to user administration for admins, and the sign-out button. A client component that asks
 * /api/auth/me: reading the request's headers on the server would make every console page dynamic, and pages that
 * render times relative to "now" would then differ between server and browser (hydration errors).
 */
export function UserBox() {
  const me = useQuery({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => fetchApi<{ data: Me }>('/api/auth/me', {}, signal), staleTime: 60_000 });
  const p = me.data?.data;
  if (!p) return null;
  return (
    <div className="user-box" data-testid="user-box">
      <span>
        <strong data-testid="user-name">{p.user}</strong> · {p.role}
      </span>
      {p.role === 'admin' && p.via !== 'anonymous' ? (
        <IntentLink href="/admin" data-testid="nav-admin">
          Users &amp; access
        </IntentLink>
      ) : null}
      {p.via === 'session' ? (
        <form method="post" action={`${apiBasePath()}/api/auth/logout`}>
          <button className="btn btn--ghost" type="submit" data-testid="logout">
            Sign out
          </button>
        </form>
      ) : null}
    </div>
  );
}
