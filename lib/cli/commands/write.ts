import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { namedSchemaProblem } from '../../contracts/validate.js';
import { writeFileAtomic } from '../../state/atomic-file.js';
import { withLock } from '../../state/lock.js';
import { isInside, pathInRun } from '../../state/run-store.js';
import { currentStepId, getStep, loadWorkflow, templateValues } from '../../workflow/engine.js';
import { expandTemplate } from '../../workflow/templates.js';
import type { Command } from '../command.js';
import { openRun, stringOption } from '../run-context.js';

interface WriteData {
  run_id: string;
  step: string;
  path: string;
  bytes: number;
  schema: string | null;
}

/**
 * Formats the result of `perfflow write` for people.
 * @param data - what was written
 * @returns text
 */
export function formatWrite(data: WriteData): string {
  const checked = data.schema === null ? '' : `, valid against schemas/${data.schema}.schema.json`;
  return `Wrote ${data.path} (${String(data.bytes)} bytes${checked}) for step ${data.step}. When all its outputs are written, return to the orchestrator, which submits the step.`;
}

/** Does a step produce its outputs with perfflow commands of its own, though it names no action? */
function producedByPerfflow(commands: readonly string[]): string | undefined {
  return commands.find((c) => c.startsWith('perfflow ') && !c.startsWith('perfflow submit'));
}

export const command: Command = {
  summary: "Write one output of the current step into the run directory, checked against its schema first.",
  usage: "perfflow write <output> (--content '<text>' | --from <file>) [--run <id>] [--json]",
  options: { content: { type: 'string' }, from: { type: 'string' } },
  run: async (input) => {
    // Claude Code treats every path under .claude/ as sensitive and asks before its file tools
    // write there; agents write run outputs through this command instead, which a skill can
    // pre-approve as Bash(perfflow:*), and which refuses anything that is not a valid output.
    const [name, extra] = input.positionals;
    if (name === undefined || extra !== undefined) throw new InputError('usage', "usage: perfflow write <output> --content '<text>' (the output as perfflow next lists it)");
    const content = stringOption(input, 'content');
    const from = stringOption(input, 'from');
    if ((content === undefined) === (from === undefined)) throw new InputError('usage', "give the output's text with exactly one of --content '<text>' or --from <file>");
    const handle = openRun(input);
    const stepId = currentStepId(handle.run);
    if (stepId === null || handle.run.status !== 'active') throw new InputError('run-finished', `run ${handle.runId} has no step to write outputs for (status ${handle.run.status}); see perfflow next`);
    const { workflow } = await loadWorkflow(handle.projectRoot);
    const step = getStep(workflow, stepId);
    // A step whose action (or one of its perfflow commands) writes its outputs takes them from that command only.
    const measuredBy = step.action === undefined ? producedByPerfflow(step.commands ?? []) : `perfflow ${step.action}`;
    const values = templateValues(handle.dir, handle.run, workflow);
    // An output is named relative to the run directory (as perfflow next lists it), absolute, or
    // relative to the working directory or the project root (.claude/context/runs/<id>/...).
    const spelled = [resolve(input.cwd, name), resolve(handle.projectRoot, name)].find((p) => isInside(handle.dir, p));
    const wanted = relative(handle.dir, isAbsolute(name) ? name : spelled ?? pathInRun(handle.dir, name));
    const output = step.outputs.find((o) => expandTemplate(o.path, values) === wanted);
    if (output === undefined) {
      const names = step.outputs.map((o) => expandTemplate(o.path, values)).join(', ') || 'none';
      throw new InputError('usage', `'${name}' is not an output of step ${step.id}; its outputs: ${names}`);
    }
    if (measuredBy !== undefined && output.written_by !== 'agent') throw new InputError('usage', `'${wanted}' of step ${step.id} is written by '${measuredBy}'; run it instead of writing it`);
    let text: string;
    try {
      text = content ?? readFileSync(from ?? '', 'utf8');
    } catch (error) {
      throw new InputError('invalid-file', `cannot read --from ${from ?? ''}: ${(error as NodeJS.ErrnoException).code ?? 'error'}; give a readable file`, { cause: error });
    }
    if (text.trim() === '') throw new InputError('invalid-file', `the content for ${wanted} is empty; write the whole output`);
    if (output.schema !== undefined) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new InputError('invalid-file', `${wanted}: not valid JSON (${(error as Error).message}); nothing was written`, { cause: error });
      }
      if (output.binds !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        // Bound to the exact bytes it is about: a later edit of that file makes this output stale.
        const file = expandTemplate(output.binds, values);
        const bound = pathInRun(handle.dir, file);
        if (!existsSync(bound)) throw new InputError('invalid-file', `${wanted} is about ${file}, which does not exist yet; nothing was written`);
        value = { ...(value as Record<string, unknown>), bound_to: { file, sha256: createHash('sha256').update(readFileSync(bound)).digest('hex') } };
        text = `${JSON.stringify(value, null, 2)}\n`;
      }
      const problem = namedSchemaProblem(output.schema, value);
      if (problem !== null) throw new InputError('invalid-file', `${wanted}: ${problem}; fix it to match schemas/${output.schema}.schema.json (nothing was written)`);
    }
    const path = pathInRun(handle.dir, wanted);
    const data = text.endsWith('\n') ? text : `${text}\n`;
    await withLock(handle.dir, () => {
      writeFileAtomic(path, data);
    });
    const result: WriteData = { run_id: handle.runId, step: step.id, path, bytes: Buffer.byteLength(data), schema: output.schema ?? null };
    return { exitCode: 0, data: result, text: formatWrite(result) };
  },
};
