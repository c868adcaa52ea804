/**
 * Dedup speed on 100k lines per mode (best of 3). Run: npx tsx lib/logs/bench/dedup.ts
 * A benchmark, not a test: timings depend on the machine and on what else runs on it.
 */
import { dedupLines } from '../dedup';

const realistic = (n: number) =>
  // Runs of 50 lines of one format, as a busy pod writes them, so consecutive near-duplicates exist.
  Array.from({ length: n }, (_, i) => ({
    line:
      Math.floor(i / 50) % 3 === 0
        ? `{"level":"info","ts":"2026-11-22T00:00:${String(i % 60).padStart(2, '0')}.${i}Z","msg":"cart loaded","latency_ms":${i % 97},"reqID":"${(i * 2654435761).toString(16)}"}`
        : Math.floor(i / 50) % 3 === 1
          ? `I1122 00:00:${String(i % 60).padStart(2, '0')}.${100000 + i}       1 controller.go:${i % 300}] "Reconciled" pod="shop/web-${i % 13}"`
          : `10.244.1.${i % 250} - - [22/Nov/2026:00:00:${String(i % 60).padStart(2, '0')} +0000] "GET /api/cart HTTP/1.1" 200 ${i % 5000}`,
  }));

const lines = realistic(100_000);
for (const mode of ['exact', 'numbers', 'signature'] as const) {
  let ms = Infinity;
  let rows = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    rows = dedupLines(lines, mode).length;
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`dedup ${mode.padEnd(9)} 100k lines: ${ms.toFixed(1)} ms (best of 3) -> ${rows} rows`);
}
