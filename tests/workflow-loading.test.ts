import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { loadWorkflow, parseWorkflow, pluginWorkflowPath, retryPolicyOf } from '../lib/workflow/load.js';
import { InputError } from '../lib/errors.js';
import { tempRepo, writeFile } from './helpers/temp-repo.js';

const pluginYaml = readFileSync(pluginWorkflowPath(), 'utf8');

describe('the plugin workflow', () => {
  test('has the eight steps of the seed journey in order, with their agents', async () => {
    const workflow = await parseWorkflow(pluginYaml, 'performance-flow.yaml');
    expect(workflow.steps.map((s) => [s.id, s.agent])).toEqual([
      ['baseline', 'performance-engineer'],
      ['planning', 'planner'],
      ['plan-rating', 'rater'],
      ['analysis', 'performance-engineer'],
      ['optimization-planning', 'architect'],
      ['implementation', 'developer'],
      ['validation', 'qa'],
      ['publish', 'orchestrator'],
    ]);
  });

  test('declares the rating minimum, fallbacks, the publish condition and 1 s / 2 s / 4 s retries', async () => {
    const workflow = await parseWorkflow(pluginYaml, 'performance-flow.yaml');
    const byId = new Map(workflow.steps.map((s) => [s.id, s]));
    expect(byId.get('plan-rating')?.gate.minimum_score).toBe(7);
    expect(byId.get('plan-rating')?.skill).toBe('response-rater');
    expect(byId.get('plan-rating')?.gate.on_fail).toEqual({ return_to: 'planning', max_loops: 3 });
    expect(byId.get('publish')?.condition).toBe("validation_status == 'pass'");
    expect(byId.get('publish')?.skill).toBe('artifact-publisher');
    const fallbacks = Object.fromEntries(workflow.steps.filter((s) => s.fallback_agent !== undefined).map((s) => [s.agent, s.fallback_agent]));
    expect(fallbacks).toEqual({ 'performance-engineer': 'developer', rater: 'orchestrator', architect: 'performance-engineer', qa: 'performance-engineer' });
    for (const step of workflow.steps) {
      const policy = retryPolicyOf(workflow, step);
      expect(policy.max_attempts).toBe(3);
      expect(policy.backoff).toEqual({ initial_ms: 1000, factor: 2, max_ms: 4000 });
      expect(policy.on).not.toContain('permanent');
    }
  });
});

describe('workflow errors name the step and the field', () => {
  const mutate = (from: string, to: string): string => {
    expect(pluginYaml).toContain(from);
    return pluginYaml.replace(from, to);
  };

  test.each([
    ['an unknown gate check', 'checks: [outputs-valid, bottlenecks-found]', 'checks: [outputs-valid, bottlenecks-fnd]', /step 'analysis' field gate\.checks\.1/],
    ['a missing agent', '    agent: architect\n', '', /step 'optimization-planning'.*agent/],
    ['an agent not in the list', 'agent: qa', 'agent: tester', /step 'validation' field agent: 'tester'/],
    ['an unparseable condition', `condition: "validation_status == 'pass'"`, `condition: "validation_status == "`, /step 'publish' field condition/],
    ['an unknown output schema', 'schema: optimization-plan', 'schema: optimisation-plan', /step 'optimization-planning' field outputs.*unknown schema/],
    ['a return_to that is not earlier', 'return_to: planning', 'return_to: publish', /step 'plan-rating' field gate\.on_fail\.return_to/],
    ['a wrong type', 'max_attempts: 3', 'max_attempts: three', /field defaults\.retry\.max_attempts/],
  ])('%s', async (_name, from, to, message) => {
    const text = mutate(from, to);
    await expect(parseWorkflow(text, 'flow.yaml')).rejects.toThrow(InputError);
    await expect(parseWorkflow(text, 'flow.yaml')).rejects.toThrow(message);
  });

  test('malformed YAML gives the line', async () => {
    await expect(parseWorkflow('version: 1\nsteps: [\n  - id: x\n', 'flow.yaml')).rejects.toThrow(/flow\.yaml: is not valid YAML \(line \d+\)/);
  });

  test('a duplicated step id is refused', async () => {
    const text = pluginYaml.replace('id: planning', 'id: baseline');
    await expect(parseWorkflow(text, 'flow.yaml')).rejects.toThrow(/step 'baseline' appears twice/);
  });
});

describe('project override', () => {
  test("a project's own .claude/workflows/performance-flow.yaml replaces the plugin's", async () => {
    const root = tempRepo({ 'README.md': 'x' });
    writeFile(root, '.claude/workflows/performance-flow.yaml', pluginYaml.replace('minimum_score: 7', 'minimum_score: 8'));
    const loaded = await loadWorkflow(root);
    expect(loaded.source).toBe('project');
    expect(loaded.workflow.steps.find((s) => s.id === 'plan-rating')?.gate.minimum_score).toBe(8);
  });

  test('without one, the plugin workflow is used', async () => {
    const loaded = await loadWorkflow(tempRepo({ 'README.md': 'x' }));
    expect(loaded.source).toBe('plugin');
    expect(loaded.path).toBe(pluginWorkflowPath());
  });
});
