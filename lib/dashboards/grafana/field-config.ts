/** Grafana `fieldConfig` (defaults and overrides) to ours; what cannot be carried is named in a warning. */
import type { FieldConfig, FieldDefaults, Override, Thresholds } from '../model';
import { arr, clamp, cut, num, rec, str, text } from './read';
import { mapUnit } from './units';
import type { PanelWarn } from './warnings';

type OverrideProperty = Override['properties'][number];

export function mapDecimals(x: unknown): number | undefined {
  const n = num(x);
  return n === undefined ? undefined : clamp(Math.round(n), 0, 10);
}

/** Grafana's first step is the base (`value: null`, -Infinity in memory); later steps are sorted by value. */
export function mapThresholds(raw: unknown): Thresholds | undefined {
  const t = rec(raw);
  const steps = arr(t?.steps)
    .map((s) => rec(s))
    .filter((s): s is Record<string, unknown> => s !== undefined && typeof s.color === 'string');
  if (steps.length === 0) return undefined;
  const [base, ...rest] = steps;
  const above = rest
    .map((s) => ({ value: num(s.value), color: cut(String(s.color), 64) }))
    .filter((s): s is { value: number; color: string } => s.value !== undefined)
    .sort((a, b) => a.value - b.value);
  return {
    mode: t?.mode === 'percentage' ? 'percentage' : 'absolute',
    steps: [{ value: null, color: cut(String(base.color), 64) }, ...above].slice(0, 64),
  };
}

function fixedColor(raw: unknown): string | undefined {
  const c = rec(raw);
  if (!c) return typeof raw === 'string' && raw !== '' ? cut(raw, 64) : undefined;
  const mode = str(c.mode);
  return (mode === 'fixed' || mode === 'shades') && text(c.fixedColor) ? cut(String(c.fixedColor), 64) : undefined;
}

/** Field options that change what a panel means (not how it looks), so dropping them deserves a warning. */
const MEANINGFUL_DEFAULTS: Record<string, string> = {
  mappings: 'value mappings',
  noValue: 'the "no value" text',
  links: 'data links',
};

export function mapDefaults(raw: unknown, warn: PanelWarn): FieldDefaults {
  const d = rec(raw) ?? {};
  const out: FieldDefaults = {};
  const unit = mapUnit(d.unit);
  if (unit) out.unit = unit;
  const min = num(d.min);
  if (min !== undefined) out.min = min;
  const max = num(d.max);
  if (max !== undefined) out.max = max;
  const decimals = mapDecimals(d.decimals);
  if (decimals !== undefined) out.decimals = decimals;
  const displayName = text(d.displayName);
  if (displayName) out.displayName = cut(displayName, 256);
  const color = fixedColor(d.color);
  if (color) out.color = color;
  const thresholds = mapThresholds(d.thresholds);
  if (thresholds) out.thresholds = thresholds;

  const dropped = Object.entries(MEANINGFUL_DEFAULTS)
    .filter(([key]) => {
      const v = d[key];
      return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '';
    })
    .map(([, label]) => label);
  if (rec(d.custom)?.transform === 'negative-Y') dropped.push('negative-Y transform');
  if (dropped.length > 0) warn('field-option-dropped', `Not supported, dropped: ${dropped.join(', ')}.`);
  return out;
}

function mapProperty(p: Record<string, unknown>): OverrideProperty | undefined {
  const v = p.value;
  switch (p.id) {
    case 'unit': {
      const unit = mapUnit(v);
      return unit ? { id: 'unit', value: unit } : undefined;
    }
    case 'color': {
      const color = fixedColor(v);
      return color ? { id: 'color', value: color } : undefined;
    }
    case 'displayName':
    case 'displayNameFromDS':
      return typeof v === 'string' ? { id: 'displayName', value: cut(v, 256) } : undefined;
    case 'min':
    case 'max': {
      const n = num(v);
      return n === undefined ? undefined : { id: p.id, value: n };
    }
    case 'decimals': {
      const n = mapDecimals(v);
      return n === undefined ? undefined : { id: 'decimals', value: n };
    }
    default:
      return undefined;
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mapMatcher(raw: unknown): Override['matcher'] | string {
  const m = rec(raw);
  const id = str(m?.id) ?? '(none)';
  if ((id === 'byName' || id === 'byRegexp') && typeof m?.options === 'string') return { id, options: cut(m.options, 1024) };
  // "Fields with name" multi-select: the same as a regex over the exact names.
  const names = arr(rec(m?.options)?.names).filter((n): n is string => typeof n === 'string');
  if (id === 'byNames' && rec(m?.options)?.mode !== 'exclude' && names.length > 0) {
    return { id: 'byRegexp', options: cut(`^(?:${names.map(escapeRegex).join('|')})$`, 1024) };
  }
  return id;
}

export function mapOverrides(raw: unknown, warn: PanelWarn): Override[] {
  const out: Override[] = [];
  for (const item of arr(raw)) {
    const o = rec(item);
    if (!o) continue;
    const matcher = mapMatcher(o.matcher);
    if (typeof matcher === 'string') {
      warn('override-dropped', `An override matching fields "${matcher}" was dropped: only byName and byRegexp matchers are supported.`);
      continue;
    }
    const properties: OverrideProperty[] = [];
    const dropped: string[] = [];
    for (const pr of arr(o.properties)) {
      const p = rec(pr);
      if (!p) continue;
      const mapped = mapProperty(p);
      if (mapped && properties.length < 32) properties.push(mapped);
      else dropped.push(str(p.id) ?? '(unnamed)');
    }
    if (dropped.length > 0) {
      warn('override-dropped', `Override for ${matcher.id} "${matcher.options}": dropped ${dropped.join(', ')} (supported: unit, color, displayName, min, max, decimals).`);
    }
    if (properties.length > 0) out.push({ matcher, properties });
  }
  if (out.length > 64) warn('limit-exceeded', `Only the first 64 of ${out.length} overrides were kept.`);
  return out.slice(0, 64);
}

export function mapFieldConfig(raw: unknown, warn: PanelWarn): FieldConfig {
  const fc = rec(raw) ?? {};
  return { defaults: mapDefaults(fc.defaults, warn), overrides: mapOverrides(fc.overrides, warn) };
}
