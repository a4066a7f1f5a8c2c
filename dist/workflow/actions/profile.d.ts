import type { TargetConfig } from '../../config/load.js';
import type { ProfileOutcome, ProfileTargetOptions } from '../../profile/profile-target.js';
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
export declare const profileAction: StepAction<ProfileOptions, {
    outcome: ProfileOutcome;
    path: string | null;
}>;
