import { describe, expect, it } from 'vitest';
import { withDashboardDefaults } from './dashboard-defaults';

describe('withDashboardDefaults', () => {
  const d = { time: { from: 'now-6h', to: 'now' }, refresh: '1m' as const };

  it('fills in a missing range and refresh, keeping other params', () => {
    expect(withDashboardDefaults('var-ns=shop', d)).toBe('var-ns=shop&from=now-6h&to=now&refresh=1m');
  });

  it('never overrides what the link says', () => {
    expect(withDashboardDefaults('from=now-15m&refresh=off', d)).toBeNull();
    expect(withDashboardDefaults('to=now-1h', { ...d, refresh: 'off' })).toBeNull();
  });

  it('changes nothing for the application defaults', () => {
    expect(withDashboardDefaults('', { time: { from: 'now-1h', to: 'now' }, refresh: 'off' })).toBeNull();
  });
});
