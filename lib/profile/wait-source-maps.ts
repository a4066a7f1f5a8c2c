import type { RecordedWaits } from './analyze-waits.js';
import { SourceMapper } from './source-mapper.js';

/**
 * The recorded waits with every frame of the user's code moved to its original source (the .ts
 * file and line of compiled TypeScript) where the script has a source map, as the CPU side names
 * functions. The recorder sees the compiled position: V8's structured call sites bypass Node's
 * own source-map support. A frame whose script has no map keeps its position; its function name is
 * V8's (a map names the identifier at a position, which at a call site is the callee, not the caller).
 * @param recorded - what each profiled process recorded
 * @returns the same records with mapped frames (new objects; the input is not changed)
 */
export async function mapWaitFrames(recorded: RecordedWaits[]): Promise<RecordedWaits[]> {
  const mapper = new SourceMapper();
  try {
    const out: RecordedWaits[] = [];
    for (const r of recorded) {
      const groups = [];
      for (const group of r.groups) {
        const frames = [];
        for (const frame of group.frames) {
          const [fn, file, line, column, awaited] = frame;
          // Call sites' columns are 1-based, source maps' 0-based.
          const original = file.startsWith('/') && line > 0 ? await mapper.original(file, line, Math.max(0, column - 1)) : null;
          frames.push(original === null ? frame : ([fn, original.path, original.line, 0, awaited] as typeof frame));
        }
        groups.push({ ...group, frames });
      }
      out.push({ ...r, groups });
    }
    return out;
  } finally {
    mapper.close();
  }
}
