import { expect, it } from 'vitest';
import { dashboardModel } from '../model';
import { emptyDashboard } from './empty';

it('is exactly what the schema makes of a bare title', () => {
  expect(emptyDashboard('X')).toEqual(dashboardModel.parse({ title: 'X' }));
});
