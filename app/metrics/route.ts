import { metrics } from '@/lib/server/metrics';

export const dynamic = 'force-dynamic';

/** The console's own metrics in Prometheus text format. */
export async function GET() {
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' } });
}
