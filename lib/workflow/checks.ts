import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, normalize, sep } from 'node:path';
import type { Run } from '../contracts/run.js';
import type { CheckName, StepDefinition, Workflow } from '../contracts/workflow.js';
import { namedSchemaProblem } from '../contracts/validate.js';
import { readJsonFile } from '../state/atomic-file.js';
import { feedFile } from '../state/project.js';
import { fileSha256 } from '../state/run-files.js';
import { pathInRun } from '../state/run-store.js';
import { fileChangedSince } from '../git/snapshot.js';
import type { ConditionValue } from './condition.js';
import { artifactPath, readArtifact } from './artifacts.js';
import { expandTemplate } from './templates.js';
import type { TemplateValues } from './templates.js';

/** What a gate check can see. */
export interface CheckContext {
  projectRoot: string;
  /** The run directory. */
  dir: string;
  run: Run;
  workflow: Workflow;
  step: StepDefinition;
  templates: TemplateValues;
}

/** The result of one check; `variables` feed conditions such as `validation_status == 'pass'`. */
export interface CheckResult {
  name: CheckName;
  passed: boolean;
  detail: string;
  variables?: Record<string, ConditionValue>;
}

type CheckFn = (ctx: CheckContext) => Promise<Omit<CheckResult, 'name'>>;

function fail(detail: string): { passed: false; detail: string } {
  return { passed: false, detail };
}

const outputsExist: CheckFn = async (ctx) => {
  const missing = ctx.step.outputs
    .map((o) => expandTemplate(o.path, ctx.templates))
    .filter((p) => {
      const full = pathInRun(ctx.dir, p);
      return !existsSync(full) || statSync(full).size === 0;
    });
  return missing.length === 0
    ? { passed: true, detail: `${ctx.step.outputs.length} output file(s) present` }
    : fail(`missing or empty: ${missing.join(', ')} (write them in ${ctx.dir})`);
};

const outputsValid: CheckFn = async (ctx) => {
  const problems: string[] = [];
  for (const output of ctx.step.outputs) {
    const path = expandTemplate(output.path, ctx.templates);
    const full = pathInRun(ctx.dir, path);
    if (!existsSync(full)) {
      if (output.optional !== true) problems.push(`${path} is missing`);
      continue;
    }
    if (output.schema === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(full, 'utf8')) as unknown;
    } catch (error) {
      problems.push(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const problem = namedSchemaProblem(output.schema, value);
    if (problem !== null) problems.push(`${path} does not match schemas/${output.schema}.schema.json: ${problem}`);
  }
  return problems.length === 0 ? { passed: true, detail: 'outputs valid against their schemas' } : fail(problems.join('; '));
};

const measurementValid: CheckFn = async (ctx) => {
  const metrics = readArtifact(ctx, ctx.step, 'baseline-metrics');
  const reasons = [
    ...(metrics.valid ? [] : orElse(metrics.invalid_reasons, 'the measurement is marked invalid')),
    ...(metrics.healthy ? [] : orElse(metrics.health_reasons, 'the target is marked unhealthy')),
  ];
  return reasons.length === 0 ? { passed: true, detail: 'measurement valid and target healthy' } : fail(reasons.join('; '));
};

function orElse(list: readonly string[] | undefined, fallback: string): string[] {
  return list !== undefined && list.length > 0 ? [...list] : [fallback];
}

const ratingPassed: CheckFn = async (ctx) => {
  const rating = readArtifact(ctx, ctx.step, 'rating');
  const minimum = ctx.step.gate.minimum_score ?? 7;
  const planPath = isAbsolute(rating.plan_file) ? normalize(rating.plan_file) : pathInRun(ctx.dir, rating.plan_file);
  if (!planPath.startsWith(ctx.dir + sep)) return fail(`the rated plan ${rating.plan_file} is not in this run`);
  const current = fileSha256(planPath);
  const variables = { plan_score: rating.score };
  if (current === null) return { ...fail(`the rated plan ${rating.plan_file} no longer exists`), variables };
  if (current !== rating.plan_sha256) {
    return { ...fail(`the plan changed after it was rated (sha256 ${current.slice(0, 12)} != ${rating.plan_sha256.slice(0, 12)}); rate it again`), variables };
  }
  if (rating.score < minimum || !rating.passed) {
    return { ...fail(`score ${rating.score}/10 is below the minimum ${minimum}: ${orElse(rating.feedback, 'no feedback given').join('; ')}`), variables };
  }
  return { passed: true, detail: `score ${rating.score}/10 >= ${minimum}`, variables };
};

const bottlenecksFound: CheckFn = async (ctx) => {
  const report = readArtifact(ctx, ctx.step, 'bottleneck-report');
  const count = report.bottlenecks.length;
  if (count > 0) return { passed: true, detail: `${count} bottleneck(s) ranked`, variables: { bottleneck_count: count } };
  const evidence = report.no_bottleneck_found?.evidence;
  if (evidence !== undefined && evidence.trim() !== '') {
    return { passed: true, detail: `no bottleneck found, with evidence: ${evidence.slice(0, 200)}`, variables: { bottleneck_count: 0 } };
  }
  return fail(`${artifactPath(ctx, ctx.step, 'bottleneck-report').relative} ranks no bottleneck and gives no evidence that there is none`);
};

const optimizationsAddressBottlenecks: CheckFn = async (ctx) => {
  const plan = readArtifact(ctx, ctx.step, 'optimization-plan');
  const reportName = artifactPath(ctx, ctx.step, 'bottleneck-report').relative;
  const known = new Set(readArtifact(ctx, ctx.step, 'bottleneck-report').bottlenecks.map((b) => b.id));
  if (plan.optimizations.length === 0) return fail(`${artifactPath(ctx, ctx.step, 'optimization-plan').relative} lists no optimization`);
  const problems: string[] = [];
  for (const optimization of plan.optimizations) {
    if (optimization.addresses.length === 0) problems.push(`optimization '${optimization.id}' names no bottleneck`);
    for (const ref of optimization.addresses) {
      if (!known.has(ref)) problems.push(`optimization '${optimization.id}' addresses '${ref}', which is not a bottleneck id in ${reportName} (known: ${[...known].join(', ') || 'none'})`);
    }
  }
  return problems.length === 0
    ? { passed: true, detail: `${plan.optimizations.length} optimization(s), each tied to a reported bottleneck` }
    : fail(problems.join('; '));
};

const manifestFilesChanged: CheckFn = async (ctx) => {
  const manifest = readArtifact(ctx, ctx.step, 'dev-manifest');
  if (manifest.changes.length === 0) return fail(`${artifactPath(ctx, ctx.step, 'dev-manifest').relative} lists no changed file`);
  const problems: string[] = [];
  for (const { file } of manifest.changes) {
    const rel = normalize(file).split(sep).join('/');
    if (isAbsolute(rel) || rel.startsWith('../') || rel === '..' || rel.startsWith('.claude/context/')) {
      problems.push(`${file} is not a project file (use a path relative to the project root)`);
      continue;
    }
    if (!(await fileChangedSince(ctx.projectRoot, ctx.run.base.snapshot_commit, rel))) {
      problems.push(`${file} is not changed since the run started`);
    }
  }
  return problems.length === 0
    ? { passed: true, detail: `${manifest.changes.length} listed file(s), each really changed since the run's snapshot` }
    : fail(problems.join('; '));
};

const validationPassed: CheckFn = async (ctx) => {
  const comparison = readArtifact(ctx, ctx.step, 'performance-comparison');
  const status = comparison.validation_status;
  const variables = { validation_status: status };
  if (status === 'pass') return { passed: true, detail: 'validation_status is pass', variables };
  return { ...fail(`validation_status is ${status}: ${orElse(comparison.status_reasons, `validation_status is ${status}`).join('; ')}`), variables };
};

const published: CheckFn = async (ctx) => {
  const feedPath = feedFile(ctx.projectRoot);
  if (!existsSync(feedPath)) return fail(`the feed ${feedPath} does not exist; run perfflow publish`);
  // Only the run's item is looked for: a feed.json that other tools extended still counts.
  const items = (readJsonFile(feedPath, 'feed.json') as { items?: unknown } | null)?.items;
  const found = Array.isArray(items) && items.some((item: unknown) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === ctx.run.run_id);
  return found ? { passed: true, detail: `feed item ${ctx.run.run_id} published` } : fail(`feed.json has no item for run ${ctx.run.run_id}; run perfflow publish`);
};

/** The variables each check exports to conditions, so a condition knows which gate supplies them. */
export const CHECK_VARIABLES: Record<CheckName, readonly string[]> = {
  'outputs-exist': [],
  'outputs-valid': [],
  'measurement-valid': [],
  'rating-passed': ['plan_score'],
  'bottlenecks-found': ['bottleneck_count'],
  'optimizations-address-bottlenecks': [],
  'manifest-files-changed': [],
  'validation-passed': ['validation_status'],
  published: [],
};

const CHECKS: Record<CheckName, CheckFn> = {
  'outputs-exist': outputsExist,
  'outputs-valid': outputsValid,
  'measurement-valid': measurementValid,
  'rating-passed': ratingPassed,
  'bottlenecks-found': bottlenecksFound,
  'optimizations-address-bottlenecks': optimizationsAddressBottlenecks,
  'manifest-files-changed': manifestFilesChanged,
  'validation-passed': validationPassed,
  published,
};

/**
 * Runs one named check. Fails closed: any error inside the check is a failed check whose detail
 * says what went wrong.
 * @param name - the check named in the yaml
 * @param ctx - what the check may read
 * @returns the check's result
 */
export async function runCheck(name: CheckName, ctx: CheckContext): Promise<CheckResult> {
  try {
    return { name, ...(await CHECKS[name](ctx)) };
  } catch (error) {
    return { name, passed: false, detail: `check failed with an error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
