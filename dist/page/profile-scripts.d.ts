import type { PageResource } from '../contracts/page-profile.js';
import type { CpuProfile } from '../profile/cpu-profile.js';
import type { TraceTask } from './profile-trial.js';
/**
 * Finds the project file each served script was read from: a file of the same name under the
 * target's directory whose bytes are the bytes served. Then the profile's frames point at a file,
 * and the file's source map (beside it or named in it) maps them to the original source.
 * @param scripts - script URL -> the text the server answered with
 * @param root - the target's directory
 * @returns script URL -> absolute path, for the scripts found
 */
export declare function servedFiles(scripts: ReadonlyMap<string, string>, root: string): Map<string, string>;
/**
 * Points a browser profile's frames at files: a served script found in the project becomes its
 * file URL; another script of the page's origin keeps its path as `page:/path` (no file to map);
 * scripts of other origins and the automation's own injected code lose their URL, so their time is
 * counted but charged to no function of the project.
 * @param profile - the DevTools CPU profile
 * @param origin - the page's origin
 * @param files - script URL -> absolute path
 * @returns a new profile
 */
export declare function withFileUrls(profile: CpuProfile, origin: string, files: ReadonlyMap<string, string>): CpuProfile;
/**
 * The profile with every sample outside the given tasks made idle, so an analysis of it shares out
 * only the time of those tasks.
 * @param profile - the profile
 * @param tasks - the tasks to keep, on the profile's clock
 * @returns a new profile
 */
export declare function onlyWithin(profile: CpuProfile, tasks: readonly TraceTask[]): CpuProfile;
/**
 * A served script's bytes by the original source each of its lines maps to (its source map, line
 * by line: exact for a bundle that joins modules line by line, coarse for one minified line).
 * @param path - the script's file in the project
 * @param projectRoot - sources are named relative to it
 * @returns the sources, largest first; empty when the script has no usable source map
 */
export declare function bytesBySource(path: string, projectRoot: string): Promise<NonNullable<PageResource['sources']>>;
