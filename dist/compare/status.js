/**
 * Sums up behaviour checks: any `failed` check fails; otherwise any `base-failed` check leaves
 * behaviour unestablished (null); otherwise it passed.
 * @param checks - every check made
 * @returns the behaviour result
 */
export function summarizeBehaviour(checks) {
    if (checks.some((c) => c.status === 'failed'))
        return { passed: false, checks };
    if (checks.some((c) => c.status === 'base-failed'))
        return { passed: null, checks };
    return { passed: true, checks };
}
function describe(metric) {
    if (metric.effect === null || metric.ci95 === null)
        return `${metric.name}: ${metric.pairs} valid pairs, too few for an estimate`;
    if (metric.scale === 'log') {
        const pct = (x) => (x < 0.5 ? `÷${(1 / x).toPrecision(3)}` : x > 2 ? `x${x.toPrecision(3)}` : `${((x - 1) * 100).toFixed(1)}%`);
        return `${metric.name} ${pct(metric.effect)} (95% CI ${pct(metric.ci95[0])} to ${pct(metric.ci95[1])}, noise floor ${(metric.noise_floor * 100).toFixed(1)}%)`;
    }
    return `${metric.name} ${metric.effect.toFixed(4)} (95% CI ${metric.ci95[0].toFixed(4)} to ${metric.ci95[1].toFixed(4)}, floor ${metric.noise_floor})`;
}
/**
 * Decides the validation status. Pass needs a significant improvement of the objective metric, no
 * significant regression of any metric and behaviour shown unchanged. A broken behaviour or any
 * regression fails; an objective shown unchanged fails (nothing was gained); everything else that
 * cannot support a decision is inconclusive.
 * @param metrics - analysed metrics (exactly one has `objective: true`)
 * @param behaviour - the behaviour result
 * @returns status and the reasons, most important first
 */
export function decideStatus(metrics, behaviour) {
    const reasons = [];
    const broken = behaviour.checks.filter((c) => c.status === 'failed');
    const baseFailed = behaviour.checks.filter((c) => c.status === 'base-failed');
    const regressed = metrics.filter((m) => m.verdict === 'regressed');
    const objective = metrics.find((m) => m.objective);
    for (const check of broken)
        reasons.push(`behaviour changed: ${check.name}: ${check.detail}`);
    for (const metric of regressed)
        reasons.push(`regressed: ${describe(metric)}`);
    if (broken.length > 0 || regressed.length > 0)
        return { status: 'fail', reasons };
    for (const check of baseFailed) {
        reasons.push(`${check.name} fails on the base already (${check.detail}); the candidate is not blamed, but behaviour cannot be shown unchanged: fix the check on the base`);
    }
    if (objective === undefined)
        return { status: 'inconclusive', reasons: [...reasons, 'no objective metric was measured'] };
    switch (objective.verdict) {
        case 'improved':
            if (baseFailed.length > 0)
                return { status: 'inconclusive', reasons: [`improved: ${describe(objective)}`, ...reasons] };
            for (const m of metrics)
                if (!m.objective && m.verdict === 'inconclusive')
                    reasons.push(`not significant either way: ${describe(m)}`);
            return { status: 'pass', reasons: [`improved: ${describe(objective)}`, ...reasons] };
        case 'unchanged':
            return { status: 'fail', reasons: [`no improvement: ${describe(objective)} stays inside the noise floor`, ...reasons] };
        case 'inconclusive':
            return { status: 'inconclusive', reasons: [`inconclusive: ${describe(objective)}; the interval is too wide for a verdict within the time budget (a longer --budget may settle it)`, ...reasons] };
        case 'regressed':
            return { status: 'fail', reasons };
        default: {
            const never = objective.verdict;
            return never;
        }
    }
}
