// Figures on the shape of lib/: long files, long functions, artifact file names written outside
// their one source, redaction call sites, and the latency of `perfflow status --json` against a bare
// `node -e 0`. A report for people (or `--json` for machines), never a test.
//
//   node scripts/architecture-figures.mjs [--json] [--no-timing]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIB = join(ROOT, 'lib');
const WORKFLOW = '.claude/workflows/performance-flow.yaml';
const REGISTRY = 'lib/contracts/registry.ts';
const REDACT = 'lib/security/redact.ts';
const LONG_FILE_LINES = 300;
const LONG_FUNCTION_LINES = 60;
const TIMING_RUNS = 20;

// ---------------------------------------------------------------------------------------------
// Files

/** Every .ts file under `dir`, sorted, as paths relative to the repository root with '/'. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return tsFiles(full);
      return entry.isFile() && entry.name.endsWith('.ts') ? [relative(ROOT, full).split(sep).join('/')] : [];
    })
    .sort();
}

/** Lines of a text as `wc -l` counts them for a file that ends with a newline. */
function lineCount(text) {
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Parsed source files of lib/, with their text. */
function loadSources() {
  return tsFiles(LIB).map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return { file, text, lines: lineCount(text), source: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) };
  });
}

/** Calls `visit` on every node of a source file, depth first. */
function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** The 1-based line of a node's first token (leading comments excluded). */
function lineOf(source, node) {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

// ---------------------------------------------------------------------------------------------
// Long files and long functions

/** Files of lib/ longer than LONG_FILE_LINES, longest first. */
function longFiles(sources) {
  const files = sources.filter((s) => s.lines > LONG_FILE_LINES).map((s) => ({ file: s.file, lines: s.lines }));
  files.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
  return { threshold: LONG_FILE_LINES, files_scanned: sources.length, count: files.length, files };
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/** The text of a name node (identifier, string or computed), or null. */
function nameText(name) {
  if (name === undefined) return null;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name) ? name.text : name.getText();
}

/** `Owner.name` for a member of a named class or of an object assigned to a variable, else `name`. */
function memberName(member, name) {
  const owner = member.parent;
  if (ts.isClassLike(owner)) return `${nameText(owner.name) ?? '<class>'}.${name}`;
  if (ts.isObjectLiteralExpression(owner) && ts.isVariableDeclaration(owner.parent)) return `${nameText(owner.parent.name)}.${name}`;
  return name;
}

/** A readable name for a function node: its own name, or what it is assigned to or passed to. */
function functionName(node) {
  if (ts.isConstructorDeclaration(node)) return memberName(node, 'constructor');
  if (ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) return memberName(node, nameText(node.name) ?? '<method>');
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name !== undefined) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent)) return nameText(parent.name) ?? '<anonymous>';
  if (ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent)) return memberName(parent, nameText(parent.name) ?? '<anonymous>');
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression.getText().replace(/\s+/g, ' ');
    return `<callback of ${callee.length > 40 ? `${callee.slice(0, 40)}…` : callee}>`;
  }
  return ts.isFunctionDeclaration(node) ? '<default export>' : '<anonymous>';
}

/** Every function-like node of a file with its name, first line and length in lines. */
function functionsOf({ file, source }) {
  const found = [];
  walk(source, (node) => {
    if (!FUNCTION_KINDS.has(node.kind)) return;
    // A function's own text, from its first token to its end, nested functions included.
    const start = lineOf(source, node);
    const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
    found.push({ name: functionName(node), file, line: start, lines: end - start + 1 });
  });
  return found;
}

/** The longest functions of lib/ and how many pass LONG_FUNCTION_LINES. */
function longFunctions(sources) {
  const all = sources.flatMap(functionsOf);
  all.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
  return {
    functions_scanned: all.length,
    longest: all[0] ?? null,
    top5: all.slice(0, 5),
    over_threshold: { threshold: LONG_FUNCTION_LINES, count: all.filter((f) => f.lines > LONG_FUNCTION_LINES).length },
  };
}

// ---------------------------------------------------------------------------------------------
// Artifact file names outside the workflow yaml and the contracts registry

const WILDCARD = Symbol('wildcard');
const TEMPLATE_MARK = '\u0001';
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `path:` of every step's outputs in the workflow yaml, each with the ways to match it. */
function artifactPatterns() {
  const workflow = parseYaml(readFileSync(join(ROOT, WORKFLOW), 'utf8'));
  const paths = [...new Set((workflow.steps ?? []).flatMap((step) => (step.outputs ?? []).map((output) => output.path)))];
  return paths.filter((p) => typeof p === 'string').map((path) => {
    const parts = path.split(/\{\{\s*[a-z_]+\s*\}\}/);
    return {
      path,
      // The whole name, templates as one path segment's worth of anything: the literal is the name
      // (perhaps after a directory), or the name occurs in a longer text at word boundaries.
      exact: new RegExp(`(^|/)${parts.map(escapeRegex).join('[^/]+')}$`),
      inText: new RegExp(`(^|[^A-Za-z0-9_-])${parts.map(escapeRegex).join('[^/]+')}($|[^A-Za-z0-9_])`),
      marked: parts.join(TEMPLATE_MARK),
    };
  });
}

/** True when a fragment says more than an extension or punctuation. */
const distinctive = (text) => /[A-Za-z]/.test(text.replace(/\.(json|md|html|ya?ml)$/, ''));

/**
 * Whether a string shape (static parts and wildcards) is the fragment of an artifact's name on one
 * side of a template (`-rating.json` of `plans/{{plan_id}}-rating.json`, `plan-` of
 * `plan-{{workflow_id}}.json`).
 */
function isFragmentOf(shape, artifact) {
  const first = shape[0];
  const last = shape[shape.length - 1];
  const { marked } = artifact;
  if (typeof last === 'string' && distinctive(last) && marked.endsWith(last)) {
    const before = marked[marked.length - last.length - 1];
    if (before === TEMPLATE_MARK || (before === '/' && shape.length > 1)) return true;
  }
  if (typeof first === 'string' && distinctive(first) && marked.startsWith(first) && marked[first.length] === TEMPLATE_MARK) return true;
  return false;
}

/**
 * Which artifacts a string shape names, and how: `name` when it is an artifact's name (whole, or a
 * fragment on one side of a template), `in-text` when the name occurs in a longer text (a message,
 * a description). The most specific reading wins: a whole name over a fragment.
 */
function artifactMatch(shape, artifacts) {
  const sample = shape.map((part) => (part === WILDCARD ? 'x' : part)).join('');
  for (const [kind, test] of [
    ['name', (a) => a.exact.test(sample)],
    ['name', (a) => isFragmentOf(shape, a)],
    ['in-text', (a) => a.inText.test(sample)],
  ]) {
    const paths = artifacts.filter(test).map((a) => a.path);
    if (paths.length > 0) return { kind, paths };
  }
  return null;
}

const isPlus = (node) => ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;

/**
 * The static parts and wildcards of a string-valued expression, with the literal nodes it used; null
 * when the expression holds no string literal.
 */
function stringShape(node) {
  if (ts.isParenthesizedExpression(node)) return stringShape(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { shape: [node.text], used: [node] };
  if (ts.isTemplateExpression(node)) {
    const shape = [node.head.text];
    for (const span of node.templateSpans) shape.push(WILDCARD, span.literal.text);
    return { shape: shape.filter((p) => p !== ''), used: [node] };
  }
  if (isPlus(node)) {
    const left = stringShape(node.left);
    const right = stringShape(node.right);
    if (left === null && right === null) return null;
    return {
      shape: [...(left?.shape ?? [WILDCARD]), ...(right?.shape ?? [WILDCARD])],
      used: [...(left?.used ?? []), ...(right?.used ?? [])],
    };
  }
  return null;
}

/** True for the module name of an import, export or `import()`: not an artifact name. */
function isModuleName(node) {
  const parent = node.parent;
  if (parent === undefined) return false;
  return ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword);
}

/** String literals (and template literals, and `+` chains of them) in lib/ that name an artifact file. */
function artifactLiterals(sources) {
  const artifacts = artifactPatterns();
  const hits = [];
  for (const { file, source } of sources) {
    if (file === REGISTRY) continue;
    const consumed = new Set();
    walk(source, (node) => {
      if (consumed.has(node)) return;
      if (isModuleName(node)) return;
      const found = stringShape(node);
      if (found === null) return;
      for (const literal of found.used) consumed.add(literal);
      const match = artifactMatch(found.shape, artifacts);
      if (match === null) return;
      const text = node.getText(source).replace(/\s+/g, ' ');
      hits.push({ file, line: lineOf(source, node), kind: match.kind, artifacts: match.paths, text: text.length > 90 ? `${text.slice(0, 90)}…` : text });
    });
  }
  return {
    artifact_paths: artifacts.map((a) => a.path),
    excluded: [WORKFLOW, REGISTRY],
    count: hits.length,
    as_name: hits.filter((h) => h.kind === 'name').length,
    in_text: hits.filter((h) => h.kind === 'in-text').length,
    files: new Set(hits.map((h) => h.file)).size,
    hits,
  };
}

// ---------------------------------------------------------------------------------------------
// Redaction call sites

/** Names of the functions `lib/security/redact.ts` exports. */
function redactExports(sources) {
  const redact = sources.find((s) => s.file === REDACT);
  if (redact === undefined) throw new Error(`${REDACT} not found`);
  const exported = (node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
  const names = [];
  for (const statement of redact.source.statements) {
    if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name !== undefined) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isIdentifier(d.name)) names.push(d.name.text);
      }
    }
  }
  return names;
}

/** Local names under which a file imports redact.ts's functions (and a namespace import, if any). */
function redactImports(source, exportedNames) {
  const locals = new Map();
  let namespace = null;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !/security\/redact(\.js)?$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined) continue;
    if (ts.isNamespaceImport(bindings)) namespace = bindings.name.text;
    else for (const el of bindings.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if (exportedNames.includes(imported)) locals.set(el.name.text, imported);
    }
  }
  return { locals, namespace };
}

/** Calls of redact.ts's exported functions in the rest of lib/, by file. */
function redactionCalls(sources) {
  const exportedNames = redactExports(sources);
  const byFile = [];
  for (const { file, source } of sources) {
    if (file === REDACT) continue;
    const { locals, namespace } = redactImports(source, exportedNames);
    if (locals.size === 0 && namespace === null) continue;
    const calls = {};
    walk(source, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      let name = null;
      if (ts.isIdentifier(callee)) name = locals.get(callee.text) ?? null;
      else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === namespace && exportedNames.includes(callee.name.text)) name = callee.name.text;
      if (name !== null) calls[name] = (calls[name] ?? 0) + 1;
    });
    const count = Object.values(calls).reduce((a, b) => a + b, 0);
    if (count > 0) byFile.push({ file, count, calls });
  }
  byFile.sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));
  return { functions: exportedNames, count: byFile.reduce((a, f) => a + f.count, 0), files: byFile.length, by_file: byFile };
}

// ---------------------------------------------------------------------------------------------
// Latency of `perfflow status --json`

/** spawnSync that throws unless the command exits 0. */
function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result;
}

/** A temp git repository with a command target and a started run. */
function projectWithRun(bin, env) {
  const root = mkdtempSync(join(tmpdir(), 'perfflow-figures-'));
  writeFileSync(join(root, 'perfflow.config.yaml'), 'targets:\n  t:\n    command:\n      run: node -e 0\n');
  run('git', ['init', '-q', '-b', 'main'], { cwd: root, env });
  run('git', ['add', '-A'], { cwd: root, env });
  run('git', ['-c', 'user.name=figures', '-c', 'user.email=figures@localhost', 'commit', '-q', '-m', 'base'], { cwd: root, env });
  run(process.execPath, [bin, 'init', '--target', 't', '--no-confirm'], { cwd: root, env });
  return root;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of one `node <args>` in ms. */
function timeOnce(args, options) {
  const start = process.hrtime.bigint();
  run(process.execPath, args, options);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Medians of `perfflow status --json` and `node -e 0`, timed alternately in a temp project with a run. */
function statusLatency() {
  const bin = join(ROOT, 'dist', 'cli', 'bin.js');
  const env = { ...process.env };
  delete env.CLAUDECODE;
  delete env.PERFFLOW_NO_CONFIRM;
  const root = projectWithRun(bin, env);
  try {
    const options = { cwd: root, env };
    const status = [bin, 'status', '--json'];
    const bare = ['-e', '0'];
    JSON.parse(run(process.execPath, status, options).stdout); // warm-up, and proof that it works
    run(process.execPath, bare, options);
    const times = { status: [], bare: [] };
    for (let i = 0; i < TIMING_RUNS; i += 1) {
      // Alternate which goes first, so drift in the machine's load falls on both alike.
      const pair = i % 2 === 0 ? ['status', 'bare'] : ['bare', 'status'];
      for (const which of pair) times[which].push(timeOnce(which === 'status' ? status : bare, options));
    }
    const statusMs = median(times.status);
    const bareMs = median(times.bare);
    return { runs: TIMING_RUNS, node: process.version, status_median_ms: round(statusMs), node_e0_median_ms: round(bareMs), ratio: round(statusMs / bareMs), status_min_ms: round(Math.min(...times.status)), node_e0_min_ms: round(Math.min(...times.bare)), samples_ms: { status: times.status.map(round), node_e0: times.bare.map(round) } };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const round = (x) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Printing

/** The figures as text for people. */
function printText(figures) {
  const out = [];
  const { long_files: lf, functions: fn, artifact_literals: al, redaction_calls: rc, status_latency: sl } = figures;
  out.push(`perfflow architecture figures (lib/**/*.ts, ${lf.files_scanned} files)`, '');
  out.push(`Files over ${lf.threshold} lines: ${lf.count}`);
  for (const f of lf.files) out.push(`  ${String(f.lines).padStart(5)}  ${f.file}`);
  out.push('', `Functions (declarations, methods, constructors, accessors, arrows, function expressions): ${fn.functions_scanned}`);
  if (fn.longest !== null) out.push(`  longest: ${fn.longest.name} in ${fn.longest.file}:${fn.longest.line}, ${fn.longest.lines} lines`);
  out.push('  the 5 longest:');
  for (const f of fn.top5) out.push(`  ${String(f.lines).padStart(5)}  ${f.name}  (${f.file}:${f.line})`);
  out.push(`  over ${fn.over_threshold.threshold} lines: ${fn.over_threshold.count}`);
  out.push('', `String literals naming an artifact file outside ${al.excluded.join(' and ')}: ${al.count} in ${al.files} files`);
  out.push(`  (${al.as_name} are the name itself, ${al.in_text} name it inside a message or description; artifact paths: ${al.artifact_paths.join(', ')})`);
  for (const h of al.hits) out.push(`  ${h.file}:${h.line}  [${h.kind}]  ${h.text}  -> ${h.artifacts.join(', ')}`);
  out.push('', `Redaction call sites (${rc.functions.join(', ')} of ${REDACT}, called elsewhere in lib/): ${rc.count} in ${rc.files} files`);
  for (const f of rc.by_file) out.push(`  ${String(f.count).padStart(3)}  ${f.file}  (${Object.entries(f.calls).map(([n, c]) => `${n} ×${c}`).join(', ')})`);
  out.push('');
  if (sl === null) out.push('perfflow status --json latency: skipped (--no-timing)');
  else {
    out.push(`perfflow status --json against node -e 0 (${sl.runs} alternating runs each, Node ${sl.node}):`);
    out.push(`  status median ${sl.status_median_ms} ms, node -e 0 median ${sl.node_e0_median_ms} ms, ratio ${sl.ratio}×`);
    out.push(`  (fastest: status ${sl.status_min_ms} ms, node -e 0 ${sl.node_e0_min_ms} ms)`);
  }
  return `${out.join('\n')}\n`;
}

/** Parses the options, computes the figures and prints them; returns the exit code. */
function main(argv) {
  const known = new Set(['--json', '--no-timing']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) {
    process.stderr.write(`architecture-figures: unknown option ${unknown.join(' ')}; usage: node scripts/architecture-figures.mjs [--json] [--no-timing]\n`);
    return 2;
  }
  const sources = loadSources();
  const figures = {
    long_files: longFiles(sources),
    functions: longFunctions(sources),
    artifact_literals: artifactLiterals(sources),
    redaction_calls: redactionCalls(sources),
    status_latency: argv.includes('--no-timing') ? null : statusLatency(),
  };
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(figures, null, 2)}\n` : printText(figures));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
