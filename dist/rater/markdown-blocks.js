// The blocks of a Markdown plan: sections under headings, paragraphs, list items and table rows.
/**
 * Splits Markdown into sections at its ATX (`#`) and setext (underlined) headings; fenced code never
 * holds a heading.
 * @param text - the Markdown
 * @returns the sections in order, the first one (heading '') holding what comes before any heading
 */
export function sections(text) {
    const out = [{ heading: '', lines: [] }];
    let fence = false;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        const underline = lines[i + 1] ?? '';
        // A setext heading: a line of text underlined with === or ---.
        // (Numbered ones too: "1) Goals" over a rule is how people write a numbered heading.)
        const setext = !fence && line.trim() !== '' && line.length <= 100 && !/^\s*[-*+|>]/.test(line) && /^\s{0,3}(={3,}|-{3,})\s*$/.test(underline);
        if (!fence && /^\s{0,3}(={3,}|-{3,})\s*$/.test(line) && (lines[i - 1] ?? '').trim() !== '' && out[out.length - 1]?.lines.length === 0)
            return;
        const heading = fence ? null : setext ? [line, line.trim()] : /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading !== null)
            out.push({ heading: (heading[1] ?? '').replace(/[*_`]/g, ''), lines: [] });
        else
            out[out.length - 1]?.lines.push(line);
    });
    return out;
}
/**
 * Paragraphs of a section (blank-line separated), each joined into one line.
 * @param lines - the section's lines
 * @returns the non-empty paragraphs
 */
export function paragraphs(lines) {
    return lines.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p !== '');
}
/**
 * The list items and table rows of a section; a table's first row names its columns.
 * @param lines - the section's lines
 * @returns the items in order
 */
export function items(lines) {
    const out = [];
    let header = null;
    for (const raw of lines) {
        const bullet = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
        if (bullet !== null) {
            const indent = (bullet[1] ?? '').length;
            const text = (bullet[2] ?? '').trim();
            const last = out[out.length - 1];
            if (indent >= 2 && last !== undefined)
                last.children.push(text);
            else
                out.push({ text, children: [], cells: null });
            continue;
        }
        const row = /^\s*\|(.*)\|\s*$/.exec(raw);
        if (row !== null) {
            const cells = (row[1] ?? '').split('|').map((c) => c.trim());
            if (cells.every((c) => /^:?-{2,}:?$/.test(c)))
                continue;
            if (header === null) {
                header = cells.map((c) => c.toLowerCase().replace(/[*_`]/g, ''));
                continue;
            }
            const record = {};
            header.forEach((h, i) => (record[h] = cells[i] ?? ''));
            out.push({ text: cells.filter((c) => c !== '').join(' — '), children: [], cells: record });
            continue;
        }
        header = raw.trim() === '' ? header : null;
    }
    return out;
}
/**
 * An item's text with its sub-items, without Markdown emphasis.
 * @param item - a list item or table row
 * @returns one line of text
 */
export function plain(item) {
    return [item.text, ...item.children].join(' ').replace(/[*_`]/g, '').trim();
}
/**
 * The first filled cell of a table row whose column name matches (a dash, n/a, none or tbd is empty).
 * @param item - a table row (a list item has no cells)
 * @param pattern - tested against the column names (lower case)
 * @returns the cell's text, or null
 */
export function cell(item, pattern) {
    if (item.cells === null)
        return null;
    for (const [key, value] of Object.entries(item.cells))
        if (pattern.test(key) && value !== '' && !/^(-|n\/?a|none|tbd)$/i.test(value))
            return value;
    return null;
}
/**
 * A section's body as one text.
 * @param lines - the section's lines
 * @returns the trimmed text, or null when the section is empty
 */
export function prose(lines) {
    const text = lines.join('\n').trim();
    return text === '' ? null : text;
}
