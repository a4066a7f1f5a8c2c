import { redactValue } from '../security/redact.js';
import { formatNumber, formatPercent } from './format.js';
import { changeText, headline, overriddenGates, toleranceText } from './report-facts.js';
/** Escapes text for a Markdown table cell or line: no pipes, no HTML, no line breaks. */
function md(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\r\n]+/g, ' ').replace(/([`*_])/g, '\\$1').replace(/\]\(/g, ']\\(');
}
/** A code span: backticks inside are replaced, pipes escaped for tables; text with markup is escaped instead. */
function code(text) {
    if (/[<>]/.test(text))
        return md(text);
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;
}
/** The icon of a validation status; a run without a comparison gets the warning. */
function statusIcon(status) {
    switch (status) {
        case 'pass':
            return '✅';
        case 'fail':
            return '❌';
        case 'inconclusive':
        case undefined:
            return '⚠️';
        default: {
            const never = status;
            return never;
        }
    }
}
/**
 * Renders the Markdown summary of a run, fit for a pull-request comment: the outcome, any override
 * with its risks, the verdict per metric, the top bottlenecks, the plan's rating, the changed files.
 * @param input - the run's artifacts
 * @param secrets - exact secret values to redact
 * @param reportPath - where the HTML report is, for the link
 * @returns Markdown
 */
export function renderMarkdownSummary(input, secrets, reportPath) {
    const b = redactValue(input, secrets);
    const status = b.comparison?.validation_status ?? 'unknown';
    const lines = [`## ${statusIcon(b.comparison?.validation_status)} perfflow: ${md(b.run.target)} — validation ${status}`, '', `**${md(headline(b))}**`, ''];
    const overrides = overriddenGates(b);
    if (overrides.length > 0) {
        lines.push('> [!WARNING]', '> **Published under a manual override.**');
        for (const g of overrides)
            lines.push(`> - gate ${code(g.step)} overridden by ${md(g.override.by)}${g.override.via === 'claude-code' ? ' (in a Claude Code session, confirmed at its permission prompt)' : ''} at ${g.override.at}: ${md(g.override.reason)}. **Risks accepted:** ${md(g.override.risks)}`);
        lines.push('');
    }
    if (b.comparison !== null) {
        lines.push('| metric | base | candidate | change [95% CI] | verdict | tolerance | guard | measured under |', '| --- | ---: | ---: | ---: | --- | --- | --- | --- |');
        for (const m of b.comparison.metrics) {
            const guard = m.role === 'objective' ? '–' : (b.comparison.guards.find((g) => g.metric === m.name)?.outcome ?? '–');
            lines.push(`| ${m.objective ? '★ ' : ''}${md(m.name)} | ${m.base === null ? '–' : `${formatNumber(m.base)} ${md(m.unit)}`} | ${m.candidate === null ? '–' : `${formatNumber(m.candidate)} ${md(m.unit)}`} | ${md(changeText(m))} | ${m.verdict} | ${md(toleranceText(m))} | ${guard} | ${md(m.load ?? '–')} |`);
        }
        const h = b.comparison.harness;
        lines.push('', `Harness pinned from ${md(h.source.label)}: ${md(h.pinned.join('; '))}.`);
        if (h.edited.length > 0)
            lines.push(`**The change edits the harness:** ${h.edited.map((e) => `${code(e.path)} ${e.status} (${md(e.role)})`).join(', ')}.`);
        if (h.added.length > 0)
            lines.push(`Test files added by the change: ${h.added.map((e) => code(e.path)).join(', ')}.`);
        const behaviour = b.comparison.behaviour.passed;
        lines.push('', `Behaviour: ${behaviour === null ? 'not established' : behaviour ? 'unchanged' : '**changed**'} (${b.comparison.behaviour.checks.length} checks). ${b.comparison.design.pairs} paired blocks, A/A noise floor ±${formatPercent(b.comparison.noise_floor.objective)}.`, '');
        for (const reason of b.comparison.status_reasons)
            lines.push(`- ${md(reason)}`);
        if (b.comparison.status_reasons.length > 0)
            lines.push('');
    }
    const top = b.bottlenecks?.bottlenecks.slice(0, 3) ?? [];
    if (top.length > 0) {
        lines.push('**Bottlenecks:** ' + top.map((x) => `${code(x.function)} (${md(x.file)}:${x.line}, ${x.latency_share === undefined ? `${formatPercent(x.self_share)} self` : `${formatPercent(x.latency_share)} of latency${x.wait === undefined ? '' : ` waiting on ${md(x.wait.operation)}`}`})`).join(', '), '');
    }
    if (b.rating !== null)
        lines.push(`**Plan rating:** ${b.rating.score}/10 (minimum ${b.rating.minimum}, ${b.rating.passed ? 'passed' : 'below the minimum'}, attempt ${b.rating.attempt}).`, '');
    if (b.manifest !== null) {
        lines.push('<details><summary>Changed files</summary>', '');
        for (const c of b.manifest.changes)
            lines.push(`- ${code(c.file)} — ${md(c.description)}`);
        lines.push('', '</details>', '');
    }
    lines.push(`Full report: ${code(reportPath)} · run ${code(b.run.run_id)}`);
    return `${lines.join('\n')}\n`;
}
