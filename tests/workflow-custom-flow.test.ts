import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { StepDefinition, Workflow } from '../lib/contracts/workflow.js';
import { parseWorkflow, pluginWorkflowPath } from '../lib/workflow/load.js';
import { driveFlow, makeCrashProject, runPerfflow } from './helpers/flow-driver.js';

const plugin = (): Workflow => YAML.parse(readFileSync(pluginWorkflowPath(), 'utf8')) as Workflow;
const byId = (workflow: Workflow, id: string): StepDefinition => {
  const step = workflow.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`the plugin's workflow has no step ${id}`);
  return step;
};

/**
 * The plugin's flow as a project might reshape it: the profile runs right after the baseline
 * (renamed 'profiling', before planning), the design step is gone (the developer works from the
 * plan and the profile), validation is renamed and its gate also checks the baseline, and nothing
 * in perfflow's code changes.
 */
function reshaped(): Workflow {
  const flow = plugin();
  const profiling = { ...byId(flow, 'analysis'), id: 'profiling', inputs: ['baseline-metrics.json'] };
  const implementation = { ...byId(flow, 'implementation'), inputs: ['bottleneck-report.json', 'plan-{{workflow_id}}.json'] };
  const validation = byId(flow, 'validation');
  const checked = { ...validation, id: 'paired-validation', gate: { ...validation.gate, checks: [...validation.gate.checks, 'measurement-valid' as const] } };
  const steps = [byId(flow, 'baseline'), profiling, byId(flow, 'planning'), byId(flow, 'plan-rating'), implementation, checked, byId(flow, 'publish')];
  return { ...flow, name: 'reshaped-flow', steps };
}

describe("a project's own flow runs with no code change", () => {
  test('a reshaped yaml is checked on load: a check that reads a file no earlier step writes is refused, naming both', async () => {
    const flow = plugin();
    // The design step moved before the profile whose report its check reads.
    const design = byId(flow, 'optimization-planning');
    const steps = flow.steps.filter((s) => s.id !== 'optimization-planning');
    steps.splice(steps.findIndex((s) => s.id === 'analysis'), 0, design);
    await expect(parseWorkflow(YAML.stringify({ ...flow, steps }), 'flow.yaml')).rejects.toThrow(
      /flow\.yaml: step 'optimization-planning' field gate\.checks: 'optimizations-address-bottlenecks' reads a bottleneck-report file, but neither this step nor an earlier one declares an output with schema bottleneck-report/,
    );
    // An action whose file is not declared, and an action named twice.
    const noOutput = flow.steps.map((s) => (s.id === 'baseline' ? { ...s, outputs: [] } : s));
    await expect(parseWorkflow(YAML.stringify({ ...flow, steps: noOutput }), 'flow.yaml')).rejects.toThrow(/step 'baseline' field action: 'baseline' writes a baseline-metrics file; declare it in outputs/);
    const twice = flow.steps.map((s) => (s.id === 'analysis' ? { ...s, action: 'baseline' as const } : s));
    await expect(parseWorkflow(YAML.stringify({ ...flow, steps: twice }), 'flow.yaml')).rejects.toThrow(/step 'analysis' field action: 'baseline' is already the action of step 'baseline'/);
    expect((await parseWorkflow(YAML.stringify(reshaped()), 'flow.yaml')).steps.map((s) => [s.id, s.action ?? null])).toEqual([
      ['baseline', 'baseline'],
      ['profiling', 'profile'],
      ['planning', null],
      ['plan-rating', 'rate'],
      ['implementation', null],
      ['paired-validation', 'validate'],
      ['publish', 'publish'],
    ]);
  });

  test('a yaml written before steps named their action gets the actions its outputs imply', async () => {
    const flow = plugin();
    const legacy = { ...flow, steps: flow.steps.map(({ action: _action, ...rest }) => rest) };
    const loaded = await parseWorkflow(YAML.stringify(legacy), 'flow.yaml');
    expect(loaded.steps.map((s) => s.action ?? null)).toEqual(flow.steps.map((s) => s.action ?? null));
  });

  test('with a step removed, one moved and two renamed, a whole run goes from init to publish through the real CLI', async () => {
    const project = makeCrashProject();
    mkdirSync(join(project.root, '.claude', 'workflows'), { recursive: true });
    writeFileSync(join(project.root, '.claude', 'workflows', 'performance-flow.yaml'), YAML.stringify(reshaped()));
    const state = await driveFlow(project, { killFor: () => null, afterCrash: () => undefined, validateBudget: () => '30' });

    const status = JSON.parse((await runPerfflow(project, ['status', '--run', state.runId, '--json'])).stdout) as { status: string; steps: { id: string; status: string }[] };
    expect(status.status).toBe('completed');
    const stepOrder = ['baseline', 'profiling', 'planning', 'plan-rating', 'implementation', 'paired-validation', 'publish'];
    expect(status.steps.map((s) => [s.id, s.status])).toEqual(stepOrder.map((id) => [id, 'passed']));
    // The steps ran in the project's order, each command in the step that names its action.
    const order = [...new Set(state.log.filter((l) => l.invocation.step !== 'rollback').map((l) => l.invocation.step))];
    expect(order).toEqual(stepOrder);
    expect(state.log.find((l) => l.invocation.label === 'profile')?.invocation.step).toBe('profiling');
    expect(state.log.find((l) => l.invocation.label === 'validate')?.invocation.step).toBe('paired-validation');
    for (const step of stepOrder) expect(existsSync(join(state.runDir, 'gates', `${step}.json`))).toBe(true);
    expect(existsSync(join(state.runDir, 'gates', 'optimization-planning.json'))).toBe(false);
    expect(existsSync(join(state.runDir, 'optimization-plan.json'))).toBe(false);
    const gate = JSON.parse(readFileSync(join(state.runDir, 'gates', 'paired-validation.json'), 'utf8')) as { decision: string; checks: { name: string; passed: boolean }[] };
    expect(gate.decision).toBe('passed');
    expect(gate.checks.map((c) => [c.name, c.passed])).toEqual([
      ['outputs-valid', true],
      ['validation-passed', true],
      ['measurement-valid', true],
    ]);
    const feed = JSON.parse(readFileSync(join(project.root, '.claude', 'context', 'feed', 'feed.json'), 'utf8')) as { items: { id: string }[] };
    expect(feed.items.map((i) => i.id)).toContain(state.runId);
  }, 600_000);
});
