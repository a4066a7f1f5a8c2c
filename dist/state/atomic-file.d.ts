/**
 * Writes a file atomically: the bytes go to a temporary file in the same directory, are flushed to
 * disk, and the temporary file is renamed over the target. A reader (or a process killed half-way)
 * sees either the old file or the new one, never a mix.
 * @param path - the file to write
 * @param data - its full new content
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array): void;
/**
 * Writes a value as pretty JSON (two spaces, trailing newline) atomically, with its secrets
 * removed. Every JSON file perfflow writes (run state, gate records, artifacts, --out files,
 * profiles) goes through here, so code that builds a value from a target's output or a person's
 * text need not remember to redact it.
 * @param path - the file to write
 * @param value - any JSON-serialisable value
 * @param secrets - exact secret values to remove (default: those of this process's environment);
 *   `'as-is'` writes the value unchanged, for a file that holds data perfflow did not write (the
 *   shared feed, whose new item the caller redacts itself)
 */
export declare function writeJsonAtomic(path: string, value: unknown, secrets?: readonly string[] | 'as-is'): void;
/**
 * Reads and parses a JSON file. The result is `unknown` until a schema says otherwise.
 * @param path - the file to read
 * @param label - how to name the file in an error message (defaults to its base name)
 * @returns the parsed value
 * @throws InputError `invalid-file` when the file is missing or not JSON
 */
export declare function readJsonFile(path: string, label?: string): unknown;
/**
 * Tells whether a file name is one of the temporary files {@link writeFileAtomic} creates.
 * @param name - a base name
 * @returns true for `.<name>.<pid>.<hex>.tmp`
 */
export declare function isAtomicTempFile(name: string): boolean;
