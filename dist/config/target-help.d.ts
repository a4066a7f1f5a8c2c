import type { TargetConfig } from './target-config.js';
/**
 * A one-line YAML example of an http target, for error messages that must fit on one line.
 * @param name - the target name
 * @returns flow-style YAML
 */
export declare function oneLineExample(name: string): string;
/**
 * Explains how to add a target to `perfflow.config.yaml`, with a snippet to paste.
 * @param name - the target name
 * @param kind - the kind to show; all four when omitted
 * @returns text (several lines)
 */
export declare function missingTargetHelp(name: string, kind?: TargetConfig['kind']): string;
