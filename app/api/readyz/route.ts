import { NextResponse } from 'next/server';
import { readiness } from '@/lib/server/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness and datasource health. Always 200 while the console can serve: a datasource that is down is
 * named in the body (`status: "degraded"`) and its panels show the error, while everything else works.
 * `?strict=1` answers 503 when any configured datasource is down (for monitors that want that).
 */
export async function GET(req: Request) {
  const r = await readiness();
  const strict = new URL(req.url).searchParams.get('strict') === '1';
  return NextResponse.json(r, { status: strict && r.status !== 'ready' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
}
