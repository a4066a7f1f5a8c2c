const UNIT = /\d+(?:[.,]\d+)?\s*(?:ms|µs|us|ns|s|sec|secs|seconds?|minutes?|%|percent|req\/s|reqs?\/s|requests?\/s|rps|ops\/s|qps|kb|mb|gb|kib|mib|gib|x|×)(?![a-z])/i;
const COMPARATOR = /(?:<=?|>=?|≤|≥|under|below|above|at least|at most|no more than|from\s+\S+\s+to)\s*~?\d/i;
/**
 * Tells whether a text states a numeric target: a number with a unit, or a comparison with a number.
 * @param text - a goal or target
 * @returns true when it can be measured
 */
export function isMeasurable(text) {
    return UNIT.test(text) || COMPARATOR.test(text);
}
/**
 * Reads a risk written as one line or paragraph, with its mitigation after "mitigation:" or an arrow.
 * @param text - the risk
 * @returns the risk, with a null mitigation when none (of three characters or more) is given
 */
export function riskFromText(text) {
    const match = /(?:mitigat\w*|countermeasure|guard(?:ed)? by|handled by)\s*[:\-—–]?\s*(.+)$/i.exec(text) ?? /\s(?:→|->|=>)\s*(.+)$/.exec(text);
    const mitigation = match?.[1]?.trim() ?? '';
    return { text, mitigation: mitigation.length >= 3 ? mitigation : null };
}
/**
 * Assignments found anywhere in a text: every line that names an agent of the workflow.
 * @param text - the plan's text (JSON entries count as lines)
 * @param flowAgents - the agents of the workflow
 * @returns agent name (lower case) -> the lines naming it
 */
export function mentions(text, flowAgents) {
    const map = new Map();
    const lines = text.split(/\r?\n|","|\},\{/);
    for (const agent of flowAgents) {
        const pattern = new RegExp(`\\b${agent.replace(/[-]/g, '[- ]')}s?\\b`, 'i');
        const hits = lines.filter((l) => pattern.test(l)).map((l) => l.trim());
        if (hits.length > 0)
            map.set(agent.toLowerCase(), hits);
    }
    return map;
}
/** The rubric's own words: text made mostly of them says nothing (a plan padded to game a heuristic). */
const RUBRIC_WORDS = new Set(('goal goals target targets baseline baselines metric metrics p50 p95 p99 ms latency throughput risk risks mitigation mitigations mitigated ' +
    'rollback roll back validation validate validated bottleneck bottlenecks evidence profile profiling performance engineer performance-engineer ' +
    'planner architect developer qa orchestrator agent agents strategy integration plan step steps test tests noise floor measurable ' +
    'feasibility completeness coverage the a an and or of in for to with by on at is are be will all every each').split(' '));
function keywordSoup(text) {
    const tokens = text.toLowerCase().split(/[^a-z0-9-]+/).filter((t) => t !== '');
    if (tokens.length < 4)
        return false;
    return tokens.filter((t) => RUBRIC_WORDS.has(t)).length / tokens.length >= 0.85;
}
/**
 * Drops what says nothing: "No rollback planned", "none", "n/a" (a section that says there is
 * nothing is not there), and entries made almost only of the rubric's own words.
 * @param facts - the facts as extracted
 * @returns the facts that say something
 */
export function withoutNegations(facts) {
    const real = (steps) => steps.filter((s) => !keywordSoup(s) && !/^\s*(?:no\b|none\b|n\/a\b|not (?:needed|planned|required)\b|tbd\b)/i.test(s.replace(/^[\W_]+/, '')));
    const assignments = new Map([...facts.assignments].map(([agent, tasks]) => [agent, tasks.filter((t) => !keywordSoup(t))]).filter(([, tasks]) => tasks.length > 0));
    return {
        ...facts,
        goals: facts.goals.filter((g) => !keywordSoup(g.text)),
        bottlenecks: facts.bottlenecks.filter((b) => !keywordSoup(b.text)),
        risks: facts.risks.filter((r) => !keywordSoup(r.text)),
        assignments,
        validation: real(facts.validation),
        rollback: real(facts.rollback),
        strategy: facts.strategy !== null && keywordSoup(facts.strategy) ? null : facts.strategy,
        integration: facts.integration !== null && keywordSoup(facts.integration) ? null : facts.integration,
    };
}
