/** Plans for the response-rater tests: a good one, and ways of breaking it. */

/** Every agent of the shipped performance-flow.yaml. */
export const FLOW_AGENTS = ['performance-engineer', 'planner', 'architect', 'developer', 'qa', 'orchestrator'] as const;

/** A plan that meets every structural requirement. */
export function goodPlan(planId = 'plan-users-1'): Record<string, unknown> {
  return {
    version: 1,
    plan_id: planId,
    target: 'api/users',
    summary: 'Cut the p99 latency of GET /api/users by caching the serialized user list.',
    goals: [
      { description: 'p99 latency of GET /api/users under 8 connections', metric: 'latency_p99', baseline: 42, target: 25, unit: 'ms', direction: 'lower' },
      { description: 'throughput at the same load', metric: 'throughput', baseline: 1800, target: 2500, unit: 'req/s', direction: 'higher' },
    ],
    strategy: 'Profile under the baseline load, confirm that JSON serialization of the user list dominates, then cache it keyed by the data version.',
    bottlenecks_referenced: [
      { id: 'b1', description: 'JSON.stringify of the full user list on every request', evidence: 'baseline: 61% of CPU samples in serializeUsers' },
    ],
    risks: [
      { risk: 'Stale responses after a user is updated', likelihood: 'medium', impact: 'high', mitigation: 'Invalidate the cache on every write and cover it with a test that updates then reads' },
      { risk: 'Measurement noise hides the effect', likelihood: 'low', impact: 'medium', mitigation: 'Paired interleaved trials with the A/A noise floor decide, not single runs' },
      { risk: 'Memory growth from the cache', likelihood: 'low', impact: 'medium', mitigation: 'Bound the cache to one entry and compare max_rss in the validation' },
    ],
    agent_assignments: [
      { agent: 'performance-engineer', tasks: ['Profile the endpoint under the measured load and rank bottlenecks'] },
      { agent: 'planner', tasks: ['Keep this plan current with the measured numbers'] },
      { agent: 'architect', tasks: ['Design the cache and its invalidation in optimization-plan.json'] },
      { agent: 'developer', tasks: ['Implement the cache in lib/users.js and list the files in dev-manifest.json'] },
      { agent: 'qa', tasks: ['Run the paired validation and the behaviour check on the users endpoint'] },
      { agent: 'orchestrator', tasks: ['Gate each step and publish the report when validation passes'] },
    ],
    integration: 'Each step reads the previous artifact: the profile feeds the architect, the manifest feeds validation.',
    validation: { steps: ['perfflow validate: paired base-versus-candidate trials on latency_p99 and throughput, 95% intervals beyond the noise floor', 'npm test and the http-response behaviour check must pass'] },
    rollback: { steps: ['perfflow rollback --to implementation restores the files changed since the snapshot', 'Revert the cache commit with git revert if it shipped'] },
  };
}

/** The good plan as Markdown. */
export const GOOD_PLAN_MD = `# Plan plan-users-md

plan_id: plan-users-md

## Goals
- latency_p99 of GET /api/users from 42 ms (baseline) to under 25 ms
- throughput from 1800 req/s (baseline) to 2500 req/s

## Strategy
Profile under the baseline load, confirm serialization dominates, cache the serialized list.

## Bottlenecks
- JSON.stringify of the user list on every request (61% of CPU samples in the baseline profile)

## Risks
| Risk | Likelihood | Mitigation |
| --- | --- | --- |
| Stale responses after an update | medium | Invalidate on every write, with a test that updates then reads |
| Noise hides the effect | low | Paired interleaved trials with the A/A noise floor |
| Memory growth | low | Bound the cache to one entry and compare max_rss |

## Agent assignments
- **performance-engineer**: profile the endpoint under load and rank the bottlenecks
- **planner**: keep this plan current with the measured numbers
- **architect**: design the cache and its invalidation
- **developer**: implement the cache in lib/users.js and write dev-manifest.json
- **qa**: run the paired validation and the behaviour check
- **orchestrator**: gate each step and publish when validation passes

## Validation
1. perfflow validate: paired trials on latency_p99 and throughput with 95% intervals
2. npm test and the http behaviour check pass

## Rollback
1. perfflow rollback --to implementation restores the changed files
2. git revert the cache commit if it shipped
`;

/** Judge output giving every dimension the same score. */
export function judgeAll(score: number, suggestions: string[] = ['Add a load test for the write path.'], evidence: string[] = ['Cut the p99 latency of GET /api/users', 'Invalidate the cache on every write']): unknown {
  return {
    dimensions: ['completeness', 'feasibility', 'risk_mitigation', 'agent_coverage', 'integration'].map((name) => ({ name, score, reasons: [`${name} judged ${score}`], evidence })),
    suggestions,
  };
}
