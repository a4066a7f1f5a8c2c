import { fileURLToPath } from 'node:url';
/**
 * The compiled folder of this module's siblings (dist/profile/). The preload and the function runner
 * are started as separate Node processes, so they must be compiled JavaScript: resolved through
 * the package's dist/ both from dist/ itself and from the TypeScript sources under test.
 * @returns absolute path, with a trailing slash
 */
export function compiledProfileDir() {
    return fileURLToPath(new URL('../../dist/profile/', import.meta.url));
}
/**
 * Absolute path of a compiled module of lib/profile.
 * @param name - file name without extension, e.g. `preload`
 * @returns the path of `dist/profile/<name>.js`
 */
export function compiledProfileModule(name) {
    return `${compiledProfileDir()}${name}.js`;
}
