import { relative } from 'node:path';
import type { TargetConfig } from '../../config/load.js';
import { profileTarget } from '../../profile/profile-target.js';
import type { ProfileOutcome, ProfileTargetOptions } from '../../profile/profile-target.js';
import { withLock } from '../../state/lock.js';
import { writeArtifactsHeld } from '../artifacts.js';
import type { StepAction } from './action.js';

/** What `perfflow profile` passes on in a run: the target and the sampling settings. */
export type ProfileOptions = Omit<ProfileTargetOptions, 'target' | 'artifactDir' | 'stem' | 'reportPath'> & {
  target: TargetConfig;
  env?: NodeJS.ProcessEnv;
};

/**
 * `action: profile`: profiles the target under its load into the run directory and writes the
 * step's bottleneck-report output. The run stays locked while it profiles (the raw profiles are
 * written into the run directory as they come).
 */
export const profileAction: StepAction<ProfileOptions, { outcome: ProfileOutcome; path: string | null }> = {
  name: 'profile',
  run: async ({ handle, scope, step }, options) => {
    const { env, ...rest } = options;
    const dir = handle.dir;
    return withLock(dir, async () => {
      const outcome = await profileTarget({ ...rest, artifactDir: dir, stem: 'profile', reportPath: (p) => relative(dir, p) });
      if (!outcome.profiled) return { outcome, path: null };
      const [path = null] = writeArtifactsHeld(scope, step, [{ schema: 'bottleneck-report', value: outcome.report }], env);
      return { outcome, path };
    });
  },
};
