// Reads an http target's load engine: the builtin generator (the default) or Artillery with its
// platform, worker count and region, refusing combinations Artillery cannot run.
import { InputError } from '../errors.js';
/**
 * Reads `engine`, `workers`, `platform` and `region` of an http target.
 * @param t - the target as written (schema-checked)
 * @param key - its key, e.g. `targets['api/users'].http`
 * @returns the engine, `{ name: 'builtin' }` when none is set
 * @throws InputError `invalid-config` naming the field and the fix
 */
export function parseEngine(t, key) {
    if (t.engine !== 'artillery') {
        for (const field of ['workers', 'platform', 'region']) {
            if (t[field] !== undefined)
                throw new InputError('invalid-config', `${key}.${field} is for the artillery engine; add engine: artillery, or remove ${field}`);
        }
        return { name: 'builtin' };
    }
    const platform = t.platform ?? 'local';
    if (t.rate === undefined) {
        throw new InputError('invalid-config', `${key}.rate is required with engine: artillery (Artillery sends a constant arrival rate, open loop); add e.g. rate: 200, or use engine: builtin for a closed loop`);
    }
    if (platform === 'local') {
        if (t.region !== undefined)
            throw new InputError('invalid-config', `${key}.region is for platform aws-lambda or aws-fargate; remove it, or set platform`);
        // Artillery's local runs always use one worker thread per core but one; there is no flag to choose.
        if (t.workers !== undefined && t.workers !== 1) {
            throw new InputError('invalid-config', `${key}.workers: platform local runs Artillery's own worker threads (one per core but one) and cannot be set; remove workers, or choose platform aws-lambda`);
        }
        return { name: 'artillery', platform, workers: 1, region: undefined };
    }
    if (t.region === undefined)
        throw new InputError('invalid-config', `${key}.region is required with platform ${platform}; add e.g. region: eu-west-1`);
    if (t.start !== undefined || t.url.includes('${PORT}')) {
        throw new InputError('invalid-config', `${key}.start: with platform ${platform} the load comes from AWS and cannot reach a server perfflow starts here; remove start and give the url of the deployed service`);
    }
    return { name: 'artillery', platform, workers: t.workers ?? 1, region: t.region };
}
