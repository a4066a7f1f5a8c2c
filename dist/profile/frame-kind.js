import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * The npm package a path belongs to: the folder after its last `node_modules/` (two for a scope).
 * @param path - an absolute path
 * @returns the package name, or undefined outside node_modules
 */
export function packageOf(path) {
    const marker = `${sep}node_modules${sep}`;
    const at = path.lastIndexOf(marker);
    if (at === -1)
        return undefined;
    const parts = path.slice(at + marker.length).split(sep);
    const first = parts[0];
    if (first === undefined || first === '')
        return undefined;
    if (first.startsWith('@'))
        return parts[1] === undefined ? first : `${first}/${parts[1]}`;
    return first;
}
function scriptPath(url) {
    if (url.startsWith('file://')) {
        try {
            return fileURLToPath(url);
        }
        catch {
            return null;
        }
    }
    return isAbsolute(url) ? url : null;
}
/**
 * Classifies a V8 call frame: the user's own code, a dependency, Node.js internals, V8 builtins and
 * native code, regular expressions, GC, idle or the pseudo frames of the profiler.
 * @param frame - the call frame
 * @param context - the project root and perfflow's own paths
 * @returns its kind, script path and package
 */
export function classifyFrame(frame, context) {
    const { functionName, url } = frame;
    if (url === '') {
        switch (functionName) {
            case '(root)':
                return { kind: 'root', path: null };
            case '(idle)':
                return { kind: 'idle', path: null };
            case '(program)':
                return { kind: 'program', path: null };
            case '(garbage collector)':
                return { kind: 'gc', path: null };
            default:
                return { kind: functionName.startsWith('RegExp: ') ? 'regex' : 'native', path: null };
        }
    }
    if (url.startsWith('node:'))
        return { kind: 'node', path: null };
    const path = scriptPath(url);
    if (path === null)
        return { kind: 'user', path: null };
    if (context.harnessPrefixes.some((prefix) => path.startsWith(prefix)))
        return { kind: 'harness', path };
    const pkg = packageOf(path);
    if (pkg !== undefined)
        return { kind: 'dependency', path, package: pkg };
    return { kind: 'user', path };
}
/**
 * How a path is shown in the report: relative to the project root when inside it.
 * @param path - absolute path
 * @param projectRoot - the project root
 * @returns the display path (forward slashes)
 */
export function displayPath(path, projectRoot) {
    const rel = relative(projectRoot, path);
    const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
    return shown.split(sep).join('/');
}
