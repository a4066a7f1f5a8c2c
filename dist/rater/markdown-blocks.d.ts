/** A Markdown section: its heading and body lines. */
export interface Section {
    heading: string;
    lines: string[];
}
/**
 * Splits Markdown into sections at its ATX (`#`) and setext (underlined) headings; fenced code never
 * holds a heading.
 * @param text - the Markdown
 * @returns the sections in order, the first one (heading '') holding what comes before any heading
 */
export declare function sections(text: string): Section[];
/**
 * Paragraphs of a section (blank-line separated), each joined into one line.
 * @param lines - the section's lines
 * @returns the non-empty paragraphs
 */
export declare function paragraphs(lines: readonly string[]): string[];
/** A list item with its nested sub-items joined, or a table row as cells. */
export interface Item {
    text: string;
    children: string[];
    cells: Record<string, string> | null;
}
/**
 * The list items and table rows of a section; a table's first row names its columns.
 * @param lines - the section's lines
 * @returns the items in order
 */
export declare function items(lines: readonly string[]): Item[];
/**
 * An item's text with its sub-items, without Markdown emphasis.
 * @param item - a list item or table row
 * @returns one line of text
 */
export declare function plain(item: Item): string;
/**
 * The first filled cell of a table row whose column name matches (a dash, n/a, none or tbd is empty).
 * @param item - a table row (a list item has no cells)
 * @param pattern - tested against the column names (lower case)
 * @returns the cell's text, or null
 */
export declare function cell(item: Item, pattern: RegExp): string | null;
/**
 * A section's body as one text.
 * @param lines - the section's lines
 * @returns the trimmed text, or null when the section is empty
 */
export declare function prose(lines: readonly string[]): string | null;
