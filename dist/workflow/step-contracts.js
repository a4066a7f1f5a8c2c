/**
 * What each action writes (by schema name) and whether it decides its step's gate itself. The
 * yaml says where each file goes (`outputs` with that `schema`); this says which files the code
 * produces, so that loading a workflow can refuse a step whose action writes a file it does not declare.
 */
export const ACTION_CONTRACTS = {
    baseline: { writes: ['baseline-metrics'], decidesGate: false },
    profile: { writes: ['bottleneck-report'], decidesGate: false },
    rate: { writes: ['rating'], decidesGate: true },
    validate: { writes: ['benchmark-results', 'performance-comparison'], decidesGate: true },
    publish: { writes: [], decidesGate: true },
};
/** The artifacts each gate check reads, by schema: declared by the step itself or an earlier one. */
export const CHECK_READS = {
    'outputs-exist': [],
    'outputs-valid': [],
    'measurement-valid': ['baseline-metrics'],
    'rating-passed': ['rating'],
    'bottlenecks-found': ['bottleneck-report'],
    'optimizations-address-bottlenecks': ['optimization-plan', 'bottleneck-report'],
    'manifest-files-changed': ['dev-manifest'],
    'validation-passed': ['performance-comparison'],
    published: [],
};
/**
 * The step that declares an output of a schema, as seen from a step: the step itself first, then
 * the latest earlier step.
 * @param workflow - the workflow
 * @param from - the step that reads (or writes) it
 * @param schema - the artifact's schema name
 * @returns the declaring step and output, or null when no step up to `from` declares one
 */
export function declaredOutput(workflow, from, schema) {
    const index = workflow.steps.findIndex((s) => s.id === from.id);
    const candidates = [from, ...workflow.steps.slice(0, Math.max(0, index)).reverse()];
    for (const step of candidates) {
        const output = step.outputs.find((o) => o.schema === schema);
        if (output !== undefined)
            return { step, path: output.path };
    }
    return null;
}
/**
 * The one step of a workflow that does an action.
 * @param workflow - the workflow
 * @param action - the action
 * @returns the step, or undefined when the workflow has none
 */
export function stepOfAction(workflow, action) {
    return workflow.steps.find((s) => s.action === action);
}
/**
 * The problems of a step's data contract: its action writes files it does not declare, another
 * step already does that action, or a check reads an artifact no step up to it declares.
 * @param workflow - the workflow
 * @param step - the step
 * @returns one message per problem (empty when the step is sound)
 */
export function contractProblems(workflow, step) {
    const problems = [];
    if (step.action !== undefined) {
        const first = stepOfAction(workflow, step.action);
        if (first !== undefined && first.id !== step.id)
            problems.push(`field action: '${step.action}' is already the action of step '${first.id}'; each action belongs to one step`);
        for (const schema of ACTION_CONTRACTS[step.action].writes) {
            if (!step.outputs.some((o) => o.schema === schema))
                problems.push(`field action: '${step.action}' writes a ${schema} file; declare it in outputs ({ path: ${schema}.json, schema: ${schema} })`);
        }
    }
    for (const check of step.gate.checks) {
        for (const schema of CHECK_READS[check]) {
            if (declaredOutput(workflow, step, schema) === null) {
                problems.push(`field gate.checks: '${check}' reads a ${schema} file, but neither this step nor an earlier one declares an output with schema ${schema}`);
            }
        }
    }
    return problems;
}
/** How a step that names no action is read when its outputs imply one (see {@link inferActions}). */
const IMPLIED = [
    { action: 'baseline', implied: (s) => s.outputs.some((o) => o.schema === 'baseline-metrics') },
    { action: 'profile', implied: (s) => s.outputs.some((o) => o.schema === 'bottleneck-report') },
    { action: 'rate', implied: (s) => s.outputs.some((o) => o.schema === 'rating') },
    { action: 'validate', implied: (s) => ACTION_CONTRACTS.validate.writes.every((schema) => s.outputs.some((o) => o.schema === schema)) },
    { action: 'publish', implied: (s) => s.gate.checks.includes('published') },
];
/**
 * A workflow written before steps named their action keeps working: a step without `action` gets
 * the one its outputs imply (a baseline-metrics output: baseline; bottleneck-report: profile;
 * rating: rate; benchmark-results and performance-comparison: validate; a `published` check:
 * publish), the first such step only, and never an action another step names. Explicit wins.
 * @param workflow - a checked workflow
 * @returns the workflow with the implied actions filled in (the same object when none is)
 */
export function inferActions(workflow) {
    const taken = new Set(workflow.steps.map((s) => s.action).filter((a) => a !== undefined));
    const steps = workflow.steps.map((step) => {
        if (step.action !== undefined)
            return step;
        const found = IMPLIED.find(({ action, implied }) => !taken.has(action) && implied(step));
        if (found === undefined)
            return step;
        taken.add(found.action);
        return { ...step, action: found.action };
    });
    return steps.some((step, i) => step !== workflow.steps[i]) ? { ...workflow, steps } : workflow;
}
