// Where a gate run's results go: the HTML report, the Markdown summary (a file for a PR comment,
// appended to $GITHUB_STEP_SUMMARY when set), the JSON result, the BMF export and the history.
import { appendFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../state/atomic-file.js';
import { redactText } from '../security/redact.js';
import { toBmf } from './bmf.js';
import { renderCiMarkdown } from './ci-markdown.js';
import { renderCiReport } from './ci-report.js';
import { appendHistory, historyEntries } from './history.js';
/**
 * Writes every output of a gate run.
 * @param input - the gate's result
 * @param paths - where
 * @returns the result with its report path, and the summary as written
 */
export function writeCiOutputs(input, paths) {
    const reportFile = join(paths.outDir, 'report.html');
    const result = { ...input, report: relative(paths.projectRoot, reportFile) };
    writeFileAtomic(reportFile, renderCiReport(result));
    const link = relative(dirname(paths.summary), reportFile);
    const summary = redactText(renderCiMarkdown(result, link));
    writeFileAtomic(paths.summary, summary);
    // GitHub reads the step summary as Markdown appended by every step of the job; the link names
    // the report's path in the workspace (upload it as an artifact to make it clickable).
    if (paths.stepSummary !== undefined && paths.stepSummary !== '')
        appendFileSync(paths.stepSummary, redactText(renderCiMarkdown(result, result.report)));
    writeJsonAtomic(join(paths.outDir, 'result.json'), result);
    if (paths.bmf !== null)
        writeJsonAtomic(paths.bmf, toBmf(result));
    if (paths.history !== null)
        appendHistory(paths.history, historyEntries(result));
    return { result, summary };
}
