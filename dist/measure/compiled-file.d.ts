/**
 * The URL of a compiled module that runs in another process (the Node preload, the function
 * benchmark child, the function comparison worker). In dist/ when perfflow runs built; when this
 * module runs from its TypeScript source (tests), the compiled copy in dist/ is used, since Node
 * cannot load .ts files.
 * @param name - file name, e.g. `node-preload.js`
 * @param folder - its folder under lib/ and dist/ (default `measure`)
 * @returns its file URL
 */
export declare function compiledFile(name: string, folder?: string): URL;
