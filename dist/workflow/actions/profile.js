import { relative } from 'node:path';
import { profileTarget } from '../../profile/profile-target.js';
import { withLock } from '../../state/lock.js';
import { writeArtifactsHeld } from '../artifacts.js';
/**
 * `action: profile`: profiles the target under its load into the run directory and writes the
 * step's bottleneck-report output. The run stays locked while it profiles (the raw profiles are
 * written into the run directory as they come).
 */
export const profileAction = {
    name: 'profile',
    run: async ({ handle, scope, step }, options) => {
        const { env, ...rest } = options;
        const dir = handle.dir;
        return withLock(dir, async () => {
            const outcome = await profileTarget({ ...rest, artifactDir: dir, stem: 'profile', reportPath: (p) => relative(dir, p) });
            if (!outcome.profiled)
                return { outcome, path: null };
            const [path = null] = writeArtifactsHeld(scope, step, [{ schema: 'bottleneck-report', value: outcome.report }], env);
            return { outcome, path };
        });
    },
};
