import type { CodeEdit } from './flow-model.js';

/**
 * Turns a unified diff into the Edit tool calls a developer would make: one edit per hunk, whose
 * old text is the hunk's context and removed lines and whose new text is its context and added
 * lines. Hand-written because the only need is this mapping, on patches the project records.
 * @param patch - a `git diff` text
 * @param optimizationId - the optimization every edit implements
 * @returns the edits, in patch order
 * @throws Error on a hunk line that is not context, addition or removal
 */
export function editsFromPatch(patch: string, optimizationId: string): CodeEdit[] {
  const edits: CodeEdit[] = [];
  let file: string | null = null;
  let oldLines: string[] | null = null;
  let newLines: string[] = [];
  const flush = (): void => {
    if (file !== null && oldLines !== null) edits.push({ file, old: oldLines.join('\n'), new: newLines.join('\n'), optimizationId });
    oldLines = null;
    newLines = [];
  };
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      file = null;
    } else if (line.startsWith('+++ ')) {
      file = line.slice(4).replace(/^b\//, '');
    } else if (line.startsWith('@@')) {
      flush();
      oldLines = [];
    } else if (oldLines !== null) {
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      if (line.startsWith('+')) newLines.push(line.slice(1));
      else if (line.startsWith('-')) oldLines.push(line.slice(1));
      else if (line.startsWith(' ') || line === '') {
        oldLines.push(line.slice(1));
        newLines.push(line.slice(1));
      } else throw new Error(`unexpected line in a hunk: ${line}`);
    }
  }
  flush();
  return edits.map((e) => trimBlankEdges(e));
}

/** A trailing empty line of the diff text is the split's artefact, not a line of the hunk. */
function trimBlankEdges(edit: CodeEdit): CodeEdit {
  let old = edit.old;
  let next = edit.new;
  while (old.endsWith('\n') && next.endsWith('\n')) {
    old = old.slice(0, -1);
    next = next.slice(0, -1);
  }
  return { ...edit, old, new: next };
}
