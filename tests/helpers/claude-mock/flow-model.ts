import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  /** The planner's first plan is weak (rated below the minimum); it writes a good one with the rater's feedback. */
  weakFirstPlan?: boolean;
  /** Extra arguments the qa agent adds to `perfflow validate` (e.g. a longer budget). */
  validateArgs?: string[];
  /**
   * After a failed validation, the main thread tries what a model should not: report it with
   * perfflow fail, validate again, override, roll back further than the policy, and edit the
   * comparison by hand; then it follows perfflow next, and stops when the run is back at this step.
   */
  misbehaveAfterFailedValidation?: { stopAt: string };
}

/** Bash calls that measure get the 10-minute timeout the plugin's markdown asks for. */
const LONG = /^perfflow (baseline|profile|validate)\b/;

/** A subagent request the scripted model answered: which agent, and the tools Claude Code offered it. */
export interface SubagentSeen {
  agent: string;
  tools: string[];
}

/** The step part of `perfflow next --json`, as far as the scripted model reads it. */
interface NextStep {
  kind: 'step' | 'rollback' | 'approval';
  id: string;
  agent: string;
  instructions: string;
  commands: string[];
  inputs: { path: string }[];
  outputs: { path: string; schema_file?: string }[];
  feedback?: string[];
}

const STEP_MARKER = 'perfflow step (verbatim from `perfflow next --json`):';

const reply = (...blocks: ScriptedBlock[]): ScriptedReply => ({ blocks });
const bash = (command: string): ScriptedReply => reply({ type: 'tool_use', name: 'Bash', input: { command, description: command.slice(0, 60), ...(LONG.test(command) ? { timeout: 600_000 } : {}) } });
const say = (text: string): ScriptedReply => reply({ type: 'text', text });
/** `perfflow write '<path>' --content '<text>'`, quoted as the agents are told to quote it. */
const perfflowWrite = (path: string, text: string): ScriptedReply => bash(`perfflow write '${path}' --content '${text.replace(/'/g, "'\\''")}'`);

function isNextCall(e: ToolExchange): boolean {
  return e.name === 'Bash' && typeof e.input.command === 'string' && e.input.command.startsWith('perfflow next');
}

function parseNext(result: string): { done: boolean; run_status: string; step: NextStep | null } {
  const value = jsonFromBash(result) as { done?: unknown; run_status?: unknown; step?: unknown };
  return { done: value.done === true, run_status: String(value.run_status), step: (value.step ?? null) as NextStep | null };
}

/** The wrong things a model might try after a failed validation, each of which must be stopped. */
function misbehaviour(runId: string, runDir: string): ScriptedReply[] {
  return [
    bash(`perfflow fail validation --error 'qa reported that the validation failed' --run ${runId}`),
    bash(`perfflow validate --run ${runId}`),
    bash(`perfflow override validation --reason 'the numbers look fine to me' --run ${runId}`),
    bash(`perfflow rollback --to baseline --run ${runId}`),
    // Claude Code's Edit needs the file read first.
    reply({ type: 'tool_use', name: 'Read', input: { file_path: join(runDir, 'performance-comparison.json') } }),
    reply({ type: 'tool_use', name: 'Edit', input: { file_path: join(runDir, 'performance-comparison.json'), old_string: '"validation_status": "fail"', new_string: '"validation_status": "pass"' } }),
  ];
}

/**
 * The main thread's next action after a `perfflow next --json`, as the performance skill tells
 * Claude: an approval runs the approve command (here with no person to ask: Claude Code's prompt
 * is what stops it); an orchestrator step runs its commands until one exits non-zero; any other
 * step launches the named `perfflow:<agent>` subagent with the step verbatim, then submits, unless
 * the step's own command decided the gate (validate), or reports `perfflow fail` when the subagent
 * could not do the step.
 * @param result - the output of that `perfflow next --json`
 * @param since - the tool calls made after it
 * @param runId - the run started by init
 * @param script - the scenario
 * @param history - every tool call of the conversation
 * @returns the next action, or null to ask `perfflow next` again
 */
function actionAfterNext(result: string, since: ToolExchange[], runId: string, script: FlowScript, history: ToolExchange[]): ScriptedReply | null {
  const next = parseNext(result);
  const k = since.length;
  if (next.done) return [bash(`perfflow status --json --run ${runId}`), say('The run is complete; every gate passed.')][k] ?? null;
  if (next.run_status === 'needs-human' || next.step === null) return k === 0 ? say(`Stopping: the run needs a person. ${result.slice(0, 400)}`) : null;
  const step = next.step;
  const stop = script.misbehaveAfterFailedValidation?.stopAt;
  const rolledBack = history.some((e) => e.name === 'Bash' && String(e.input.command).startsWith('perfflow rollback') && bashExitCode(e.result) === 0);
  if (stop === step.id && rolledBack) return k === 0 ? say(`Stopping: the run is back at ${step.id} after the rollback.`) : null;
  if (step.kind === 'approval') {
    if (k === 0) return bash(step.commands[0] ?? '');
    return k === 1 ? say(`Stopping: ${step.id} waits for a person to approve it.`) : null;
  }
  if (step.agent === 'orchestrator') {
    // Commands run in order until one says no; then perfflow next says what happens.
    if (since.some((e) => e.name === 'Bash' && bashExitCode(e.result) !== 0)) return null;
    return step.commands.map(bash)[k] ?? null;
  }
  if (k === 0) {
    const forAgent = { ...step, commands: step.commands.filter((c) => !c.startsWith('perfflow submit')) };
    const prompt = [
      `Do step ${step.id} of the perfflow run.`,
      step.instructions,
      'Run long perfflow commands with a 600000 ms Bash timeout. Finish with your result and the files you wrote or changed.',
      STEP_MARKER,
      '```json',
      JSON.stringify(forAgent, null, 2),
      '```',
    ].join('\n');
    // In the foreground, as the skill says: the submit depends on the agent's result.
    return reply({ type: 'tool_use', name: 'Agent', input: { subagent_type: `perfflow:${step.agent}`, description: `perfflow ${step.id}`, prompt, run_in_background: false } });
  }
  const report = since[0]?.result ?? '';
  const failure = /Result: failed: (.*)/.exec(report);
  let after: ScriptedReply[];
  if (failure !== null) after = [bash(`perfflow fail ${step.id} --error '${(failure[1] ?? '').replace(/'/g, '')}'`)];
  else if (step.commands.some((c) => c.startsWith('perfflow validate'))) {
    // validate decided the gate; a failed one is a result. A misbehaving model tries its luck first.
    const runDir = dirname(step.outputs[0]?.path ?? '');
    after = /Verdict: fail/.test(report) && stop !== undefined ? misbehaviour(runId, runDir) : [];
  } else after = step.commands.filter((c) => c.startsWith('perfflow submit')).map(bash);
  return after[k - 1] ?? null;
}

function mainThread(request: MessagesRequest, script: FlowScript): ScriptedReply {
  const exchanges = toolExchanges(request);
  const turns = request.messages.filter((m) => m.role === 'assistant').length;
  if (turns >= (script.maxTurns ?? 80)) return say('Stopping: too many turns.');
  if (exchanges.length === 0) return bash('perfflow runs --json');
  const last = exchanges[exchanges.length - 1];
  if (last === undefined) throw new Error('unreachable');
  if (exchanges.length === 1) return bash(`perfflow init --target '${script.target}'`);
  const init = exchanges[1];
  const runId = init === undefined ? undefined : /^Started run (\S+)/m.exec(init.result)?.[1];
  if (runId === undefined) return say(`perfflow init failed: ${(init?.result ?? '').slice(0, 500)}`);
  const next = `perfflow next --json --run ${runId}`;
  if (exchanges.length === 2) return bash(next);
  let lastNext = -1;
  exchanges.forEach((e, i) => { if (isNextCall(e)) lastNext = i; });
  const nextCall = exchanges[lastNext];
  if (nextCall === undefined) throw new Error('no perfflow next in the conversation');
  return actionAfterNext(nextCall.result, exchanges.slice(lastNext + 1), runId, script, exchanges) ?? bash(next);
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

function planJson(planPath: string, target: string, baseline: { p50: number; rps: number }): string {
  const planId = /plan-([^/]+)\.json$/.exec(planPath)?.[1] ?? 'plan';
  return JSON.stringify({
    version: 1,
    plan_id: planId,
    workflow_id: planId,
    target,
    summary: `Lower the latency of ${target} by removing the per-request work the profile ranks highest, without changing responses.`,
    goals: [
      { description: 'Lower median latency', metric: 'latency_p50', baseline: baseline.p50, target: Math.round(baseline.p50 * 0.7 * 10) / 10, unit: 'ms', direction: 'lower' },
      { description: 'Keep throughput at least as high', metric: 'throughput', baseline: baseline.rps, target: baseline.rps, unit: 'req/s', direction: 'higher' },
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
  const finish = (files: string[]): ScriptedReply => say(`Result: done.\nFiles written or changed:\n${[...new Set(files)].map((f) => `- ${f}`).join('\n')}`);
  // Exit 1 (a gate or comparison said no) and 3 (inconclusive) are results to report; any other
  // non-zero exit of a command means the agent could not do the step.
  const failed = done.find((e) => { const code = e.name === 'Bash' ? bashExitCode(e.result) : 0; return code === 2 || code >= 4; });
  if (failed !== undefined) return say(`Result: failed: ${String(failed.input.command).slice(0, 80)} exited ${String(bashExitCode(failed.result))}: ${failed.result.split('\n').slice(1).join(' ').slice(0, 200)}`);
  switch (step.id) {
    case 'planning': {
      const json = outputPath(step, '.json');
      const md = outputPath(step, '.md');
      if (k === 0) return reply({ type: 'tool_use', name: 'Read', input: { file_path: inputPath(step, 'baseline-metrics.json') } });
      if (k === 1) {
        // Goals start from the measured baseline, as the planner is told.
        const measured = fileFromRead(done[0]?.result ?? '');
        const baseline = { p50: Math.round(Number(/"p50": ([\d.]+)/.exec(measured)?.[1] ?? 100_000) / 100) / 10, rps: Number(/"throughput_rps": ([\d.]+)/.exec(measured)?.[1] ?? 10) };
        const plan = JSON.parse(planJson(json, script.target, baseline)) as Record<string, unknown>;
        if (script.weakFirstPlan === true && (step.feedback ?? []).length === 0) {
          // A first draft that forgets the bottlenecks and names only the developer.
          plan.bottlenecks_referenced = [];
          plan.agent_assignments = [{ agent: 'developer', tasks: ['make it faster'] }];
        }
        return perfflowWrite(json, JSON.stringify(plan, null, 2));
      }
      if (k === 2) return perfflowWrite(md, `# Plan for ${script.target}\n\nThe team's plan: goals, risks, assignments, validation and rollback are in the JSON plan.\n`);
      return finish([json, md]);
    }
    case 'plan-rating': {
      // The rater agent: reads the plan, writes a lenient judgement (8 everywhere) quoting the plan,
      // then runs the step's perfflow rate, which combines it with the structural checks.
      const judgement = outputPath(step, '-judgement.json');
      const plan = inputPath(step, '.json');
      if (k === 0) return reply({ type: 'tool_use', name: 'Read', input: { file_path: plan } });
      if (k === 1) {
        const text = fileFromRead(done[0]?.result ?? '');
        const summary = (/"summary": "([^"]{20,60})/.exec(text)?.[1] ?? '').trim();
        const dimensions = ['completeness', 'feasibility', 'risk_mitigation', 'agent_coverage', 'integration'].map((name) => ({ name, score: 8, reasons: [`${name}: reads well`], evidence: [summary, 'Paired interleaved trials with an A/A noise floor'] }));
        return perfflowWrite(judgement, JSON.stringify({ version: 1, judge: 'perfflow:rater', dimensions, suggestions: ['Tie every target to a measured baseline.'] }, null, 2));
      }
      const command = step.commands[k - 2];
      if (command !== undefined) return bash(command);
      const rated = done.find((e) => e.name === 'Bash' && String(e.input.command).startsWith('perfflow rate'));
      return say(`Result: done.\nRating: ${(rated?.result ?? '').split('\n').find((l) => /\/10/.test(l)) ?? 'none'}\nFiles written or changed:\n- ${judgement}`);
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
        return perfflowWrite(out, JSON.stringify({ version: 1, summary: 'Remove the quadratic work on every request.', optimizations }, null, 2));
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
          changes: [...new Set(script.edits.map((e) => e.file))].map((file) => ({
            file,
            optimization_id: script.edits.find((e) => e.file === file)?.optimizationId ?? 'opt-1',
            description: `${String(script.edits.filter((e) => e.file === file).length)} change(s) from the optimization plan; the code's 'why' comments say what each does`,
          })),
        };
        return perfflowWrite(out, JSON.stringify(manifest, null, 2));
      }
      return finish([...script.edits.map((e) => e.file), out]);
    }
    default: {
      // When the gate said the trial was too short, lengthen it in the config first, as the
      // performance-engineer's instructions say (fix the cause in the configuration, then re-run).
      const tooShort = (step.feedback ?? []).some((f) => /measure longer/.test(f));
      const config = join(script.projectRoot, 'perfflow.config.yaml');
      if (tooShort && k === 0) return reply({ type: 'tool_use', name: 'Read', input: { file_path: config } });
      if (tooShort && k === 1) {
        const current = /duration: (\d+)s/.exec(fileFromRead(done[0]?.result ?? ''));
        if (current?.[1] === undefined) throw new Error('no duration in perfflow.config.yaml');
        return reply({ type: 'tool_use', name: 'Edit', input: { file_path: config, old_string: current[0], new_string: `duration: ${String(Number(current[1]) * 2)}s` } });
      }
      const offset = tooShort ? 2 : 0;
      // Measuring steps (baseline, analysis, validation): run the perfflow commands of the step.
      const command = step.commands[k - offset];
      if (command !== undefined) return bash(command.startsWith('perfflow validate') ? [command, ...(script.validateArgs ?? [])].join(' ') : command);
      const validated = done.find((e) => e.name === 'Bash' && String(e.input.command).startsWith('perfflow validate'));
      if (validated !== undefined) {
        const verdict = ({ 0: 'pass', 1: 'fail', 3: 'inconclusive' } as Record<number, string>)[bashExitCode(validated.result)] ?? 'unknown';
        return say(`Result: done.\nVerdict: ${verdict}\nFiles written or changed:\n${step.outputs.map((o) => `- ${o.path}`).join('\n')}`);
      }
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
 * @returns the model, and the subagents it saw (agent and offered tools per subagent request)
 */
export function perfflowFlowModel(script: FlowScript): { model: ScriptedModel; subagentsSeen: SubagentSeen[] } {
  const signatures = agentSignatures(script.agentsDir);
  const subagentsSeen: SubagentSeen[] = [];
  const model: ScriptedModel = (request) => {
    const tools = (request.tools ?? []).map((t) => t.name);
    if (tools.includes('Agent')) return mainThread(request, script);
    const system = systemText(request);
    const agent = [...signatures].find(([, line]) => system.includes(line))?.[0];
    if (agent === undefined) return say('ok');
    subagentsSeen.push({ agent, tools });
    const step = stepFromPrompt(firstUserText(request));
    if (step.agent !== agent) throw new Error(`step ${step.id} is for ${step.agent} but Claude Code ran ${agent}`);
    return subagentAction(step, toolExchanges(request), script);
  };
  return { model, subagentsSeen };
}
