import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SourceMapConsumer } from 'source-map';
async function createConsumer(raw, mapUrl) {
    // With the map's own URL, the consumer returns each source as an absolute URL (sourceRoot applied).
    return new SourceMapConsumer(raw, mapUrl);
}
function isRawSourceMap(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return typeof v.mappings === 'string' && Array.isArray(v.sources);
}
/**
 * Maps positions of compiled scripts back to their sources through source maps (an inline
 * `data:` map, a `sourceMappingURL` file, or `<file>.map` beside the script). Maps are read once
 * per script; call {@link SourceMapper.close} to free them.
 */
export class SourceMapper {
    consumers = new Map();
    texts = new Map();
    /**
     * The lines of a script, cached.
     * @param path - absolute path
     * @returns its lines, or null when unreadable
     */
    lines(path) {
        if (!this.texts.has(path)) {
            try {
                this.texts.set(path, readFileSync(path, 'utf8').split('\n'));
            }
            catch {
                // A script that vanished after profiling simply has no source text to show.
                this.texts.set(path, null);
            }
        }
        return this.texts.get(path) ?? null;
    }
    async consumerFor(path) {
        if (this.consumers.has(path))
            return this.consumers.get(path) ?? null;
        try {
            const entry = await this.load(path);
            this.consumers.set(path, entry);
            return entry;
        }
        catch {
            // A broken or missing map leaves the frame at its compiled position: still true, less precise.
            this.consumers.set(path, null);
            return null;
        }
    }
    async load(path) {
        const lines = this.lines(path);
        if (lines === null)
            return null;
        let reference;
        for (let i = lines.length - 1; i >= 0 && i >= lines.length - 5; i -= 1) {
            const match = /^\s*\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/.exec(lines[i] ?? '');
            if (match?.[1] !== undefined) {
                reference = match[1];
                break;
            }
        }
        let text;
        let mapUrl = pathToFileURL(path).href;
        if (reference?.startsWith('data:') === true) {
            const comma = reference.indexOf(',');
            const meta = reference.slice(0, comma);
            const body = reference.slice(comma + 1);
            text = meta.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
        }
        else {
            const mapPath = reference !== undefined
                ? (reference.startsWith('file://') ? fileURLToPath(reference) : resolve(dirname(path), reference))
                : `${path}.map`;
            if (!existsSync(mapPath))
                return null;
            text = readFileSync(mapPath, 'utf8');
            mapUrl = pathToFileURL(mapPath).href;
        }
        const raw = JSON.parse(text);
        if (!isRawSourceMap(raw))
            return null;
        return createConsumer(raw, mapUrl);
    }
    /**
     * The original position of a compiled position.
     * @param path - absolute path of the compiled script
     * @param line - 1-based line in it
     * @param column - 0-based column in it
     * @returns the original position, or null when the script has no usable map there
     */
    async original(path, line, column) {
        const consumer = await this.consumerFor(path);
        if (consumer === null)
            return null;
        const lookup = (bias) => consumer.originalPositionFor({ line, column, bias });
        let found = lookup(SourceMapConsumer.GREATEST_LOWER_BOUND);
        if (found.source === null || found.line === null)
            found = lookup(SourceMapConsumer.LEAST_UPPER_BOUND);
        if (found.source === null || found.line === null)
            return null;
        const source = found.source.startsWith('file://') ? fileURLToPath(found.source) : found.source;
        const absolute = isAbsolute(source) ? source : resolve(dirname(path), source);
        return { path: absolute, line: found.line, name: found.name };
    }
    /** Frees the maps (the consumer holds WebAssembly memory). */
    close() {
        for (const entry of this.consumers.values())
            entry?.destroy();
        this.consumers.clear();
    }
}
