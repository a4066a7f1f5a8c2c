import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import { redactValue, secretValuesFromEnv } from '../security/redact.js';

/**
 * Writes a file atomically: the bytes go to a temporary file in the same directory, are flushed to
 * disk, and the temporary file is renamed over the target. A reader (or a process killed half-way)
 * sees either the old file or the new one, never a mix.
 * @param path - the file to write
 * @param data - its full new content
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // The temp file may already be gone; the original error is the one worth reporting.
    }
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, path);
}

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
export function writeJsonAtomic(path: string, value: unknown, secrets: readonly string[] | 'as-is' = secretValuesFromEnv(process.env)): void {
  writeFileAtomic(path, `${JSON.stringify(secrets === 'as-is' ? value : redactValue(value, secrets), null, 2)}\n`);
}

/**
 * Reads and parses a JSON file. The result is `unknown` until a schema says otherwise.
 * @param path - the file to read
 * @param label - how to name the file in an error message (defaults to its base name)
 * @returns the parsed value
 * @throws InputError `invalid-file` when the file is missing or not JSON
 */
export function readJsonFile(path: string, label = basename(path)): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError('invalid-file', `${label} is missing (${path}): produce it before this step is checked`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('invalid-file', `${label} is not valid JSON (${detail}): fix or regenerate the file`, {
      cause: error,
    });
  }
}

/**
 * Tells whether a file name is one of the temporary files {@link writeFileAtomic} creates.
 * @param name - a base name
 * @returns true for `.<name>.<pid>.<hex>.tmp`
 */
export function isAtomicTempFile(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}
