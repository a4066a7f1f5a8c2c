// `npm test`: the build, the type check and the lint, then the two jest groups (jest.config.js says
// why the tests that load Chromium or Artillery run apart). The lint (about 40 s, its own TypeScript
// program) runs beside the build and the type check, which run one after the other (the tests need
// the build). The tests start only on a quiet machine, once all three have passed: a measuring test
// beside a type check reads someone else's load. Each jest group runs to its end; the exit code is
// the first failure's.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;

/**
 * Runs a command; with `held`, its output is kept and printed when it ends (so that two commands
 * running at once do not weave their lines together), with one line saying how it went.
 * @param {string} name - what it is, for that line
 * @param {string[]} argv - the program and its arguments
 * @param {{ held?: boolean, env?: Record<string, string> }} [options] - held output, more environment
 * @returns {Promise<number>} the exit code (1 when it could not start or was killed)
 */
function run(name, argv, { held = false, env = {} } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: root, env: { ...process.env, ...env }, stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (held) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    const done = (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(`${output}${name}: ${code === 0 ? 'passed' : `FAILED (exit ${String(code)})`} in ${seconds} s\n`);
      resolve(code);
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const lint = run('lint', [node, 'node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.'], { held: true });
const built = await run('build', [node, 'scripts/build.mjs']);
const typecheck = built === 0 ? await run('typecheck', [node, 'node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json', '--noEmit'], { held: true }) : 1;
const failed = [built, typecheck, await lint].find((code) => code !== 0);
if (failed !== undefined) {
  process.exitCode = failed;
} else {
  const jest = [node, '--experimental-vm-modules', 'node_modules/jest/bin/jest.js'];
  const main = await run('tests', jest);
  const heavy = await run('tests (Chromium and Artillery)', jest, { env: { PERFFLOW_TEST_GROUP: 'heavy' } });
  process.exitCode = [main, heavy].find((code) => code !== 0) ?? 0;
}
