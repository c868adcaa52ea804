import { headers } from 'next/headers';
import { IntentLink } from '@/components/ui/IntentLink';
import { resolvePrincipal } from '@/lib/auth/resolve';
import { env } from '@/lib/env';

/** Who is signed in, a link to user administration for admins, and the sign-out button (server-rendered). */
export async function UserBox() {
  const p = await resolvePrincipal(await headers());
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
        <form method="post" action={`${env().basePath}/api/auth/logout`}>
          <button className="btn btn--ghost" type="submit" data-testid="logout">
            Sign out
          </button>
        </form>
      ) : null}
    </div>
  );
}
