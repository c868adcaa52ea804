import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';
import type { VariableScope } from './types';

const scope: VariableScope = {
  ns: { values: ['kube-system'] },
  pods: { values: ['api.0', 'web"1'] },
  dotted: { values: ['a.b'] },
  any: { values: ['x', 'y'], isAll: true, allValue: '.*' },
  every: { values: ['x', 'y.z'], isAll: true },
  custom: { values: ['1', '2'], texts: ['one', 'two'] },
  __rate_interval: { values: ['1m'] },
  __interval: { values: ['30s'] },
};

describe('interpolate in PromQL', () => {
  it('regex-escapes and alternates values in =~ and !~', () => {
    expect(interpolate('up{pod=~"$pods"}', scope, 'promql')).toBe('up{pod=~"api\\\\.0|web\\"1"}');
    expect(interpolate('up{pod!~"${dotted}"}', scope, 'promql')).toBe('up{pod!~"a\\\\.b"}');
  });

  it('groups an alternation that shares its literal with other text', () => {
    expect(interpolate('up{pod=~"$pods-.*"}', scope, 'promql')).toBe('up{pod=~"(?:api\\\\.0|web\\"1)-.*"}');
    expect(interpolate('up{pod=~"$dotted-.*"}', scope, 'promql')).toBe('up{pod=~"a\\\\.b-.*"}');
  });

  it('string-escapes in = and != without regex-escaping', () => {
    expect(interpolate('up{a="$dotted", b!="[[ns]]"}', scope, 'promql')).toBe('up{a="a.b", b!="kube-system"}');
    expect(interpolate('up{a="$pods"}', scope, 'promql')).toBe('up{a="api.0,web\\"1"}');
  });

  it('expands All to the custom all value, or to every value', () => {
    expect(interpolate('up{a=~"$any", b="$any"}', scope, 'promql')).toBe('up{a=~".*", b=".*"}');
    expect(interpolate('up{a=~"$every"}', scope, 'promql')).toBe('up{a=~"x|y\\\\.z"}');
  });

  it('inserts raw values outside literals (durations, grouping labels)', () => {
    expect(interpolate('sum by ($ns) (rate(x{a="$ns"}[$__rate_interval]))', scope, 'promql')).toBe(
      'sum by (kube-system) (rate(x{a="kube-system"}[1m]))',
    );
    expect(interpolate('rate(x[${__interval}])', scope, 'promql')).toBe('rate(x[30s])');
  });

  it('rebuilds single-quoted and raw literals as double-quoted', () => {
    expect(interpolate("up{a=~'$pods'}", scope, 'promql')).toBe('up{a=~"api\\\\.0|web\\"1"}');
    expect(interpolate('up{a=~`^$dotted\\d`}', scope, 'promql')).toBe('up{a=~"^a\\\\.b\\\\d"}');
  });

  it('applies explicit formats, then quotes the result for its literal', () => {
    expect(interpolate('up{a=~"${pods:raw}"}', scope, 'promql')).toBe('up{a=~"api.0,web\\"1"}');
    expect(interpolate('up{a=~"${pods:pipe}"}', scope, 'promql')).toBe('up{a=~"api.0|web\\"1"}');
    expect(interpolate('up{a=~"${pods:regex}"}', scope, 'promql')).toBe('up{a=~"(api\\\\.0|web\\"1)"}');
    expect(interpolate('up{a="${pods:csv}"}', scope, 'promql')).toBe('up{a="api.0,web\\"1"}');
  });

  it('leaves unknown variables, unknown formats and regex group references alone', () => {
    expect(interpolate('up{a="$nope", b="${ns:weird}"}', scope, 'promql')).toBe('up{a="$nope", b="${ns:weird}"}');
    expect(interpolate('label_replace(up, "x", "$1", "pod", "$dotted(.*)")', scope, 'promql')).toBe(
      'label_replace(up, "x", "$1", "pod", "a.b(.*)")',
    );
  });

  it('uses the grammar, not the look of the text: $ in a string elsewhere is left, matchers in quoted names work', () => {
    expect(interpolate('{"my.metric", pod=~"$pods"}', scope, 'promql')).toBe('{"my.metric", pod=~"api\\\\.0|web\\"1"}');
    expect(interpolate('up # comment "$ns"', scope, 'promql')).toBe('up # comment "kube-system"');
  });
});

describe('interpolate in LogQL', () => {
  it('escapes stream matchers, line filters and label filters by operator', () => {
    expect(interpolate('{ns=~"$pods", a="$dotted"} |= "$dotted" |~ "$dotted" != `$pods` | lvl=~"$pods"', scope, 'logql')).toBe(
      '{ns=~"api\\\\.0|web\\"1", a="a.b"} |= "a.b" |~ "a\\\\.b" != "api.0,web\\"1" | lvl=~"api\\\\.0|web\\"1"',
    );
  });

  it('regex-escapes inside a regexp parser', () => {
    expect(interpolate('{a="b"} | regexp "(?P<x>$dotted)"', scope, 'logql')).toBe('{a="b"} | regexp "(?P<x>a\\\\.b)"');
  });

  it('fills range durations', () => {
    expect(interpolate('sum(rate({a="b"}[$__interval]))', scope, 'logql')).toBe('sum(rate({a="b"}[30s]))');
  });
});

describe('interpolate in text', () => {
  it('inserts raw values, keeps legend {{labels}}', () => {
    expect(interpolate('CPU of $pods in [[ns]] ({{pod}})', scope)).toBe('CPU of api.0,web"1 in kube-system ({{pod}})');
    expect(interpolate('${custom:text} / ${custom:glob} / ${any:text} / ${every}', scope)).toBe('one + two / {1,2} / All / x,y.z');
    expect(interpolate('?${pods:queryparam}', scope)).toBe('?var-pods=api.0&var-pods=web%221');
    expect(interpolate('${pods:doublequote} ${dotted:singlequote}', scope)).toBe('"api.0","web\\"1" \'a.b\'');
  });

  it('regex mode escapes every reference', () => {
    expect(interpolate('/^$dotted-(.*)$/', scope, 'regex')).toBe('/^a\\.b-(.*)$/');
    expect(interpolate('^$pods$', scope, 'regex')).toBe('^(?:api\\.0|web"1)$');
  });
});
