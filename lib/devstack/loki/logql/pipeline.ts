/**
 * Run a LogQL pipeline over one entry: line filters, parsers, label filters and formatters, with
 * Loki's error labels (__error__, __error_details__) and "_extracted" suffix on clashing names.
 */
import type { LabelMatcher, LabelPredicate, LineFilter, Stage } from './ast';
import { type Extracted, jsonAt, parseJsonLine, parseLogfmt, parsePattern, parseRegexp } from './extract';
import { parseBytes, parseGoDuration } from './literals';
import { renderTemplate } from './template';

export interface PipelineResult {
  line: string;
  /** Labels after the pipeline; the stream's own object when nothing changed them. */
  labels: Record<string, string>;
}

export function matchLabel(m: LabelMatcher, value: string | undefined): boolean {
  const v = value ?? '';
  switch (m.op) {
    case '=':
      return v === m.value;
    case '!=':
      return v !== m.value;
    case '=~':
      return m.re!.test(v);
    case '!~':
      return !m.re!.test(v);
  }
}

export function matchLine(f: LineFilter, line: string): boolean {
  switch (f.op) {
    case '|=':
      return f.values.some((v) => line.includes(v));
    case '!=':
      return !f.values.some((v) => line.includes(v));
    case '|~':
      return f.res!.some((r) => r.test(line));
    case '!~':
      return !f.res!.some((r) => r.test(line));
  }
}

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    default:
      return a <= b;
  }
}

function setError(labels: Record<string, string>, err: string, details: string) {
  if (labels.__error__) return;
  labels.__error__ = err;
  labels.__error_details__ = details;
}

function testPredicate(p: LabelPredicate, labels: Record<string, string>): boolean {
  switch (p.kind) {
    case 'and':
      return testPredicate(p.left, labels) && testPredicate(p.right, labels);
    case 'or':
      return testPredicate(p.left, labels) || testPredicate(p.right, labels);
    case 'match':
      return matchLabel(p.matcher, labels[p.matcher.name]);
    default: {
      const raw = labels[p.name];
      if (raw === undefined) return false;
      const v = p.kind === 'number' ? (raw.trim() === '' ? NaN : Number(raw)) : p.kind === 'duration' ? parseGoDuration(raw) : parseBytes(raw);
      if (v === null || Number.isNaN(v)) {
        setError(labels, 'LabelFilterErr', `${p.kind === 'number' ? 'strconv.ParseFloat: parsing' : 'cannot parse'} ${JSON.stringify(raw)}: invalid syntax`);
        return true;
      }
      return compare(p.op, v, p.value);
    }
  }
}

function addExtracted(labels: Record<string, string>, stream: Record<string, string>, extracted: Extracted) {
  for (const [k, v] of Object.entries(extracted)) {
    if (!k) continue;
    labels[k in stream ? `${k}_extracted` : k] = v;
  }
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** A compiled pipeline: returns null when the entry is filtered out. */
export type Pipeline = (line: string, stream: Record<string, string>, tsNs: string) => PipelineResult | null;

export function compilePipeline(stages: Stage[]): Pipeline {
  return (line0, stream, tsNs) => {
    let line = line0;
    let labels = stream;
    const own = () => (labels === stream ? (labels = { ...stream }) : labels);
    for (const s of stages) {
      switch (s.kind) {
        case 'lineFilter':
          if (!matchLine(s.filter, line)) return null;
          break;
        case 'json': {
          const l = own();
          try {
            if (!s.extract) addExtracted(l, stream, parseJsonLine(line));
            else {
              const obj: unknown = JSON.parse(line);
              const picked: Extracted = {};
              for (const e of s.extract) {
                const v = jsonAt(obj, e.path);
                if (v !== undefined) picked[e.label] = v;
              }
              addExtracted(l, stream, picked);
            }
          } catch (e) {
            setError(l, 'JSONParserErr', (e as Error).message);
          }
          break;
        }
        case 'unpack': {
          const l = own();
          try {
            const obj = parseJsonLine(line);
            if ('_entry' in obj) line = obj._entry;
            delete obj._entry;
            addExtracted(l, stream, obj);
          } catch (e) {
            setError(l, 'JSONParserErr', (e as Error).message);
          }
          break;
        }
        case 'logfmt': {
          const l = own();
          try {
            const all = parseLogfmt(line);
            addExtracted(l, stream, s.extract ? Object.fromEntries(s.extract.filter((e) => e.key in all).map((e) => [e.label, all[e.key]])) : all);
          } catch (e) {
            setError(l, 'LogfmtParserErr', (e as Error).message);
          }
          break;
        }
        case 'regexp':
          addExtracted(own(), stream, parseRegexp(line, s.re));
          break;
        case 'pattern':
          addExtracted(own(), stream, parsePattern(line, s.pattern));
          break;
        case 'labelFilter':
          if (!testPredicate(s.predicate, own())) return null;
          break;
        case 'lineFormat':
          line = renderTemplate(s.template, labels, line, tsNs);
          break;
        case 'labelFormat': {
          const l = own();
          const before = { ...l };
          for (const it of s.items) {
            if (it.source !== undefined) {
              l[it.target] = before[it.source] ?? '';
              if (it.source !== it.target) delete l[it.source];
            } else l[it.target] = renderTemplate(it.template!, before, line, tsNs);
          }
          break;
        }
        case 'decolorize':
          line = line.replace(ANSI, '');
          break;
        case 'drop':
        case 'keep': {
          const l = own();
          for (const k of Object.keys(l)) {
            const hit = s.labels.some((x) => x.name === k && (!x.matcher || matchLabel(x.matcher, l[k])));
            if (hit === (s.kind === 'drop')) delete l[k];
          }
          break;
        }
      }
    }
    return { line, labels };
  };
}
