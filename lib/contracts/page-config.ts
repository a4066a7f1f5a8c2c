// The `page` target of perfflow.config.yaml: a page of the project's own server, loaded in a real
// headless Chromium. Kept apart from config.ts so that the other target kinds evolve beside it.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { NETWORK_PRESETS } from '../page/network-presets.js';

/** Names of the network throttling presets (their figures are in lib/page/throttle.ts and the report). */
export { NETWORK_PRESETS };

const CommandLine = Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String(), { minItems: 1 })], {
  description: "run without a shell: 'node serve.mjs' or ['node', 'serve.mjs']",
});
const Duration = Type.String({ pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m)$', description: 'a duration with its unit: 500ms, 5s, 1m' });
const Selector = Type.String({ minLength: 1, description: 'a CSS selector (Playwright syntax)' });

/** One step of the scripted interaction whose latency is measured. */
const InteractionStep = Type.Union(
  [
    Type.Object({ click: Selector }, { additionalProperties: false }),
    Type.Object({ wait: Selector }, { additionalProperties: false }),
    Type.Object({ type: Type.Object({ selector: Selector, text: Type.String() }, { additionalProperties: false }) }, { additionalProperties: false }),
    Type.Object({ goto: Type.String({ pattern: '^/', description: 'a path of the same server' }) }, { additionalProperties: false }),
  ],
  { description: 'one of click: <selector>, wait: <selector>, type: {selector, text}, goto: <path>' },
);

/** CPU slowdown and network profile applied to every trial (through the DevTools protocol). */
const Throttle = Type.Object(
  {
    cpu: Type.Optional(Type.Number({ minimum: 1, maximum: 20, description: 'CPU slowdown factor (1 = none, 4 = four times slower)' })),
    network: Type.Optional(Type.String({ minLength: 1, description: `one of ${NETWORK_PRESETS.join(', ')}` })),
  },
  { additionalProperties: false },
);

/** A page target as written in the config. */
export const PageTarget = Type.Object(
  {
    start: Type.Optional(CommandLine),
    cwd: Type.Optional(Type.String({ minLength: 1, description: 'directory of the start command, relative to the project root' })),
    env: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }), Type.String())),
    url: Type.String({ pattern: '^https?://', description: 'the page; may contain ${PORT}' }),
    ready: Type.Optional(Selector),
    interaction: Type.Optional(Type.Array(InteractionStep, { minItems: 1, maxItems: 50 })),
    throttle: Type.Optional(Throttle),
    check: Type.Optional(Type.Array(Selector, { minItems: 1, maxItems: 50, description: 'selectors whose rendered DOM the behaviour check compares' })),
    trials: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000, description: 'page loads measured by perfflow measure (default 10)' })),
    timeout: Type.Optional(Duration),
    ready_timeout: Type.Optional(Duration),
    objective: Type.Optional(Type.String({ minLength: 1, description: 'the metric that must improve: lcp (default), tbt, fcp, ...' })),
    guards: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.String({ pattern: '^([0-9]+(\\.[0-9]+)?%|off)$' }), { description: 'how much worse than the base a metric may get (default 0% beyond the noise floor)' }),
    ),
  },
  { additionalProperties: false },
);

/** A page target as written. */
export type PageTargetFile = Static<typeof PageTarget>;
