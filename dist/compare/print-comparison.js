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
        // Past a halving or doubling a percentage stops being readable (-99.99%); say "x times" instead.
        const pct = (ratio) => ratio < 0.5 ? `÷${(1 / ratio).toPrecision(3)}` : ratio > 2 ? `x${ratio.toPrecision(3)}` : `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;
        return `${pct(metric.effect)} [${pct(metric.ci95[0])}, ${pct(metric.ci95[1])}]`;
    }
    const signed = (x) => `${x >= 0 ? '+' : ''}${x.toPrecision(3)}`;
    return `${signed(metric.effect)} [${signed(metric.ci95[0])}, ${signed(metric.ci95[1])}]`;
}
function floor(metric) {
    return metric.scale === 'log' ? `±${(metric.noise_floor * 100).toFixed(1)}%` : `±${metric.noise_floor}`;
}
/**
 * Renders a comparison for people: the status and why, one line per metric (base and candidate
 * medians, change with its 95% interval, noise floor, adjusted p, verdict), behaviour and design.
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
    ]);
    const header = ['  metric', 'base', 'candidate', 'change [95% CI]', 'noise floor', 'p (Holm)', 'verdict'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    for (const row of [header, ...rows])
        lines.push(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
    lines.push('  (* objective metric; change = candidate relative to base: +/-% or x/÷ times)');
    lines.push('');
    const behaviour = comparison.behaviour.passed === null ? 'not established' : comparison.behaviour.passed ? 'unchanged' : 'CHANGED';
    const count = comparison.behaviour.checks.length;
    lines.push(`behaviour: ${behaviour} (${count} ${count === 1 ? 'check' : 'checks'})`);
    for (const check of comparison.behaviour.checks.filter((c) => c.status !== 'passed'))
        lines.push(`  - ${check.status}: ${check.name}: ${check.detail}`);
    const d = comparison.design;
    lines.push(`design: ${d.pairs} paired blocks (base, candidate, A/A copy in random order, seed ${d.order_seed}), ${d.unit}` +
        `${d.processes_per_side === null ? '' : `, ${d.processes_per_side} processes per side`}, ${(d.elapsed_ms / 1000).toFixed(1)} s of a ${(d.time_budget_ms / 1000).toFixed(0)} s budget`);
    lines.push(`base ${comparison.base.commit.slice(0, 12)} (${comparison.base.ref ?? 'commit'}) vs candidate ${comparison.candidate.commit.slice(0, 12)}${comparison.candidate.dirty ? ' + uncommitted changes' : ''}`);
    return lines.join('\n');
}
