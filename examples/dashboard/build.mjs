// Builds the dashboard into dist/: one script (app.js) with a source map, the page, the style and
// the data. A tiny bundler of its own so the example needs no dependencies: the modules of src/
// are concatenated in import order with their import lines dropped and `export` removed (their
// names are unique), and a default import of a `.mjs` module is build-time data: the build calls
// the module's default export and inlines the value it returns.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SRC = join(HERE, 'src');
const IMPORT = /^import\s+(\w+|\{[^}]*\})\s+from\s+'(\.\/[^']+)';\s*$/;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One number in the source map's base64 VLQ (hand-written: the map of a concatenation needs nothing more). */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** Appends a module (after the modules it imports) to the bundle's lines, each with its origin. */
async function addModule(file, lines, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(join(SRC, file), 'utf8').split('\n');
  for (const [index, line] of text.entries()) {
    const found = IMPORT.exec(line);
    if (found === null) {
      lines.push({ text: line.replace(/^export (default )?/, ''), file, line: index });
      continue;
    }
    const [, names, path] = found;
    if (path.endsWith('.mjs') && !names.startsWith('{')) {
      const data = await import(pathToFileURL(join(SRC, path)).href);
      const at = readFileSync(join(SRC, path), 'utf8').split('\n').findIndex((l) => l.startsWith('export default'));
      lines.push({ text: `const ${names} = ${JSON.stringify(data.default())};`, file: path.slice(2), line: Math.max(0, at) });
    } else {
      await addModule(path.slice(2), lines, seen);
    }
  }
}

/**
 * Builds dist/ and returns its path.
 * @param {string} [out] - where to build (default dist/ beside this file)
 */
export async function build(out = join(HERE, 'dist')) {
  mkdirSync(join(out, 'data'), { recursive: true });
  const lines = [];
  await addModule('main.js', lines, new Set());
  const sources = [...new Set(lines.map((l) => l.file))];
  let previous = { source: 0, line: 0 };
  const mappings = lines.map((l) => {
    const source = sources.indexOf(l.file);
    const segment = `A${vlq(source - previous.source)}${vlq(l.line - previous.line)}A`;
    previous = { source, line: l.line };
    return segment;
  });
  const map = { version: 3, file: 'app.js', sources: sources.map((s) => relative(out, join(SRC, s)).split('\\').join('/')), names: [], mappings: mappings.join(';') };
  writeFileSync(join(out, 'app.js'), `${lines.map((l) => l.text).join('\n')}\n//# sourceMappingURL=app.js.map\n`);
  writeFileSync(join(out, 'app.js.map'), JSON.stringify(map));
  copyFileSync(join(SRC, 'index.html'), join(out, 'index.html'));
  copyFileSync(join(SRC, 'style.css'), join(out, 'style.css'));
  const data = await import(pathToFileURL(join(SRC, 'data.mjs')).href);
  writeFileSync(join(out, 'data', 'series.json'), JSON.stringify(data.series()));
  writeFileSync(join(out, 'data', 'archive.json'), JSON.stringify(data.default()));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`built ${await build()}\n`);
