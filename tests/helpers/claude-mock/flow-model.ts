import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bashExitCode, fileFromRead, firstUserText, jsonFromBash, systemText, toolExchanges } from './conversation.js';
import type { ToolExchange } from './conversation.js';
import type { MessagesRequest, ScriptedModel } from './server.js';
import type { ScriptedBlock, ScriptedReply } from './sse.js';

/** A code change the scripted developer makes: replace `old` by `new` in `file` (project-relative). */
export interface CodeEdit {
  file: string;
  old: string;
  new: string;
  optimizationId: string;
}

/** What the scripted model needs to know about the project it works on. */
export interface FlowScript {
  /** The target the user asked for. */
  target: string;
  /** Absolute project root (the temp copy Claude Code runs in). */
  projectRoot: string;
  /** The plugin's agents/ directory, to recognise each subagent by its system prompt. */
  agentsDir: string;
  /** The edits the developer makes in the implementation step. */
  edits: CodeEdit[];
  /** Stop after this many main-thread turns (a guard against a loop). */
  maxTurns?: number;
}

/** The step part of `perfflow next --json`, as far as the scripted model reads it. */
interface NextStep {
  id: string;
  agent: string;
  instructions: string;
  commands: string[];
  inputs: { path: string }[];
  outputs: { path: string; schema_file?: string }[];
}

const STEP_MARKER = 'perfflow step (verbatim from `perfflow next --json`):';

const reply = (...blocks: ScriptedBlock[]): ScriptedReply => ({ blocks });
const bash = (command: string): ScriptedReply => reply({ type: 'tool_use', name: 'Bash', input: { command, description: command.slice(0, 60) } });
const say = (text: string): ScriptedReply => reply({ type: 'text', text });

function isNextCall(e: ToolExchange): boolean {
  return e.name === 'Bash' && typeof e.input.command === 'string' && e.input.command.startsWith('perfflow next');
}

function parseNext(result: string): { done: boolean; run_status: string; step: NextStep | null } {
  const value = jsonFromBash(result) as { done?: unknown; run_status?: unknown; step?: unknown };
  return { done: value.done === true, run_status: String(value.run_status), step: (value.step ?? null) as NextStep | null };
}

/**
 * The main thread's next actions after a `perfflow next --json`, exactly as the performance skill
 * tells Claude: an orchestrator step runs its commands; any other step launches the named
 * `perfflow:<agent>` subagent with the step verbatim, then runs the step's submit commands.
 */
function actionsAfterNext(result: string): ScriptedReply[] {
  const next = parseNext(result);
  if (next.done) return [bash('perfflow status --json'), say('The run is complete; every gate passed.')];
  if (next.run_status === 'needs-human' || next.step === null) return [say(`Stopping: the run needs a person. ${result.slice(0, 400)}`)];
  const step = next.step;
  if (step.agent === 'orchestrator') return [...step.commands.map(bash), bash('perfflow next --json')];
  const forAgent = { ...step, commands: step.commands.filter((c) => !c.startsWith('perfflow submit')) };
  const prompt = [
    `Do step ${step.id} of the perfflow run.`,
    step.instructions,
    'Finish with the list of files you wrote or changed.',
    STEP_MARKER,
    '```json',
    JSON.stringify(forAgent, null, 2),
    '```',
  ].join('\n');
  return [
    reply({ type: 'tool_use', name: 'Agent', input: { subagent_type: `perfflow:${step.agent}`, description: `perfflow ${step.id}`, prompt } }),
    ...step.commands.filter((c) => c.startsWith('perfflow submit')).map(bash),
    bash('perfflow next --json'),
  ];
}

function mainThread(request: MessagesRequest, script: FlowScript): ScriptedReply {
  const exchanges = toolExchanges(request);
  const turns = request.messages.filter((m) => m.role === 'assistant').length;
  if (turns >= (script.maxTurns ?? 80)) return say('Stopping: too many turns.');
  if (exchanges.length === 0) return bash('perfflow status --json');
  const last = exchanges[exchanges.length - 1];
  if (last === undefined) throw new Error('unreachable');
  if (exchanges.length === 1) return bash(`perfflow init --target '${script.target}'`);
  if (exchanges.length === 2) {
    if (bashExitCode(last.result) !== 0) return say(`perfflow init failed: ${last.result.slice(0, 500)}`);
    return bash('perfflow next --json');
  }
  let lastNext = -1;
  exchanges.forEach((e, i) => { if (isNextCall(e)) lastNext = i; });
  const nextCall = exchanges[lastNext];
  if (nextCall === undefined) throw new Error('no perfflow next in the conversation');
  const actions = actionsAfterNext(nextCall.result);
  const action = actions[exchanges.length - 1 - lastNext];
  return action ?? bash('perfflow next --json');
}

/** The first body line of each agent file, which Claude Code puts in that subagent's system prompt. */
function agentSignatures(agentsDir: string): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const file of readdirSync(agentsDir).filter((f) => f.endsWith('.md'))) {
    const body = readFileSync(join(agentsDir, file), 'utf8').split(/^---$/m).slice(2).join('---').trim();
    const firstLine = body.split('\n')[0];
    if (firstLine !== undefined) signatures.set(file.replace(/\.md$/, ''), firstLine);
  }
  return signatures;
}

function stepFromPrompt(prompt: string): NextStep {
  const at = prompt.indexOf(STEP_MARKER);
  const match = /```json\n([\s\S]*?)\n```/.exec(prompt.slice(at));
  if (at < 0 || match?.[1] === undefined) throw new Error(`subagent prompt without the step: ${prompt.slice(0, 300)}`);
  return JSON.parse(match[1]) as NextStep;
}

function outputPath(step: NextStep, suffix: string): string {
  const output = step.outputs.find((o) => o.path.endsWith(suffix));
  if (output === undefined) throw new Error(`step ${step.id} has no output ending in ${suffix}`);
  return output.path;
}

function inputPath(step: NextStep, suffix: string): string {
  const input = step.inputs.find((i) => i.path.endsWith(suffix));
  if (input === undefined) throw new Error(`step ${step.id} has no input ending in ${suffix}`);
  return input.path;
}

function planJson(planPath: string, target: string): string {
  const planId = /plan-([^/]+)\.json$/.exec(planPath)?.[1] ?? 'plan';
  return JSON.stringify({
    version: 1,
    plan_id: planId,
    workflow_id: planId,
    target,
    summary: `Lower the latency of ${target} by removing the per-request work the profile ranks highest, without changing responses.`,
    goals: [
      { description: 'Lower median latency', metric: 'latency_p50', target: 0.7, unit: 'ratio of baseline', direction: 'lower' },
      { description: 'Keep throughput at least as high', metric: 'throughput', target: 1, unit: 'ratio of baseline', direction: 'higher' },
    ],
    strategy: 'Profile under the baseline load, confirm the top bottlenecks in the code, fix the most expensive first, validate with a paired comparison against the base commit.',
    bottlenecks_referenced: [{ description: 'Per-request work on the whole user directory', evidence: 'latency grows with the directory size' }],
    risks: [
      { risk: 'An optimization changes the order or content of responses', likelihood: 'medium', impact: 'high', mitigation: 'The behaviour check runs the tests and compares responses of base and candidate.' },
      { risk: 'Measurement noise hides or fakes a gain', likelihood: 'medium', impact: 'medium', mitigation: 'Paired interleaved trials with an A/A noise floor.' },
    ],
    agent_assignments: [
      { agent: 'performance-engineer', tasks: ['baseline', 'profile and confirm bottlenecks'] },
      { agent: 'planner', tasks: ['write and revise this plan'] },
      { agent: 'architect', tasks: ['design optimizations tied to bottlenecks'] },
      { agent: 'developer', tasks: ['implement the optimizations', 'run the tests'] },
      { agent: 'qa', tasks: ['run perfflow validate', 'report verdicts with intervals'] },
      { agent: 'orchestrator', tasks: ['rate the plan', 'publish the results'] },
    ],
    integration: 'Each step reads the previous artifact from the run directory; code changes stay uncommitted in the working tree.',
    validation: { steps: ['perfflow validate: paired base-vs-working-tree trials', 'behaviour check: the project tests'] },
    rollback: { steps: ['perfflow rollback --to implementation restores the code as it was before the change'] },
  }, null, 2);
}

/** The tool calls a subagent makes for a step, given the results of its earlier calls. */
function subagentAction(step: NextStep, done: ToolExchange[], script: FlowScript): ScriptedReply {
  const k = done.length;
  const finish = (files: string[]): ScriptedReply => say(`Result: done.\nFiles written or changed:\n${files.map((f) => `- ${f}`).join('\n')}`);
  switch (step.id) {
    case 'planning': {
      const json = outputPath(step, '.json');
      const md = outputPath(step, '.md');
      if (k === 0) return reply({ type: 'tool_use', name: 'Read', input: { file_path: inputPath(step, 'baseline-metrics.json') } });
      if (k === 1) return reply({ type: 'tool_use', name: 'Write', input: { file_path: json, content: planJson(json, script.target) } });
      if (k === 2) return reply({ type: 'tool_use', name: 'Write', input: { file_path: md, content: `# Plan for ${script.target}\n\nSee the JSON plan: goals, risks, assignments, validation and rollback.\n` } });
      return finish([json, md]);
    }
    case 'optimization-planning': {
      const out = outputPath(step, 'optimization-plan.json');
      if (k === 0) return reply({ type: 'tool_use', name: 'Read', input: { file_path: inputPath(step, 'bottleneck-report.json') } });
      if (k === 1) {
        const report = JSON.parse(fileFromRead(done[0]?.result ?? '')) as { bottlenecks?: { id: string }[] };
        const ids = (report.bottlenecks ?? []).slice(0, 3).map((b) => b.id);
        if (ids.length === 0) throw new Error('the bottleneck report names no bottleneck');
        const optimizations = [...new Set(script.edits.map((e) => e.optimizationId))].map((id) => ({
          id,
          title: `Optimization ${id}`,
          addresses: ids,
          approach: 'Replace the linear membership test with a Set lookup.',
          files: script.edits.filter((e) => e.optimizationId === id).map((e) => e.file),
          expected_gain: 'p50 -20%',
          risk: 'low: same iteration order and same first-record-wins rule',
          behaviour_preserved_by: 'the project tests and the response comparison of the behaviour check',
        }));
        return reply({ type: 'tool_use', name: 'Write', input: { file_path: out, content: JSON.stringify({ version: 1, summary: 'Remove the quadratic work on every request.', optimizations }, null, 2) } });
      }
      return finish([out]);
    }
    case 'implementation': {
      const out = outputPath(step, 'dev-manifest.json');
      const edit = script.edits[Math.floor(k / 2)];
      if (edit !== undefined) {
        const file = join(script.projectRoot, edit.file);
        if (k % 2 === 0) return reply({ type: 'tool_use', name: 'Read', input: { file_path: file } });
        return reply({ type: 'tool_use', name: 'Edit', input: { file_path: file, old_string: edit.old, new_string: edit.new } });
      }
      if (k === script.edits.length * 2) {
        const manifest = {
          version: 1,
          summary: 'Implemented the optimization plan.',
          changes: script.edits.map((e) => ({ file: e.file, optimization_id: e.optimizationId, description: `${e.old.trim()} -> ${e.new.trim()}` })),
        };
        return reply({ type: 'tool_use', name: 'Write', input: { file_path: out, content: JSON.stringify(manifest, null, 2) } });
      }
      return finish([...script.edits.map((e) => e.file), out]);
    }
    default: {
      // Measuring steps (baseline, analysis, validation): run the perfflow commands of the step.
      const command = step.commands[k];
      if (command !== undefined) return bash(command);
      return finish(step.outputs.map((o) => o.path));
    }
  }
}

/**
 * A scripted model that drives the perfflow workflow the way the plugin's markdown tells Claude
 * to: the main thread follows the performance skill (status, init, then `perfflow next --json` in a
 * loop, launching `perfflow:*` subagents by name and submitting), and each subagent, recognised
 * by its own system prompt, does its step with real tool calls (Bash, Read, Write, Edit).
 * Requests without tools (titles, summaries) get a short text.
 * @param script - the project facts the model needs
 * @returns the model, and the subagents it saw (agent name per subagent request)
 */
export function perfflowFlowModel(script: FlowScript): { model: ScriptedModel; subagentsSeen: string[] } {
  const signatures = agentSignatures(script.agentsDir);
  const subagentsSeen: string[] = [];
  const model: ScriptedModel = (request) => {
    const tools = (request.tools ?? []).map((t) => t.name);
    if (tools.includes('Agent')) return mainThread(request, script);
    const system = systemText(request);
    const agent = [...signatures].find(([, line]) => system.includes(line))?.[0];
    if (agent === undefined) return say('ok');
    subagentsSeen.push(agent);
    const step = stepFromPrompt(firstUserText(request));
    if (step.agent !== agent) throw new Error(`step ${step.id} is for ${step.agent} but Claude Code ran ${agent}`);
    return subagentAction(step, toolExchanges(request), script);
  };
  return { model, subagentsSeen };
}
