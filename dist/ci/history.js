// The local history of gate runs: one JSON line per metric of every compared target and run, so
// trends can be drawn. Each line is a paired estimate of its own run; lines are never compared
// with each other (other days, other machines).
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CiHistoryEntrySchema } from '../contracts/ci-result.js';
import { schemaProblem } from '../contracts/validate.js';
import { InputError } from '../errors.js';
import { redactValue } from '../security/redact.js';
/**
 * The history lines of a gate run: every metric of every compared target.
 * @param result - the gate's result
 * @returns one entry per metric
 */
export function historyEntries(result) {
    return result.targets.flatMap((t) => t.metrics.map((m) => ({
        version: 1,
        recorded_at: result.created_at,
        commit: result.head.commit,
        base_commit: result.base.commit,
        target: t.name,
        metric: m.name,
        unit: m.unit,
        scale: m.scale,
        estimate: m.effect,
        ci95: m.ci95,
        noise_floor: m.noise_floor,
        verdict: m.verdict,
        environment: result.environment,
    })));
}
/**
 * Appends entries to the history file in one write (created with its directory when missing).
 * @param file - the JSON Lines file
 * @param entries - the entries
 */
export function appendHistory(file, entries) {
    if (entries.length === 0)
        return;
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, entries.map((e) => `${JSON.stringify(redactValue(e))}\n`).join(''));
}
/**
 * Reads the history file, every line checked against its schema.
 * @param file - the JSON Lines file
 * @param label - how messages name it
 * @returns the entries in file order (oldest first)
 * @throws InputError `invalid-file` naming the first line that is not a history entry, or a missing file
 */
export function readHistory(file, label) {
    if (!existsSync(file))
        throw new InputError('invalid-file', `no history at ${label}: 'perfflow ci' writes it; run it first, or pass --history <file>`);
    const entries = [];
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            throw new InputError('invalid-file', `${label} line ${i + 1} is not JSON; remove or fix the line`);
        }
        const problem = schemaProblem(CiHistoryEntrySchema, value);
        if (problem !== null)
            throw new InputError('invalid-file', `${label} line ${i + 1} is not a history entry (${problem}); remove or fix the line`);
        entries.push(value); // checked against the schema just above
    });
    return entries;
}
