// @ts-check
/**
 * LANTERN_BASE_PATH is baked into the client bundle by `next build`; the start script rebuilds when it
 * differs from the value the build was made with (see lib/devstack/cli/start.mjs).
 */
const basePath = process.env.LANTERN_BASE_PATH ?? '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // The container image uses the standalone server; local runs use `next start`.
  ...(process.env.LANTERN_STANDALONE === '1' ? { output: 'standalone' } : {}),
  poweredByHeader: false,
  // On every response: no MIME sniffing of a log download into HTML, no referrer (URLs carry queries and pod names)
  // leaking to other sites, and no framing by another origin (clickjacking of the console's buttons).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'" },
        ],
      },
    ];
  },
  reactStrictMode: true,
  // `npm test` runs `tsc --noEmit` over the whole tree (tests and dev stack included); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'pg',
    '@kubernetes/client-node',
    'pino',
    'prom-client',
    'ws',
    'undici',
  ],
  // The dev stack and tests are never part of the app bundle.
  outputFileTracingExcludes: { '*': ['lib/devstack/**', 'e2e/**'] },
};

module.exports = nextConfig;
