/**
 * Dependency order of a dashboard's variables: a variable whose query refers to another (namespace → pod) is
 * resolved after it. Cycles are reported, not thrown, so the rest of the dashboard still resolves. Pure.
 */
import type { Variable } from '../model';
import { referencedNames } from './references';

export interface VariableOrder {
  /** Names outside cycles, each after every variable it depends on; ties keep dashboard order. */
  order: string[];
  /** Groups of variables that depend on each other, in dashboard order. */
  cycles: string[][];
  /** Direct dependencies by name (only names of variables on the dashboard). */
  dependencies: Map<string, string[]>;
}

/** The texts of a variable that may refer to other variables. */
export function variableSources(v: Variable): string[] {
  return v.type === 'query' ? [v.query, v.regex ?? ''] : [];
}

/** Direct dependencies of each variable on other variables of the same dashboard. */
export function variableDependencies(variables: readonly Variable[]): Map<string, string[]> {
  const names = new Set(variables.map((v) => v.name));
  const deps = new Map<string, string[]>();
  for (const v of variables) {
    const refs = new Set(variableSources(v).flatMap((s) => [...referencedNames(s)]));
    deps.set(v.name, [...refs].filter((n) => names.has(n)));
  }
  return deps;
}

/** Topological order and cycles (Tarjan's strongly connected components, then Kahn's algorithm). */
export function variableOrder(variables: readonly Variable[]): VariableOrder {
  const dependencies = variableDependencies(variables);
  const names = variables.map((v) => v.name);
  const cycles = stronglyConnected(names, dependencies).filter(
    (group) => group.length > 1 || dependencies.get(group[0]!)!.includes(group[0]!),
  );
  const inCycle = new Set(cycles.flat());
  const done = new Set<string>();
  const order: string[] = [];
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const name of names) {
      if (done.has(name) || inCycle.has(name)) continue;
      if (dependencies.get(name)!.every((d) => done.has(d) || inCycle.has(d))) {
        done.add(name);
        order.push(name);
        progressed = true;
        break; // restart so that ties keep dashboard order
      }
    }
  }
  const rank = new Map(names.map((n, i) => [n, i]));
  return { order, cycles: cycles.map((g) => g.sort((a, b) => rank.get(a)! - rank.get(b)!)), dependencies };
}

/** Names that must be re-resolved when `changed` change: their transitive dependents, in no particular order. */
export function dependentsOf(variables: readonly Variable[], changed: Iterable<string>): Set<string> {
  const deps = variableDependencies(variables);
  const out = new Set<string>();
  const queue = [...changed];
  while (queue.length) {
    const name = queue.shift()!;
    for (const [v, ds] of deps) {
      if (ds.includes(name) && !out.has(v)) {
        out.add(v);
        queue.push(v);
      }
    }
  }
  return out;
}

function stronglyConnected(names: string[], edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      groups.push(group);
    }
  };
  for (const n of names) if (!index.has(n)) visit(n);
  return groups;
}
