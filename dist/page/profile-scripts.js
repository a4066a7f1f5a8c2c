import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { displayPath } from '../profile/frame-kind.js';
import { SourceMapper } from '../profile/source-mapper.js';
/** Folders never searched for a served file. */
const SKIPPED = new Set(['node_modules', '.git', '.claude']);
/** At most this many files are looked at while searching the project for served scripts. */
const MAX_FILES = 5000;
function filesNamed(root, names) {
    const found = [];
    const queue = [root];
    let seen = 0;
    while (queue.length > 0 && seen < MAX_FILES) {
        const dir = queue.shift() ?? root;
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            seen += 1;
            if (entry.isDirectory() && !SKIPPED.has(entry.name))
                queue.push(join(dir, entry.name));
            else if (entry.isFile() && names.has(entry.name))
                found.push(join(dir, entry.name));
        }
    }
    return found;
}
/**
 * Finds the project file each served script was read from: a file of the same name under the
 * target's directory whose bytes are the bytes served. Then the profile's frames point at a file,
 * and the file's source map (beside it or named in it) maps them to the original source.
 * @param scripts - script URL -> the text the server answered with
 * @param root - the target's directory
 * @returns script URL -> absolute path, for the scripts found
 */
export function servedFiles(scripts, root) {
    const names = new Set([...scripts.keys()].map((url) => basename(new URL(url).pathname)).filter((n) => n !== ''));
    const candidates = filesNamed(root, names);
    const out = new Map();
    for (const [url, text] of scripts) {
        const name = basename(new URL(url).pathname);
        const size = Buffer.byteLength(text);
        const match = candidates.find((path) => basename(path) === name && statSync(path).size === size && readFileSync(path, 'utf8') === text);
        if (match !== undefined)
            out.set(url, match);
    }
    return out;
}
/**
 * Points a browser profile's frames at files: a served script found in the project becomes its
 * file URL; another script of the page's origin keeps its path as `page:/path` (no file to map);
 * scripts of other origins and the automation's own injected code lose their URL, so their time is
 * counted but charged to no function of the project.
 * @param profile - the DevTools CPU profile
 * @param origin - the page's origin
 * @param files - script URL -> absolute path
 * @returns a new profile
 */
export function withFileUrls(profile, origin, files) {
    const urlOf = (url) => {
        if (url === '')
            return '';
        const file = files.get(url);
        if (file !== undefined)
            return pathToFileURL(file).href;
        if (!url.startsWith(`${origin}/`))
            return '';
        return `page:${new URL(url).pathname}`;
    };
    return { ...profile, nodes: profile.nodes.map((n) => ({ ...n, callFrame: { ...n.callFrame, url: urlOf(n.callFrame.url) } })) };
}
/**
 * The profile with every sample outside the given tasks made idle, so an analysis of it shares out
 * only the time of those tasks.
 * @param profile - the profile
 * @param tasks - the tasks to keep, on the profile's clock
 * @returns a new profile
 */
export function onlyWithin(profile, tasks) {
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let idle = profile.nodes.find((n) => n.callFrame.functionName === '(idle)' && n.callFrame.url === '')?.id;
    const nodes = [...profile.nodes];
    if (idle === undefined) {
        idle = Math.max(...nodes.map((n) => n.id)) + 1;
        nodes.push({ id: idle, callFrame: { functionName: '(idle)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 } });
        const at = nodes.findIndex((n) => n.callFrame.functionName === '(root)');
        const root = nodes[at];
        if (root !== undefined)
            nodes[at] = { ...root, children: [...(root.children ?? []), idle] };
    }
    let at = profile.startTime;
    const kept = samples.map((id, i) => {
        at += deltas[i] ?? 0;
        return tasks.some((t) => at >= t.startUs && at <= t.startUs + t.durationUs) ? id : (idle);
    });
    return { ...profile, nodes, samples: kept };
}
/**
 * A served script's bytes by the original source each of its lines maps to (its source map, line
 * by line: exact for a bundle that joins modules line by line, coarse for one minified line).
 * @param path - the script's file in the project
 * @param projectRoot - sources are named relative to it
 * @returns the sources, largest first; empty when the script has no usable source map
 */
export async function bytesBySource(path, projectRoot) {
    const mapper = new SourceMapper();
    try {
        const lines = mapper.lines(path) ?? [];
        const bytes = new Map();
        let total = 0;
        for (const [index, text] of lines.entries()) {
            const size = Buffer.byteLength(text) + 1;
            total += size;
            const original = await mapper.original(path, index + 1, 0);
            if (original !== null)
                bytes.set(original.path, (bytes.get(original.path) ?? 0) + size);
        }
        return [...bytes.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5)
            .map(([source, n]) => ({ file: displayPath(source, projectRoot), bytes: n, share: Math.round((n / Math.max(1, total)) * 1000) / 1000 }));
    }
    finally {
        mapper.close();
    }
}
