import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, normalize, sep } from 'node:path';
import { namedSchemaProblem } from '../contracts/validate.js';
import { readJsonFile } from '../state/atomic-file.js';
import { feedFile } from '../state/project.js';
import { fileSha256 } from '../state/run-files.js';
import { pathInRun } from '../state/run-store.js';
import { fileChangedSince } from '../git/snapshot.js';
import { expandTemplate } from './templates.js';
function field(value, key) {
    return typeof value === 'object' && value !== null ? value[key] : undefined;
}
function outputPath(ctx, relative) {
    return pathInRun(ctx.dir, expandTemplate(relative, ctx.templates));
}
function readArtifact(ctx, relative) {
    return readJsonFile(outputPath(ctx, relative), expandTemplate(relative, ctx.templates));
}
function fail(detail) {
    return { passed: false, detail };
}
const outputsExist = async (ctx) => {
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
const outputsValid = async (ctx) => {
    const problems = [];
    for (const output of ctx.step.outputs) {
        const path = expandTemplate(output.path, ctx.templates);
        const full = pathInRun(ctx.dir, path);
        if (!existsSync(full)) {
            if (output.optional !== true)
                problems.push(`${path} is missing`);
            continue;
        }
        if (output.schema === undefined)
            continue;
        let value;
        try {
            value = JSON.parse(readFileSync(full, 'utf8'));
        }
        catch (error) {
            problems.push(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
            continue;
        }
        const problem = namedSchemaProblem(output.schema, value);
        if (problem !== null)
            problems.push(`${path} does not match schemas/${output.schema}.schema.json: ${problem}`);
    }
    return problems.length === 0 ? { passed: true, detail: 'outputs valid against their schemas' } : fail(problems.join('; '));
};
const measurementValid = async (ctx) => {
    const metrics = readArtifact(ctx, 'baseline-metrics.json');
    const reasons = [
        ...(field(metrics, 'valid') === true ? [] : asStrings(field(metrics, 'invalid_reasons'), 'the measurement is marked invalid')),
        ...(field(metrics, 'healthy') === true ? [] : asStrings(field(metrics, 'health_reasons'), 'the target is marked unhealthy')),
    ];
    return reasons.length === 0 ? { passed: true, detail: 'measurement valid and target healthy' } : fail(reasons.join('; '));
};
function asStrings(value, fallback) {
    const list = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    return list.length > 0 ? list : [fallback];
}
const ratingPassed = async (ctx) => {
    const output = ctx.step.outputs.find((o) => o.schema === 'rating') ?? ctx.step.outputs[0];
    if (output === undefined)
        return fail('the step declares no rating output');
    const rating = readArtifact(ctx, output.path);
    const minimum = ctx.step.gate.minimum_score ?? 7;
    const score = field(rating, 'score');
    const planFile = field(rating, 'plan_file');
    const planSha = field(rating, 'plan_sha256');
    if (typeof score !== 'number')
        return fail('the rating has no numeric score');
    if (typeof planFile !== 'string' || typeof planSha !== 'string')
        return fail('the rating does not say which plan it rated (plan_file, plan_sha256)');
    const planPath = isAbsolute(planFile) ? normalize(planFile) : pathInRun(ctx.dir, planFile);
    if (!planPath.startsWith(ctx.dir + sep))
        return fail(`the rated plan ${planFile} is not in this run`);
    const current = fileSha256(planPath);
    const variables = { plan_score: score };
    if (current === null)
        return { ...fail(`the rated plan ${planFile} no longer exists`), variables };
    if (current !== planSha) {
        return { ...fail(`the plan changed after it was rated (sha256 ${current.slice(0, 12)} != ${planSha.slice(0, 12)}); rate it again`), variables };
    }
    if (score < minimum || field(rating, 'passed') !== true) {
        const feedback = asStrings(field(rating, 'feedback'), 'no feedback given');
        return { ...fail(`score ${score}/10 is below the minimum ${minimum}: ${feedback.join('; ')}`), variables };
    }
    return { passed: true, detail: `score ${score}/10 >= ${minimum}`, variables };
};
function bottleneckIds(report) {
    const list = field(report, 'bottlenecks');
    return Array.isArray(list) ? list.map((b) => field(b, 'id')).filter((id) => typeof id === 'string') : [];
}
const bottlenecksFound = async (ctx) => {
    const report = readArtifact(ctx, 'bottleneck-report.json');
    const ids = bottleneckIds(report);
    if (ids.length > 0)
        return { passed: true, detail: `${ids.length} bottleneck(s) ranked`, variables: { bottleneck_count: ids.length } };
    const evidence = field(field(report, 'no_bottleneck_found'), 'evidence');
    if (typeof evidence === 'string' && evidence.trim() !== '') {
        return { passed: true, detail: `no bottleneck found, with evidence: ${evidence.slice(0, 200)}`, variables: { bottleneck_count: 0 } };
    }
    return fail('bottleneck-report.json ranks no bottleneck and gives no evidence that there is none');
};
const optimizationsAddressBottlenecks = async (ctx) => {
    const plan = readArtifact(ctx, 'optimization-plan.json');
    const known = new Set(bottleneckIds(readArtifact(ctx, 'bottleneck-report.json')));
    const optimizations = field(plan, 'optimizations');
    if (!Array.isArray(optimizations) || optimizations.length === 0)
        return fail('optimization-plan.json lists no optimization');
    const problems = [];
    for (const optimization of optimizations) {
        const id = String(field(optimization, 'id'));
        const addresses = field(optimization, 'addresses');
        const list = Array.isArray(addresses) ? addresses.filter((a) => typeof a === 'string') : [];
        if (list.length === 0)
            problems.push(`optimization '${id}' names no bottleneck`);
        for (const ref of list)
            if (!known.has(ref))
                problems.push(`optimization '${id}' addresses '${ref}', which is not a bottleneck id in bottleneck-report.json (known: ${[...known].join(', ') || 'none'})`);
    }
    return problems.length === 0
        ? { passed: true, detail: `${optimizations.length} optimization(s), each tied to a reported bottleneck` }
        : fail(problems.join('; '));
};
const manifestFilesChanged = async (ctx) => {
    const manifest = readArtifact(ctx, 'dev-manifest.json');
    const changes = field(manifest, 'changes');
    if (!Array.isArray(changes) || changes.length === 0)
        return fail('dev-manifest.json lists no changed file');
    const problems = [];
    for (const change of changes) {
        const file = field(change, 'file');
        if (typeof file !== 'string')
            continue;
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
        ? { passed: true, detail: `${changes.length} listed file(s), each really changed since the run's snapshot` }
        : fail(problems.join('; '));
};
const validationPassed = async (ctx) => {
    const comparison = readArtifact(ctx, 'performance-comparison.json');
    const status = field(comparison, 'validation_status');
    if (status !== 'pass' && status !== 'fail' && status !== 'inconclusive')
        return fail('performance-comparison.json has no validation_status');
    const variables = { validation_status: status };
    if (status === 'pass')
        return { passed: true, detail: 'validation_status is pass', variables };
    const reasons = asStrings(field(comparison, 'status_reasons'), `validation_status is ${status}`);
    return { ...fail(`validation_status is ${status}: ${reasons.join('; ')}`), variables };
};
const published = async (ctx) => {
    const feedPath = feedFile(ctx.projectRoot);
    if (!existsSync(feedPath))
        return fail(`the feed ${feedPath} does not exist; run perfflow publish`);
    const items = field(readJsonFile(feedPath, 'feed.json'), 'items');
    const found = Array.isArray(items) && items.some((item) => field(item, 'id') === ctx.run.run_id);
    return found ? { passed: true, detail: `feed item ${ctx.run.run_id} published` } : fail(`feed.json has no item for run ${ctx.run.run_id}; run perfflow publish`);
};
/** The variables each check exports to conditions, so a condition knows which gate supplies them. */
export const CHECK_VARIABLES = {
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
const CHECKS = {
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
export async function runCheck(name, ctx) {
    try {
        return { name, ...(await CHECKS[name](ctx)) };
    }
    catch (error) {
        return { name, passed: false, detail: `check failed with an error: ${error instanceof Error ? error.message : String(error)}` };
    }
}
