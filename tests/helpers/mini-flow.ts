/** A small project workflow that exercises the engine without the measuring engines. */
export const MINI_FLOW = `
version: 1
name: mini-flow
description: engine test flow
agents: [performance-engineer, developer, qa, orchestrator]
defaults:
  retry:
    max_attempts: 3
    backoff: { initial_ms: 1000, factor: 2, max_ms: 4000 }
    on: [timeout, rate_limit, network, overloaded, server_error]
steps:
  - id: notes
    name: Notes
    agent: performance-engineer
    fallback_agent: developer
    instructions: Write notes.md.
    inputs: []
    outputs: [{ path: notes.md }]
    gate: { checks: [outputs-exist] }
  - id: implementation
    name: Implementation
    agent: developer
    instructions: Change the code and list it in dev-manifest.json.
    inputs: [notes.md]
    outputs: [{ path: dev-manifest.json, schema: dev-manifest }]
    gate: { checks: [outputs-valid, manifest-files-changed] }
  - id: validation
    name: Validation
    agent: qa
    fallback_agent: performance-engineer
    instructions: Compare.
    inputs: [dev-manifest.json]
    outputs: [{ path: performance-comparison.json, schema: performance-comparison }]
    gate:
      checks: [outputs-exist, validation-passed]
      pass_when: "validation_status == 'pass'"
      on_fail: { rollback_to: implementation }
  - id: publish
    name: Publish
    agent: orchestrator
    condition: "validation_status == 'pass'"
    instructions: Publish.
    inputs: []
    outputs: []
    gate: { checks: [published] }
`;

/**
 * A dev-manifest listing files.
 * @param files - changed files
 * @returns JSON text
 */
export function manifest(...files: string[]): string {
  return JSON.stringify({ version: 1, summary: 'cache users', changes: files.map((file) => ({ file, optimization_id: 'o1', description: 'memoize' })) });
}
