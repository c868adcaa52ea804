import { describe, expect, it } from 'vitest';
import { dashboardModel, type DashboardModel, type GridPos, type Panel } from '../model';
import { addPanel, addRow, changePanelType, duplicatePanel, movePanel, moveRow, nextRefId, removePanel, removeRow, resizePanel, updatePanel, updateRow } from './panels';

const ts = (id: number, gridPos: GridPos): Panel => ({ ...(newTs(id) as Panel), gridPos });
const newTs = (id: number) =>
  dashboardModel.parse({ title: 't', panels: [{ id, type: 'timeseries', gridPos: { x: 0, y: 0, w: 12, h: 8 } }] }).panels[0]!;

function model(panels: DashboardModel['panels']): DashboardModel {
  return dashboardModel.parse({ title: 'Edit me', panels });
}

const pos = (m: DashboardModel) =>
  Object.fromEntries(m.panels.flatMap((p) => (p.type === 'row' ? [[`row${p.id}`, p.gridPos.y], ...p.panels.map((q) => [q.id, q.gridPos])] : [[p.id, p.gridPos]])));

describe('panel edits', () => {
  const two = model([ts(1, { x: 0, y: 0, w: 12, h: 8 }), ts(2, { x: 12, y: 0, w: 12, h: 8 })]);

  it('adds a panel at the top with the next id and pushes the others down, leaving the input untouched', () => {
    const before = JSON.stringify(two);
    const { model: m, id } = addPanel(two, 'stat');
    expect(id).toBe(3);
    expect(JSON.stringify(two)).toBe(before);
    expect(pos(m)).toEqual({ 3: { x: 0, y: 0, w: 6, h: 4 }, 1: { x: 0, y: 4, w: 12, h: 8 }, 2: { x: 12, y: 0, w: 12, h: 8 } });
    expect(dashboardModel.safeParse(m).success).toBe(true);
    expect(m.panels.find((p) => p.id === 3)).toMatchObject({ type: 'stat', targets: [{ refId: 'A', datasource: 'prometheus', expr: '' }] });
  });

  it('gives a logs panel a Loki query and a text panel none', () => {
    const logs = addPanel(model([]), 'logs');
    expect(logs.model.panels[0]).toMatchObject({ type: 'logs', targets: [{ datasource: 'loki' }] });
    expect(addPanel(model([]), 'text').model.panels[0]).toMatchObject({ type: 'text', targets: [] });
  });

  it('removes a panel and lets the ones below float up', () => {
    const m = removePanel(model([ts(1, { x: 0, y: 0, w: 24, h: 5 }), ts(2, { x: 0, y: 5, w: 24, h: 5 })]), 1);
    expect(pos(m)).toEqual({ 2: { x: 0, y: 0, w: 24, h: 5 } });
  });

  it('duplicates below the original with a new id and a deep copy', () => {
    const { model: m, id } = duplicatePanel(two, 1);
    expect(id).toBe(3);
    expect(pos(m)[3]).toEqual({ x: 0, y: 8, w: 12, h: 8 });
    const copy = m.panels.find((p) => p.id === 3) as Panel;
    const original = two.panels[0] as Panel;
    expect(copy.targets).toEqual(original.targets);
    expect(copy.targets).not.toBe(original.targets);
  });

  it('moves left and right by one column within the grid', () => {
    expect(pos(movePanel(two, 2, 'right'))[2]).toEqual({ x: 12, y: 0, w: 12, h: 8 });
    const m = movePanel(model([ts(1, { x: 0, y: 0, w: 6, h: 4 })]), 1, 'right');
    expect(pos(m)[1]).toEqual({ x: 1, y: 0, w: 6, h: 4 });
    expect(pos(movePanel(m, 1, 'left'))[1]).toEqual({ x: 0, y: 0, w: 6, h: 4 });
    expect(pos(movePanel(movePanel(m, 1, 'left'), 1, 'left'))[1]).toEqual({ x: 0, y: 0, w: 6, h: 4 });
  });

  it('moves up and down by swapping places with the neighbour in reading order', () => {
    const stack = model([ts(1, { x: 0, y: 0, w: 24, h: 4 }), ts(2, { x: 0, y: 4, w: 24, h: 6 })]);
    const m = movePanel(stack, 2, 'up');
    expect(pos(m)).toEqual({ 2: { x: 0, y: 0, w: 24, h: 6 }, 1: { x: 0, y: 6, w: 24, h: 4 } });
    expect(m.panels.map((p) => p.id)).toEqual([2, 1]);
    expect(pos(movePanel(m, 2, 'down'))).toEqual(pos(stack));
  });

  it('resizes within 1-24 columns and keeps the panel on the grid, pushing overlapped panels down', () => {
    const m = resizePanel(two, 1, 4, 2);
    expect(pos(m)).toEqual({ 1: { x: 0, y: 0, w: 16, h: 10 }, 2: { x: 12, y: 10, w: 12, h: 8 } });
    expect(pos(resizePanel(two, 2, 30, -20))[2]).toEqual({ x: 0, y: 8, w: 24, h: 1 });
    expect(pos(resizePanel(two, 1, -40, 0))[1]).toMatchObject({ w: 1 });
  });

  it('updates one panel by id', () => {
    const m = updatePanel(two, 2, (p) => ({ ...p, title: 'Renamed' }));
    expect(m.panels.map((p) => p.title)).toEqual(['', 'Renamed']);
  });
});

describe('row edits', () => {
  const base = model([ts(1, { x: 0, y: 0, w: 24, h: 4 })]);

  it('adds an empty expanded row at the bottom, then a panel moved down crosses into it', () => {
    const { model: m, id } = addRow(base, 'Network');
    expect(id).toBe(2);
    expect(m.panels.map((p) => [p.type, p.gridPos.y])).toEqual([
      ['timeseries', 0],
      ['row', 4],
    ]);
    const moved = movePanel(m, 1, 'down');
    expect(moved.panels.map((p) => [p.type, p.id, p.gridPos.y])).toEqual([
      ['row', 2, 0],
      ['timeseries', 1, 1],
    ]);
    expect(movePanel(moved, 1, 'up').panels.map((p) => p.type)).toEqual(['timeseries', 'row']);
  });

  it('collapsing a row moves its panels inside it; expanding puts them back after it', () => {
    const { model: withRow, id } = addRow(base);
    const m = movePanel(withRow, 1, 'down');
    const collapsed = updateRow(m, id, { collapsed: true });
    expect(collapsed.panels).toHaveLength(1);
    expect(collapsed.panels[0]).toMatchObject({ type: 'row', collapsed: true, panels: [{ id: 1, gridPos: { y: 1 } }] });
    expect(updateRow(collapsed, id, { collapsed: false }).panels).toEqual(m.panels);
    expect(dashboardModel.safeParse(collapsed).success).toBe(true);
  });

  it('removing a row keeps its panels (joined to the section above)', () => {
    const { model: withRow, id } = addRow(base);
    const m = updateRow(movePanel(withRow, 1, 'down'), id, { collapsed: true, title: 'X' });
    const gone = removeRow(m, id);
    expect(gone.panels.map((p) => [p.type, p.id, p.gridPos.y])).toEqual([['timeseries', 1, 0]]);
  });

  it('moves rows with their panels', () => {
    let m: DashboardModel = base;
    const a = addRow(m, 'A');
    m = movePanel(a.model, 1, 'down');
    const b = addRow(m, 'B');
    m = moveRow(b.model, b.id, 'up');
    expect(m.panels.map((p) => (p.type === 'row' ? p.title : p.id))).toEqual(['B', 'A', 1]);
    expect(moveRow(m, b.id, 'up')).toEqual(m);
  });
});

describe('panel type and queries', () => {
  it('changes type keeping title, size and queries, with the new type options and datasource', () => {
    const { model: m, id } = addPanel(model([]), 'timeseries');
    const p = { ...(m.panels.find((x) => x.id === id) as Panel), title: 'CPU' };
    const stat = changePanelType({ ...p, targets: [{ refId: 'A', datasource: 'prometheus', expr: 'up' }] } as Panel, 'stat');
    expect(stat).toMatchObject({ type: 'stat', title: 'CPU', gridPos: p.gridPos, targets: [{ expr: 'up' }], options: { reduce: 'last' } });
    expect(changePanelType(stat, 'logs')).toMatchObject({ type: 'logs', targets: [{ datasource: 'loki', expr: 'up' }] });
    expect(nextRefId(stat)).toBe('B');
  });
});
