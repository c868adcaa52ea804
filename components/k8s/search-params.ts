/** Next passes search params as a record; views read them as URLSearchParams. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function toSearchParams(raw: SearchParamsRecord): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string') out.set(k, v);
    else if (Array.isArray(v) && v.length) out.set(k, v[0]);
  }
  return out;
}

/** Hidden inputs that carry the time range through a GET form. */
export function timeFields(sp: URLSearchParams): [string, string][] {
  return ['from', 'to', 'refresh'].flatMap((k) => (sp.get(k) ? [[k, sp.get(k)!] as [string, string]] : []));
}
