import type { PageProfile } from '../contracts/page-profile.js';
import type { SafeHtml } from './html.js';
/**
 * The page section of the bottleneck report in the HTML report: timings of the profiled loads, the
 * longest tasks with the functions that ran in them, the heaviest resources.
 * @param page - the report's page section
 * @returns the block
 */
export declare function pageBlock(page: PageProfile): SafeHtml;
