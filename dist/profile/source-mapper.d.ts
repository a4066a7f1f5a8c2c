/** A position in an original source. */
export interface OriginalPosition {
    /** Absolute path of the original source (e.g. the .ts file). */
    path: string;
    /** 1-based line. */
    line: number;
    /** The original name at that position, when the map records one. */
    name: string | null;
}
/**
 * Maps positions of compiled scripts back to their sources through source maps (an inline
 * `data:` map, a `sourceMappingURL` file, or `<file>.map` beside the script). Maps are read once
 * per script; call {@link SourceMapper.close} to free them.
 */
export declare class SourceMapper {
    private readonly consumers;
    private readonly texts;
    /**
     * The lines of a script, cached.
     * @param path - absolute path
     * @returns its lines, or null when unreadable
     */
    lines(path: string): string[] | null;
    private consumerFor;
    private load;
    /**
     * The original position of a compiled position.
     * @param path - absolute path of the compiled script
     * @param line - 1-based line in it
     * @param column - 0-based column in it
     * @returns the original position, or null when the script has no usable map there
     */
    original(path: string, line: number, column: number): Promise<OriginalPosition | null>;
    /** Frees the maps (the consumer holds WebAssembly memory). */
    close(): void;
}
