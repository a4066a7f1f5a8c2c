// Builds dist/ from lib/ with tsc, removes compiled files whose source is gone (so a deleted module
// never survives in the committed dist/), writes schemas/*.schema.json, and copies package.json's
// version (the one place it is written) into the plugin manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

// Claude Code reads the plugin's version from its manifest. Only the version's value is replaced,
// so the file's own formatting (e.g. keywords on one line) stays byte for byte.
function writePluginVersion() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (typeof version !== 'string' || version === '') throw new Error('package.json has no version string');
  const manifestPath = join(root, '.claude-plugin', 'plugin.json');
  const before = readFileSync(manifestPath, 'utf8');
  const versionField = /^( {2}"version": )"[^"\\]*"(,?)$/m;
  if (!versionField.test(before)) throw new Error(`${manifestPath} has no top-level "version" line to update`);
  const after = before.replace(versionField, (_line, key, comma) => `${key}${JSON.stringify(version)}${comma}`);
  if (JSON.parse(after).version !== version) throw new Error(`${manifestPath}: the version did not update to ${version}`);
  if (after !== before) writeFileSync(manifestPath, after);
}
writePluginVersion();
process.exitCode = failed ? 1 : 0;
