import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DedupMode, dedupLines, duplicatesRemoved, isDuplicate } from './dedup';

const rows = (lines: string[], mode: DedupMode) => dedupLines(lines.map((line) => ({ line })), mode).map((r) => [r.item.line, r.count]);

describe('dedupLines', () => {
  it('collapses consecutive duplicates per mode', () => {
    const lines = [
      'GET /api/users/12 200 3ms',
      'GET /api/users/12 200 3ms',
      'GET /api/users/97 404 15ms',
      'POST /login ok',
      'PUT /logout ko',
      'GET /api/users/12 200 3ms',
    ];
    expect(rows(lines, 'none')).toHaveLength(6);
    expect(rows(lines, 'exact')).toEqual([[lines[0], 2], [lines[2], 1], [lines[3], 1], [lines[4], 1], [lines[5], 1]]);
    expect(rows(lines, 'numbers')).toEqual([[lines[0], 3], [lines[3], 1], [lines[4], 1], [lines[5], 1]]);
    expect(rows(lines, 'signature')).toEqual([[lines[0], 3], [lines[3], 2], [lines[5], 1]]);
  });

  it('masks timestamps, UUIDs and hex in numbers mode', () => {
    const same = (a: string, b: string) => isDuplicate(a, b, 'numbers');
    expect(same('2024-01-02T03:04:05.123Z req 3f2b1c4e-1111-4a2b-9c3d-0123456789ab at 0xdeadbeef', '2025-11-30T23:59:59.000Z req 00000000-aaaa-4bbb-8ccc-ffffffffffff at 0x1')).toBe(true);
    expect(same('sha 9f86d081884c7d65 done', 'sha 60303ae22b998861 done')).toBe(true);
    expect(same('took 15ms v1.2', 'took 3ms v10.20')).toBe(true);
    expect(same('user alice', 'user bob')).toBe(false);
    expect(same('a 1', 'a 1 ')).toBe(false);
    expect(same('ab1:x', 'ab1;x')).toBe(false);
    expect(same('id=ab12 ok', 'id=ffff9 ok')).toBe(true);
    expect(same('id=ab12 ok', 'id=user9 ok')).toBe(false);
    expect(isDuplicate('réseau: échec', 'network: down', 'signature')).toBe(true);
    expect(isDuplicate('a: b', 'a, b', 'signature')).toBe(false);
  });

  it('keeps every line: counts add up, order kept', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a 1', 'a 2', 'b 1', 'a.b', 'x'), { maxLength: 60 }), fc.constantFrom<DedupMode>('none', 'exact', 'numbers', 'signature'), (lines, mode) => {
        const out = dedupLines(lines.map((line, i) => ({ line, i })), mode);
        expect(out.reduce((n, r) => n + r.count, 0)).toBe(lines.length);
        expect(duplicatesRemoved(out)).toBe(lines.length - out.length);
        let next = 0;
        for (const r of out) {
          expect(r.item.i).toBe(next);
          next += r.count;
        }
        for (let i = 1; i < out.length; i++) {
          // a kept row is never a duplicate of the line just before it
          const before = lines[out[i]!.item.i - 1]!;
          expect(isDuplicate(before, out[i]!.item.line, mode)).toBe(false);
        }
      }),
    );
  });

  // Realistic: templates of Kubernetes logs, numbers and ids varying, in runs of 1-6 (half the lines are dupes).
  const TEMPLATES = [
    (i: number) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}.${i % 1000}Z level=info msg="request done" id=${i} path=/api/v1/items/${i % 7} took=${i % 100}ms`,
    (i: number) => `I0501 10:00:${String(i % 60).padStart(2, '0')}.${100000 + i}    1 controller.go:${i % 300}] "Reconciled" pod="default/web-${(i * 2654435761).toString(16).slice(0, 5)}" generation=${i}`,
    (i: number) => `{"ts":${1714557600 + i},"level":"error","msg":"upstream timeout","trace_id":"${(i * 40503).toString(16).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}"}`,
    (i: number) => `10.0.${i % 255}.${(i * 7) % 255} - - [01/May/2024:10:00:${String(i % 60).padStart(2, '0')} +0000] "GET /healthz HTTP/1.1" 200 ${i % 900} "-" "kube-probe/1.30"`,
    () => 'Starting workers',
  ];
  const realistic = (n: number) => {
    const out: { line: string }[] = [];
    for (let i = 0, t = 0; out.length < n; t = (t * 7 + 3) % TEMPLATES.length) for (let r = 0; r < 1 + (i % 6) && out.length < n; r++, i++) out.push({ line: TEMPLATES[t]!(i) });
    return out;
  };

  it('collapses 100k realistic lines consistently across modes (timings: lib/logs/bench/dedup.ts)', () => {
    const lines = realistic(100_000);
    const rows = (mode: 'exact' | 'numbers' | 'signature') => dedupLines(lines, mode);
    const [exact, numbers, signature] = [rows('exact'), rows('numbers'), rows('signature')];
    // Each mode is coarser than the one before, and every row's count adds up to the input.
    expect(numbers.length).toBeLessThanOrEqual(exact.length);
    expect(signature.length).toBeLessThanOrEqual(numbers.length);
    for (const r of [exact, numbers, signature]) expect(r.reduce((a, x) => a + x.count, 0)).toBe(lines.length);
  });

  it('collapses 100k long lines that differ only in numbers into one row', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => ({
      line: `2024-05-0${i % 9}T10:00:${String(i % 60).padStart(2, '0')}.123Z level=info msg="request done" id=${i} path=/api/v1/items/${i % 7} took=${i % 100}ms trace=${(i * 2654435761).toString(16)}`,
    }));
    for (const mode of ['numbers', 'signature'] as const) expect(dedupLines(lines, mode)).toHaveLength(1);
  });
});
