// What the dashboard shows must stay exactly the same: the summary figures and every chart point.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { series } from '../src/data.mjs';
import { chartSvg, summaryHtml } from '../src/render.js';
import { quantile, rollingP95, summarize } from '../src/stats.js';

/** The rolling p95 computed the obvious way: sort a copy of each window. */
function reference(values, window) {
  return values.map((_, i) => quantile(Float64Array.from(values.slice(Math.max(0, i - window + 1), i + 1)).sort(), 0.95));
}

test('the summary table shows the known figures of the seeded data', () => {
  const rows = series().map((s) => summarize(s.name, s.values));
  assert.deepEqual(
    rows.map((r) => [r.name, r.count, r.mean.toFixed(2), r.p50, r.p95, r.max]),
    [
      ['api', 2400, '115.62', 77, 347, 1138],
      ['db', 2400, '35.59', 23, 107, 324],
      ['cache', 2400, '9.05', 6, 27, 85],
    ],
  );
  assert.match(summaryHtml(rows), /^<p class="headline">Slowest service: api, p95 347 ms over its last 2400 requests<\/p><table>/);
  assert.match(summaryHtml(rows), /<tr><th>api<\/th><td>2400<\/td><td>115\.62<\/td><td>77<\/td><td>347<\/td><td>1138<\/td><\/tr>/);
});

test('the rolling p95 equals a sort of every window, at every point and edge', () => {
  for (const window of [1, 2, 5, 300]) {
    const values = [5, 1, 9, 9, 3, 7, 2, 8, 8, 1, 6, 4, 10, 0, 5];
    assert.deepEqual(rollingP95(values, window), reference(values, window), `window ${window}`);
  }
  assert.deepEqual(rollingP95([], 3), []);
});

test('the chart draws the same points as the reference rolling p95', () => {
  const data = series();
  const drawn = chartSvg(data.map((s) => ({ name: s.name, points: rollingP95(s.values, 300) })));
  const expected = chartSvg(data.map((s) => ({ name: s.name, points: reference(s.values, 300) })));
  assert.equal(drawn, expected);
  assert.equal((drawn.match(/<polyline /g) ?? []).length, 3);
});
