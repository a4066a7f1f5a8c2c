import type { Command } from './command.js';

/**
 * Every CLI command, loaded lazily so that a fast command (status) never pays for a heavy one
 * (measure, profile, compare). The name is the first argument of `perfflow`.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
};
