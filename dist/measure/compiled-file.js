import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/**
 * The URL of a compiled module that runs in another process (the Node preload, the function
 * benchmark child, the function comparison worker). In dist/ when perfflow runs built; when this
 * module runs from its TypeScript source (tests), the compiled copy in dist/ is used, since Node
 * cannot load .ts files.
 * @param name - file name, e.g. `node-preload.js`
 * @param folder - its folder under lib/ and dist/ (default `measure`)
 * @returns its file URL
 */
export function compiledFile(name, folder = 'measure') {
    const sibling = new URL(`../${folder}/${name}`, import.meta.url);
    if (existsSync(fileURLToPath(sibling)))
        return sibling;
    return new URL(`../../dist/${folder}/${name}`, import.meta.url);
}
