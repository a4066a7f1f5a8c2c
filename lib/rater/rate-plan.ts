import { createHash } from 'node:crypto';
import type { RatedDimension, RaterRecord, Rating } from '../contracts/rating.js';
import type { JudgeResult } from './judge.js';
import { combineDimension } from './judgement.js';
import { planFacts } from './plan-facts.js';
import type { LoadedRubric } from './rubric.js';
import { structuralRating } from './structural-rating.js';

/** What {@link ratePlan} needs. */
export interface RatePlanInput {
  /** The rated file's bytes (hashed as they are). */
  bytes: Buffer;
  /** How the rating names the file: relative to the run directory in a run. */
  planFile: string;
  /** The plan id; when null, the plan's own `plan_id`, else `plan`. */
  planId: string | null;
  runId?: string;
  minimum: number;
  attempt: number;
  maxAttempts?: number;
  rubric: LoadedRubric;
  /** Every agent of the workflow (the yaml's `agents`). */
  flowAgents: readonly string[];
  /** The judge (the API model, the rater agent's judgement, a headless claude -p), or null. */
  judge: PlanJudge | null;
  /** Why there is no judge, recorded when `judge` is null. */
  noJudge?: string;
  now: Date;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A judge of plans: who it is, and how to ask it. */
export interface PlanJudge {
  kind: 'model' | 'agent' | 'claude-cli';
  /** The model name, the agent, or the command. */
  label: string;
  judge: (planText: string) => Promise<JudgeResult>;
}

/**
 * The sha256 of a file's bytes, as the rating records it.
 * @param bytes - the file's content
 * @returns lower-case hex
 */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function judgeRecord(judge: PlanJudge | null, result: JudgeResult | null, structuralScore: number, noJudge: string): RaterRecord {
  if (judge === null || result === null) return { kind: 'model', status: 'skipped', detail: noJudge };
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
      const never: never = result;
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
export async function ratePlan(input: RatePlanInput): Promise<Rating> {
  const text = input.bytes.toString('utf8');
  const { rubric } = input.rubric;
  const facts = planFacts(text, input.flowAgents);
  const structural = structuralRating(facts, rubric, input.flowAgents);
  const totalWeight = rubric.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const weighted = (scores: readonly { name: string; score: number }[]): number =>
    rubric.dimensions.reduce((sum, d) => sum + d.weight * (scores.find((s) => s.name === d.name)?.score ?? 0), 0) / totalWeight;
  const overallCap = Math.min(10, ...structural.caps.map((c) => c.cap));
  const structuralScore = round1(Math.min(weighted(structural.dimensions), overallCap));

  const judged = input.judge === null ? null : await input.judge.judge(text);
  const dimensions: RatedDimension[] = rubric.dimensions.map((d) => {
    const s = structural.dimensions.find((x) => x.name === d.name);
    const ceiling = s?.ceiling ?? 10;
    const fromJudge = judged?.status === 'ok' ? judged.output.dimensions.find((x) => x.name === d.name) : undefined;
    if (fromJudge === undefined) return { name: d.name, score: s?.score ?? 0, weight: d.weight, ceiling, reasons: s?.reasons ?? [] };
    const combined = combineDimension(text, { score: s?.score ?? 0, ceiling, reasons: s?.reasons ?? [] }, fromJudge);
    return { name: d.name, score: round1(combined.score), weight: d.weight, ceiling, reasons: combined.reasons };
  });
  const score = round1(Math.min(weighted(dimensions), overallCap));
  const passed = score >= input.minimum;
  const feedback: string[] = [];
  if (!passed) {
    feedback.push(`Score ${score}/10 is below the minimum ${input.minimum}.`);
    feedback.push(...structural.fixes);
    for (const dimension of [...dimensions].sort((a, b) => a.score - b.score)) {
      if (dimension.score >= input.minimum) continue;
      const top = rubric.dimensions.find((d) => d.name === dimension.name)?.levels.reduce((best, l) => (l.points > best.points ? l : best));
      feedback.push(`${dimension.name} scored ${dimension.score}/10 (${dimension.reasons.slice(0, 2).join('; ')}). Full marks: ${top?.earns ?? 'see the rubric'}`);
    }
    if (judged?.status === 'ok') feedback.push(...judged.output.suggestions.map((x) => `Judge: ${x}`));
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
