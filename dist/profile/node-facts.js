import { classifyFrame } from './frame-kind.js';
import { labelOf, labelText } from './function-label.js';
import { addExtent, linesOf, nameAnonymousFunctions } from './script-extents.js';
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
function parentsOf(nodes) {
    const parent = new Map();
    for (const node of nodes) {
        for (const child of node.children ?? [])
            parent.set(child, node.id);
    }
    return parent;
}
/** Classifies every frame and labels the functions of the project and its dependencies (one label per function across profiles). */
async function classifyNodes(nodes, context, mapper, labels) {
    const frames = new Map();
    const extents = new Map();
    for (const node of nodes) {
        const cls = classifyFrame(node.callFrame, context);
        let label = null;
        if (cls.kind === 'user' || cls.kind === 'dependency') {
            label = await labelOf(node, cls.kind, cls.path, cls.package, context, mapper);
            const known = labels.get(label.key);
            if (known === undefined)
                labels.set(label.key, label);
            else
                label = known;
            if (cls.path !== null)
                addExtent(extents, node, cls.path, label, mapper.lines(cls.path));
        }
        frames.set(node.id, { label, hint: hintOf(cls.kind, node.callFrame.functionName, node.callFrame.url), kind: cls.kind, path: cls.path });
    }
    return { frames, extents };
}
/** The extents of the functions a node calls in other scripts (V8 may have inlined them into it). */
function calleeExtents(node, frame, frames, extents) {
    return (node.children ?? []).flatMap((id) => {
        const child = frames.get(id);
        if (child?.label == null || child.path === null || child.path === frame.path)
            return [];
        return (extents.get(child.path) ?? []).filter((e) => e.label.key === child.label?.key);
    });
}
async function ownFactsOf(nodes, frames, extents, mapper) {
    const own = new Map();
    for (const node of nodes) {
        const frame = frames.get(node.id);
        if (frame === undefined)
            continue;
        const callees = calleeExtents(node, frame, frames, extents);
        const lines = frame.label === null ? [] : await linesOf(node, frame.path, frame.label, frame.path === null ? undefined : extents.get(frame.path), callees, mapper);
        const name = node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName;
        const text = (frame.label === null ? name : labelText(frame.label)).replace(/;/g, ',');
        own.set(node.id, { label: frame.label, hint: frame.hint, kind: frame.kind, lines, text });
    }
    return own;
}
function categoryOf(mine, stack, ownerAt, owner) {
    if (mine.kind === 'gc')
        return 'gc';
    if (mine.kind === 'program')
        return 'program';
    if (ownerAt === 0 && owner !== null)
        return owner.kind === 'dependency' ? 'dependency' : 'user';
    // Builtins, native code and Node internals between the leaf and the owner: the most telling one names the category.
    const seen = new Set();
    const end = ownerAt === -1 ? stack.length : ownerAt;
    for (let i = 0; i < end; i += 1) {
        const hint = stack[i]?.hint;
        if (hint != null)
            seen.add(hint);
    }
    return CATEGORY_PRIORITY.find((c) => seen.has(c)) ?? 'native';
}
/** The nearest other charged function above the owner and, for a dependency, the nearest user function above it. */
function callersOf(stack, ownerAt, owner) {
    let caller = null;
    let callSite = null;
    if (owner === null)
        return { caller, callSite };
    for (let i = ownerAt + 1; i < stack.length; i += 1) {
        const above = stack[i]?.label;
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
    return { caller, callSite };
}
/** The functions from the root down to the owner: each once, those met twice (recursion), and the stack's text. */
function keysOf(stack, ownerAt) {
    const keys = [];
    const signature = [];
    const repeated = new Set();
    const start = ownerAt === -1 ? stack.length - 1 : ownerAt;
    let lastKey = null;
    for (let i = stack.length - 1; i >= start && i >= 0; i -= 1) {
        const label = stack[i]?.label;
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
    return { keys, recursiveKeys: [...repeated], signature };
}
/** The whole stack, root first, as a collapsed-stack line. */
function collapsedPath(stack) {
    const path = [];
    for (let i = stack.length - 1; i >= 0; i -= 1) {
        const f = stack[i];
        if (f !== undefined && f.kind !== 'root')
            path.push(f.text);
    }
    return path.join(';');
}
function stackFactsOf(mine, stack) {
    const ownerAt = stack.findIndex((f) => f?.label != null);
    const owner = ownerAt === -1 ? null : (stack[ownerAt]?.label ?? null);
    const { caller, callSite } = callersOf(stack, ownerAt, owner);
    const { keys, recursiveKeys, signature } = keysOf(stack, ownerAt);
    return {
        kind: mine.kind,
        label: mine.label,
        hint: mine.kind === 'idle' ? null : mine.hint,
        owner,
        ownerIsLeaf: ownerAt === 0,
        category: categoryOf(mine, stack, ownerAt, owner),
        caller,
        callSite,
        keysOnStack: keys,
        recursiveKeys,
        signature,
        collapsed: collapsedPath(stack),
        lines: mine.lines,
    };
}
/**
 * Works out, for every node of a profile, which function its samples are charged to, in which
 * category, who called it, and its stack as flame graphs and reports show it.
 * @param profile - one V8 CPU profile
 * @param context - the project root and perfflow's own paths (never charged)
 * @param mapper - the source maps of the profiled scripts
 * @param labels - the labels of every function seen so far, by key; new ones are added
 * @returns the facts by node id
 */
export async function factsOf(profile, context, mapper, labels) {
    const parent = parentsOf(profile.nodes);
    const { frames, extents } = await classifyNodes(profile.nodes, context, mapper, labels);
    nameAnonymousFunctions(extents);
    const own = await ownFactsOf(profile.nodes, frames, extents, mapper);
    const facts = new Map();
    for (const node of profile.nodes) {
        const mine = own.get(node.id);
        if (mine === undefined)
            continue;
        const stack = [];
        for (let id = node.id; id !== undefined; id = parent.get(id))
            stack.push(own.get(id));
        facts.set(node.id, stackFactsOf(mine, stack));
    }
    return facts;
}
