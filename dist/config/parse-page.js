// Reads the `page:` entry of a target into a checked page target: its URL, ready selector,
// interaction script, throttling (named presets only) and verdict settings.
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { NETWORK_PRESETS } from '../page/network-presets.js';
import { NETWORK_PROFILES, isNetworkPreset } from '../page/throttle.js';
import { splitCommandLine } from './command-line.js';
import { parseDuration } from './duration.js';
/** Page metrics compared as differences (they are often 0), so a guard on them cannot be a percentage of the base. */
const DIFFERENCE_METRICS = new Set(['tbt', 'cls']);
function command(value, key) {
    if (typeof value === 'string')
        return { argv: splitCommandLine(value, key), text: value };
    if (value[0] === undefined || value[0] === '')
        throw new InputError('invalid-config', `${key}: the first word must name a program, e.g. [node, serve.mjs]`);
    return { argv: [...value], text: value.join(' ') };
}
function throttleOf(t, key) {
    const network = t?.network ?? 'none';
    if (!isNetworkPreset(network)) {
        throw new InputError('invalid-config', `${key}.throttle.network: '${network}' is not a network preset; use one of ${NETWORK_PRESETS.join(', ')}`);
    }
    return { cpu: t?.cpu ?? 1, network: NETWORK_PROFILES[network] };
}
function interactionOf(steps) {
    return steps.map((s) => {
        if ('click' in s)
            return { action: 'click', selector: s.click };
        if ('wait' in s)
            return { action: 'wait', selector: s.wait };
        if ('type' in s)
            return { action: 'type', selector: s.type.selector, text: s.type.text };
        return { action: 'goto', path: s.goto };
    });
}
function verdictOf(t, key) {
    const guards = {};
    for (const [metric, text] of Object.entries(t.guards ?? {})) {
        if (text === 'off')
            guards[metric] = Number.POSITIVE_INFINITY;
        else if (DIFFERENCE_METRICS.has(metric) && Number(text.slice(0, -1)) !== 0) {
            throw new InputError('invalid-config', `${key}.guards.${metric}: ${metric} is compared as a difference (it is often 0), not as a ratio; write 0% or off`);
        }
        else
            guards[metric] = Number(text.slice(0, -1)) / 100;
    }
    return { objective: t.objective, guards };
}
/**
 * Reads a page target of a schema-checked config file.
 * @param name - the target name
 * @param t - its `page:` entry
 * @param root - the project root
 * @param key - the target's key for messages, e.g. `targets.dashboard`
 * @returns the target, every default filled in
 * @throws InputError `invalid-config` naming the key of a bad URL, duration, preset or command line
 */
export function parsePageTarget(name, t, root, key) {
    const k = `${key}.page`;
    if (t.url.includes('${PORT}') && t.start === undefined) {
        throw new InputError('invalid-config', `${k}.url uses \${PORT} but there is no ${k}.start; add the command that starts the server, or write the real port in the URL`);
    }
    try {
        new URL(t.url.split('${PORT}').join('1'));
    }
    catch (error) {
        throw new InputError('invalid-config', `${k}.url: '${t.url}' is not a URL; write e.g. http://127.0.0.1:\${PORT}/`, { cause: error });
    }
    return {
        ...verdictOf(t, k),
        name,
        kind: 'page',
        start: t.start === undefined ? undefined : command(t.start, `${k}.start`),
        cwd: resolve(root, t.cwd ?? '.'),
        env: t.env ?? {},
        url: t.url,
        ready: t.ready,
        interaction: interactionOf(t.interaction ?? []),
        throttle: throttleOf(t.throttle, k),
        check: t.check ?? [],
        trials: t.trials ?? 10,
        timeoutMs: t.timeout === undefined ? 30_000 : parseDuration(t.timeout, `${k}.timeout`),
        readyTimeoutMs: t.ready_timeout === undefined ? 30_000 : parseDuration(t.ready_timeout, `${k}.ready_timeout`),
    };
}
