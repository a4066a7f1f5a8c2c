/**
 * Jest runs the TypeScript tests as native ESM; type checking is done once by `tsc` in `npm test`.
 *
 * Two groups, run one after the other by `npm test`: the tests that load a real Chromium or
 * Artillery (several busy processes each) run apart from the rest, whose measurements they would
 * otherwise starve on a 2-core machine (a demo's baseline refused as "generator delayed", a
 * profile whose ranking is read under someone else's load). PERFFLOW_TEST_GROUP=heavy selects them.
 */
const HEAVY = ['page-measure', 'compare-page', 'page-profile', 'artillery-loopback'];
const heavy = process.env.PERFFLOW_TEST_GROUP === 'heavy';

export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: heavy ? HEAVY.map((name) => `**/tests/${name}.test.ts`) : ['**/*.test.ts'],
  testPathIgnorePatterns: heavy ? ['/node_modules/'] : ['/node_modules/', ...HEAVY.map((name) => `/tests/${name}\\.test\\.ts$`)],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/examples/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
  testTimeout: 60000,
  testSequencer: '<rootDir>/tests/sequencer.mjs',
  maxWorkers: 2,
};
