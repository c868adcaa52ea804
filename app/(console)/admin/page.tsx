import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { AdminView } from '@/components/auth/AdminView';
import { resolvePrincipal } from '@/lib/auth/resolve';

export const metadata: Metadata = { title: 'Users & access' };
export const dynamic = 'force-dynamic';

/** User and access-rule administration (admins; the API refuses everyone else too). */
export default async function AdminPage() {
  const p = await resolvePrincipal(await headers());
  if (p?.role !== 'admin') {
    return (
      <div className="admin">
        <p data-testid="admin-forbidden">Only admins manage users and access rules.</p>
      </div>
    );
  }
  return <AdminView self={p.user} />;
}
