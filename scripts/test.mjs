// `npm test`: the type check and the lint, then the two jest groups (jest.config.js says why the
// tests that load Chromium or Artillery run apart). The type check and the lint run beside the first
// group at the lowest CPU priority (nice 19): on a 2-core machine that group waits a good part of its
// time (servers starting, Claude Code sessions, timers), and the checks take about 40 s of CPU that
// fits in those gaps instead of 40 s of wall time before the tests. At nice 19 they get the CPU only
// when a test leaves it idle, which disturbs the measuring tests far less than the other jest worker
// beside them does. The second group starts only once both checks have finished, on a quiet machine.
// Every part runs to its end; the exit code is the first failure's.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;

/**
 * Runs a command; with `quietUntilDone`, its output is held and printed when it ends (so that it is
 * not woven into jest's), with one line saying how it went.
 * @returns the exit code (1 when it could not start or was killed)
 */
function run(name, argv, { nice = false, quietUntilDone = false, env = {} } = {}) {
  const command = nice ? ['nice', '-n', '19', ...argv] : argv;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, env: { ...process.env, ...env }, stdio: quietUntilDone ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quietUntilDone) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    const done = (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (quietUntilDone) process.stdout.write(`${output}${name}: ${code === 0 ? 'passed' : `FAILED (exit ${String(code)})`} in ${seconds} s\n`);
      resolve(code);
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const jest = [node, '--experimental-vm-modules', 'node_modules/jest/bin/jest.js'];
const checks = Promise.all([
  run('typecheck', [node, 'node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json', '--noEmit'], { nice: true, quietUntilDone: true }),
  run('lint', [node, 'node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'], { nice: true, quietUntilDone: true }),
]);
const main = await run('tests', jest);
const [typecheck, lint] = await checks;
const heavy = await run('tests (Chromium and Artillery)', jest, { env: { PERFFLOW_TEST_GROUP: 'heavy' } });
process.exitCode = [typecheck, lint, main, heavy].find((code) => code !== 0) ?? 0;
