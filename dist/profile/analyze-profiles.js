import { classifyFrame, displayPath } from './frame-kind.js';
import { functionEndLine } from './function-extent.js';
import { SourceMapper } from './source-mapper.js';
const CATEGORY_PRIORITY = ['sync-io', 'crypto', 'regex', 'json', 'node', 'native'];
function hintOf(kind, functionName, url) {
    switch (kind) {
        case 'regex':
            return 'regex';
        case 'native':
            return functionName === 'parse' || functionName === 'stringify' ? 'json' : 'native';
        case 'node':
            if (/crypto/.test(url))
                return 'crypto';
            if (/^node:(internal\/)?(fs|child_process)/.test(url) && /Sync$/.test(functionName))
                return 'sync-io';
            return 'node';
        case 'gc':
            return 'gc';
        case 'program':
            return 'program';
        case 'user':
        case 'dependency':
        case 'idle':
        case 'root':
        case 'harness':
            return null;
        default: {
            const never = kind;
            return never;
        }
    }
}
function labelText(label) {
    const where = label.line > 0 ? `${label.file}:${label.line}` : label.file;
    return `${label.function} (${where})`;
}
function statsOf(functions, label) {
    let stats = functions.get(label.key);
    if (stats === undefined) {
        stats = { ...label, self: 0, total: 0, categories: new Map(), callers: new Map(), callSites: new Map(), stacks: new Map(), lines: new Map(), recursive: false };
        functions.set(label.key, stats);
    }
    return stats;
}
function bump(map, key, by = 1) {
    map.set(key, (map.get(key) ?? 0) + by);
}
const JSON_WORK = /JSON\.(parse|stringify)\s*\(/;
/**
 * Analyses V8 CPU profiles: charges every active sample to the nearest function of the project (or
 * of a dependency, named with its package) on its stack, so time in builtins, native code, regular
 * expressions, JSON, crypto and Node internals lands on the code that asked for it; GC samples, which
 * V8 records without a stack, are charged to the stack sampled just before them. Frames are mapped
 * through source maps; recursion is merged (a function counts once per sample).
 * @param profiles - one profile per profiled process
 * @param context - the project root and perfflow's own paths (never charged)
 * @returns sample counts, categories and per-function statistics
 */
export async function analyzeProfiles(profiles, context) {
    const mapper = new SourceMapper();
    const labels = new Map();
    const functions = new Map();
    const categories = new Map();
    const collapsed = new Map();
    let count = 0;
    let idle = 0;
    let active = 0;
    let unattributed = 0;
    let durationUs = 0;
    let intervals = 0;
    try {
        for (const profile of profiles) {
            const facts = await factsOf(profile, context, mapper, labels);
            const samples = profile.samples ?? [];
            const deltas = profile.timeDeltas ?? [];
            for (let i = 1; i < deltas.length; i += 1)
                durationUs += Math.max(0, deltas[i] ?? 0);
            intervals += Math.max(0, deltas.length - 1);
            let previous = null;
            for (const id of samples) {
                count += 1;
                const node = facts.get(id);
                if (node === undefined)
                    continue;
                if (node.kind === 'idle') {
                    idle += 1;
                    continue;
                }
                active += 1;
                bump(collapsed, node.collapsed);
                let charged = node;
                let category = node.category;
                if (node.kind === 'gc') {
                    charged = previous;
                    category = 'gc';
                }
                else if (node.owner !== null) {
                    previous = node;
                }
                if (charged?.owner == null) {
                    unattributed += 1;
                    bump(categories, category);
                    continue;
                }
                const owner = charged.owner;
                const ticks = category !== 'gc' && charged.ownerIsLeaf ? charged.lines : [];
                const allTicks = ticks.reduce((sum, l) => sum + l.ticks, 0);
                // Split the sample between the function and the functions V8 inlined into it, by line ticks.
                const parts = new Map();
                for (const l of ticks)
                    parts.set(l.owner, [...(parts.get(l.owner) ?? []), l]);
                if (parts.size === 0)
                    parts.set(owner.key, []);
                for (const [key, lines] of parts) {
                    const label = labels.get(key) ?? owner;
                    const weight = allTicks > 0 ? lines.reduce((sum, l) => sum + l.ticks, 0) / allTicks : 1;
                    const inlined = label.key !== owner.key;
                    const stats = statsOf(functions, label);
                    stats.self += weight;
                    const partTicks = lines.reduce((sum, l) => sum + l.ticks, 0);
                    const jsonShare = partTicks > 0 ? lines.filter((l) => l.json).reduce((sum, l) => sum + l.ticks, 0) / partTicks : 0;
                    if (jsonShare > 0) {
                        bump(stats.categories, 'json', weight * jsonShare);
                        bump(categories, 'json', weight * jsonShare);
                    }
                    if (jsonShare < 1) {
                        const own = inlined ? (label.kind === 'dependency' ? 'dependency' : 'user') : category;
                        bump(stats.categories, own, weight * (1 - jsonShare));
                        bump(categories, own, weight * (1 - jsonShare));
                    }
                    for (const l of lines)
                        bump(stats.lines, l.line, l.ticks / Math.max(1, allTicks));
                    const caller = inlined ? owner.key : charged.caller;
                    const callSite = inlined ? (label.kind === 'dependency' ? (owner.kind === 'user' ? owner.key : charged.callSite) : null) : charged.callSite;
                    if (caller !== null)
                        bump(stats.callers, caller, weight);
                    if (callSite !== null)
                        bump(stats.callSites, callSite, weight);
                    const suffix = category === owner.kind || inlined ? [] : [`[${category}]`];
                    bump(stats.stacks, [...charged.signature, ...(inlined ? [labelText(label)] : []), ...suffix].join('\n'), weight);
                    for (const onStackKey of inlined ? [...charged.keysOnStack, label.key] : charged.keysOnStack) {
                        const known = labels.get(onStackKey);
                        if (known !== undefined)
                            statsOf(functions, known).total += weight;
                    }
                    for (const key of charged.recursiveKeys) {
                        const recursive = functions.get(key);
                        if (recursive !== undefined)
                            recursive.recursive = true;
                    }
                }
            }
        }
    }
    finally {
        mapper.close();
    }
    const ranked = [...functions.values()].filter((f) => f.self > 0 || f.total > 0).sort((a, b) => b.self - a.self || b.total - a.total || a.key.localeCompare(b.key));
    return {
        count,
        active,
        idle,
        durationMs: durationUs / 1000,
        meanIntervalUs: intervals > 0 ? durationUs / intervals : 0,
        processes: profiles.length,
        categories,
        unattributed,
        functions: ranked,
        labels,
        collapsed,
    };
}
async function labelOf(node, kind, path, pkg, context, mapper) {
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
function innermost(extents, line0, except) {
    let best = null;
    for (const e of extents ?? []) {
        if (e.label.key === except || line0 < e.start || line0 > e.end)
            continue;
        if (best === null || e.end - e.start < best.end - best.start)
            best = e;
    }
    return best?.label ?? null;
}
async function linesOf(node, path, own, extents, callees, mapper) {
    if (path === null || node.positionTicks === undefined)
        return [];
    const text = mapper.lines(path);
    const out = [];
    for (const { line, ticks } of node.positionTicks) {
        const source = text?.[line - 1] ?? '';
        // A line held by another function is code V8 inlined into this one: charge the function that holds it.
        // V8 gives the lines of code inlined from another script without naming the script: a line that is
        // no code of this function (outside it, blank or a comment) is charged to a callee from another
        // script whose body spans it.
        const mine = extents?.find((e) => e.label.key === own.key);
        const notMine = mine === undefined || line - 1 < mine.start || line - 1 > mine.end || /^\s*(\/\/.*)?$/.test(source);
        const foreign = notMine ? innermost(callees, line - 1) : null;
        const holder = foreign ?? innermost(extents, line - 1) ?? own;
        const script = foreign === null ? path : (callees.find((e) => e.label.key === foreign.key)?.path ?? path);
        const scriptLine = script === path ? source : (mapper.lines(script)?.[line - 1] ?? '');
        const original = await mapper.original(script, line, Math.max(0, scriptLine.search(/\S/)));
        out.push({ line: original?.line ?? line, ticks, json: JSON_WORK.test(scriptLine), owner: holder.key });
    }
    return out;
}
async function factsOf(profile, context, mapper, labels) {
    const byId = new Map();
    const parent = new Map();
    for (const node of profile.nodes) {
        byId.set(node.id, node);
        for (const child of node.children ?? [])
            parent.set(child, node.id);
    }
    const classes = new Map();
    const extents = new Map();
    for (const node of profile.nodes) {
        const cls = classifyFrame(node.callFrame, context);
        let label = null;
        if (cls.kind === 'user' || cls.kind === 'dependency') {
            label = await labelOf(node, cls.kind, cls.path, cls.package, context, mapper);
            const known = labels.get(label.key);
            if (known === undefined)
                labels.set(label.key, label);
            else
                label = known;
            const lines = cls.path === null ? null : mapper.lines(cls.path);
            if (cls.path !== null && lines !== null && node.callFrame.lineNumber >= 0) {
                const list = extents.get(cls.path) ?? [];
                if (!list.some((e) => e.label.key === label?.key)) {
                    const start = node.callFrame.lineNumber;
                    const moduleCode = node.callFrame.functionName === '' && start === 0 && node.callFrame.columnNumber === 0;
                    list.push({ path: cls.path, start, end: moduleCode ? lines.length - 1 : functionEndLine(lines, start, node.callFrame.columnNumber), label });
                }
                extents.set(cls.path, list);
            }
        }
        classes.set(node.id, { label, hint: hintOf(cls.kind, node.callFrame.functionName, node.callFrame.url), kind: cls.kind, path: cls.path });
    }
    // Name an anonymous function after the function that lexically holds it (e.g. a map callback).
    for (const list of extents.values()) {
        for (const e of list) {
            if (e.label.function !== '(anonymous)')
                continue;
            const holder = innermost(list, e.start, e.label.key);
            if (holder !== null && holder.line <= e.label.line)
                e.label.function = `(anonymous in ${holder.function.replace(/^\(anonymous in (.*)\)$/, '$1')})`;
        }
    }
    const own = new Map();
    for (const node of profile.nodes) {
        const cls = classes.get(node.id);
        if (cls === undefined)
            continue;
        const callees = (node.children ?? []).flatMap((id) => {
            const child = classes.get(id);
            if (child?.label == null || child.path === null || child.path === cls.path)
                return [];
            return (extents.get(child.path) ?? []).filter((e) => e.label.key === child.label?.key);
        });
        const lines = cls.label === null ? [] : await linesOf(node, cls.path, cls.label, cls.path === null ? undefined : extents.get(cls.path), callees, mapper);
        const name = node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName;
        const text = (cls.label === null ? name : labelText(cls.label)).replace(/;/g, ',');
        own.set(node.id, { label: cls.label, hint: cls.hint, kind: cls.kind, lines, text });
    }
    const facts = new Map();
    for (const node of profile.nodes) {
        const chain = [];
        for (let id = node.id; id !== undefined; id = parent.get(id))
            chain.push(id);
        // chain: leaf first, root last.
        const mine = own.get(node.id);
        if (mine === undefined)
            continue;
        let ownerAt = -1;
        for (let i = 0; i < chain.length; i += 1) {
            const f = own.get(chain[i] ?? -1);
            if (f?.label != null) {
                ownerAt = i;
                break;
            }
        }
        const owner = ownerAt === -1 ? null : (own.get(chain[ownerAt] ?? -1)?.label ?? null);
        let category;
        if (mine.kind === 'gc')
            category = 'gc';
        else if (mine.kind === 'program')
            category = 'program';
        else if (ownerAt === 0 && owner !== null)
            category = owner.kind === 'dependency' ? 'dependency' : 'user';
        else {
            const seen = new Set();
            const end = ownerAt === -1 ? chain.length : ownerAt;
            for (let i = 0; i < end; i += 1) {
                const hint = own.get(chain[i] ?? -1)?.hint;
                if (hint != null)
                    seen.add(hint);
            }
            category = CATEGORY_PRIORITY.find((c) => seen.has(c)) ?? 'native';
        }
        let caller = null;
        let callSite = null;
        if (owner !== null) {
            for (let i = ownerAt + 1; i < chain.length; i += 1) {
                const above = own.get(chain[i] ?? -1)?.label;
                if (above == null || above.key === owner.key)
                    continue;
                caller ??= above.key;
                if (owner.kind === 'dependency' && above.kind === 'user') {
                    callSite = above.key;
                    break;
                }
                if (owner.kind !== 'dependency')
                    break;
            }
        }
        const keys = [];
        const signature = [];
        const repeated = new Set();
        const start = ownerAt === -1 ? chain.length - 1 : ownerAt;
        let lastKey = null;
        for (let i = chain.length - 1; i >= start && i >= 0; i -= 1) {
            const label = own.get(chain[i] ?? -1)?.label;
            if (label == null)
                continue;
            if (keys.includes(label.key))
                repeated.add(label.key);
            else
                keys.push(label.key);
            if (label.key !== lastKey)
                signature.push(labelText(label));
            lastKey = label.key;
        }
        const path = [];
        for (let i = chain.length - 1; i >= 0; i -= 1) {
            const f = own.get(chain[i] ?? -1);
            if (f !== undefined && f.kind !== 'root')
                path.push(f.text);
        }
        facts.set(node.id, {
            kind: mine.kind,
            label: mine.label,
            hint: mine.kind === 'idle' ? null : mine.hint,
            owner,
            ownerIsLeaf: ownerAt === 0,
            category,
            caller,
            callSite,
            keysOnStack: keys,
            recursiveKeys: [...repeated],
            signature,
            collapsed: path.join(';'),
            lines: mine.lines,
        });
    }
    return facts;
}
