import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRun } from '../lib/state/run-store.js';
import { namedSchemaProblem } from '../lib/contracts/validate.js';
import { upsertFeedItem } from '../lib/publish/feed.js';
import { perfflow, treeHash } from './helpers/cli.js';
import { reportFixture } from './helpers/published-run.js';

const NO_KEY = { ANTHROPIC_API_KEY: '' };
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

interface FeedShape {
  version: string;
  items: { id: string; date_published: string; date_modified: string; tags: string[]; url: string }[];
}
interface ManifestShape {
  files: { path: string; sha256: string; bytes: number; redacted: boolean }[];
  published_at: string;
  overridden: boolean;
}

describe('perfflow publish', () => {
  test('publishes the feed item, the artifacts with checksums, the summary and the report, then passes the publish gate; publishing again changes nothing but the modification date', async () => {
    const { root, handle } = await reportFixture();
    const first = perfflow(root, ['publish', '--json'], NO_KEY);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as { feed: string; report: string; summary: string; manifest: string; gate: { decision: string } };
    expect(out.gate.decision).toBe('passed');
    expect(readRun(handle.dir).status).toBe('completed');

    const feedDir = join(root, '.claude', 'context', 'feed');
    const feed = readJson(join(feedDir, 'feed.json')) as FeedShape;
    expect(namedSchemaProblem('feed', feed)).toBeNull();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.id)).toEqual([handle.runId]);
    expect(feed.items[0]?.url).toBe(`${handle.runId}/report.html`);

    const manifest = readJson(out.manifest) as ManifestShape;
    expect(namedSchemaProblem('publish-manifest', manifest)).toBeNull();
    const paths = manifest.files.map((f) => f.path);
    for (const expected of ['artifacts/performance-comparison.json', 'artifacts/benchmark-results.json', 'artifacts/bottleneck-report.json', 'artifacts/profile.collapsed', 'artifacts/dev-manifest.json', 'artifacts/gates/validation.json', 'artifacts/run.json', 'report.html', 'summary.md']) {
      expect(paths).toContain(expected);
    }
    expect(paths.filter((p) => p.endsWith('.lock'))).toEqual([]);
    for (const file of manifest.files) expect(sha(join(feedDir, handle.runId, file.path))).toBe(file.sha256);

    const summary = readFileSync(out.summary, 'utf8');
    expect(summary).toMatch(/^## ✅ perfflow: api\/users — validation pass/);
    expect(summary).toMatch(/\| ★ latency\\_p99 \| 42\.0 ms \| 29\.0 ms \| −31\.0% \[−34\.4%, −27\.5%\] \| improved \| objective: must improve \| – \| open loop at 400 req\/s/);
    expect(summary).toMatch(/\| max\\_rss \| .* \| 10\.0% \| ok \| open loop at 400 req\/s/);
    expect(summary).toMatch(/Harness pinned from the base commit HEAD/);
    expect(summary).toContain(`Full report: \`${handle.runId}/report.html\``);

    const reportBefore = readFileSync(out.report);
    const again = perfflow(root, ['publish', '--run', handle.runId, '--json'], NO_KEY);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { already_passed: boolean }).already_passed).toBe(true);
    const feedAfter = readJson(join(feedDir, 'feed.json')) as FeedShape;
    expect(feedAfter.items).toHaveLength(1);
    expect(feedAfter.items[0]?.date_published).toBe(feed.items[0]?.date_published);
    expect(readFileSync(out.report).equals(reportBefore)).toBe(true);
    expect((readJson(out.manifest) as ManifestShape).published_at).toBe(manifest.published_at);
  });

  test('refuses with the reason while validation has not passed, changing nothing; publishes with the risks in plain sight after an override', async () => {
    const { root } = await reportFixture({ failValidation: true });
    const before = treeHash(join(root, '.claude'));
    const refused = perfflow(root, ['publish'], NO_KEY);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/publish refused: validation_status == 'pass' does not hold/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(root, '.claude', 'context', 'feed', 'feed.json'))).toBe(false);
    expect(treeHash(join(root, '.claude'))).toBe(before);

    const risks = 'p99 regressed 3.1% on this machine; accepted for the memory savings';
    const override = perfflow(root, ['override', 'validation', '--reason', risks], NO_KEY);
    expect(override.code).toBe(0);
    const published = perfflow(root, ['publish', '--json'], NO_KEY);
    expect(published.code).toBe(0);
    const out = JSON.parse(published.stdout) as { report: string; summary: string; manifest: string; overridden: boolean };
    expect(out.overridden).toBe(true);
    const report = readFileSync(out.report, 'utf8');
    expect(report).toContain('Published under a manual override');
    expect(report).toContain(risks);
    expect(readFileSync(out.summary, 'utf8')).toContain(`**Risks accepted:** ${risks}`);
    const feed = readJson(join(root, '.claude', 'context', 'feed', 'feed.json')) as FeedShape;
    expect(feed.items[0]?.tags).toContain('overridden');
  });

  test('a second run gets its own item; the first stays where it was', async () => {
    const existing = { id: 'run-a', title: 'a', date_published: '2026-11-01T00:00:00.000Z' };
    const feed = { version: 'https://jsonfeed.org/version/1.1' as const, title: 't', items: [existing] };
    const added = upsertFeedItem(feed, { id: 'run-b', title: 'b', date_published: '2026-11-02T00:00:00.000Z' });
    expect(added.items.map((i) => i.id)).toEqual(['run-b', 'run-a']);
    const updated = upsertFeedItem(added, { id: 'run-a', title: 'a2', date_published: '2026-11-24T00:00:00.000Z' });
    expect(updated.items.map((i) => [i.id, i.title, i.date_published])).toEqual([
      ['run-b', 'b', '2026-11-02T00:00:00.000Z'],
      ['run-a', 'a2', '2026-11-01T00:00:00.000Z'],
    ]);
    const deduplicated = upsertFeedItem({ ...feed, items: [existing, existing] }, { id: 'run-a', title: 'x', date_published: '2026-11-24T00:00:00.000Z' });
    expect(deduplicated.items).toHaveLength(1);
  });

  test("other tools' items in feed.json are kept as they are; only the run's own item is redacted", async () => {
    const { root, handle } = await reportFixture();
    const feedDir = join(root, '.claude', 'context', 'feed');
    // Text that looks secret to perfflow's patterns but is another tool's item, which publishing must not rewrite.
    const foreign = { id: 'other-tool-1', title: 'nightly with token abcdef1234567890', summary: 'password: hunter2-is-not-ours', content_text: 'curl -H "Authorization: Bearer abcdefghijklmnop" https://ci.example/nightly', date_published: '2026-11-01T00:00:00.000Z' };
    mkdirSync(feedDir, { recursive: true });
    writeFileSync(join(feedDir, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'feed', items: [foreign] }));
    expect(perfflow(root, ['publish'], NO_KEY).code).toBe(0);
    const feed = readJson(join(feedDir, 'feed.json')) as { items: Record<string, unknown>[] };
    expect(feed.items.map((i) => i.id)).toEqual([handle.runId, 'other-tool-1']);
    expect(feed.items[1]).toEqual(foreign);
  });

  test('secrets in the run never reach the published artifacts, summary, report or feed', async () => {
    const secret = 'sk-ant-api03-FAKEFAKEFAKE0123456789abcdef';
    const { root, handle } = await reportFixture({ secret });
    const result = perfflow(root, ['publish'], { ANTHROPIC_API_KEY: secret });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(secret);
    const feedDir = join(root, '.claude', 'context', 'feed');
    expect(treeContains(feedDir, secret)).toEqual([]);
    const manifest = readJson(join(feedDir, handle.runId, 'manifest.json')) as ManifestShape;
    expect(manifest.files.find((f) => f.path === 'artifacts/performance-comparison.json')?.redacted).toBe(true);
    expect(readFileSync(join(feedDir, handle.runId, 'artifacts', 'performance-comparison.json'), 'utf8')).toContain('[REDACTED]');
  });
});

function treeContains(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSafe(d)) {
      const full = join(d, name);
      if (existsSync(full) && statIsDir(full)) walk(full);
      else if (readFileSync(full, 'utf8').includes(needle)) hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

import { readdirSync, statSync } from 'node:fs';
function readdirSafe(d: string): string[] {
  return existsSync(d) ? readdirSync(d) : [];
}
function statIsDir(p: string): boolean {
  return statSync(p).isDirectory();
}
