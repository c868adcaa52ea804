/** Column styles of Grafana's old table panel (`table-old`): unit, decimals and alias become overrides. */
import type { Override } from '../model';
import { mapDecimals } from './field-config';
import { arr, cut, rec, str, text } from './read';
import { mapUnit } from './units';
import type { PanelWarn } from './warnings';

type Property = Override['properties'][number];

export function tableOldOverrides(styles: unknown, warn: PanelWarn): Override[] {
  const out: Override[] = [];
  let lost = 0;
  for (const item of arr(styles)) {
    const s = rec(item);
    const pattern = text(s?.pattern);
    if (!s || !pattern) continue;
    const properties: Property[] = [];
    const unit = s.type === 'number' ? mapUnit(s.unit) : undefined;
    if (unit) properties.push({ id: 'unit', value: unit });
    const decimals = s.type === 'number' ? mapDecimals(s.decimals) : undefined;
    if (decimals !== undefined) properties.push({ id: 'decimals', value: decimals });
    const alias = text(s.alias);
    if (alias) properties.push({ id: 'displayName', value: cut(alias, 256) });
    if (s.type === 'hidden' || s.type === 'date' || arr(s.valueMaps).length > 0 || str(s.colorMode)) lost++;
    if (properties.length === 0) continue;
    // Patterns written as /.../ are regular expressions; anything else names a column.
    const re = /^\/(.*)\/[a-z]*$/.exec(pattern);
    out.push({ matcher: re ? { id: 'byRegexp', options: cut(re[1], 1024) } : { id: 'byName', options: cut(pattern, 1024) }, properties });
  }
  if (lost > 0) warn('field-option-dropped', `${lost} column style(s) of the old table used hiding, date formats, value maps or colouring, which were dropped.`);
  return out.slice(0, 64);
}
