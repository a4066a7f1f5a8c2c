import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namedSchemaProblem } from '../contracts/validate.js';
import { pathInRun } from '../state/run-store.js';
import { readGate } from '../state/run-files.js';
import { templateValues } from '../workflow/run-view.js';
import { artifactPath } from '../workflow/artifacts.js';
import { declaredOutput } from '../workflow/step-contracts.js';
import { expandTemplate } from '../workflow/templates.js';
/**
 * Reads one optional artifact, found where the workflow declares it (as seen from the publishing
 * step): null when no step declares it or it is missing; null plus a note when present but
 * unreadable or not valid against its schema (the report then says so instead of showing wrong numbers).
 */
function optional(scope, from, schema, notes) {
    if (declaredOutput(scope.workflow, from, schema) === null)
        return null;
    const { path, relative } = artifactPath(scope, from, schema);
    if (!existsSync(path))
        return null;
    let value;
    try {
        value = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        notes.push(`${relative} is not valid JSON (${error instanceof Error ? error.message : String(error)}); left out of the report`);
        return null;
    }
    const problem = namedSchemaProblem(schema, value);
    if (problem !== null) {
        notes.push(`${relative} does not match schemas/${schema}.schema.json (${problem}); left out of the report`);
        return null;
    }
    return value; // validated against schemas/<schema>.schema.json just above
}
/** The plan for people: the Markdown output beside the plan's JSON in the step that writes it. */
function planMarkdown(scope, from) {
    const declared = declaredOutput(scope.workflow, from, 'plan');
    const markdown = declared?.step.outputs.find((o) => o.schema === undefined && o.path.endsWith('.md'));
    if (markdown === undefined)
        return null;
    return text(scope.dir, expandTemplate(markdown.path, scope.templates ?? templateValues(scope.dir, scope.run, scope.workflow)));
}
function text(dir, relative) {
    const path = join(dir, relative);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
function collapsedStacks(dir, declared, notes) {
    const candidates = [declared, 'profile.collapsed', 'profile.folded', 'collapsed-stacks.txt'].filter((p) => p !== undefined && p !== '');
    for (const candidate of candidates) {
        try {
            const found = text(dir, pathInRun(dir, candidate).slice(dir.length + 1));
            if (found !== null)
                return found;
        }
        catch {
            notes.push(`the collapsed stacks path '${candidate}' leaves the run directory; not read`);
        }
    }
    return null;
}
/**
 * Gathers a run's artifacts for the report, each where the workflow declares it. Every artifact is
 * optional: what is missing is shown as missing; what is invalid is left out with a note.
 * @param scope - the run directory, the run and its workflow
 * @param from - the publishing step (artifacts are those it or an earlier step declares)
 * @param publishedAt - when the run was first published
 * @param condition - the publish condition's evaluation
 * @returns the bundle (not yet redacted)
 */
export function collectRun(scope, from, publishedAt, condition) {
    const { dir, run } = scope;
    const notes = [];
    const bottlenecks = optional(scope, from, 'bottleneck-report', notes);
    const gates = [];
    for (const step of run.step_order) {
        try {
            const gate = readGate(dir, step);
            if (gate !== null)
                gates.push(gate);
        }
        catch (error) {
            notes.push(`gates/${step}.json is unreadable (${error instanceof Error ? error.message : String(error)})`);
        }
    }
    return {
        run,
        publishedAt,
        condition,
        baseline: optional(scope, from, 'baseline-metrics', notes),
        bottlenecks,
        collapsed: collapsedStacks(dir, bottlenecks?.files.collapsed, notes),
        plan: optional(scope, from, 'plan', notes),
        planMarkdown: planMarkdown(scope, from),
        rating: optional(scope, from, 'rating', notes),
        optimization: optional(scope, from, 'optimization-plan', notes),
        manifest: optional(scope, from, 'dev-manifest', notes),
        results: optional(scope, from, 'benchmark-results', notes),
        comparison: optional(scope, from, 'performance-comparison', notes),
        gates,
        notes,
        files: declaredFiles(scope, from),
    };
}
/** Where the workflow puts each artifact the report shows, as seen from the publishing step. */
function declaredFiles(scope, from) {
    const schemas = ['baseline-metrics', 'bottleneck-report', 'plan', 'rating', 'optimization-plan', 'dev-manifest', 'benchmark-results', 'performance-comparison'];
    return Object.fromEntries(schemas.filter((schema) => declaredOutput(scope.workflow, from, schema) !== null).map((schema) => [schema, artifactPath(scope, from, schema).relative]));
}
