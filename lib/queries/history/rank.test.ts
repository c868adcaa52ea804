import { describe, expect, it } from 'vitest';
import type { QueryHistoryEntry } from './client';
import { rankHistory } from './rank';

const e = (id: string, starred = false): QueryHistoryEntry => ({
  id,
  datasource: 'prometheus',
  query: `q${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  lastRunAt: '2026-01-01T00:00:00.000Z',
  runCount: 1,
  starred,
});

describe('rankHistory', () => {
  it('puts starred entries first, keeps each group in order, and lists each entry once', () => {
    const starred = [e('s1', true), e('s2', true)];
    const recent = [e('r1'), e('s2', true), e('r2'), e('s3', true)];
    expect(rankHistory(starred, recent).map((x) => x.id)).toEqual(['s1', 's2', 's3', 'r1', 'r2']);
  });

  it('follows the flag, not the list, so an optimistic unstar moves an entry down', () => {
    expect(rankHistory([e('a', false)], [e('b')]).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('stops at the limit', () => {
    expect(rankHistory([e('s', true)], [e('a'), e('b')], 2).map((x) => x.id)).toEqual(['s', 'a']);
  });
});
