// How to add a target to perfflow.config.yaml: the snippets error messages and `perfflow init` show.
import type { TargetConfig } from './target-config.js';

/**
 * A one-line YAML example of an http target, for error messages that must fit on one line.
 * @param name - the target name
 * @returns flow-style YAML
 */
export function oneLineExample(name: string): string {
  return `targets: { ${JSON.stringify(name)}: { http: { start: node server.js, url: "http://127.0.0.1:\${PORT}/${name.includes('/') ? name : ''}" } } }`;
}

/**
 * Explains how to add a target to `perfflow.config.yaml`, with a snippet to paste.
 * @param name - the target name
 * @param kind - the kind to show; all four when omitted
 * @returns text (several lines)
 */
export function missingTargetHelp(name: string, kind?: TargetConfig['kind']): string {
  const key = /^[A-Za-z0-9_./-]+$/.test(name) ? name : JSON.stringify(name);
  const http = [
    `    http:`,
    `      start: node server.js                  # perfflow starts it with PORT in the environment`,
    `      url: http://127.0.0.1:\${PORT}/${name.includes('/') ? name : 'path'}`,
    `      connections: 8`,
    `      duration: 5s`,
  ];
  const fn = [`    function:`, `      file: bench/${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.bench.mjs   # export default { taskName: () => work() }`];
  const cmd = [`    command:`, `      run: node scripts/build.js             # no shell: quotes allowed, pipes not`];
  const page = [
    `    page:`,
    `      start: node serve.mjs                  # the dev or preview server, PORT in its environment`,
    `      url: http://127.0.0.1:\${PORT}/`,
    `      ready: "#app[data-ready]"             # optional: loaded once this is rendered`,
  ];
  const byKind = { http, function: fn, command: cmd, page } as const;
  const bodies = kind === undefined ? [http, fn, cmd, page] : [byKind[kind]];
  const lines = ['Add to perfflow.config.yaml at the project root:', '', 'targets:', `  ${key}:`];
  bodies.forEach((body, index) => {
    if (index > 0) lines.push('    # or', `  ${key}:`);
    lines.push(...body);
  });
  if (kind === undefined) lines.push('', 'Keep exactly one of http, function, command or page under the target.');
  return lines.join('\n');
}
