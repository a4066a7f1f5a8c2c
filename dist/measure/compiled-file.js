import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/**
 * The URL of a compiled module of lib/measure that runs in another process (the Node preload, the
 * function benchmark child). Next to this module in dist/; when this module runs from its TypeScript
 * source (tests), the compiled copy in dist/measure is used, since Node cannot load .ts files.
 * @param name - file name, e.g. `node-preload.js`
 * @returns its file URL
 */
export function compiledFile(name) {
    const sibling = new URL(`./${name}`, import.meta.url);
    if (existsSync(fileURLToPath(sibling)))
        return sibling;
    return new URL(`../../dist/measure/${name}`, import.meta.url);
}
