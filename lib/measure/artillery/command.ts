// Finds Artillery (an optional dependency, resolved when a target asks for it) and builds the
// command line of one run: `artillery run` locally, `run-lambda` or `run-fargate` on AWS.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import type { LoadEngineSpec } from '../../config/target-config.js';

/** An installed Artillery: its launcher script and version. */
export interface ArtilleryInstall {
  bin: string;
  version: string;
}

/** The one line that says how to install Artillery. */
export const INSTALL_HINT = 'engine: artillery needs the npm package artillery, which is not installed; install it with: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --save-dev artillery';

/**
 * Finds Artillery: in the project first, then beside perfflow.
 * @param from - directories to resolve from, first match wins
 * @returns its launcher and version
 * @throws InputError `missing-engine` with the install command when it is not installed
 */
export function resolveArtillery(from: string[]): ArtilleryInstall {
  for (const dir of from) {
    let manifest: string;
    try {
      manifest = createRequire(join(dir, 'noop.js')).resolve('artillery/package.json');
    } catch {
      continue; // not installed where this directory looks: try the next
    }
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as unknown;
    const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'unknown';
    const bin = join(dirname(manifest), 'bin', 'run');
    if (existsSync(bin)) return { bin, version };
  }
  throw new InputError('missing-engine', INSTALL_HINT);
}

/** The engine settings a command line needs. */
export type ArtilleryEngine = Extract<LoadEngineSpec, { name: 'artillery' }>;

/**
 * The arguments of one Artillery run, after the launcher: `run`, or `run-lambda` / `run-fargate`
 * with `--count` (workers) and `--region`, writing the JSON report to `report`.
 * @param engine - platform, workers, region
 * @param files - the script, the report, and (AWS only) the dotenv file with the secrets
 * @returns the arguments
 */
export function artilleryArgs(engine: ArtilleryEngine, files: { script: string; report: string; dotenv?: string | undefined }): string[] {
  const common = ['--output', files.report, ...(files.dotenv === undefined ? [] : ['--dotenv', files.dotenv])];
  switch (engine.platform) {
    case 'local':
      return ['run', ...common, files.script];
    case 'aws-lambda':
    case 'aws-fargate':
      return [engine.platform === 'aws-lambda' ? 'run-lambda' : 'run-fargate', '--count', String(engine.workers), '--region', engine.region ?? '', ...common, files.script];
    default: {
      const never: never = engine.platform;
      return never;
    }
  }
}
