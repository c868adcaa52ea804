/** One structured JSON log line in the field order the demo services use (level, ts, service, msg, ...). */
import type { Bucket } from '../bucket';
import { rfc3339Nano } from '../time-format';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Fields {
  msg: string;
  [k: string]: unknown;
}

export function jsonLine(b: Bucket, nanos: number, level: Level, f: Fields): string {
  return JSON.stringify({ level, ts: rfc3339Nano(b.sec, Math.floor(nanos)), service: b.pod.app, ...f });
}
