import type { PageProfile } from '../contracts/page-profile.js';
/**
 * The page section of a bottleneck report, for people: the loads' timings, the longest tasks with
 * the functions that ran in them, and the heaviest resources.
 * @param page - the report's page section
 * @returns lines of text
 */
export declare function pageLines(page: PageProfile): string[];
