// The dashboard's markup, as strings (so the tests check exactly what the page shows).

const WIDTH = 720;
const HEIGHT = 240;

/** The headline (the slowest service by p95) and the summary table: one row per service. */
export function summaryHtml(rows) {
  const slowest = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const cells = rows
    .map((r) => `<tr><th>${r.name}</th><td>${r.count}</td><td>${r.mean.toFixed(2)}</td><td>${r.p50}</td><td>${r.p95}</td><td>${r.max}</td></tr>`)
    .join('');
  return `<p class="headline">Slowest service: ${slowest.name}, p95 ${slowest.p95} ms over its last ${slowest.count} requests</p><table><thead><tr><th>service</th><th>requests</th><th>mean ms</th><th>p50 ms</th><th>p95 ms</th><th>max ms</th></tr></thead><tbody>${cells}</tbody></table>`;
}

/** The chart: one polyline of rolling p95 per service, scaled to the highest point. */
export function chartSvg(lines) {
  const top = Math.max(...lines.flatMap((l) => l.points));
  const path = (points) => points.map((p, i) => `${((i / (points.length - 1)) * WIDTH).toFixed(1)},${(HEIGHT - (p / top) * HEIGHT).toFixed(1)}`).join(' ');
  const polylines = lines.map((l) => `<polyline class="line-${l.name}" fill="none" points="${path(l.points)}"></polyline>`).join('');
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">${polylines}</svg>`;
}
