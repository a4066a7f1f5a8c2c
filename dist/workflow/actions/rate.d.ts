import type { Rating } from '../../contracts/rating.js';
import type { RateFileRequest } from '../../rater/rate-file.js';
import type { SubmitResult } from '../gate-decisions.js';
import type { StepAction } from './action.js';
/** What `perfflow rate` passes on in a run: the plan file and the rating settings. */
export type RateOptions = Omit<RateFileRequest, 'run'>;
/**
 * `action: rate`: rates the plan, writes the step's rating output and decides the step's gate at
 * once: a plan below the minimum goes back to the planner with the rater's feedback (or to a
 * person), so a failing rating can never be asked again. Refused while another step is current.
 */
export declare const rateAction: StepAction<RateOptions, {
    rating: Rating;
    written: string | null;
    gate: SubmitResult;
}>;
