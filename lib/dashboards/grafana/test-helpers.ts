/** Shared by the import tests: fixture loading and lookups by title. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DashboardModel, Panel } from '../model';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** `LANTERN_FIXTURES_DIR` points at `.../fixtures`; by default the shared fixtures beside the repository. */
export const grafanaFixturesDir = process.env.LANTERN_FIXTURES_DIR
  ? path.join(process.env.LANTERN_FIXTURES_DIR, 'grafana')
  : path.resolve(repoRoot, '..', 'shared', 'fixtures', 'grafana');

export function readGrafanaFixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(grafanaFixturesDir, name), 'utf8'));
}

/** Every panel, top level and inside rows (rows themselves excluded). */
export function allPanels(model: DashboardModel): Panel[] {
  return model.panels.flatMap((p) => (p.type === 'row' ? p.panels : [p]));
}

export function panelByTitle(model: DashboardModel, title: string): Panel {
  const found = allPanels(model).filter((p) => p.title === title);
  if (found.length !== 1) throw new Error(`expected one panel titled "${title}", found ${found.length}`);
  return found[0];
}

/** Narrows a panel to one type, failing the test with a readable message otherwise. */
export function asType<T extends Panel['type']>(p: Panel, type: T): Extract<Panel, { type: T }> {
  if (p.type !== type) throw new Error(`panel "${p.title}" is ${p.type}, expected ${type}`);
  return p as Extract<Panel, { type: T }>;
}
