// Latency of `perfflow status --json` against a bare `node -e 0`, measured side by side in one run
// (alternating, so both see the same machine load). Prints the medians and their ratio.
// Goal: at most 2.5x a bare Node start.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/perfflow', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'perfflow-bench-status-'));
writeFileSync(join(root, 'app.js'), 'console.log(1)\n');
writeFileSync(join(root, 'perfflow.config.yaml'), 'targets:\n  app:\n    command:\n      run: node app.js\n');
execFileSync('git', ['init', '-q'], { cwd: root });
execFileSync('git', ['add', '-A'], { cwd: root });
execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qm', 'base'], { cwd: root });
const init = spawnSync(bin, ['init', '--target', 'app'], { cwd: root, encoding: 'utf8' });
if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);

function time(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
for (let i = 0; i < 3; i += 1) {
  time(process.execPath, ['-e', '0']);
  time(bin, ['status', '--json']);
}
const node = [];
const status = [];
for (let i = 0; i < rounds; i += 1) {
  if (i % 2 === 0) {
    node.push(time(process.execPath, ['-e', '0']));
    status.push(time(bin, ['status', '--json']));
  } else {
    status.push(time(bin, ['status', '--json']));
    node.push(time(process.execPath, ['-e', '0']));
  }
}
const ratio = median(status) / median(node);
console.log(`node -e 0               median ${median(node).toFixed(1)} ms (${rounds} runs)`);
console.log(`perfflow status --json  median ${median(status).toFixed(1)} ms (${rounds} runs)`);
console.log(`ratio status / bare node: ${ratio.toFixed(2)}x (goal <= 2.5x) ${ratio <= 2.5 ? 'OK' : 'OVER GOAL'}`);
