/**
 * Tells `perfflow init` how to add a target that the config does not have yet.
 * @param projectRoot - the project root
 * @param name - the target name
 * @returns null when the target is configured, else the text of {@link missingTargetHelp}
 * @throws InputError `invalid-config` when the config exists but is malformed (fix that first)
 */
export declare function targetHint(projectRoot: string, name: string): Promise<string | null>;
