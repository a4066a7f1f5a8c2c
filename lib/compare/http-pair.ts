import { InputError } from '../errors.js';
import type { PairedRunner } from './paired-runner.js';
import type { TargetSpec } from './target-spec.js';

/**
 * Prepares an http target for a paired comparison. (Interim: waits for lib/measure.)
 * @param options - the target and both roots
 * @returns never yet
 */
export function openHttpPair(options: { target: Extract<TargetSpec, { kind: 'http' }>; roots: { base: string; candidate: string } }): Promise<PairedRunner> {
  return Promise.reject(new InputError('usage', `http targets (${options.target.url}) cannot be compared yet`));
}
