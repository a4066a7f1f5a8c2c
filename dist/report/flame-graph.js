/**
 * A flame graph of collapsed stacks ("a;b;c 42" per line, as flamegraph.pl and speedscope read
 * them), drawn as inline SVG: the root at the bottom, each frame as wide as its share of samples.
 * Hand-written because d3-flame-graph would need d3 inlined in every report.
 */
import { COLORS } from './charts.js';
import { formatPercent } from './format.js';
import { html, raw } from './html.js';
/**
 * Merges collapsed stacks into a call tree. Lines that do not end in a positive count are skipped.
 * @param collapsed - the collapsed-stacks text
 * @returns the root (named "all") whose value is the total sample count
 */
export function parseCollapsed(collapsed) {
    const root = { name: 'all', value: 0, children: new Map() };
    for (const line of collapsed.split(/\r?\n/)) {
        const match = /^(.*\S)\s+(\d+)\s*$/.exec(line);
        if (match === null)
            continue;
        const count = Number(match[2]);
        if (!(count > 0))
            continue;
        root.value += count;
        let node = root;
        for (const frame of (match[1] ?? '').split(';')) {
            if (frame === '')
                continue;
            let child = node.children.get(frame);
            if (child === undefined) {
                child = { name: frame, value: 0, children: new Map() };
                node.children.set(frame, child);
            }
            child.value += count;
            node = child;
        }
    }
    return root;
}
function hash(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i += 1)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return h >>> 0;
}
function frameColor(name) {
    if (/^\[(gc|program|idle|garbage)/i.test(name))
        return '#a8a29e';
    if (/node_modules|^\[(json|regex|crypto|native|node)/i.test(name))
        return `hsl(${200 + (hash(name) % 30)}, 55%, ${62 + (hash(name) % 12)}%)`;
    return `hsl(${10 + (hash(name) % 40)}, ${70 + (hash(name) % 20)}%, ${55 + (hash(name) % 12)}%)`;
}
/**
 * Draws the flame graph. Frames narrower than `minShare` of the total are left out (their samples
 * still count in their parents' width).
 * @param collapsed - collapsed stacks
 * @param options - width, row height, the narrowest frame drawn, the deepest row drawn
 * @returns the SVG, or null when there are no samples
 */
export function flameGraph(collapsed, options = {}) {
    const root = parseCollapsed(collapsed);
    if (root.value === 0)
        return null;
    const width = options.width ?? 1000;
    const rowH = options.rowHeight ?? 18;
    const minShare = options.minShare ?? 0.002;
    const maxDepth = options.maxDepth ?? 40;
    const frames = [];
    const walk = (node, depth, x) => {
        frames.push({ name: node.name, value: node.value, depth, x });
        if (depth >= maxDepth)
            return;
        let offset = x;
        for (const child of [...node.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
            if (child.value / root.value >= minShare)
                walk(child, depth + 1, offset);
            offset += child.value;
        }
    };
    walk(root, 0, 0);
    const depth = Math.max(...frames.map((f) => f.depth)) + 1;
    const height = depth * rowH + 4;
    const scale = width / root.value;
    const parts = [
        html `<svg class="chart flame" data-chart="flame" role="img" aria-label="Flame graph of the profile" viewBox="0 0 ${raw(String(width))} ${raw(String(height))}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">`,
    ];
    for (const f of frames) {
        const w = f.value * scale;
        const y = height - (f.depth + 1) * rowH;
        const share = formatPercent(f.value / root.value);
        const label = w > 40 ? f.name.slice(0, Math.floor((w - 6) / 6.6)) : '';
        const fill = f.depth === 0 ? COLORS.base : frameColor(f.name);
        const x = (f.x * scale).toFixed(1);
        const width = Math.max(0.5, w - 0.5).toFixed(1);
        const text = label === '' ? '' : label.length < f.name.length ? `${label.slice(0, -1)}…` : label;
        parts.push(html `<g class="frame" data-name="${f.name}" data-share="${share}" data-x="${raw(x)}" data-w="${raw(width)}"><rect x="${raw(x)}" y="${raw(String(y))}" width="${raw(width)}" height="${raw(String(rowH - 1))}" fill="${fill}" rx="2"><title>${f.name} — ${share} of samples (${f.value})</title></rect><text x="${raw((f.x * scale + 4).toFixed(1))}" y="${raw(String(y + rowH - 5))}" class="frame-label">${text}</text></g>`);
    }
    parts.push(raw('</svg>'));
    return html `${parts}`;
}
