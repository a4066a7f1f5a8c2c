// A/A comparisons of real, popular code: the published source of underscore, ejs, moment and
// lru-cache (installed from the npm registry into a cache folder the first time, never into the
// project), each copied into a scratch repository as the code under test, called by a task module
// of several tasks, and compared against a comment-only edit of itself. Every improved or regressed
// verdict is a false alarm. Real libraries bring what synthetic loops do not: many functions,
// megamorphic call sites, closures, regular expressions and allocation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.cache', 'perfflow-bench-real-code');
const PACKAGES = { underscore: '1.13.8', ejs: '3.1.10', moment: '2.30.1', 'lru-cache': '10.4.3' };

/**
 * Installs the libraries once (npm, into the cache folder).
 * @returns the folder whose node_modules holds them
 */
export function installRealCode() {
  if (!Object.keys(PACKAGES).every((name) => existsSync(join(CACHE, 'node_modules', name, 'package.json')))) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, ...Object.entries(PACKAGES).map(([n, v]) => `${n}@${v}`)], { stdio: 'ignore' });
  }
  return CACHE;
}

const SKIPPED_DIRS = new Set(['node_modules', 'test', 'docs', 'locale', 'min', 'src', 'ts3.1-typings', 'esm', 'amd', 'cjs', 'modules']);

function packageFiles(name) {
  const from = join(installRealCode(), 'node_modules', name);
  const files = {};
  const walk = (rel) => {
    for (const entry of readdirSync(join(from, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (/\.(c?js|mjs|json)$/.test(entry.name) && !/\.min\.js$/.test(entry.name)) {
        files[`vendor/${name}/${path}`] = readFileSync(join(from, path), 'utf8');
      }
    }
  };
  walk('');
  return files;
}

const TASKS = {
  underscore: `import _ from '../vendor/underscore/underscore-umd.js';
const people = Array.from({ length: 400 }, (_v, i) => ({ name: 'p' + ((i * 7919) % 400), score: (i * 104729) % 97, team: 't' + (i % 12) }));
const words = Array.from({ length: 800 }, (_v, i) => 'w' + ((i * 31) % 300));
const page = _.template('<ul><% _.each(people, function(p) { %><li><%- p.name %>: <%= p.score %></li><% }); %></ul>');
export default {
  uniq: () => _.uniq(words).length,
  sortBy: () => _.sortBy(people, 'score')[0].name,
  groupBy: () => Object.keys(_.groupBy(people, 'team')).length,
  template: () => page({ people: people.slice(0, 60) }).length,
};
`,
  ejs: `import ejs from '../vendor/ejs/lib/ejs.js';
const template = '<ul><% for (const p of people) { %><li class="<%= p.score > 50 ? "hi" : "lo" %>"><%= p.name %></li><% } %></ul>';
const people = Array.from({ length: 80 }, (_v, i) => ({ name: 'p<' + i + '>', score: (i * 37) % 100 }));
const compiled = ejs.compile(template);
export default {
  render: () => ejs.render(template, { people }).length,
  compiled: () => compiled({ people }).length,
};
`,
  moment: `import moment from '../vendor/moment/moment.js';
const stamps = Array.from({ length: 50 }, (_v, i) => 1700000000000 + i * 86400123);
export default {
  format: () => stamps.map((t) => moment.utc(t).format('YYYY-MM-DD HH:mm:ss dddd')).join('').length,
  parse: () => moment.utc('2024-03-05 14:07:09', 'YYYY-MM-DD HH:mm:ss').valueOf(),
  add: () => moment.utc(1700000000000).add(17, 'days').subtract(3, 'hours').startOf('week').valueOf(),
};
`,
  'lru-cache': `import { LRUCache } from '../vendor/lru-cache/dist/commonjs/index.js';
export default {
  churn: () => {
    const cache = new LRUCache({ max: 100 });
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      const key = 'k' + ((i * 7919) % 300);
      if (cache.get(key) !== undefined) hits++;
      else cache.set(key, i);
    }
    return hits;
  },
};
`,
};

const MAIN = { underscore: 'underscore-umd.js', ejs: 'lib/ejs.js', moment: 'moment.js', 'lru-cache': 'dist/commonjs/index.js' };

/**
 * The A/A scenarios of real code, in the shape of bench/trust/scenarios.mjs.
 * @returns scenarios
 */
export function realCodeScenarios() {
  return Object.keys(TASKS).map((name) => {
    const files = packageFiles(name);
    const main = `vendor/${name}/${MAIN[name]}`;
    const tasks = [...TASKS[name].matchAll(/^ {2}([A-Za-z]+): /gm)].map((m) => `time/${m[1]}`);
    return {
      name: `real code A/A: ${name}`,
      kind: 'function',
      base: { 'perfflow.config.yaml': 'targets:\n  lib:\n    function:\n      file: bench/tasks.mjs\n', 'bench/tasks.mjs': TASKS[name], 'package.json': '{ "type": "module" }\n', ...files },
      edit: { [main]: `/* a comment-only edit */\n${files[main]}` },
      expect: 'no-pass',
      quiet: tasks,
    };
  });
}

