import { describe, expect, test } from '@jest/globals';
import { compareDom, domSeenOnlyOnCandidate } from '../lib/compare/page-behaviour.js';
import { parseConfig } from '../lib/config/load.js';
import { InputError } from '../lib/errors.js';
import { cumulativeLayoutShift, largestContentfulPaint, totalBlockingTime } from '../lib/page/page-metrics.js';
import { describeThrottle } from '../lib/page/throttle.js';

describe('page figures computed from the entries the page reported', () => {
  test('total blocking time counts each long task beyond 50 ms, clipped to first paint .. ready', () => {
    const tasks = [
      { t: 0, d: 200 }, // before FCP at 100: only 100..200 counts, 100 ms -> 50 blocking
      { t: 300, d: 120 }, // inside: 70
      { t: 500, d: 40 }, // short: 0
      { t: 900, d: 300 }, // crosses ready at 1000: 100 ms inside -> 50
      { t: 1200, d: 500 }, // after ready: 0
    ];
    expect(totalBlockingTime(tasks, 100, 1000)).toBeCloseTo(50 + 70 + 50, 9);
    expect(totalBlockingTime([], 100, 1000)).toBe(0);
  });

  test('layout shift takes the largest session window, without shifts after input', () => {
    const shifts = [
      { t: 100, value: 0.1, input: false },
      { t: 600, value: 0.05, input: false }, // same window: 0.15
      { t: 2000, value: 0.12, input: false }, // gap > 1 s: new window 0.12
      { t: 2500, value: 0.3, input: true }, // after input: ignored
      { t: 2900, value: 0.02, input: false }, // 0.14
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.15, 9);
    // One window lasts 5 s at most: shifts every 0.9 s for 7 s split into two windows.
    const steady = Array.from({ length: 8 }, (_, i) => ({ t: i * 900, value: 0.01, input: false }));
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.06, 9);
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  test('largest contentful paint is the last candidate, or none', () => {
    expect(largestContentfulPaint([120, 340, 310])).toBe(310);
    expect(largestContentfulPaint([])).toBeUndefined();
  });
});

describe('the behaviour check of a page: rendered DOM by selector', () => {
  test('the same DOM passes, a different one fails naming the selector, an unstable one fails closed', () => {
    const base = { '#a': '<p>1</p>', '#b': '<i>x</i>', '#c': '<b>t=1</b>' };
    const copy = { '#a': '<p>1</p>', '#b': '<i>x</i>', '#c': '<b>t=2</b>' };
    const cand = { '#a': '<p>1</p>', '#b': '<i>y</i>', '#c': '<b>t=3</b>' };
    const checks = compareDom(['#a', '#b', '#c'], base, copy, cand);
    expect(checks.map((c) => c.status)).toEqual(['passed', 'failed', 'failed']);
    expect(checks[1]?.detail).toMatch(/^behaviour changed: #b renders differently/);
    expect(checks[2]?.detail).toMatch(/^unstable/);
  });

  test('a DOM the candidate rendered in some measured loads and the base never did is a change', () => {
    const base = new Map([['#a', new Set(['<p>1</p>'])]]);
    expect(domSeenOnlyOnCandidate(['#a'], base, new Map([['#a', new Set(['<p>1</p>'])]]))).toEqual([]);
    const changed = domSeenOnlyOnCandidate(['#a'], base, new Map([['#a', new Set(['<p>1</p>', '<p>2</p>'])]]));
    expect(changed.map((c) => c.status)).toEqual(['failed']);
  });
});

const page = (extra: string): string => `targets:\n  dash:\n    page:\n      start: node serve.mjs\n      url: http://127.0.0.1:\${PORT}/\n${extra}`;

describe('page targets in perfflow.config.yaml', () => {
  test('defaults are filled in and the throttle preset carries its figures', () => {
    const config = parseConfig(page('      ready: "#chart"\n      throttle: { cpu: 4, network: fast-3g }\n      interaction:\n        - click: "#go"\n        - type: { selector: "#q", text: hi }\n'), '/p/perfflow.config.yaml', '/p');
    const t = config.targets.dash;
    expect(t?.kind).toBe('page');
    if (t?.kind !== 'page') return;
    expect(t.trials).toBe(10);
    expect(t.timeoutMs).toBe(30_000);
    expect(t.interaction).toEqual([{ action: 'click', selector: '#go' }, { action: 'type', selector: '#q', text: 'hi' }]);
    expect(describeThrottle(t.throttle)).toBe('cpu 4x slower, network fast-3g (563 ms RTT, 1440/675 kbit/s down/up)');
  });

  test.each([
    ['a bad network preset lists the valid ones', '      throttle: { network: 5g }\n', /targets\.dash\.page\.throttle\.network: '5g' is not a network preset; use one of none, slow-3g, fast-3g, 4g$/],
    ['a percentage guard on blocking time is refused', '      guards: { tbt: 10% }\n', /targets\.dash\.page\.guards\.tbt: tbt is compared as a difference/],
  ])('%s', (_name, extra, message) => {
    expect(() => parseConfig(page(extra), '/p/perfflow.config.yaml', '/p')).toThrow(InputError);
    expect(() => parseConfig(page(extra), '/p/perfflow.config.yaml', '/p')).toThrow(message);
  });

  test('${PORT} without a start command is refused naming the key', () => {
    const text = 'targets:\n  dash:\n    page:\n      url: http://127.0.0.1:${PORT}/\n';
    expect(() => parseConfig(text, '/p/perfflow.config.yaml', '/p')).toThrow(/targets\.dash\.page\.url uses \$\{PORT\} but there is no targets\.dash\.page\.start/);
  });
});
