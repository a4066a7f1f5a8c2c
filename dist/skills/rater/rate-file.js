import { readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { RatingSchema } from '../../schemas/rating.js';
import { validateAgainst } from '../../schemas/validate.js';
import { redactValue, secretValuesFromEnv } from '../../security/redact.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { checkId } from '../../state/ids.js';
import { withLock } from '../../state/lock.js';
import { pathInRun } from '../../state/run-store.js';
import { loadWorkflow, retryPolicyOf } from '../../workflow/load.js';
import { planIdOf } from '../../workflow/engine.js';
import { DEFAULT_JUDGE_MODEL } from './judge.js';
import { ratePlan } from './rate-plan.js';
import { loadRubric } from './rubric.js';
function ratingStep(workflow) {
    return workflow.steps.find((s) => s.gate.checks.includes('rating-passed'));
}
/**
 * Reads the judge settings from the environment: none without ANTHROPIC_API_KEY.
 * @param env - the environment
 * @param model - a model named on the command line
 * @returns the judge options, or null
 * @throws InputError when PERFFLOW_RATER_TIMEOUT_MS is not a positive number
 */
export function judgeFromEnv(env, model) {
    const apiKey = env.ANTHROPIC_API_KEY;
    if (apiKey === undefined || apiKey.trim() === '')
        return null;
    const timeoutText = env.PERFFLOW_RATER_TIMEOUT_MS;
    const timeoutMs = timeoutText === undefined || timeoutText === '' ? 60_000 : Number(timeoutText);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
        throw new InputError('usage', `PERFFLOW_RATER_TIMEOUT_MS must be a positive number of milliseconds, got '${timeoutText ?? ''}'`);
    }
    const baseURL = env.ANTHROPIC_BASE_URL === undefined || env.ANTHROPIC_BASE_URL === '' ? undefined : env.ANTHROPIC_BASE_URL;
    return { apiKey, baseURL, model: model ?? (env.PERFFLOW_RATER_MODEL || DEFAULT_JUDGE_MODEL), timeoutMs, secrets: secretValuesFromEnv(env) };
}
function readPlan(path, shown) {
    let bytes;
    try {
        if (!statSync(path).isFile())
            throw new InputError('invalid-file', `${shown} is not a file: pass the plan file (Markdown or JSON)`);
        bytes = readFileSync(path);
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        throw new InputError('invalid-file', `cannot read ${shown}: pass an existing plan file (Markdown or JSON)`, { cause: error });
    }
    if (bytes.toString('utf8').trim() === '')
        throw new InputError('invalid-file', `${shown} is empty: write the plan before rating it`);
    if (bytes.includes(0) || !isUtf8(bytes))
        throw new InputError('invalid-file', `${shown} is not text (binary or not UTF-8): pass the plan as Markdown or JSON`);
    if (/\.json$/i.test(path)) {
        try {
            JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
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
export async function rateFile(request) {
    const now = request.now ?? (() => new Date());
    const absolute = resolve(request.cwd, request.file);
    const { workflow } = await loadWorkflow(request.projectRoot);
    const step = ratingStep(workflow);
    const minimum = request.minimum ?? step?.gate.minimum_score ?? 7;
    const rubric = loadRubric(request.projectRoot, request.rubricPath);
    const judge = judgeFromEnv(request.env, request.model);
    const policy = step === undefined ? workflow.defaults.retry : retryPolicyOf(workflow, step);
    const judgeOptions = judge === null ? null : { ...judge, policy, ...(request.sleep === undefined ? {} : { sleep: request.sleep }) };
    if (request.planId !== undefined)
        checkId('plan id', request.planId);
    if (request.run === null) {
        const bytes = readPlan(absolute, request.file);
        const rating = await ratePlan({ bytes, planFile: request.file, planId: request.planId ?? null, minimum, attempt: 1, rubric, flowAgents: workflow.agents, judge: judgeOptions, now: now() });
        checkId('plan id', rating.plan_id);
        return { rating: redactValue(validateAgainst(RatingSchema, rating, 'rating'), secretValuesFromEnv(request.env)), written: null };
    }
    const handle = request.run;
    const rel = relative(handle.dir, absolute);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
        throw new InputError('unsafe-path', `${request.file} is outside the run directory ${handle.dir}: rate the plan file of the run (see perfflow next)`);
    }
    const bytes = readPlan(absolute, request.file);
    const backTo = step?.gate.on_fail?.return_to ?? 'planning';
    const attempt = (handle.run.steps[backTo]?.loops ?? 0) + 1;
    // The plan may be sent back max_loops times, so it is rated at most max_loops + 1 times.
    const maxLoops = step?.gate.on_fail?.max_loops;
    const maxAttempts = maxLoops === undefined ? undefined : maxLoops + 1;
    const planId = request.planId ?? planIdOf(handle.dir, handle.run);
    const rating = await ratePlan({
        bytes,
        planFile: rel.split(sep).join('/'),
        planId,
        runId: handle.runId,
        minimum,
        attempt,
        ...(maxAttempts === undefined ? {} : { maxAttempts }),
        rubric,
        flowAgents: workflow.agents,
        judge: judgeOptions,
        now: now(),
    });
    const checked = redactValue(validateAgainst(RatingSchema, rating, 'rating'), secretValuesFromEnv(request.env));
    const target = pathInRun(handle.dir, `plans/${checkId('plan id', planId)}-rating.json`);
    await withLock(handle.dir, () => {
        writeJsonAtomic(target, checked);
    });
    return { rating: checked, written: target };
}
