import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tempRepo } from './helpers/temp-repo.js';
import { perfflow, treeHash } from './helpers/cli.js';

/**
 * The bad-input corpus: every case must exit with its documented code, print exactly one line on
 * stderr (no stack trace) and leave the project — files, run state and git refs — as it was.
 */

const CONFIG = `targets:
  api/users:
    http:
      start: node server.js
      url: http://127.0.0.1:\${PORT}/api/users
      duration: 1s
  lib:
    function:
      file: bench.mjs
  build:
    command:
      run: node build.js
check: node --version
`;

/** A PATH holding node and nothing else (for when node lives beside git in /usr/bin). */
function nodeOnlyPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'perfflow-path-'));
  symlinkSync(process.execPath, join(dir, 'node'));
  return dir;
}

interface Project {
  root: string;
  runId: string;
  runDir: string;
}

function project(): Project {
  const root = tempRepo({
    'perfflow.config.yaml': CONFIG,
    'server.js': "require('node:http').createServer((q, s) => s.end('[]')).listen(process.env.PORT);\n",
    'bench.mjs': 'export default { noop: () => 1 };\n',
    'build.js': 'console.log("built")\n',
    'plan.md': '# plan\n',
  });
  const init = perfflow(root, ['init', '--target', 'api/users', '--json']);
  expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: '' });
  const data = JSON.parse(init.stdout) as { run_id: string; run_dir: string };
  return { root, runId: data.run_id, runDir: data.run_dir };
}

function snapshot(p: Project): string {
  const refs = execFileSync('git', ['for-each-ref'], { cwd: p.root, encoding: 'utf8' });
  return `${refs}\n${treeHash(p.root, ['.git'])}`;
}

interface Case {
  name: string;
  args: (p: Project) => string[];
  setup?: (p: Project) => void;
  code: number;
  message: RegExp;
  cwd?: (p: Project) => string;
  env?: Record<string, string>;
}

const write = (p: Project, rel: string, content: string | Buffer): void => {
  mkdirSync(join(p.root, rel, '..'), { recursive: true });
  writeFileSync(join(p.root, rel), content);
};
const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) % 256));
const run = (p: Project): string[] => ['--run', p.runId];

const CASES: Case[] = [
  // The CLI itself
  { name: 'an unknown command', args: () => ['optimise'], code: 2, message: /unknown command 'optimise'/ },
  { name: 'an unknown option', args: () => ['status', '--verbose'], code: 2, message: /Unknown option '--verbose'/ },
  { name: 'an option without its value', args: () => ['status', '--run'], code: 2, message: /--run/ },
  { name: 'a run id that climbs out', args: () => ['status', '--run', '../../etc'], code: 2, message: /run id '\.\.\/\.\.\/etc' is not allowed/ },
  { name: 'an absolute run id', args: () => ['status', '--run', '/etc/passwd'], code: 2, message: /run id '\/etc\/passwd' is not allowed/ },
  { name: 'a huge run id', args: () => ['status', '--run', 'r'.repeat(10_000)], code: 2, message: /run id 'r+' is not allowed/ },
  { name: 'a run that does not exist', args: () => ['next', '--run', 'nope'], code: 2, message: /run 'nope' does not exist/ },
  { name: 'submit without a step', args: (p) => ['submit', ...run(p)], code: 2, message: /name the step to submit/ },
  { name: 'submit of an unknown step', args: (p) => ['submit', 'deploy', ...run(p)], code: 2, message: /unknown step 'deploy'/ },
  { name: 'submit of a step name with a path', args: (p) => ['submit', '../baseline', ...run(p)], code: 2, message: /unknown step '\.\.\/baseline'/ },
  { name: 'submit of a step name with shell metacharacters', args: (p) => ['submit', 'baseline; touch pwned', ...run(p)], code: 2, message: /unknown step 'baseline; touch pwned'/ },
  { name: 'submit out of order', args: (p) => ['submit', 'validation', ...run(p)], code: 1, message: /the gate of 'baseline' has not passed yet/ },
  { name: 'override of an unknown gate', args: (p) => ['override', 'deploy', '--reason', 'accepting a known risk', ...run(p)], code: 2, message: /unknown step 'deploy'/ },
  { name: 'override with a reason too short to document risks', args: (p) => ['override', 'baseline', '--reason', 'ok', ...run(p)], code: 2, message: /--reason must document the risks/ },
  { name: 'fail without an error message', args: (p) => ['fail', 'baseline', ...run(p)], code: 2, message: /--error/ },
  { name: 'fail of a step that is not current', args: (p) => ['fail', 'analysis', '--error', 'timeout', ...run(p)], code: 1, message: /'analysis' is not the current step/ },
  { name: 'rollback to an unknown step', args: (p) => ['rollback', '--to', 'nowhere', ...run(p)], code: 2, message: /unknown step 'nowhere'/ },
  { name: 'rollback before anything passed', args: (p) => ['rollback', ...run(p)], code: 2, message: /nothing to roll back/ },
  { name: 'init with an empty target', args: () => ['init', '--target', ''], code: 2, message: /--target must be a target name/ },
  { name: 'init with a newline in the target', args: () => ['init', '--target', 'api/users\nrm -rf /'], code: 2, message: /--target must be a target name/ },
  { name: 'init with a huge target name', args: () => ['init', '--target', 'x'.repeat(5000)], code: 2, message: /--target must be a target name/ },
  { name: 'init with a base that is not a commit', args: () => ['init', '--target', 'api/users', '--base', 'v9.9.9'], code: 2, message: /--base 'v9\.9\.9' does not name a commit/ },
  { name: 'init with a base that looks like an option', args: () => ['init', '--target', 'api/users', '--base=--upload-pack=touch pwned'], code: 2, message: /is not a git ref/ },
  // perfflow.config.yaml
  { name: 'a config that is not YAML', setup: (p) => { write(p, 'perfflow.config.yaml', 'targets: [api/users\n'); }, args: () => ['bench', 'api/users'], code: 2, message: /perfflow\.config\.yaml is not valid YAML/ },
  { name: 'a binary config', setup: (p) => { write(p, 'perfflow.config.yaml', binary); }, args: () => ['bench', 'lib'], code: 2, message: /perfflow\.config\.yaml/ },
  { name: 'a config whose targets is a list', setup: (p) => { write(p, 'perfflow.config.yaml', 'targets:\n  - api/users\n'); }, args: () => ['bench', 'lib'], code: 2, message: /targets/ },
  { name: 'a target with two kinds', setup: (p) => { write(p, 'perfflow.config.yaml', 'targets:\n  t:\n    http: { url: "http://127.0.0.1:1/" }\n    command: { run: "node x" }\n'); }, args: () => ['bench', 't'], code: 2, message: /a target is exactly one of http, function, command/ },
  { name: 'a url that is not a URL', setup: (p) => { write(p, 'perfflow.config.yaml', 'targets:\n  t:\n    http: { url: "not a url" }\n'); }, args: () => ['bench', 't'], code: 2, message: /targets\.t\.http\.url/ },
  { name: 'a wrong type for connections', setup: (p) => { write(p, 'perfflow.config.yaml', 'targets:\n  t:\n    http: { url: "http://127.0.0.1:1/", connections: "many" }\n'); }, args: () => ['bench', 't'], code: 2, message: /connections/ },
  { name: 'a config in JSON that is broken', setup: (p) => {
    rmSync(join(p.root, 'perfflow.config.yaml'));
    write(p, 'perfflow.config.json', '{"targets": {');
  }, args: () => ['bench', 'lib'], code: 2, message: /perfflow\.config\.json is not valid JSON/ },
  { name: 'an unknown target', args: () => ['bench', 'api/orders'], code: 2, message: /api\/orders/ },
  { name: 'a function target whose module is missing', setup: (p) => { rmSync(join(p.root, 'bench.mjs')); }, args: () => ['bench', 'lib'], code: 2, message: /bench\.mjs/ },
  // The workflow yaml
  { name: 'a workflow that is not YAML', setup: (p) => { write(p, '.claude/workflows/performance-flow.yaml', 'steps: [\n'); }, args: (p) => ['next', ...run(p)], code: 2, message: /performance-flow\.yaml: is not valid YAML/ },
  { name: 'an empty workflow', setup: (p) => { write(p, '.claude/workflows/performance-flow.yaml', ''); }, args: (p) => ['next', ...run(p)], code: 2, message: /performance-flow\.yaml/ },
  { name: 'a binary workflow', setup: (p) => { write(p, '.claude/workflows/performance-flow.yaml', binary); }, args: (p) => ['next', ...run(p)], code: 2, message: /performance-flow\.yaml/ },
  { name: 'a workflow with an alias bomb', setup: (p) => { write(p, '.claude/workflows/performance-flow.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n`); }, args: (p) => ['next', ...run(p)], code: 2, message: /performance-flow\.yaml/ },
  // Run-state files and artifacts
  { name: 'a run.json that is not JSON', setup: (p) => { writeFileSync(join(p.runDir, 'run.json'), '{"version": 1,'); }, args: (p) => ['status', ...run(p)], code: 2, message: /run\.json is not valid JSON/ },
  { name: 'a run.json with wrong types', setup: (p) => { writeFileSync(join(p.runDir, 'run.json'), JSON.stringify({ version: 1, run_id: 5 })); }, args: (p) => ['status', ...run(p)], code: 2, message: /run\.json: .* must/ },
  { name: 'a run.json of binary garbage', setup: (p) => { writeFileSync(join(p.runDir, 'run.json'), binary); }, args: (p) => ['next', ...run(p)], code: 2, message: /run\.json is not valid JSON/ },
  { name: 'a run.json from a future version', setup: (p) => { writeFileSync(join(p.runDir, 'run.json'), JSON.stringify({ version: 99 })); }, args: (p) => ['status', ...run(p)], code: 2, message: /run\.json: .*version/ },
  { name: 'a damaged recovery-state.json', setup: (p) => { writeFileSync(join(p.runDir, 'recovery-state.json'), '[]'); }, args: (p) => ['status', ...run(p)], code: 2, message: /recovery-state\.json/ },
  { name: 'a damaged gate record', setup: (p) => {
    perfflow(p.root, ['override', 'baseline', '--reason', 'no baseline needed for this test', ...run(p)]);
    writeFileSync(join(p.runDir, 'gates', 'baseline.json'), '{"decision": "passed"}');
  }, args: (p) => ['status', ...run(p)], code: 2, message: /gates\/baseline\.json/ },
  { name: 'rating a file that does not exist', args: () => ['rate', 'no-plan.md', '--out', 'rating.json'], code: 2, message: /no-plan\.md/ },
  { name: 'rating a binary file', setup: (p) => { write(p, 'plan.bin', binary); }, args: () => ['rate', 'plan.bin', '--out', 'rating.json'], code: 2, message: /plan\.bin/ },
  { name: 'rating a plan with an out-of-range minimum', args: () => ['rate', 'plan.md', '--min', '11', '--out', 'rating.json'], code: 2, message: /--min must be a number from 0 to 10/ },
  // No git, unwritable run directory
  { name: 'init outside a git repository', cwd: () => mkdtempSync(join(tmpdir(), 'perfflow-nogit-')), args: () => ['init', '--target', 'api/users'], code: 2, message: /is not a git repository/ },
  { name: 'init when git is not installed', env: { PATH: dirname(process.execPath) === '/usr/bin' ? nodeOnlyPath() : dirname(process.execPath) }, args: () => ['init', '--target', 'api/users'], code: 2, message: /git is not installed or not on PATH/ },
  { name: 'the CLI without Node on PATH', env: { PATH: '/nonexistent' }, args: () => ['status'], code: 2, message: /Node\.js was not found on PATH/ },
  { name: 'a run directory that is a file where a folder should be', setup: (p) => { writeFileSync(join(p.runDir, 'gates'), 'not a directory'); }, args: (p) => ['override', 'baseline', '--reason', 'accepting a documented risk', ...run(p)], code: 2, message: /cannot write or read .*gates.*(a part of the path is a file|a file is in the way)/ },
];

describe('bad input corpus', () => {
  test(`has at least 40 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const p = project();
    c.setup?.(p);
    const before = snapshot(p);
    const result = perfflow(c.cwd?.(p) ?? p.root, c.args(p), c.env ?? {});
    expect(`exit ${String(result.code)}: ${result.stderr}`).toMatch(new RegExp(`^exit ${c.code}: `));
    expect(result.stderr).toMatch(c.message);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^perfflow: /);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(snapshot(p)).toBe(before);
  });
});
