import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepo } from './helpers/temp-repo.js';
import { perfflow } from './helpers/cli.js';

/** Every file under a directory, as one string, to search for leaked secrets. */
function allText(dir: string): string {
  let text = '';
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      if (name === '.git' || name === 'node_modules') continue;
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else text += `\n${full}\n${readFileSync(full, 'utf8')}`;
    }
  };
  walk(dir);
  return text;
}

const INJECTIONS = ['$(touch pwned-a)', '`touch pwned-b`', 'x; touch pwned-c', 'x && touch pwned-d', "x' ; touch pwned-e ; '", 'x | touch pwned-f'];

describe('nothing from a name or a config value runs as shell', () => {
  test.each(INJECTIONS)('target name %j is stored literally and runs nothing', (name) => {
    const root = tempRepo({ 'a.txt': 'x' });
    const init = perfflow(root, ['init', '--target', name, '--json']);
    expect(init.code).toBe(0);
    const data = JSON.parse(init.stdout) as { target: string; run_dir: string };
    expect(data.target).toBe(name);
    expect(readdirSync(root).filter((f) => f.startsWith('pwned'))).toEqual([]);
    expect(data.run_dir.startsWith(join(root, '.claude', 'context', 'runs'))).toBe(true);
    const status = perfflow(root, ['status', '--json']);
    expect((JSON.parse(status.stdout) as { target: string }).target).toBe(name);
  });

  test('a command target with shell syntax in run is refused, never run through a shell', () => {
    const root = tempRepo({
      'perfflow.config.yaml': 'targets:\n  cmd:\n    command:\n      run: node -e "process.stdout.write(process.argv.slice(1).join(\'|\'))" $(touch pwned) ; touch pwned2\n',
    });
    const result = perfflow(root, ['bench', 'cmd', '--runs', '2']);
    expect(readdirSync(root).filter((f) => f.startsWith('pwned'))).toEqual([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/uses shell syntax .* perfflow runs commands without a shell/);
  });

  test('a server start command chaining another command is refused and starts nothing', () => {
    const root = tempRepo({
      'server.js': "require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT);\n",
      'perfflow.config.yaml': 'targets:\n  api:\n    http:\n      start: node server.js && touch pwned\n      url: http://127.0.0.1:${PORT}/\n      duration: 300ms\n      warmup: 100ms\n',
    });
    const result = perfflow(root, ['bench', 'api']);
    expect(existsSync(join(root, 'pwned'))).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/uses shell syntax/);
  });
});

describe('secrets never reach an artifact or a log', () => {
  test('a bearer token of the config and an API key of the environment appear in no output of bench', () => {
    const token = 'tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
    const apiKey = 'sk-ant-api03-FAKEKEYFAKEKEYFAKEKEY0123456789';
    const root = tempRepo({
      'server.js': "require('node:http').createServer((q, s) => s.end(JSON.stringify({ auth: q.headers.authorization ? 'yes' : 'no' }))).listen(process.env.PORT);\n",
      'perfflow.config.yaml': `targets:\n  api:\n    http:\n      start: node server.js\n      url: http://127.0.0.1:\${PORT}/\n      headers: { Authorization: "Bearer ${token}" }\n      duration: 300ms\n      warmup: 100ms\n`,
    });
    const result = perfflow(root, ['bench', 'api', '--json', '--out', 'bench.json'], { ANTHROPIC_API_KEY: apiKey });
    expect([0, 3]).toContain(result.code);
    const everything = `${result.stdout}\n${result.stderr}\n${allText(root).replace(readFileSync(join(root, 'perfflow.config.yaml'), 'utf8'), '')}`;
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(apiKey);
  });
});
