import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { schemaLoaders } from '../contracts/registry.js';
import { namedSchemaProblem } from '../contracts/validate.js';
import { parseCondition } from './condition.js';
import { contractProblems, inferActions } from './step-contracts.js';
/** Where the workflow file lives inside a project (and inside the plugin). */
export const WORKFLOW_RELATIVE_PATH = join('.claude', 'workflows', 'performance-flow.yaml');
/**
 * The plugin's own workflow file, shipped beside dist/.
 * @returns an absolute path
 */
export function pluginWorkflowPath() {
    return fileURLToPath(new URL(`../../${WORKFLOW_RELATIVE_PATH.split('\\').join('/')}`, import.meta.url));
}
function describePath(workflow, instancePath) {
    const parts = instancePath.split('/').filter((p) => p !== '');
    if (parts[0] === 'steps' && parts[1] !== undefined) {
        const index = Number(parts[1]);
        const steps = workflow.steps;
        const step = Array.isArray(steps) ? steps[index] : undefined;
        const id = typeof step === 'object' && step !== null && typeof step.id === 'string' ? step.id : `#${index + 1}`;
        const field = parts.slice(2).join('.') || '(the step itself)';
        return `step '${id}' field ${field}`;
    }
    return `field ${parts.join('.') || '(top level)'}`;
}
function fail(path, message) {
    throw new InputError('invalid-workflow', `${path}: ${message}`);
}
/**
 * Parses and checks a workflow text: YAML syntax, the schema, then the rules a schema cannot say
 * (unique ids, known agents and schemas, valid conditions, back-references to earlier steps).
 * @param text - YAML text
 * @param path - the file's path, for messages
 * @returns the workflow
 * @throws InputError `invalid-workflow` naming the step and field
 */
export async function parseWorkflow(text, path) {
    const YAML = await import('yaml');
    const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const yamlError = doc.errors[0];
    if (yamlError !== undefined) {
        const line = yamlError.linePos?.[0].line;
        fail(path, `is not valid YAML${line === undefined ? '' : ` (line ${line})`}: ${yamlError.message.split('\n')[0] ?? ''}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        // e.g. an alias bomb ("billion laughs"): refuse instead of expanding it
        fail(path, `cannot be read: ${error instanceof Error ? error.message : String(error)}; remove the aliases that expand too much`);
    }
    const problem = namedSchemaProblem('workflow', value);
    if (problem !== null) {
        const [instancePath = '', ...rest] = problem.split(' ');
        fail(path, `${describePath(value, instancePath.startsWith('/') ? instancePath : '')} ${instancePath.startsWith('/') ? rest.join(' ') : problem}`);
    }
    const workflow = inferActions(value);
    const seen = new Set();
    const agents = new Set(workflow.agents);
    for (const step of workflow.steps) {
        const where = `step '${step.id}'`;
        if (seen.has(step.id))
            fail(path, `${where} appears twice; step ids must be unique`);
        if (!agents.has(step.agent))
            fail(path, `${where} field agent: '${step.agent}' is not in the agents list`);
        if (step.fallback_agent !== undefined && !agents.has(step.fallback_agent)) {
            fail(path, `${where} field fallback_agent: '${step.fallback_agent}' is not in the agents list`);
        }
        for (const output of step.outputs) {
            if (output.schema !== undefined && !Object.hasOwn(schemaLoaders, output.schema)) {
                fail(path, `${where} field outputs.${output.path}.schema: unknown schema '${output.schema}' (known: ${Object.keys(schemaLoaders).sort().join(', ')})`);
            }
        }
        if (step.condition !== undefined)
            parseCondition(step.condition, `${path}: ${where} field condition`);
        if (step.gate.pass_when !== undefined)
            parseCondition(step.gate.pass_when, `${path}: ${where} field gate.pass_when`);
        if (step.gate.checks.includes('rating-passed') && step.gate.minimum_score === undefined) {
            fail(path, `${where} field gate.minimum_score is required by the rating-passed check`);
        }
        const [contract] = contractProblems(workflow, step);
        if (contract !== undefined)
            fail(path, `${where} ${contract}`);
        for (const key of ['return_to', 'rollback_to']) {
            const back = step.gate.on_fail?.[key];
            if (back !== undefined && !seen.has(back))
                fail(path, `${where} field gate.on_fail.${key}: '${back}' is not an earlier step`);
        }
        seen.add(step.id);
    }
    return workflow;
}
/**
 * Loads the workflow of a project: its own `.claude/workflows/performance-flow.yaml` when present,
 * else the plugin's.
 * @param projectRoot - the project root
 * @returns the checked workflow and its origin
 * @throws InputError `invalid-workflow`
 */
export async function loadWorkflow(projectRoot) {
    const own = join(projectRoot, WORKFLOW_RELATIVE_PATH);
    const source = existsSync(own) ? 'project' : 'plugin';
    const path = source === 'project' ? own : pluginWorkflowPath();
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new InputError('invalid-workflow', `cannot read the workflow file ${path}: reinstall perfflow or restore the file`, { cause: error });
    }
    return { workflow: await parseWorkflow(text, path), path, source, sha256: createHash('sha256').update(text).digest('hex') };
}
/**
 * Finds a step by id.
 * @param workflow - the workflow
 * @param stepId - untrusted step id
 * @returns the step definition
 * @throws InputError `unknown-step` listing the steps
 */
export function getStep(workflow, stepId) {
    const step = workflow.steps.find((s) => s.id === stepId);
    if (step === undefined) {
        throw new InputError('unknown-step', `unknown step '${stepId.slice(0, 60)}'; the steps are: ${workflow.steps.map((s) => s.id).join(', ')}`);
    }
    return step;
}
/**
 * The retry policy in force for a step: its own, else the workflow default.
 * @param workflow - the workflow
 * @param step - the step
 * @returns the policy
 */
export function retryPolicyOf(workflow, step) {
    return step.retry ?? workflow.defaults.retry;
}
