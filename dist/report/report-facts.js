import { formatRatios } from '../compare/describe-change.js';
import { formatNumber } from './format.js';
/**
 * The objective metric of the comparison.
 * @param bundle - the run's artifacts
 * @returns the objective metric (else the first), or null without a comparison
 */
export function objectiveMetric(bundle) {
    const metrics = bundle.comparison?.metrics ?? [];
    return metrics.find((m) => m.objective) ?? metrics[0] ?? null;
}
/**
 * The change of a metric as people read it: "+3.1% [+1.2%, +5.0%]" or a difference with its unit.
 * @param m - the metric
 * @returns the change and interval, or "n/a"
 */
export function changeText(m) {
    if (m.effect === null || m.ci95 === null)
        return 'n/a';
    if (m.scale === 'log') {
        // Reports set a typographic minus; the unit (percent or times) is shared by all three figures.
        const [effect, lo, hi] = formatRatios([m.effect, m.ci95[0], m.ci95[1]]).map((t) => t.replace(/^-/, '−'));
        return `${effect ?? ''} [${lo ?? ''}, ${hi ?? ''}]`;
    }
    const sign = (x) => `${x >= 0 ? '+' : '−'}${formatNumber(Math.abs(x))}`;
    return `${sign(m.effect)} ${m.unit} [${sign(m.ci95[0])}, ${sign(m.ci95[1])}]`;
}
/**
 * A guard's tolerance as people read it.
 * @param m - the metric
 * @returns e.g. `10.0%`, `none beyond the floor`, `no limit`, or `objective`
 */
export function toleranceText(m) {
    if (m.role === 'objective')
        return 'objective: must improve';
    if (m.tolerance === null)
        return 'no limit';
    if (m.tolerance === 0)
        return 'none beyond the floor';
    return m.scale === 'log' ? `${(m.tolerance * 100).toFixed(1)}%` : formatNumber(m.tolerance);
}
/**
 * The one-line outcome of a run: the objective metric's before, after and change.
 * @param bundle - the run's artifacts
 * @returns e.g. "latency_p99 42.1 ms → 30.2 ms (−28.3% [−31.0%, −25.2%], improved)"
 */
export function headline(bundle) {
    const m = objectiveMetric(bundle);
    if (m === null)
        return 'no comparison was recorded';
    const base = m.base === null ? '?' : `${formatNumber(m.base)} ${m.unit}`;
    const candidate = m.candidate === null ? '?' : `${formatNumber(m.candidate)} ${m.unit}`;
    return `${m.name} ${base} → ${candidate} (${changeText(m)}, ${m.verdict})`;
}
/**
 * Gate records that a person overrode.
 * @param bundle - the run's artifacts
 * @returns the overridden gates, in step order
 */
export function overriddenGates(bundle) {
    return bundle.gates.filter((g) => g.decision === 'overridden');
}
/**
 * Per-metric values of base and candidate trials from the raw paired results.
 * @param bundle - the run's artifacts
 * @param metric - the metric name
 * @returns the finite values of each side, block by block
 */
export function trialValues(bundle, metric) {
    const blocks = bundle.results?.blocks ?? [];
    const pick = (arm) => blocks.map((b) => b.values[arm][metric]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    return { base: pick('base'), candidate: pick('candidate') };
}
const PERCENTILE = /(?:^|[_/.-])p(\d{2,3}(?:\.\d+)?)$/i;
/** "50" -> 50, "99" -> 99, "999" -> 99.9 (the usual spelling of p99.9), "99.99" -> 99.99. */
function percentileOf(digits) {
    return !digits.includes('.') && digits.length === 3 ? Number(`${digits.slice(0, 2)}.${digits.slice(2)}`) : Number(digits);
}
/**
 * Latency percentiles present as metrics (e.g. latency_p50, latency_p99), in percentile order.
 * @param bundle - the run's artifacts
 * @returns label, base and candidate per percentile, and the unit; empty when fewer than two
 */
export function percentilePoints(bundle) {
    const metrics = (bundle.comparison?.metrics ?? []).filter((m) => PERCENTILE.test(m.name) && m.base !== null && m.candidate !== null && m.direction === 'lower');
    const unit = metrics[0]?.unit ?? '';
    const points = metrics
        .filter((m) => m.unit === unit)
        .map((m) => ({ p: percentileOf(PERCENTILE.exec(m.name)?.[1] ?? '0'), m }))
        .sort((a, b) => a.p - b.p)
        .map(({ p, m }) => ({ label: `p${p}`, base: m.base ?? 0, candidate: m.candidate ?? 0 }));
    return points.length >= 2 ? { unit, points } : { unit, points: [] };
}
