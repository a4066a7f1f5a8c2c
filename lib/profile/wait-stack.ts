// The user's frames of the stack that starts an operation, for the wait recorder (wait-recorder.ts).
// Runs inside the profiled program: Node builtins only, and only while an operation is recorded.
import { fileURLToPath } from 'node:url';

/** One frame of the user's code, innermost first in a stack. */
export type Frame = [fn: string, file: string, line: number, column: number, awaited: boolean];

/** The recorder's own folder (dist/profile/): its frames are never the user's. */
const SELF = fileURLToPath(new URL('.', import.meta.url));
/** Frames kept per stack: enough for a helper, its caller and theirs. */
const KEPT = 6;

/** Stack frames of V8, at most `depth` (structured: no text is formatted). */
function callSites(depth: number): NodeJS.CallSite[] {
  const limit = Error.stackTraceLimit;
  const { prepareStackTrace: prepare } = Error as { prepareStackTrace?: unknown };
  Error.stackTraceLimit = depth;
  Error.prepareStackTrace = (_error, sites) => sites;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  Error.captureStackTrace(holder, callSites);
  const sites = holder.stack ?? [];
  Error.stackTraceLimit = limit;
  (Error as { prepareStackTrace?: unknown }).prepareStackTrace = prepare;
  return sites;
}

/** File paths of script names (ESM scripts are named by file: URLs), converted once each. */
const paths = new Map<string, string>();
function pathOf(name: string): string {
  let path = paths.get(name);
  if (path === undefined) {
    path = name.startsWith('file://') ? fileURLToPath(name) : name;
    paths.set(name, path);
  }
  return path;
}

function framesOf(sites: NodeJS.CallSite[]): UserFrames {
  const frames: Frame[] = [];
  let direct: boolean | null = null;
  let library = false;
  for (const site of sites) {
    const file = pathOf(site.getFileName() ?? '');
    if (file.startsWith(SELF)) continue;
    const own = file !== '' && !file.startsWith('node:') && !file.includes('/node_modules/');
    direct ??= own;
    if (!own) {
      // Past the user's outermost frame so far: a library's code called it (until another user frame).
      if (frames.length > 0 && file.includes('/node_modules/')) library = true;
      continue;
    }
    library = false;
    const awaited = typeof (site as { isAsync?: () => boolean }).isAsync === 'function' && (site as { isAsync: () => boolean }).isAsync();
    frames.push([site.getFunctionName() ?? site.getMethodName() ?? '', file, site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0, awaited]);
    if (frames.length === KEPT) break;
  }
  return { frames, direct: direct === true, library };
}

/** The user's frames of a stack, whether its innermost frame is the user's, and whether a library called its outermost one. */
export interface UserFrames { frames: Frame[]; direct: boolean; library: boolean }

/**
 * The user's frames of the current stack (files outside node_modules and Node's own), innermost
 * first; whether the innermost frame outside the recorder is the user's own (the caller); and
 * whether the stack went on past the outermost user frame into a library's code (a helper that a
 * framework or driver calls: its stack is short because its caller is not the user's, not because
 * V8 lost the caller's async frame, see analyze-waits.ts).
 * @returns at most 6 frames; none when no frame of the user's code is on the stack
 */
export function userFrames(): UserFrames {
  // Most operations are started a few frames below the user's code: look at 8 frames first and
  // at 48 only when none of them is the user's (fetch starts deep inside undici). A capture's cost
  // grows with its depth (about 7 µs for 6 frames, 10 µs for 16 in an async chain like
  // tests/fixtures/waits), and it is paid for every operation of a followed request.
  let result = framesOf(callSites(8));
  if (result.frames.length === 0) result = framesOf(callSites(48));
  return result;
}
