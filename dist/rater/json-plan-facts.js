import { isMeasurable, mentions, riskFromText, withoutNegations } from './plan-phrases.js';
function field(value, key) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value[key] : undefined;
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function strings(value) {
    if (typeof value === 'string')
        return value.trim() === '' ? [] : [value.trim()];
    const steps = field(value, 'steps');
    if (steps !== undefined)
        return strings(steps);
    return list(value).flatMap((item) => {
        const s = str(item) ?? str(field(item, 'description')) ?? str(field(item, 'step'));
        return s === null ? [] : [s];
    });
}
function joinDefined(parts) {
    return parts.filter((p) => typeof p === 'string' || typeof p === 'number').join(' ');
}
function goalFromJson(goal) {
    if (typeof goal === 'string')
        return { text: goal, measurable: isMeasurable(goal), hasBaseline: /baseline|currently|from\s+\d/i.test(goal), ratio: null };
    const target = field(goal, 'target');
    const baseline = field(goal, 'baseline');
    const text = joinDefined([field(goal, 'description'), field(goal, 'metric'), typeof target === 'number' ? `target ${target}` : target, field(goal, 'unit')]);
    const numericTarget = typeof target === 'number' && Number.isFinite(target);
    const numericBaseline = typeof baseline === 'number' && Number.isFinite(baseline);
    return {
        text: text === '' ? JSON.stringify(goal) : text,
        // A zero target is no target for latency or throughput (it is one for errors).
        measurable: numericTarget && (target !== 0 || /error|fail|drop/i.test(str(field(goal, 'metric')) ?? '')) ? str(field(goal, 'unit')) !== null || str(field(goal, 'metric')) !== null : typeof target === 'string' && isMeasurable(target),
        hasBaseline: numericBaseline,
        ratio: numericTarget && numericBaseline && baseline !== 0 ? target / baseline : null,
    };
}
function bottleneckFromJson(b) {
    if (typeof b === 'string')
        return b.trim() === '' ? [] : [{ text: b, hasEvidence: /because|profile|baseline|\d+(\.\d+)?\s*%/i.test(b) }];
    const text = str(field(b, 'description')) ?? str(field(b, 'id'));
    const evidence = str(field(b, 'evidence'));
    return text === null ? [] : [{ text, hasEvidence: evidence !== null && /\d|\.\w+:\d/.test(evidence) }];
}
function riskFromJson(r) {
    if (typeof r === 'string')
        return r.trim() === '' ? [] : [riskFromText(r)];
    const text = str(field(r, 'risk')) ?? str(field(r, 'description'));
    return text === null ? [] : [{ text, mitigation: str(field(r, 'mitigation')) }];
}
function assignmentsFromJson(value) {
    const map = new Map();
    const add = (agent, tasks) => {
        const name = str(agent);
        if (name === null)
            return;
        const key = name.toLowerCase();
        map.set(key, [...(map.get(key) ?? []), ...strings(tasks)]);
    };
    if (Array.isArray(value)) {
        for (const item of value)
            add(field(item, 'agent'), field(item, 'tasks') ?? field(item, 'task') ?? field(item, 'responsibilities'));
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [agent, tasks] of Object.entries(value))
            add(agent, tasks);
    }
    return map;
}
/**
 * Extracts the facts of a plan parsed from JSON.
 * @param value - the parsed plan (an object)
 * @param flowAgents - the agents of the workflow, for finding assignments when no field lists them
 * @returns the facts, without entries that say nothing
 */
export function factsFromJson(value, flowAgents) {
    const assignmentsValue = field(value, 'agent_assignments') ?? field(value, 'assignments') ?? field(value, 'agents');
    const assignments = assignmentsFromJson(assignmentsValue);
    return withoutNegations({
        format: 'json',
        planId: str(field(value, 'plan_id')),
        goals: list(field(value, 'goals')).map(goalFromJson),
        bottlenecks: list(field(value, 'bottlenecks_referenced') ?? field(value, 'bottlenecks')).flatMap(bottleneckFromJson),
        risks: list(field(value, 'risks')).flatMap(riskFromJson),
        assignments: assignments.size > 0 ? assignments : mentions(JSON.stringify(value), flowAgents),
        assignmentsExplicit: assignments.size > 0,
        validation: strings(field(value, 'validation')),
        rollback: strings(field(value, 'rollback')),
        strategy: str(field(value, 'strategy')),
        integration: str(field(value, 'integration')),
    });
}
