import { NextResponse } from 'next/server';

/** Liveness: the process serves requests. Datasources are /api/readyz's business. */
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
