// Builds dist/ from lib/ with tsc, removes compiled files whose source is gone (so a deleted module
// never survives in the committed dist/), then writes schemas/*.schema.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
let failed = false;
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
} catch {
  failed = true;
}

function prune(dir) {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      prune(full);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true, force: true });
      continue;
    }
    const rel = relative(dist, full).replace(/\.d\.ts$/, '.ts').replace(/\.js$/, '.ts');
    if (!existsSync(join(root, 'lib', rel))) rmSync(full, { force: true });
  }
}
prune(dist);
execFileSync(process.execPath, [join(root, 'scripts/write-schemas.mjs')], { stdio: 'inherit' });
process.exitCode = failed ? 1 : 0;
