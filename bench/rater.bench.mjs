// Calibration of the plan rater against a reviewer: 24 plans in bench/rater/plans/, each with the
// score a careful reviewer gave it before any rater saw it (bench/rater/expected.json). Prints, for
// the structural rater alone and for the structural rater combined with a judge, the pass/fail
// agreement, the mean absolute error of the score, and what the keyword-padded plans score.
//
// The combined row uses a stand-in judge that agrees with the reviewer (every dimension gets the
// reviewer's score, backed by two quotes from the plan): it measures what perfflow's combination
// rules (structural caps, quotes, the gap rule) do to a judge that is right, not how good any real
// model is. A real judge's agreement needs a real model (`PERFFLOW_RATER_JUDGE=api` or `claude`).
//
// `node bench/rater.bench.mjs [--json]` (part of `npm run bench`).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ratePlan } from '../dist/rater/rate-plan.js';
import { loadRubric } from '../dist/rater/rubric.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(here, 'rater', 'plans');
const expected = JSON.parse(readFileSync(join(here, 'rater', 'expected.json'), 'utf8'));
const rubric = loadRubric(null);
const workflow = parse(readFileSync(join(here, '..', '.claude', 'workflows', 'performance-flow.yaml'), 'utf8'));
const ratingIndex = workflow.steps.findIndex((s) => s.gate.checks.includes('rating-passed'));
const later = new Set(workflow.steps.slice(ratingIndex + 1).map((s) => s.agent));
const flowAgents = workflow.agents.filter((a) => later.has(a));

/** Two quotes from the plan (its longest lines), as a judge that read it would give. */
function quotes(text) {
  return text.split('\n').map((l) => l.replace(/^[\s#>*|-]+/, '').trim()).filter((l) => l.length >= 20).sort((a, b) => b.length - a.length).slice(0, 2).map((l) => l.slice(0, 60));
}

function oracle(score, text) {
  return {
    kind: 'agent',
    label: 'stand-in judge (the reviewer)',
    judge: async () => ({
      status: 'ok',
      attempts: 1,
      delays: [],
      output: { dimensions: rubric.rubric.dimensions.map((d) => ({ name: d.name, score, reasons: ['the reviewer'], evidence: quotes(text) })), suggestions: [] },
    }),
  };
}

/** The plan with the rubric's words appended, as a planner gaming a keyword heuristic would. */
function withKeywords(text, json) {
  const words = 'goal target baseline p99 ms latency throughput risk mitigation rollback validation bottleneck evidence profile performance-engineer architect developer qa orchestrator';
  if (json) {
    const plan = JSON.parse(text);
    plan.summary = `${plan.summary ?? ''} ${words}`;
    plan.strategy = `${plan.strategy ?? ''} ${words}`;
    return JSON.stringify(plan);
  }
  return `${text}\n\n## Goals, risks, validation and rollback\n\n${words}\n\n- Goal: ${words}\n- Risk: ${words}\n- Rollback: ${words}\n- Validation: ${words}\n`;
}

const files = readdirSync(dir).sort();
const rows = [];
for (const file of files) {
  const want = expected.find((e) => e.file === file);
  if (want === undefined) throw new Error(`no expected score for ${file}`);
  const bytes = readFileSync(join(dir, file));
  const base = { bytes, planFile: file, planId: 'p', minimum: 7, attempt: 1, rubric, flowAgents, now: new Date() };
  const structural = await ratePlan({ ...base, judge: null });
  const combined = await ratePlan({ ...base, judge: oracle(want.score, bytes.toString('utf8')) });
  const gamed = await ratePlan({ ...base, bytes: Buffer.from(withKeywords(bytes.toString('utf8'), file.endsWith('.json'))), judge: null });
  rows.push({ file, kind: want.kind, reviewer: want.score, structural: structural.score, combined: combined.score, padded: gamed.score, caps: structural.caps.map((c) => c.requirement) });
}

const summary = (key) => ({
  agree: rows.filter((r) => (r[key] >= 7) === (r.reviewer >= 7)).length,
  mae: rows.reduce((s, r) => s + Math.abs(r[key] - r.reviewer), 0) / rows.length,
});
const s = summary('structural');
const c = summary('combined');
const padded = rows.filter((r) => r.kind === 'padded');

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, structural: s, combined: c }, null, 2));
} else {
  console.log('plan                                  kind           reviewer  structural  combined  caps');
  for (const r of rows) {
    const flag = (r.structural >= 7) === (r.reviewer >= 7) ? ' ' : '✖';
    console.log(`${flag} ${r.file.padEnd(36)} ${r.kind.padEnd(14)} ${r.reviewer.toFixed(1).padStart(8)}  ${r.structural.toFixed(1).padStart(10)}  ${r.combined.toFixed(1).padStart(8)}  ${r.caps.join(', ')}`);
  }
  console.log('');
  console.log(`structural rater alone:   pass/fail agreement ${s.agree}/${rows.length} (goal >= 22), MAE ${s.mae.toFixed(2)}`);
  console.log(`with a judge that agrees with the reviewer: agreement ${c.agree}/${rows.length} (goal 24), MAE ${c.mae.toFixed(2)}`);
  console.log(`keyword-padded plans (structural): ${padded.map((r) => `${r.file} ${r.structural.toFixed(1)}`).join('; ')}`);
  const raised = rows.filter((r) => r.padded > r.structural);
  console.log(`rubric words appended to each plan: raised ${raised.length}/${rows.length} scores${raised.length > 0 ? ` (${raised.map((r) => `${r.file} ${r.structural} -> ${r.padded}`).join('; ')})` : ''}; max change ${Math.max(...rows.map((r) => r.padded - r.structural)).toFixed(1)}`);
}
