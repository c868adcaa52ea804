import { describe, expect, it } from 'vitest';
import { isRelativeExpr, parseTimeExpr, resolveRange, validateRange } from './time-expr';

const NOW = Date.UTC(2026, 10, 21, 23, 49, 5);

describe('parseTimeExpr', () => {
  it('parses relative expressions', () => {
    expect(parseTimeExpr('now', NOW)).toEqual({ ok: true, ms: NOW });
    expect(parseTimeExpr('now-1h', NOW)).toEqual({ ok: true, ms: NOW - 3_600_000 });
    expect(parseTimeExpr('now-1h30m', NOW)).toEqual({ ok: true, ms: NOW - 5_400_000 });
    expect(parseTimeExpr(' now - 7d ', NOW)).toEqual({ ok: true, ms: NOW - 7 * 86_400_000 });
    expect(parseTimeExpr('now+5m', NOW)).toEqual({ ok: true, ms: NOW + 300_000 });
  });

  it('parses absolute ISO and epoch ms', () => {
    expect(parseTimeExpr('2026-11-21T23:00:00Z', NOW)).toEqual({ ok: true, ms: Date.UTC(2026, 10, 21, 23) });
    expect(parseTimeExpr('2026-11-21T23:00:00.250+01:00', NOW)).toEqual({ ok: true, ms: Date.UTC(2026, 10, 21, 22, 0, 0, 250) });
    expect(parseTimeExpr('1795304945000', NOW)).toEqual({ ok: true, ms: 1795304945000 });
  });

  it.each(['', 'yesterday', 'now-', 'now-1x', 'now*2', '2024', '2026-13-45T00:00:00Z', '12', 'March 3'])(
    'rejects %j with a message',
    (text) => {
      const result = parseTimeExpr(text, NOW);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    },
  );

  it('names the bad duration', () => {
    expect(parseTimeExpr('now-1x', NOW)).toMatchObject({ ok: false, error: expect.stringContaining('"1x"') });
  });

  it('knows relative from absolute', () => {
    expect(isRelativeExpr('now-5m')).toBe(true);
    expect(isRelativeExpr('2026-11-21T23:00:00Z')).toBe(false);
  });
});

describe('resolveRange / validateRange', () => {
  it('resolves a relative range', () => {
    expect(resolveRange({ from: 'now-15m', to: 'now' }, NOW)).toEqual({ startMs: NOW - 900_000, endMs: NOW });
  });

  it('mixes absolute and relative', () => {
    expect(resolveRange({ from: '1795304045000', to: 'now' }, NOW)).toEqual({ startMs: 1795304045000, endMs: NOW });
  });

  it('says which field is wrong', () => {
    expect(validateRange({ from: 'nope', to: 'now' }, NOW)).toMatchObject({ ok: false, field: 'from' });
    expect(validateRange({ from: 'now-1h', to: 'bad' }, NOW)).toMatchObject({ ok: false, field: 'to' });
    expect(validateRange({ from: 'now', to: 'now-1h' }, NOW)).toMatchObject({ ok: false, field: 'range' });
  });

  it('throws from resolveRange on invalid input', () => {
    expect(() => resolveRange({ from: 'now', to: 'now' }, NOW)).toThrow(/before/);
  });
});
