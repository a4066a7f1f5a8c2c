import { formatDifference, formatRatios } from './describe-change.js';
function number(value) {
    const abs = Math.abs(value);
    if (abs >= 1000)
        return value.toFixed(0);
    if (abs >= 10)
        return value.toFixed(1);
    return value.toPrecision(3);
}
function change(metric) {
    if (metric.effect === null || metric.ci95 === null)
        return 'n/a';
    if (metric.scale === 'log') {
        const [effect, lo, hi] = formatRatios([metric.effect, metric.ci95[0], metric.ci95[1]]);
        return `${effect ?? ''} [${lo ?? ''}, ${hi ?? ''}]`;
    }
    return `${formatDifference(metric.effect)} [${formatDifference(metric.ci95[0])}, ${formatDifference(metric.ci95[1])}]`;
}
function floor(metric) {
    return metric.scale === 'log' ? `±${(metric.noise_floor * 100).toFixed(1)}%` : `±${metric.noise_floor}`;
}
function tolerance(metric) {
    if (metric.role === 'objective')
        return 'objective';
    if (metric.tolerance === null)
        return 'off';
    if (metric.tolerance === 0)
        return 'floor';
    return metric.scale === 'log' ? `+${(metric.tolerance * 100).toFixed(0)}%` : `+${metric.tolerance}`;
}
function sequentialLine(s) {
    const looks = s.looks.map((l) => `look ${l.look} at block ${l.blocks} (${(l.fraction * 100).toFixed(0)}% of the budget): ${l.outcome === 'skipped' ? 'not taken' : `p ${l.p === null ? '-' : l.p.toPrecision(2)} vs ${l.nominal_alpha.toPrecision(2)}`}`);
    const course = looks.length === 0 ? 'no interim look was reached' : looks.join('; ');
    if (s.stopped_at !== null)
        return `sequential design: stopped early at block ${s.stopped_at.block} (look ${s.stopped_at.look} of the pre-registered schedule): ${s.stopped_at.reason}; ${course}`;
    return `sequential design: ran to the end of the budget (${course}); final analysis at level ${(s.final_alpha ?? s.alpha).toPrecision(2)}, what the looks left of ${s.alpha}`;
}
/**
 * Renders a comparison for people: the status and why, one line per metric (base and candidate
 * medians, change with its 95% interval, noise floor, adjusted p, verdict, guard tolerance and
 * outcome), the loads the figures were taken under, the pinned harness, behaviour and design.
 * @param comparison - the comparison artifact
 * @returns text for the terminal
 */
export function printComparison(comparison) {
    const lines = [];
    lines.push(`${comparison.target} (${comparison.kind}): validation ${comparison.validation_status.toUpperCase()}`);
    for (const reason of comparison.status_reasons)
        lines.push(`  - ${reason}`);
    lines.push('');
    const rows = comparison.metrics.map((m) => [
        `${m.objective ? '*' : ' '} ${m.name}`,
        m.base === null ? '-' : `${number(m.base)} ${m.unit}`,
        m.candidate === null ? '-' : `${number(m.candidate)} ${m.unit}`,
        change(m),
        floor(m),
        m.p_adjusted === null ? '-' : m.p_adjusted.toPrecision(2),
        m.verdict,
        tolerance(m),
        m.role === 'objective' ? '' : (comparison.guards.find((g) => g.metric === m.name)?.outcome ?? ''),
    ]);
    const header = ['  metric', 'base', 'candidate', 'change [95% CI]', 'noise floor', 'p (adj.)', 'verdict', 'tolerance', 'guard'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    for (const row of [header, ...rows])
        lines.push(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
    lines.push('  (* objective: must improve; the others are guards: tolerance = how much worse they may get, "floor" = not beyond the noise floor)');
    const loads = [...new Set(comparison.metrics.map((m) => m.load).filter((l) => l !== null))];
    for (const load of loads)
        lines.push(`  measured under ${load}: ${comparison.metrics.filter((m) => m.load === load).map((m) => m.name).join(', ')}`);
    lines.push('');
    const h = comparison.harness;
    const deployed = comparison.deployments;
    if (deployed !== undefined) {
        const where = (d) => `${d.url} (${d.remote ? 'remote' : 'loopback'})`;
        lines.push(`deployments: base ${where(deployed.base)} vs candidate ${where(deployed.candidate)}; the request from ${h.source.label}`);
        for (const note of deployed.not_measured)
            lines.push(`  - not measured: ${note}`);
    }
    else
        lines.push(`harness pinned from ${h.source.label}: ${h.pinned.join('; ')}`);
    for (const edit of h.edited)
        lines.push(`  - EDITED by the change: ${edit.path} (${edit.role}) ${edit.status}`);
    if (h.added.length > 0)
        lines.push(`  - test files added by the change: ${h.added.map((e) => e.path).join(', ')}`);
    const behaviour = comparison.behaviour.passed === null ? 'not established' : comparison.behaviour.passed ? 'unchanged' : 'CHANGED';
    const count = comparison.behaviour.checks.length;
    lines.push(`behaviour: ${behaviour} (${count} ${count === 1 ? 'check' : 'checks'})`);
    for (const check of comparison.behaviour.checks.filter((c) => c.status !== 'passed'))
        lines.push(`  - ${check.status}: ${check.name}: ${check.detail}`);
    const d = comparison.design;
    lines.push(`design: ${d.pairs} paired blocks (base, candidate, A/A copy in random order, seed ${d.order_seed}), ${d.unit}` +
        `${d.processes_per_side === null ? '' : `, ${d.processes_per_side} processes per side`}, ${(d.elapsed_ms / 1000).toFixed(1)} s of a ${(d.time_budget_ms / 1000).toFixed(0)} s budget${d.stopped_by === 'settled' ? ' (stopped early: the candidate kept failing)' : ''}`);
    const sequential = d.sequential;
    if (sequential !== undefined)
        lines.push(sequentialLine(sequential));
    if (deployed === undefined)
        lines.push(`base ${comparison.base.commit.slice(0, 12)} (${comparison.base.ref ?? 'commit'}) vs candidate ${comparison.candidate.commit.slice(0, 12)}${comparison.candidate.dirty ? ' + uncommitted changes' : ''}`);
    return lines.join('\n');
}
