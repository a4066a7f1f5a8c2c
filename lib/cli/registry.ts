import type { Command } from './command.js';

/**
 * Every CLI command, loaded lazily so that a fast command (status) never pays for a heavy one
 * (measure, profile, compare). The name is the first argument of `perfflow`.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./commands/init.js')).command,
  next: async () => (await import('./commands/next.js')).command,
  status: async () => (await import('./commands/status.js')).command,
  runs: async () => (await import('./commands/runs.js')).command,
  submit: async () => (await import('./commands/submit.js')).command,
  fail: async () => (await import('./commands/fail.js')).command,
  write: async () => (await import('./commands/write.js')).command,
  resume: async () => (await import('./commands/resume.js')).command,
  rollback: async () => (await import('./commands/rollback.js')).command,
  override: async () => (await import('./commands/override.js')).command,
  approve: async () => (await import('./commands/approve.js')).command,
  hook: async () => (await import('./commands/hook.js')).command,
  baseline: async () => (await import('./commands/baseline.js')).command,
  bench: async () => (await import('./commands/bench.js')).command,
  profile: async () => (await import('./commands/profile.js')).command,
  compare: async () => (await import('./commands/compare.js')).command,
  ci: async () => (await import('./commands/ci.js')).command,
  trend: async () => (await import('./commands/trend.js')).command,
  validate: async () => (await import('./commands/validate.js')).command,
  rate: async () => (await import('./commands/rate.js')).command,
  publish: async () => (await import('./commands/publish.js')).command,
};
