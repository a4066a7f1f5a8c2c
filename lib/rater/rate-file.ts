import { existsSync, readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { RatingSchema } from '../contracts/rating.js';
import type { Rating } from '../contracts/rating.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import { schemaProblem, validateAgainst } from '../contracts/validate.js';
import { secretValuesFromEnv } from '../security/redact.js';
import { checkId } from '../state/ids.js';
import type { RunHandle } from '../state/run-store.js';
import type { Run } from '../contracts/run.js';
import { loadWorkflow, retryPolicyOf } from '../workflow/load.js';
import { planIdOf } from '../workflow/engine.js';
import { artifactPath, writeArtifacts } from '../workflow/artifacts.js';
import { declaredOutput, stepOfAction } from '../workflow/step-contracts.js';
import { claudeBinary, claudeLoggedIn, judgeWithClaudeCli } from './claude-cli-judge.js';
import { apiJudge, checkJudgeOutput, DEFAULT_JUDGE_MODEL } from './judge.js';
import type { JudgeOptions, JudgeResult } from './judge.js';
import { JudgementSchema } from './judgement.js';
import type { Judgement } from './judgement.js';
import { ratePlan, sha256Hex } from './rate-plan.js';
import type { PlanJudge } from './rate-plan.js';
import { loadRubric } from './rubric.js';
import type { Rubric } from './rubric.js';

/** A request to rate one file. */
export interface RateFileRequest {
  /** The file to rate, as given (relative to `cwd` or absolute). */
  file: string;
  cwd: string;
  projectRoot: string;
  /** The run to write the rating into, or null for a standalone rating. */
  run: (RunHandle & { run: Run }) | null;
  planId?: string | undefined;
  /** `--min`: overrides the yaml's minimum_score. */
  minimum?: number | undefined;
  model?: string | undefined;
  rubricPath?: string | undefined;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Injected sleep for the judge's retry backoff. */
  sleep?: (ms: number) => Promise<void>;
}

/** The rating and where it was written (null standalone). */
export interface RateFileResult {
  rating: Rating;
  written: string | null;
}

function ratingStep(workflow: Workflow): StepDefinition | undefined {
  return stepOfAction(workflow, 'rate') ?? workflow.steps.find((s) => s.gate.checks.includes('rating-passed'));
}

/**
 * The agents a plan must give work to: those of the steps after the rating gate (the planner wrote
 * the plan and the rater judges it; neither needs an assignment in it).
 */
function agentsAfterPlanning(workflow: Workflow, rating: StepDefinition | undefined): string[] {
  const after = rating === undefined ? [] : workflow.steps.slice(workflow.steps.indexOf(rating) + 1).map((s) => s.agent);
  if (after.length > 0) return workflow.agents.filter((a) => after.includes(a));
  // A flow that ends with the rating: every agent but the ones that write and rate the plan.
  const planners = new Set(workflow.steps.filter((s) => s.outputs.some((o) => o.schema === 'plan')).map((s) => s.agent));
  return workflow.agents.filter((a) => !planners.has(a) && a !== rating?.agent);
}

/**
 * Reads the judge settings from the environment: none without ANTHROPIC_API_KEY.
 * @param env - the environment
 * @param model - a model named on the command line
 * @returns the judge options, or null
 * @throws InputError when PERFFLOW_RATER_TIMEOUT_MS is not a positive number
 */
export function judgeFromEnv(env: NodeJS.ProcessEnv, model: string | undefined): Omit<JudgeOptions, 'policy'> | null {
  const apiKey = env.ANTHROPIC_API_KEY;
  if (apiKey === undefined || apiKey.trim() === '') return null;
  const timeoutText = env.PERFFLOW_RATER_TIMEOUT_MS;
  const timeoutMs = timeoutText === undefined || timeoutText === '' ? 60_000 : Number(timeoutText);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InputError('usage', `PERFFLOW_RATER_TIMEOUT_MS must be a positive number of milliseconds, got '${timeoutText ?? ''}'`);
  }
  const baseURL = env.ANTHROPIC_BASE_URL === undefined || env.ANTHROPIC_BASE_URL === '' ? undefined : env.ANTHROPIC_BASE_URL;
  return { apiKey, baseURL, model: model ?? (env.PERFFLOW_RATER_MODEL || DEFAULT_JUDGE_MODEL), timeoutMs, secrets: secretValuesFromEnv(env) };
}

type JudgeMode = 'auto' | 'api' | 'agent' | 'claude' | 'none';

function judgeMode(env: NodeJS.ProcessEnv): JudgeMode {
  const mode = env.PERFFLOW_RATER_JUDGE ?? '';
  if (mode === '') return 'auto';
  if (['auto', 'api', 'agent', 'claude', 'none'].includes(mode)) return mode as JudgeMode;
  throw new InputError('usage', `PERFFLOW_RATER_JUDGE must be auto, api, agent, claude or none, got '${mode}'`);
}

/**
 * The rater agent's judgement for this plan in the run (`plans/<plan_id>-judgement.json`), checked:
 * schema, every dimension, and bound to the very bytes being rated. A judgement of another version
 * of the plan is refused (a failed judge: the structural score stands).
 */
function agentJudge(path: string, planFile: string, bytes: Buffer, rubric: Rubric): PlanJudge {
  return {
    kind: 'agent',
    label: 'perfflow:rater',
    judge: () => {
      const fail = (kind: string, error: string): Promise<JudgeResult> => Promise.resolve({ status: 'failed', kind, error: `${kind}: ${error}`, attempts: 1, delays: [] });
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        return fail('malformed_output', `cannot read the judgement ${path}: ${(error as Error).message}`);
      }
      const problem = schemaProblem(JudgementSchema, value);
      if (problem !== null) return fail('malformed_output', `the judgement does not match schemas/judgement.schema.json: ${problem}`);
      const judgement = value as Judgement;
      if (judgement.bound_to?.sha256 !== sha256Hex(bytes) || judgement.bound_to.file !== planFile) {
        return fail('stale', `the judgement was written for ${judgement.bound_to === undefined ? 'no recorded plan' : `another version of ${judgement.bound_to.file}`}; the plan changed after it was judged`);
      }
      try {
        return Promise.resolve({ status: 'ok', output: checkJudgeOutput({ dimensions: judgement.dimensions, suggestions: judgement.suggestions }, rubric, 'the judgement'), attempts: 1, delays: [] });
      } catch (error) {
        return fail('malformed_output', (error as Error).message);
      }
    },
  };
}

/**
 * Chooses the judge (PERFFLOW_RATER_JUDGE, default auto): the rater agent's judgement when the run
 * has one for this plan, else the Messages API with ANTHROPIC_API_KEY, else a headless claude -p
 * with the user's own login (outside a Claude Code session), else none.
 */
function chooseJudge(request: RateFileRequest, options: { rubric: Rubric; flowAgents: readonly string[]; judgementPath: string | null; planFile: string; bytes: Buffer; api: JudgeOptions | null }): { judge: PlanJudge | null; noJudge: string } {
  const mode = judgeMode(request.env);
  const { rubric, flowAgents, judgementPath, api } = options;
  if (mode === 'none') return { judge: null, noJudge: 'PERFFLOW_RATER_JUDGE=none: the structural score stands alone' };
  const hasJudgement = judgementPath !== null && existsSync(judgementPath);
  if ((mode === 'auto' && hasJudgement) || mode === 'agent') {
    if (judgementPath === null || !hasJudgement) return { judge: null, noJudge: 'PERFFLOW_RATER_JUDGE=agent but the rater agent wrote no judgement for this plan: the structural score stands alone' };
    return { judge: agentJudge(judgementPath, options.planFile, options.bytes, rubric), noJudge: '' };
  }
  if ((mode === 'auto' || mode === 'api') && api !== null) return { judge: apiJudge(api, rubric, flowAgents), noJudge: '' };
  if (mode === 'api') return { judge: null, noJudge: 'PERFFLOW_RATER_JUDGE=api but ANTHROPIC_API_KEY is not set: the structural score stands alone' };
  const bin = claudeBinary(request.env);
  const usable = bin !== null && (mode === 'claude' || (request.env.CLAUDECODE !== '1' && claudeLoggedIn(request.env)));
  if (bin !== null && usable) {
    const timeoutMs = Number(request.env.PERFFLOW_RATER_TIMEOUT_MS ?? '') || 180_000;
    return { judge: { kind: 'claude-cli', label: 'claude -p', judge: (text) => judgeWithClaudeCli(bin, text, rubric, flowAgents, { env: request.env, timeoutMs, secrets: secretValuesFromEnv(request.env) }) }, noJudge: '' };
  }
  const inClaude = request.env.CLAUDECODE === '1';
  return {
    judge: null,
    noJudge: inClaude
      ? 'no judge: in a Claude Code run the perfflow:rater agent writes the judgement (none here); the structural score stands alone'
      : 'no judge: no ANTHROPIC_API_KEY and no logged-in claude on the PATH; the structural score stands alone',
  };
}

function readPlan(path: string, shown: string): Buffer {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new InputError('invalid-file', `${shown} is not a file: pass the plan file (Markdown or JSON)`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('invalid-file', `cannot read ${shown}: pass an existing plan file (Markdown or JSON)`, { cause: error });
  }
  if (bytes.toString('utf8').trim() === '') throw new InputError('invalid-file', `${shown} is empty: write the plan before rating it`);
  if (bytes.includes(0) || !isUtf8(bytes)) throw new InputError('invalid-file', `${shown} is not text (binary or not UTF-8): pass the plan as Markdown or JSON`);
  if (/\.json$/i.test(path)) {
    try {
      JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new InputError('invalid-file', `${shown} is not valid JSON (${error instanceof Error ? error.message : String(error)}): fix the plan file`, { cause: error });
    }
  }
  return bytes;
}

/**
 * Rates a plan file. In a run, the minimum comes from the plan-rating gate of the workflow yaml
 * (unless `minimum` is given), the attempt is the planning step's loops + 1, the file must lie in
 * the run directory, and the rating is written to `plans/<plan_id>-rating.json` under the run's
 * lock. Standalone, nothing is written here (the caller prints or writes it).
 * @param request - the file, the run (or null), overrides, environment, injected time
 * @returns the rating and the path written
 * @throws InputError for a missing, empty or malformed file, a bad id, or a file outside the run
 */
export async function rateFile(request: RateFileRequest): Promise<RateFileResult> {
  const now = request.now ?? (() => new Date());
  const absolute = resolve(request.cwd, request.file);
  const { workflow } = await loadWorkflow(request.projectRoot);
  const step = ratingStep(workflow);
  const minimum = request.minimum ?? step?.gate.minimum_score ?? 7;
  const rubric = loadRubric(request.projectRoot, request.rubricPath);
  const judge = judgeFromEnv(request.env, request.model);
  const policy = step === undefined ? workflow.defaults.retry : retryPolicyOf(workflow, step);
  const judgeOptions: JudgeOptions | null = judge === null ? null : { ...judge, policy, ...(request.sleep === undefined ? {} : { sleep: request.sleep }) };
  if (request.planId !== undefined) checkId('plan id', request.planId);
  const flowAgents = agentsAfterPlanning(workflow, step);

  if (request.run === null) {
    const bytes = readPlan(absolute, request.file);
    const chosen = chooseJudge(request, { rubric: rubric.rubric, flowAgents, judgementPath: null, planFile: request.file, bytes, api: judgeOptions });
    const rating = await ratePlan({ bytes, planFile: request.file, planId: request.planId ?? null, minimum, attempt: 1, rubric, flowAgents, judge: chosen.judge, noJudge: chosen.noJudge, now: now() });
    checkId('plan id', rating.plan_id);
    return { rating: validateAgainst(RatingSchema, rating, 'rating'), written: null };
  }

  const handle = request.run;
  const rel = relative(handle.dir, absolute);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new InputError('unsafe-path', `${request.file} is outside the run directory ${handle.dir}: rate the plan file of the run (see perfflow next)`);
  }
  const bytes = readPlan(absolute, request.file);
  if (step === undefined) throw new InputError('invalid-workflow', 'no step of the workflow rates the plan (action: rate); add the action to the plan-rating step');
  const scope = { dir: handle.dir, run: handle.run, workflow };
  // The plan goes back to the step the gate returns to, else to the step that writes the plan.
  const backTo = step.gate.on_fail?.return_to ?? declaredOutput(workflow, step, 'plan')?.step.id ?? step.id;
  const attempt = (handle.run.steps[backTo]?.loops ?? 0) + 1;
  // The plan may be sent back max_loops times, so it is rated at most max_loops + 1 times.
  const maxLoops = step.gate.on_fail?.max_loops;
  const maxAttempts = maxLoops === undefined ? undefined : maxLoops + 1;
  const planId = request.planId ?? planIdOf(handle.dir, handle.run, workflow);
  const planFile = rel.split(sep).join('/');
  checkId('plan id', planId);
  const judgementPath = declaredOutput(workflow, step, 'judgement') === null ? null : artifactPath(scope, step, 'judgement').path;
  const chosen = chooseJudge(request, { rubric: rubric.rubric, flowAgents, judgementPath, planFile, bytes, api: judgeOptions });
  const rating = await ratePlan({
    bytes,
    planFile,
    planId,
    runId: handle.runId,
    minimum,
    attempt,
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    rubric,
    flowAgents,
    judge: chosen.judge,
    noJudge: chosen.noJudge,
    now: now(),
  });
  const checked = validateAgainst(RatingSchema, rating, 'rating');
  const [target = null] = await writeArtifacts(scope, step, [{ schema: 'rating', value: checked }], request.env);
  return { rating: checked, written: target };
}
