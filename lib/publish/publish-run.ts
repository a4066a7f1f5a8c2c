import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { GateError } from '../errors.js';
import type { FeedItem } from '../contracts/feed.js';
import type { PublishManifest } from '../contracts/publish-manifest.js';
import type { GateRecord } from '../contracts/gate.js';
import { redactText, redactValue, secretValuesFromEnv } from '../security/redact.js';
import { isAtomicTempFile, writeFileAtomic, writeJsonAtomic } from '../state/atomic-file.js';
import { withLock } from '../state/lock.js';
import { feedDir, feedFile } from '../state/project.js';
import { readRun } from '../state/run-store.js';
import type { RunHandle } from '../state/run-store.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import { conditionHolds, submitStep } from '../workflow/engine.js';
import type { EngineOptions } from '../workflow/engine.js';
import { renderHtmlReport } from '../report/html-report.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import { headline, overriddenGates } from '../report/report-facts.js';
import { collectRun } from './collect-run.js';
import { readFeed, upsertFeedItem } from './feed.js';

/** What {@link publishRun} did. */
export interface PublishResult {
  run_id: string;
  feed: string;
  report: string;
  summary: string;
  manifest: string;
  files: number;
  overridden: boolean;
  headline: string;
  gate: GateRecord;
  already_passed: boolean;
}

/** The run directory's files that are not artifacts: the lock and unfinished atomic writes. */
function isArtifact(rel: string): boolean {
  const name = rel.split(sep).pop() ?? rel;
  return name !== 'run.lock' && !isAtomicTempFile(name) && !rel.startsWith(`history${sep}`);
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [relative(base, full)];
    });
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Publishes a run to the project feed: refuses unless the publish step's condition holds or an
 * override stands in for it; copies the run's artifacts (secrets redacted) with sha256 checksums in
 * `manifest.json`; writes the Markdown summary and the self-contained HTML report; puts the run's
 * item into `feed.json` (in place, never twice); then submits the publish step. Idempotent: a
 * second publish rewrites the same files and keeps the first publication date.
 * @param handle - the run
 * @param workflow - the workflow the run runs
 * @param step - the step that publishes (`action: publish`)
 * @param options - environment (for secrets) and injected time
 * @returns where everything went and the publish gate's record
 * @throws GateError `condition-false` with the reason when publishing is not allowed
 */
export async function publishRun(handle: RunHandle, workflow: Workflow, step: StepDefinition, options: EngineOptions & { env: NodeJS.ProcessEnv }): Promise<PublishResult> {
  const stepId = step.id;
  const condition = await conditionHolds(handle, stepId);
  if (!condition.holds && !condition.overridden) {
    throw new GateError('condition-false', `publish refused: ${step.condition ?? 'the condition'} does not hold (${condition.detail}); pass validation, or record a decision with perfflow override validation --reason "<the risks you accept>"`);
  }
  const secrets = secretValuesFromEnv(options.env);
  const now = (options.now ?? (() => new Date()))();
  const run = readRun(handle.dir);
  const root = feedDir(handle.projectRoot);
  const runFeed = join(root, run.run_id);
  const feedPath = feedFile(handle.projectRoot);
  const rel = (path: string): string => relative(root, path).split(sep).join('/');

  mkdirSync(root, { recursive: true });
  const published = await withLock(dirname(feedPath), () => {
    const feed = readFeed(feedPath);
    const publishedAt = feed.items.find((i) => i.id === run.run_id)?.date_published ?? now.toISOString();
    const collected = collectRun({ dir: handle.dir, run, workflow }, step, publishedAt, condition);
    // The report shows the run as it was published: the publish gate itself (written after the
    // first publication) is left out, so publishing again yields the same report.
    const bundle = { ...collected, gates: collected.gates.filter((g) => g.step !== stepId) };
    const files: PublishManifest['files'] = [];
    const sources = listFiles(handle.dir).filter(isArtifact);
    for (const source of sources) {
      const bytes = readFileSync(join(handle.dir, source));
      const isText = !bytes.includes(0);
      const out = isText ? Buffer.from(redactText(bytes.toString('utf8'), secrets), 'utf8') : bytes;
      writeFileAtomic(join(runFeed, 'artifacts', source), out);
      files.push({ path: `artifacts/${source.split(sep).join('/')}`, sha256: sha256(out), bytes: out.length, source_sha256: sha256(bytes), redacted: !out.equals(bytes) });
    }
    // Artifacts that left the run since the last publish (e.g. after a rollback) leave the feed too.
    const artifactsDir = join(runFeed, 'artifacts');
    const keep = new Set(sources.map((s) => join(artifactsDir, s)));
    for (const stale of existsSync(artifactsDir) ? listFiles(artifactsDir).map((f) => join(artifactsDir, f)) : []) if (!keep.has(stale)) rmSync(stale);

    const reportPath = join(runFeed, 'report.html');
    const summaryPath = join(runFeed, 'summary.md');
    const manifestPath = join(runFeed, 'manifest.json');
    const report = Buffer.from(renderHtmlReport(bundle, secrets), 'utf8');
    const summary = Buffer.from(renderMarkdownSummary(bundle, secrets, rel(reportPath)), 'utf8');
    writeFileAtomic(reportPath, report);
    writeFileAtomic(summaryPath, summary);
    for (const [path, bytes] of [[reportPath, report], [summaryPath, summary]] as const) {
      files.push({ path: relative(runFeed, path), sha256: sha256(bytes), bytes: bytes.length, source_sha256: sha256(bytes), redacted: false });
    }
    const overridden = condition.overridden || overriddenGates(bundle).length > 0;
    const status = bundle.comparison?.validation_status ?? 'unknown';
    const manifest: PublishManifest = {
      version: 1,
      run_id: run.run_id,
      target: run.target,
      published_at: publishedAt,
      validation_status: status,
      overridden,
      condition: condition.detail,
      files,
      report: rel(reportPath),
      summary: rel(summaryPath),
    };
    writeJsonAtomic(manifestPath, manifest, secrets);
    const line = redactText(headline(bundle), secrets); // returned and printed as well as written
    const item: FeedItem = {
      id: run.run_id,
      url: rel(reportPath),
      title: `${run.target}: ${line}`,
      summary: `validation ${status}${overridden ? ' (published under a manual override)' : ''}`,
      content_text: summary.toString('utf8'),
      date_published: publishedAt,
      date_modified: now.toISOString(),
      tags: ['perfflow', status, ...(overridden ? ['overridden'] : [])],
      attachments: [
        { url: rel(reportPath), mime_type: 'text/html', title: 'HTML report', size_in_bytes: report.length },
        { url: rel(summaryPath), mime_type: 'text/markdown', title: 'Markdown summary', size_in_bytes: summary.length },
        { url: rel(manifestPath), mime_type: 'application/json', title: 'artifacts and checksums' },
      ],
      _perfflow: { run_id: run.run_id, target: run.target, validation_status: status, overridden, report: rel(reportPath), summary: rel(summaryPath), manifest: rel(manifestPath) },
    };
    // Only the run's own item is redacted: the rest of feed.json may be other tools' data, kept as it is.
    writeJsonAtomic(feedPath, upsertFeedItem(feed, redactValue(item, secrets)), 'as-is');
    return { report: reportPath, summary: summaryPath, manifest: manifestPath, files: files.length, overridden, headline: line };
  });
  const submitted = await submitStep(handle, stepId, options);
  return { run_id: run.run_id, feed: feedPath, ...published, gate: submitted.record, already_passed: submitted.alreadyPassed };
}
