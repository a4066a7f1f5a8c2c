/**
 * Parses a duration with a unit (`500ms`, `5s`, `1.5s`, `1m`) into milliseconds.
 * @param text - the duration
 * @param key - the config key or option, for the error message
 * @returns milliseconds, positive
 * @throws InputError `invalid-config` when the text is not a positive duration with a unit
 */
export declare function parseDuration(text: string, key: string): number;
