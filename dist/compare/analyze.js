import { bootstrapMean, trimmedMean } from './bootstrap.js';
import { holmAdjust } from './holm.js';
import { decideVerdict } from './verdict.js';
/** Every arm, in a fixed order (the scheduler shuffles it per block). */
export const ARMS = ['base', 'candidate', 'base-aa'];
/** The default trimming of per-pair effects: a 20% trimmed mean keeps most of the mean's power on clean data and shrugs off the scheduler spikes of a busy machine. */
export const DEFAULT_TRIM = 0.2;
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * The per-pair effect of `value` against `reference`: log ratio or difference.
 * @param spec - the metric
 * @param reference - base value
 * @param value - candidate (or A/A copy) value
 * @returns the effect, or null when it cannot be formed (missing, zero or negative for a log ratio)
 */
export function pairEffect(spec, reference, value) {
    if (reference === undefined || value === undefined || !Number.isFinite(reference) || !Number.isFinite(value))
        return null;
    if (spec.scale === 'difference')
        return value - reference;
    if (reference <= 0 || value <= 0)
        return null;
    return Math.log(value / reference);
}
/**
 * Per-pair effects of one arm against a reference arm over all blocks.
 * @param spec - the metric
 * @param blocks - the measured blocks
 * @param arm - `candidate` or `base-aa`
 * @param reference - the arm compared against (default `base`)
 * @returns the effects of the blocks where both values exist
 */
export function pairEffects(spec, blocks, arm, reference = 'base') {
    const out = [];
    for (const block of blocks) {
        const effect = pairEffect(spec, block.values[reference][spec.name], block.values[arm][spec.name]);
        if (effect !== null)
            out.push(effect);
    }
    return out;
}
/**
 * Per-block effects of the candidate against both copies of the base at once: the candidate's log
 * value (or value) minus the mean of the base's and the A/A copy's. Twice the control data, so a
 * narrower interval than against either copy alone.
 * @param spec - the metric
 * @param blocks - the measured blocks
 * @returns the effects of the blocks where all three values exist
 */
export function pooledEffects(spec, blocks) {
    const out = [];
    for (const block of blocks) {
        const a = pairEffect(spec, block.values.base[spec.name], block.values.candidate[spec.name]);
        const b = pairEffect(spec, block.values['base-aa'][spec.name], block.values.candidate[spec.name]);
        if (a !== null && b !== null)
            out.push((a + b) / 2);
    }
    return out;
}
/**
 * A ratio metric is `unchanged` only while its A/A floor is at most 10% (as a log ratio): copies of
 * identical code measured further apart than that make the comparison too noisy to show no change.
 */
export const UNCHANGED_FLOOR_LIMIT = Math.log1p(0.1);
/**
 * The A/A noise floor of a metric on its effect scale: the apparent effect between the base and its
 * A/A copy (identical code measured the same way), never below the minimum floor. It captures what
 * the harness itself makes of identical code (call-site, order, memory-layout effects); the random
 * part of the noise is already in each interval, so it is not added twice.
 * @param spec - the metric
 * @param aa - A/A per-pair effects
 * @param trim - share trimmed at each end
 * @returns floor and measured value on the effect scale (log units for `log`)
 */
export function noiseFloor(spec, aa, trim = DEFAULT_TRIM) {
    const minimum = spec.scale === 'log' ? Math.log1p(spec.minimumFloor) : spec.minimumFloor;
    if (aa.length < 2)
        return { floor: minimum, measured: null };
    const measured = Math.abs(trimmedMean(aa, trim));
    return { floor: Math.max(minimum, measured), measured };
}
/**
 * Analyses a paired comparison. Per metric: the candidate's effect against both copies of the base
 * (20% trimmed mean of the per-block effects with a small-sample (expanded) bootstrap 95% interval), its interval against
 * each copy alone, and the A/A noise floor. A metric is `improved` or `regressed` only when the
 * candidate differs significantly from each copy of the base in the same direction (an
 * intersection-union test: its p-value is the larger of the two; guards Holm-adjusted among themselves) and
 * by more than the floor; `unchanged` when the pooled interval sits inside the floor.
 * @param blocks - the measured blocks
 * @param options - metrics, objective, generator
 * @returns one analysis per metric, in the order of `options.metrics`
 */
export function analyzeBlocks(blocks, options) {
    const minPairs = options.minPairs ?? 5;
    const resamples = options.resamples ?? 4000;
    const trim = options.trim ?? DEFAULT_TRIM;
    const partial = options.metrics.map((spec) => {
        const effects = pooledEffects(spec, blocks);
        const vsBase = pairEffects(spec, blocks, 'candidate');
        const vsCopy = pairEffects(spec, blocks, 'candidate', 'base-aa');
        const aa = pairEffects(spec, blocks, 'base-aa');
        const floor = noiseFloor(spec, aa, trim);
        const enough = effects.length >= 2 && vsBase.length >= 2 && vsCopy.length >= 2;
        const estimate = enough ? bootstrapMean(effects, options.random, resamples, trim, true) : null;
        const each = enough ? [bootstrapMean(vsBase, options.random, resamples, trim, true), bootstrapMean(vsCopy, options.random, resamples, trim, true)] : null;
        const constant = effects.length >= 2 && effects.every((e) => e === effects[0]);
        return { spec, effects, floor, estimate, each, constant };
    });
    const tested = partial.filter((m) => m.estimate !== null && m.each !== null);
    // Intersection-union: significant against both copies only if the larger p-value is small.
    const pOf = (m) => Math.max(m.each?.[0].p ?? 1, m.each?.[1].p ?? 1);
    // The objective is the one pre-declared claim and is tested at alpha; the guards, any of which
    // can fail the gate, are Holm-adjusted among themselves so that more guards do not mean more false failures.
    const guards = tested.filter((m) => m.spec.name !== options.objective);
    const adjusted = holmAdjust(guards.map(pOf));
    const pAdjusted = new Map(guards.map((m, i) => [m.spec.name, adjusted[i] ?? 1]));
    for (const m of tested)
        if (m.spec.name === options.objective)
            pAdjusted.set(m.spec.name, pOf(m));
    return partial.map(({ spec, effects, floor, estimate, each, constant }) => {
        const toScale = (x) => (spec.scale === 'log' ? Math.exp(x) : x);
        const toFloor = (x) => (spec.scale === 'log' ? Math.expm1(x) : x);
        const pAdj = pAdjusted.get(spec.name) ?? null;
        let verdict = 'inconclusive';
        if (estimate !== null && each !== null && pAdj !== null && (effects.length >= minPairs || constant)) {
            const below = each.every((e) => e.hi < 0);
            const above = each.every((e) => e.lo > 0);
            const alpha = spec.name === options.objective ? (options.objectiveAlpha ?? options.alpha) : options.alpha;
            const unchangedFloorLimit = spec.scale === 'log' ? UNCHANGED_FLOOR_LIMIT : Infinity;
            verdict = decideVerdict({ estimate: estimate.mean, lo: estimate.lo, hi: estimate.hi, pAdjusted: pAdj, floor: floor.floor, direction: spec.direction, alpha, eachCopy: below ? 'below' : above ? 'above' : 'mixed', unchangedFloorLimit });
        }
        const role = spec.name === options.objective ? 'objective' : 'guard';
        return {
            name: spec.name,
            unit: spec.unit,
            direction: spec.direction,
            scale: spec.scale,
            objective: role === 'objective',
            base: median(blocks.map((b) => b.values.base[spec.name]).filter((v) => v !== undefined)),
            candidate: median(blocks.map((b) => b.values.candidate[spec.name]).filter((v) => v !== undefined)),
            effect: estimate === null ? null : toScale(estimate.mean),
            ci95: estimate === null ? null : [toScale(estimate.lo), toScale(estimate.hi)],
            ci95_each: each === null ? null : [[toScale(each[0].lo), toScale(each[0].hi)], [toScale(each[1].lo), toScale(each[1].hi)]],
            p: each === null ? null : Math.max(each[0].p, each[1].p),
            p_adjusted: pAdj,
            noise_floor: toFloor(floor.floor),
            noise_floor_measured: floor.measured === null ? null : toFloor(floor.measured),
            pairs: effects.length,
            verdict,
            role,
            tolerance: role === 'guard' ? (spec.tolerance ?? 0) : null,
            load: spec.load ?? null,
        };
    });
}
