/**
 * Splits a command line into argv words the way a POSIX shell tokenises simple words, without any
 * expansion: whitespace separates words, 'single quotes' keep everything literal, "double quotes"
 * allow \" and \\ escapes, a backslash outside quotes escapes the next character. Hand-written
 * because the libraries that do this (shell-quote, string-argv) also expand variables or globs,
 * which is exactly what must not happen to a config value. `${PORT}` is kept as is (substituted later).
 * @param text - the command line from the config
 * @param key - the config key, for error messages (e.g. `targets.build.command.run`)
 * @returns the words, at least one
 * @throws InputError `invalid-config` for an unterminated quote, an empty line or shell syntax
 */
export declare function splitCommandLine(text: string, key: string): string[];
/**
 * Replaces every `${PORT}` in a text.
 * @param text - a URL or an argv word
 * @param port - the port
 * @returns the text with the port filled in
 */
export declare function substitutePort(text: string, port: number): string;
