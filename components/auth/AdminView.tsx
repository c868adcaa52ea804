'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fetchApi, sendApi } from '@/lib/queries/api';

type Role = 'viewer' | 'editor' | 'admin';
interface User {
  name: string;
  role: Role;
  disabled: boolean;
}
interface Rule {
  id: string;
  subject: string;
  namespaces: string[];
}

const ROLES: Role[] = ['viewer', 'editor', 'admin'];

/** Users (create, role, disable, reset password) and namespace access rules (create, delete). */
export function AdminView({ self }: { self: string }) {
  const qc = useQueryClient();
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: ({ signal }) => fetchApi<{ data: User[] }>('/api/admin/users', {}, signal) });
  const rules = useQuery({ queryKey: ['admin', 'rules'], queryFn: ({ signal }) => fetchApi<{ data: Rule[] }>('/api/admin/access-rules', {}, signal) });
  const [error, setError] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (f: () => Promise<unknown>) => f(),
    onSuccess: () => {
      setError(null);
      void qc.invalidateQueries({ queryKey: ['admin'] });
    },
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
  });
  const userPath = (name: string) => `/api/admin/users/${encodeURIComponent(name)}`;

  const createUser = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const f = new FormData(form);
    act.mutate(async () => {
      await sendApi('POST', '/api/admin/users', { name: f.get('name'), password: f.get('password'), role: f.get('role') });
      form.reset();
    });
  };
  const createRule = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const f = new FormData(form);
    const namespaces = String(f.get('namespaces') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    act.mutate(async () => {
      await sendApi('POST', '/api/admin/access-rules', { subject: `${f.get('kind')}:${String(f.get('subject') ?? '').trim()}`, namespaces });
      form.reset();
    });
  };
  const resetPassword = (name: string) => {
    const password = window.prompt(`New password for ${name} (at least 12 characters)`);
    if (password) act.mutate(() => sendApi('PATCH', userPath(name), { password }));
  };

  return (
    <div className="admin" data-testid="admin">
      {error ? (
        <p className="form-error" role="alert" data-testid="admin-error">
          {error}
        </p>
      ) : null}
      <section>
        <h2>Users</h2>
        {users.error ? <p className="form-error">{users.error.message}</p> : null}
        <table data-testid="admin-users">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.data?.data.map((u) => (
              <tr key={u.name} data-testid={`user-row-${u.name}`}>
                <td>{u.name}</td>
                <td>
                  <select
                    className="select"
                    aria-label={`Role of ${u.name}`}
                    value={u.role}
                    onChange={(e) => {
                      // Read now: React restores the controlled value before the mutation runs.
                      const role = e.target.value;
                      act.mutate(() => sendApi('PATCH', userPath(u.name), { role }));
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                </td>
                <td>{u.disabled ? 'disabled' : 'active'}</td>
                <td>
                  <button
                    className="btn btn--ghost"
                    type="button"
                    disabled={u.name === self}
                    onClick={() => act.mutate(() => sendApi('PATCH', userPath(u.name), { disabled: !u.disabled }))}
                  >
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>{' '}
                  <button className="btn btn--ghost" type="button" onClick={() => resetPassword(u.name)}>
                    Reset password
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="admin__form" onSubmit={createUser} data-testid="admin-create-user">
          <input className="input" name="name" placeholder="user name" required aria-label="New user name" />
          <input className="input" name="password" type="password" placeholder="password (12+ characters)" required minLength={12} aria-label="New user password" autoComplete="new-password" />
          <select className="select" name="role" aria-label="New user role" defaultValue="viewer">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <button className="btn btn--primary" type="submit">
            Add user
          </button>
        </form>
      </section>
      <section>
        <h2>Namespace access</h2>
        <p>
          A user sees the namespaces of the rules naming them or one of their groups. Without any rule, admins see every namespace and
          viewers and editors see none.
        </p>
        {rules.error ? <p className="form-error">{rules.error.message}</p> : null}
        <table data-testid="admin-rules">
          <thead>
            <tr>
              <th>Subject</th>
              <th>Namespaces</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.data?.data.map((r) => (
              <tr key={r.id}>
                <td>{r.subject}</td>
                <td>{r.namespaces.join(', ')}</td>
                <td>
                  <button className="btn btn--ghost" type="button" onClick={() => act.mutate(() => sendApi('DELETE', `/api/admin/access-rules/${encodeURIComponent(r.id)}`))}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="admin__form" onSubmit={createRule} data-testid="admin-create-rule">
          <select className="select" name="kind" aria-label="Rule subject kind" defaultValue="user">
            <option value="user">user</option>
            <option value="group">group</option>
          </select>
          <input className="input" name="subject" placeholder="name" required aria-label="Rule subject name" />
          <input className="input" name="namespaces" placeholder="team-a, team-b" required aria-label="Rule namespaces" />
          <button className="btn btn--primary" type="submit">
            Add rule
          </button>
        </form>
      </section>
    </div>
  );
}
