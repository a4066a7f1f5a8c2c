import type { PublishResult } from '../../publish/publish-run.js';
import type { Command } from '../command.js';
/**
 * Formats what was published for people.
 * @param result - the publish result
 * @returns text
 */
export declare function formatPublish(result: PublishResult): string;
export declare const command: Command;
