import type { Metadata } from 'next';
import { safeNext } from '@/lib/auth/login';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const MESSAGES: Record<string, string> = {
  failed: 'Wrong user name or password.',
  rate: 'Too many failed sign-ins. Wait a few minutes and try again.',
};

/** The built-in sign-in form: a plain HTML form posting to /api/auth/login, which answers with a redirect. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = safeNext(one(sp.next));
  const error = MESSAGES[one(sp.error) ?? ''];
  const { basePath, auth } = env();
  return (
    <main className="login">
      <form className="login__form" method="post" action={`${basePath}/api/auth/login`} data-testid="login-form">
        <h1 className="login__title">
          <span className="brand__mark" aria-hidden>
            ◆
          </span>{' '}
          Lantern
        </h1>
        {auth.mode === 'builtin' ? (
          <>
            {error ? (
              <p className="form-error" role="alert" data-testid="login-error">
                {error}
              </p>
            ) : null}
            <input type="hidden" name="next" value={next} />
            <label className="login__field">
              User name
              <input className="input" name="username" autoComplete="username" required autoFocus maxLength={64} />
            </label>
            <label className="login__field">
              Password
              <input className="input" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
            </label>
            <button className="btn btn--primary" type="submit">
              Sign in
            </button>
          </>
        ) : (
          <p data-testid="login-unavailable">
            {auth.mode === 'proxy' ? 'Sign-in is handled by the authenticating proxy in front of Lantern.' : 'Lantern is open without signing in.'}
          </p>
        )}
      </form>
    </main>
  );
}
