import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFields, lineFields, logfmtPairs, prettifyJson, truncateLine, utf8Length } from './fields';

const pick = (line: string) => lineFields(line).map((f) => [f.name, f.value, f.source, f.label]);

describe('lineFields', () => {
  it('flattens JSON with exact numbers, arrays by index, depth and count caps', () => {
    expect(pick('{"a":{"b":{"c":1}},"id":12345678901234567890,"tags":["x",{"y":true}],"n":null,"e":{},"s":"q\\"\\n"}')).toEqual([
      ['a.b.c', '1', 'json', 'a_b_c'],
      ['id', '12345678901234567890', 'json', 'id'],
      ['tags[0]', 'x', 'json', undefined],
      ['tags[1].y', 'true', 'json', undefined],
      ['n', 'null', 'json', 'n'],
      ['s', 'q"\n', 'json', 's'],
    ]);
    expect(lineFields('{"a":{"b":{"c":[1,2]}}}', { maxDepth: 2 })).toEqual([{ name: 'a.b', value: '{"c":[1,2]}', source: 'json', label: 'a_b' }]);
    expect(lineFields(JSON.stringify(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]))))).toHaveLength(200);
    expect(lineFields('{"x-y":1,"1a":2}').map((f) => f.label)).toEqual(['x_y', '_1a']);
  });

  it('survives deep nesting and invalid JSON', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(lineFields(deep)).toHaveLength(1);
    expect(pick('{"a":1,')).toEqual([]);
    expect(pick('{broken a=1')).toEqual([['a', '1', 'logfmt', 'a']]);
  });

  it('reads logfmt with quoted values and escapes', () => {
    expect(pick('level=info msg="hello \\"world\\"\\n" dur=1.5ms empty= path=/a=b bare')).toEqual([
      ['level', 'info', 'logfmt', 'level'],
      ['msg', 'hello "world"\n', 'logfmt', 'msg'],
      ['dur', '1.5ms', 'logfmt', 'dur'],
      ['empty', '', 'logfmt', 'empty'],
      ['path', '/a=b', 'logfmt', 'path'],
    ]);
    expect(logfmtPairs('plain text line')).toEqual([]);
  });

  it('reads klog structured pairs', () => {
    expect(pick('I1121 23:47:29.325036       1 controller.go:123] "Pod updated" pod="kube-system/dns-1" err="x \\"y\\"" attempt=3')).toEqual([
      ['caller', 'controller.go:123', 'klog', undefined],
      ['msg', 'Pod updated', 'klog', undefined],
      ['pod', 'kube-system/dns-1', 'klog', 'pod'],
      ['err', 'x "y"', 'klog', 'err'],
      ['attempt', '3', 'klog', 'attempt'],
    ]);
  });

  it('lists labels, metadata and parsed labels first', () => {
    const fields = entryFields({ tsNs: '1', line: 'a=1', labels: { app: 'x' }, metadata: { trace_id: 't' }, parsed: { b: '2' } });
    expect(fields.map((f) => `${f.source}:${f.name}=${f.value}`)).toEqual(['label:app=x', 'metadata:trace_id=t', 'parsed:b=2', 'logfmt:a=1']);
  });
});

describe('truncateLine', () => {
  it('cuts at a byte budget between code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 400 }), (line, max) => {
        const { text, truncatedBytes } = truncateLine(line, max);
        const enc = new TextEncoder();
        expect(line.startsWith(text)).toBe(true);
        expect(enc.encode(text).length).toBeLessThanOrEqual(Math.max(max, truncatedBytes === 0 ? Infinity : 0));
        expect(enc.encode(text).length + truncatedBytes).toBe(enc.encode(line).length);
        const last = text.charCodeAt(text.length - 1);
        if (truncatedBytes > 0) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        if (truncatedBytes > 0) expect(enc.encode(line.slice(0, text.length + (line.codePointAt(text.length)! > 0xffff ? 2 : 1))).length).toBeGreaterThan(max);
      }),
    );
    expect(truncateLine('a😀b', 4)).toEqual({ text: 'a', truncatedBytes: 5 });
    expect(utf8Length('é\ud800')).toBe(5);
  });

  it('handles a 5 MB line quickly', () => {
    const line = 'x'.repeat(5 * 1024 * 1024);
    const t0 = performance.now();
    const { text, truncatedBytes } = truncateLine(line);
    console.info(`truncateLine 5 MB: ${(performance.now() - t0).toFixed(1)} ms`);
    expect(text).toHaveLength(16 * 1024);
    expect(truncatedBytes).toBe(5 * 1024 * 1024 - 16 * 1024);
  });
});

describe('prettifyJson', () => {
  it('indents JSON keeping numbers and escapes as written', () => {
    expect(prettifyJson('{"a":[1,2],"b":{},"c":"x,{y}","big":12345678901234567890}')).toBe(
      '{\n  "a": [\n    1,\n    2\n  ],\n  "b": {},\n  "c": "x,{y}",\n  "big": 12345678901234567890\n}',
    );
  });
  it('leaves other lines alone', () => {
    expect(prettifyJson('not json')).toBe('not json');
    expect(prettifyJson('{"a":')).toBe('{"a":');
  });
  it('round-trips any JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(JSON.parse(prettifyJson(text))).toEqual(JSON.parse(text));
      }),
    );
  });
});
