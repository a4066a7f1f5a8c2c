import { normalQuantile, studentTCdf } from './distributions.js';
import { boundaries, obrienFlemingSpent } from './spending.js';
import { worsening } from './status.js';
/** The information fractions (shares of the time budget) of the interim looks. */
export const LOOK_FRACTIONS = [0.5, 0.75];
/**
 * The smallest two-sided p-value the expanded bootstrap of `n` values can give with `resamples`
 * resamples: every resample on one side of zero.
 * @param n - the number of blocks (>= 2)
 * @param resamples - bootstrap resamples
 * @returns the floor of the p-value
 */
export function smallestP(n, resamples) {
    const stretch = Math.sqrt(n / (n - 1));
    return Math.min(1, 2 * studentTCdf(normalQuantile(1 / (resamples + 1)) / stretch, n - 1));
}
/**
 * Whether an early stop on an improvement leaves every guard settled: none worse than its
 * tolerance and the noise floor by its point estimate (a guard that regressed significantly is
 * settled: it fails or is reported). A guard not yet significant but worse than that would hold a
 * full comparison at inconclusive; an early stop must not turn it into a pass, so the comparison goes on.
 * @param metrics - the analysis at the look
 * @returns the guards that are not settled
 */
export function unsettledGuards(metrics) {
    return metrics.filter((m) => {
        if (m.role !== 'guard' || m.verdict === 'regressed')
            return false;
        const tolerance = m.tolerance ?? 0;
        if (!Number.isFinite(tolerance))
            return false;
        return m.effect === null || worsening(m) > Math.max(tolerance, m.noise_floor);
    });
}
function decide(metrics) {
    const objective = metrics.find((m) => m.role === 'objective');
    if (objective === undefined)
        return { stop: false, why: 'no objective' };
    if (objective.verdict === 'regressed')
        return { stop: true, why: `the objective ${objective.name} regressed beyond the boundary` };
    if (objective.verdict !== 'improved')
        return { stop: false, why: `the objective ${objective.name} is ${objective.verdict} at this look's level` };
    const open = unsettledGuards(metrics);
    if (open.length > 0)
        return { stop: false, why: `the objective improved beyond the boundary, but guards are not settled: ${open.map((m) => m.name).join(', ')}` };
    return { stop: true, why: `the objective ${objective.name} improved beyond the boundary and every guard is settled` };
}
/**
 * Creates the monitor of a sequential comparison: it takes the pre-registered looks as the clock
 * reaches them, spends alpha by the O'Brien-Fleming-type function and says when to stop.
 * @param options - budget, minimum blocks, overall alpha, resamples and the analysis
 * @returns the monitor
 */
export function createSequentialMonitor(options) {
    const looks = [];
    const taken = [];
    let stoppedWith = null;
    let finalAlpha = null;
    let finalFraction = null;
    let handled = 0;
    const stopAlpha = Math.min(options.stopAlpha ?? options.alpha, options.alpha);
    const look = (blocks, elapsedMs) => {
        const fraction = elapsedMs / options.budgetMs;
        // The look due is the last scheduled fraction the clock has passed; one block that ends past two
        // of them makes one look, not two in a row.
        const due = LOOK_FRACTIONS.filter((f) => fraction >= f).length;
        if (due <= handled || fraction >= 1 || blocks.length < options.minBlocks)
            return false;
        handled = due;
        const number = due;
        const boundary = boundaries([...taken, fraction], stopAlpha).at(-1);
        const nominal = boundary?.nominal ?? 0;
        const floor = smallestP(blocks.length, options.resamples);
        if (floor >= nominal) {
            looks.push({ look: number, blocks: blocks.length, fraction, alpha_spent: 0, nominal_alpha: nominal, p: null, outcome: 'skipped', reason: `with ${blocks.length} blocks the smallest attainable p is ${floor.toPrecision(2)}, not below the look's level` });
            return false;
        }
        taken.push(fraction);
        const metrics = options.analyse(blocks, nominal, number);
        const p = metrics.find((m) => m.role === 'objective')?.p_adjusted ?? null;
        const { stop, why } = decide(metrics);
        looks.push({ look: number, blocks: blocks.length, fraction, alpha_spent: obrienFlemingSpent(fraction, options.alpha), nominal_alpha: nominal, p, outcome: stop ? 'stop' : 'continue', reason: why });
        if (stop)
            stoppedWith = { metrics, alpha: nominal };
        return stop;
    };
    return {
        look,
        stopped: () => stoppedWith,
        finalAlpha: (elapsedMs) => {
            const last = taken.at(-1) ?? 0;
            const t = Math.min(1, Math.max(elapsedMs / options.budgetMs, last + 0.01));
            finalAlpha = boundaries([...taken, t], options.alpha, true).at(-1)?.nominal ?? options.alpha;
            finalFraction = t;
            return finalAlpha;
        },
        record: () => {
            const stop = looks.find((l) => l.outcome === 'stop');
            return {
                spending: "Lan-DeMets O'Brien-Fleming type, alpha(t) = 2 - 2 Phi(z(1 - alpha/2) / sqrt(t)); exact two-sided boundaries by numerical integration",
                alpha: options.alpha,
                stop_alpha: stopAlpha,
                fractions: [...LOOK_FRACTIONS],
                looks,
                final_alpha: stop === undefined ? finalAlpha : null,
                final_fraction: stop === undefined ? finalFraction : null,
                stopped_early: stop !== undefined,
                stopped_at: stop === undefined ? null : { block: stop.blocks, look: stop.look, reason: stop.reason },
            };
        },
    };
}
