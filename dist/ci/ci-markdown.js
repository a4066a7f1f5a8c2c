import { formatRatios } from '../compare/describe-change.js';
import { formatNumber } from '../report/format.js';
const VERDICT_TEXT = {
    regressed: '❌ regressed',
    'within-threshold': '⚠️ slower, within threshold',
    improved: '🚀 improved',
    unchanged: '✅ unchanged',
    inconclusive: '❔ inconclusive',
};
const OUTCOME_TEXT = {
    pass: '✅ pass',
    fail: '❌ fail',
    accepted: '☑️ accepted',
    error: '💥 could not run',
    skipped: '⏭️ skipped',
};
/**
 * Escapes text for a Markdown table cell (a pipe or a newline would break the row).
 * @param text - any text
 * @returns the cell text
 */
export function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
/**
 * A metric's change with its interval: `+102.3% [+95.1%, +110.0%]`, or a signed difference.
 * @param m - the metric
 * @returns the change, or `n/a`
 */
export function changeCell(m) {
    if (m.effect === null || m.ci95 === null)
        return 'n/a';
    if (m.scale === 'log') {
        const [effect, lo, hi] = formatRatios([m.effect, m.ci95[0], m.ci95[1]]);
        return `${effect ?? ''} [${lo ?? ''}, ${hi ?? ''}]`;
    }
    const sign = (x) => `${x >= 0 ? '+' : '-'}${formatNumber(Math.abs(x))}`;
    return `${sign(m.effect)} [${sign(m.ci95[0])}, ${sign(m.ci95[1])}]`;
}
function valueCell(value, unit) {
    return value === null ? 'n/a' : `${formatNumber(value)} ${unit}`;
}
function floorCell(m) {
    return m.scale === 'log' ? `±${(m.noise_floor * 100).toFixed(1)}%` : `±${formatNumber(m.noise_floor)}`;
}
function rows(target) {
    const name = cell(target.name) + (target.informational ? ' (informational)' : '');
    if (target.metrics.length === 0)
        return [`| ${name} | — | — | — | — | — | ${OUTCOME_TEXT[target.outcome]} |`];
    return target.metrics.map((m, i) => {
        const verdict = m.verdict === 'regressed' && target.outcome === 'accepted' ? '☑️ regressed, accepted' : VERDICT_TEXT[m.verdict];
        const first = i === 0 ? name : '';
        return `| ${first} | ${cell(m.name)} | ${valueCell(m.base, cell(m.unit))} | ${valueCell(m.head, cell(m.unit))} | ${changeCell(m)} | ${floorCell(m)} | ${verdict} |`;
    });
}
function headline(result) {
    const count = (outcome) => result.targets.filter((t) => t.outcome === outcome);
    const names = (list) => list.map((t) => `\`${t.name}\``).join(', ');
    const parts = [];
    if (count('fail').length > 0)
        parts.push(`regression or behaviour change in ${names(count('fail'))}`);
    if (count('error').length > 0)
        parts.push(`could not run ${names(count('error'))}`);
    if (count('accepted').length > 0)
        parts.push(`accepted: ${names(count('accepted'))}`);
    const improved = result.targets.filter((t) => t.metrics.some((m) => m.verdict === 'improved'));
    if (improved.length > 0)
        parts.push(`faster: ${names(improved)}`);
    const inconclusive = result.targets.filter((t) => t.metrics.some((m) => m.verdict === 'inconclusive'));
    if (inconclusive.length > 0)
        parts.push(`inconclusive (not a failure): ${names(inconclusive)}`);
    if (parts.length === 0)
        parts.push('no regression beyond the noise floor and the thresholds');
    const icon = result.status === 'pass' ? '✅' : result.status === 'fail' ? '❌' : '💥';
    return `### ${icon} perfflow: ${result.status} — ${parts.join('; ')}`;
}
/**
 * How a target spent its time, for people: blocks, seconds of the budget, and the sequential design's course.
 * @param t - the target
 * @returns e.g. `function target, 20 paired blocks in 5.1 s of 10.0 s; stopped early at look 1, 4.9 s saved`
 */
export function timeText(t) {
    const seconds = (ms) => (ms / 1000).toFixed(1);
    const spent = `${t.kind ?? 'unknown'} target, ${t.pairs} paired blocks in ${seconds(t.elapsed_ms)} s`;
    const d = t.design;
    if (d === null)
        return spent;
    if (d.kind === 'fixed')
        return `${spent} of ${seconds(d.budget_ms)} s (fixed budget)`;
    if (d.stopped_early)
        return `${spent} of ${seconds(d.budget_ms)} s; stopped early at look ${d.look ?? '?'}, ${seconds(d.saved_ms)} s saved`;
    return `${spent} of ${seconds(d.budget_ms)} s; sequential design, ran to the end`;
}
function details(result, reportLink) {
    const lines = ['<details><summary>Why, and how it was measured</summary>', ''];
    for (const t of result.targets) {
        lines.push(`**${cell(t.name)}** — ${OUTCOME_TEXT[t.outcome]}${t.kind === null ? '' : ` (${cell(timeText(t))})`}`, '');
        for (const reason of t.reasons)
            lines.push(`- ${cell(reason)}`);
        lines.push('');
    }
    lines.push(`Base \`${result.base.commit.slice(0, 12)}\` (${cell(result.base.how)}) and head \`${result.head.commit.slice(0, 12)}\` (${cell(result.head.ref)}) were measured interleaved on this machine, with an A/A copy of the base for the noise floor; no figure from another run or machine is used.`, ...(result.targets.some((t) => t.design?.kind === 'sequential')
        ? ["Sequential design: each target's comparison looked at its data at half and three quarters of its budget and stopped early only on an effect clear enough to stay significant after the adjustment across targets; its p-value counts every look it took, so looking early does not raise the false-alarm rate."]
        : []), `p-values: ${cell(result.adjustment)}. A target fails only on a regression that is significant after this adjustment, beyond the noise floor and beyond its threshold, or on a behaviour change; inconclusive results never fail.`, `Machine: ${cell(result.environment.cpu_model)}, ${result.environment.cores} cores, ${result.environment.platform}, Node ${result.environment.node} (fingerprint \`${result.environment.fingerprint}\`).`, '');
    if (reportLink !== null)
        lines.push(`Full report: [${cell(reportLink)}](${encodeURI(reportLink)})`, '');
    lines.push('</details>', '');
    return lines;
}
/**
 * Renders the summary of a gate run.
 * @param result - the gate's result
 * @param reportLink - the link to the HTML report (a path or URL), or null
 * @returns Markdown
 */
export function renderCiMarkdown(result, reportLink) {
    return [
        headline(result),
        '',
        '| target | metric | base | head | change (95% CI) | noise floor | verdict |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...result.targets.flatMap(rows),
        '',
        ...details(result, reportLink),
    ].join('\n');
}
/**
 * The gate's result for a terminal: the headline and every target's reasons.
 * @param result - the gate's result
 * @returns plain text
 */
export function printCiResult(result) {
    const lines = [`perfflow ci: ${result.status} (base ${result.base.commit.slice(0, 12)}, ${result.base.how}; head ${result.head.commit.slice(0, 12)})`];
    for (const t of result.targets) {
        lines.push(`  ${t.name}: ${t.outcome}${t.kind === null ? '' : ` (${timeText(t)})`}`);
        for (const reason of t.reasons)
            lines.push(`    - ${reason}`);
    }
    if (result.report !== null)
        lines.push(`report: ${result.report}`);
    return lines.join('\n');
}
