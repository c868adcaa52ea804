import { describe, expect, it } from 'vitest';
import { dashboardModel } from '@/lib/dashboards/model';
import { allPanels, findPanel, layoutSections } from './grid-layout';

const text = (id: number, x: number, y: number, w = 12, h = 4) => ({ type: 'text' as const, id, title: `p${id}`, gridPos: { x, y, w, h } });

const model = dashboardModel.parse({
  title: 't',
  panels: [
    text(1, 0, 0),
    text(2, 12, 0),
    { type: 'row', id: 10, title: 'open', gridPos: { x: 0, y: 4, w: 24, h: 1 } },
    text(3, 0, 5, 24, 8),
    { type: 'row', id: 11, title: 'closed', collapsed: true, gridPos: { x: 0, y: 13, w: 24, h: 1 }, panels: [text(4, 6, 14, 6, 3)] },
  ],
});

describe('layoutSections', () => {
  it('groups panels under rows and places them relative to their section', () => {
    const s = layoutSections(model);
    expect(s.map((x) => [x.row?.title, x.panels.map((p) => p.panel.id)])).toEqual([
      [undefined, [1, 2]],
      ['open', [3]],
      ['closed', [4]],
    ]);
    expect(s[0]!.panels[1]!.placement).toEqual({ gridColumn: '13 / span 12', gridRow: '1 / span 4' });
    expect(s[1]!.panels[0]!.placement).toEqual({ gridColumn: '1 / span 24', gridRow: '1 / span 8' });
    expect(s[2]!.panels[0]!.placement).toEqual({ gridColumn: '7 / span 6', gridRow: '1 / span 3' });
  });

  it('finds panels inside collapsed rows', () => {
    expect(allPanels(model).map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(findPanel(model, 4)?.title).toBe('p4');
    expect(findPanel(model, 99)).toBeUndefined();
  });
});
