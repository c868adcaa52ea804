import { describe, expect, it } from 'vitest';
import { absoluteShareHref, exploreHref, readViewPanel, shareHref, viewPanelSearch } from './links';

describe('dashboard links', () => {
  const params = new URLSearchParams('from=now-6h&var-ns=shop&var-pod=a&var-pod=b&refresh=30s');

  it('keeps relative ranges and every variable in the share link', () => {
    expect(shareHref('/dashboards/k8s-pod', params)).toBe('/dashboards/k8s-pod?from=now-6h&var-ns=shop&var-pod=a&var-pod=b&refresh=30s');
  });

  it('freezes the range in epoch ms and drops auto refresh', () => {
    const url = new URL(absoluteShareHref('/d/x', params, { startMs: 1000.4, endMs: 2000.6 }), 'http://h');
    expect(url.searchParams.get('from')).toBe('1000');
    expect(url.searchParams.get('to')).toBe('2001');
    expect(url.searchParams.has('refresh')).toBe(false);
    expect(url.searchParams.getAll('var-pod')).toEqual(['a', 'b']);
  });

  it('puts the full-screen panel in the URL and reads it back', () => {
    const s = new URLSearchParams(viewPanelSearch(params, 7));
    expect(readViewPanel(s)).toBe(7);
    expect(readViewPanel(new URLSearchParams(viewPanelSearch(s, null)))).toBeNull();
    expect(readViewPanel(new URLSearchParams('viewPanel=abc'))).toBeNull();
  });

  it('opens Explore and Logs with the query and the range', () => {
    const e = new URL(exploreHref({ view: 'explore', expr: 'sum(rate(x{a="b"}[5m]))' }, { from: 'now-6h', to: 'now' }), 'http://h');
    expect(e.pathname).toBe('/explore');
    expect(e.searchParams.get('q')).toBe('sum(rate(x{a="b"}[5m]))');
    expect(e.searchParams.get('from')).toBe('now-6h');
    expect(e.searchParams.has('to')).toBe(false);
    expect(exploreHref({ view: 'logs', expr: '{app="x"}' }, { from: 'now-1h', to: 'now' })).toBe('/logs?q=%7Bapp%3D%22x%22%7D');
  });
});
