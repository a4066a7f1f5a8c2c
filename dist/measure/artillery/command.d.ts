import type { LoadEngineSpec } from '../../config/target-config.js';
/** An installed Artillery: its launcher script and version. */
export interface ArtilleryInstall {
    bin: string;
    version: string;
}
/** The one line that says how to install Artillery. */
export declare const INSTALL_HINT = "engine: artillery needs the npm package artillery, which is not installed; install it with: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --save-dev artillery";
/**
 * Finds Artillery: in the project first, then beside perfflow.
 * @param from - directories to resolve from, first match wins
 * @returns its launcher and version
 * @throws InputError `missing-engine` with the install command when it is not installed
 */
export declare function resolveArtillery(from: string[]): ArtilleryInstall;
/** The engine settings a command line needs. */
export type ArtilleryEngine = Extract<LoadEngineSpec, {
    name: 'artillery';
}>;
/**
 * The arguments of one Artillery run, after the launcher: `run`, or `run-lambda` / `run-fargate`
 * with `--count` (workers) and `--region`, writing the JSON report to `report`.
 * @param engine - platform, workers, region
 * @param files - the script, the report, and (AWS only) the dotenv file with the secrets
 * @returns the arguments
 */
export declare function artilleryArgs(engine: ArtilleryEngine, files: {
    script: string;
    report: string;
    dotenv?: string | undefined;
}): string[];
