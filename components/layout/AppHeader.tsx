import { Suspense } from 'react';
import { AutoRefresh } from '@/components/time/AutoRefresh';
import { RefreshControl } from '@/components/time/RefreshControl';
import { TimeRangePicker } from '@/components/time/TimeRangePicker';

/** The console's top bar: time range and refresh, the same on every view. */
export function AppHeader() {
  return (
    <header className="app-header" data-testid="app-header">
      <div className="app-header__spacer" />
      <Suspense fallback={<div className="time-picker time-picker--placeholder" />}>
        <TimeRangePicker />
        <RefreshControl />
        <AutoRefresh />
      </Suspense>
    </header>
  );
}
