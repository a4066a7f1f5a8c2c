import { createHash } from 'node:crypto';
import { combineDimension } from './judgement.js';
import { planFacts } from './plan-facts.js';
import { structuralRating } from './structural-rating.js';
const round1 = (x) => Math.round(x * 10) / 10;
/**
 * The sha256 of a file's bytes, as the rating records it.
 * @param bytes - the file's content
 * @returns lower-case hex
 */
export function sha256Hex(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
function judgeRecord(judge, result, structuralScore, noJudge) {
    if (judge === null || result === null)
        return { kind: 'model', status: 'skipped', detail: noJudge };
    switch (result.status) {
        case 'ok':
            return { kind: judge.kind, model: judge.label, status: 'ok', attempts: result.attempts, ...(result.delays.length > 0 ? { detail: `retried after ${result.delays.map((d) => `${d} ms`).join(', ')}` } : {}) };
        case 'failed':
            return {
                kind: judge.kind,
                model: judge.label,
                status: 'failed',
                attempts: result.attempts,
                error: result.error,
                fallback: 'structural',
                detail: `fell back to the structural score ${structuralScore}/10${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`,
            };
        default: {
            const never = result;
            return never;
        }
    }
}
/**
 * Rates a plan: the structural rater always runs; the judge model (when configured) scores each
 * dimension, but never above the structural ceiling of that dimension, and the overall score never
 * above the cap of any missed requirement. A judge failure falls back to the structural score and
 * is recorded. Below the minimum, the rating carries feedback for the planner.
 * @param input - the plan bytes, ids, minimum, attempt, rubric, agents, judge settings, time
 * @returns the rating (valid against schemas/rating.schema.json)
 */
export async function ratePlan(input) {
    const text = input.bytes.toString('utf8');
    const { rubric } = input.rubric;
    const facts = planFacts(text, input.flowAgents);
    const structural = structuralRating(facts, rubric, input.flowAgents);
    const totalWeight = rubric.dimensions.reduce((sum, d) => sum + d.weight, 0);
    const weighted = (scores) => rubric.dimensions.reduce((sum, d) => sum + d.weight * (scores.find((s) => s.name === d.name)?.score ?? 0), 0) / totalWeight;
    const overallCap = Math.min(10, ...structural.caps.map((c) => c.cap));
    const structuralScore = round1(Math.min(weighted(structural.dimensions), overallCap));
    const judged = input.judge === null ? null : await input.judge.judge(text);
    const dimensions = rubric.dimensions.map((d) => {
        const s = structural.dimensions.find((x) => x.name === d.name);
        const ceiling = s?.ceiling ?? 10;
        const fromJudge = judged?.status === 'ok' ? judged.output.dimensions.find((x) => x.name === d.name) : undefined;
        if (fromJudge === undefined)
            return { name: d.name, score: s?.score ?? 0, weight: d.weight, ceiling, reasons: s?.reasons ?? [] };
        const combined = combineDimension(text, { score: s?.score ?? 0, ceiling, reasons: s?.reasons ?? [] }, fromJudge);
        return { name: d.name, score: round1(combined.score), weight: d.weight, ceiling, reasons: combined.reasons };
    });
    const score = round1(Math.min(weighted(dimensions), overallCap));
    const passed = score >= input.minimum;
    const feedback = [];
    if (!passed) {
        feedback.push(`Score ${score}/10 is below the minimum ${input.minimum}.`);
        feedback.push(...structural.fixes);
        for (const dimension of [...dimensions].sort((a, b) => a.score - b.score)) {
            if (dimension.score >= input.minimum)
                continue;
            const top = rubric.dimensions.find((d) => d.name === dimension.name)?.levels.reduce((best, l) => (l.points > best.points ? l : best));
            feedback.push(`${dimension.name} scored ${dimension.score}/10 (${dimension.reasons.slice(0, 2).join('; ')}). Full marks: ${top?.earns ?? 'see the rubric'}`);
        }
        if (judged?.status === 'ok')
            feedback.push(...judged.output.suggestions.map((x) => `Judge: ${x}`));
    }
    const planId = input.planId ?? facts.planId ?? 'plan';
    return {
        version: 1,
        plan_id: planId,
        ...(input.runId === undefined ? {} : { run_id: input.runId }),
        plan_file: input.planFile,
        plan_sha256: sha256Hex(input.bytes),
        plan_format: facts.format,
        rubric: { name: rubric.name, version: rubric.version, sha256: input.rubric.sha256 },
        score,
        minimum: input.minimum,
        passed,
        attempt: input.attempt,
        ...(input.maxAttempts === undefined ? {} : { max_attempts: input.maxAttempts }),
        dimensions,
        caps: structural.caps,
        raters: [{ kind: 'structural', status: 'ok', score: structuralScore }, judgeRecord(input.judge, judged, structuralScore, input.noJudge ?? 'no judge configured: the structural score stands alone')],
        feedback,
        rated_at: input.now.toISOString(),
    };
}
