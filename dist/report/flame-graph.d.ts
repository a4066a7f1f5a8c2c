import type { SafeHtml } from './html.js';
/** A node of the merged call tree. */
export interface FlameNode {
    name: string;
    value: number;
    children: Map<string, FlameNode>;
}
/**
 * Merges collapsed stacks into a call tree. Lines that do not end in a positive count are skipped.
 * @param collapsed - the collapsed-stacks text
 * @returns the root (named "all") whose value is the total sample count
 */
export declare function parseCollapsed(collapsed: string): FlameNode;
/**
 * Draws the flame graph. Frames narrower than `minShare` of the total are left out (their samples
 * still count in their parents' width).
 * @param collapsed - collapsed stacks
 * @param options - width, row height, the narrowest frame drawn, the deepest row drawn
 * @returns the SVG, or null when there are no samples
 */
export declare function flameGraph(collapsed: string, options?: {
    width?: number;
    rowHeight?: number;
    minShare?: number;
    maxDepth?: number;
}): SafeHtml | null;
