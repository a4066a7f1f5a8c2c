import { displayPath } from './frame-kind.js';
/**
 * A label as one frame of a stack reads in reports: `name (file:line)`.
 * @param label - the function
 * @returns the text
 */
export function labelText(label) {
    const where = label.line > 0 ? `${label.file}:${label.line}` : label.file;
    return `${label.function} (${where})`;
}
/**
 * Names the function of a profile node after its original source: the file and line through the
 * script's source map when it has one, the map's name for a function V8 saw as anonymous.
 * @param node - the profile node
 * @param kind - its frame kind (user or dependency)
 * @param path - absolute path of its script, or null when the frame is no file
 * @param pkg - the npm package of a dependency
 * @param context - the project root (paths are shown relative to it)
 * @param mapper - the source maps of the profiled scripts
 * @returns the label
 */
export async function labelOf(node, kind, path, pkg, context, mapper) {
    const frame = node.callFrame;
    let file = path === null ? frame.url : displayPath(path, context.projectRoot);
    let line = frame.lineNumber >= 0 ? frame.lineNumber + 1 : 0;
    let name = frame.functionName;
    let column = frame.columnNumber;
    if (path !== null && frame.lineNumber >= 0) {
        const original = await mapper.original(path, frame.lineNumber + 1, Math.max(0, frame.columnNumber));
        if (original !== null) {
            file = displayPath(original.path, context.projectRoot);
            line = original.line;
            column = 0;
            if (name === '' && original.name !== null)
                name = original.name;
        }
    }
    if (name === '')
        name = frame.lineNumber === 0 && frame.columnNumber === 0 ? '(top level)' : '(anonymous)';
    const label = { key: `${name}@${file}:${line}:${column}`, function: name, file, line, kind };
    if (pkg !== undefined)
        label.package = pkg;
    return label;
}
