/**
 * Reads a plan (JSON, Markdown or plain text) into the facts the structural rater checks. Tolerant
 * on purpose: a standalone `perfflow rate` accepts any response, and what is missing is what gets
 * reported, so extraction never throws on shape.
 */
const UNIT = /\d+(?:[.,]\d+)?\s*(?:ms|µs|us|ns|s|sec|secs|seconds?|minutes?|%|percent|req\/s|reqs?\/s|requests?\/s|rps|ops\/s|qps|kb|mb|gb|kib|mib|gib|x|×)(?![a-z])/i;
const COMPARATOR = /(?:<=?|>=?|≤|≥|under|below|above|at least|at most|no more than|from\s+\S+\s+to)\s*~?\d/i;
function isMeasurable(text) {
    return UNIT.test(text) || COMPARATOR.test(text);
}
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
function riskFromText(text) {
    const match = /(?:mitigat\w*|countermeasure|guard(?:ed)? by|handled by)\s*[:\-—–]?\s*(.+)$/i.exec(text) ?? /\s(?:→|->|=>)\s*(.+)$/.exec(text);
    const mitigation = match?.[1]?.trim() ?? '';
    return { text, mitigation: mitigation.length >= 3 ? mitigation : null };
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
function factsFromJson(value, flowAgents) {
    const assignmentsValue = field(value, 'agent_assignments') ?? field(value, 'assignments') ?? field(value, 'agents');
    const assignments = assignmentsFromJson(assignmentsValue);
    return withoutNegations({
        format: 'json',
        planId: str(field(value, 'plan_id')),
        goals: list(field(value, 'goals')).map(goalFromJson),
        bottlenecks: list(field(value, 'bottlenecks_referenced') ?? field(value, 'bottlenecks')).flatMap((b) => {
            if (typeof b === 'string')
                return b.trim() === '' ? [] : [{ text: b, hasEvidence: /because|profile|baseline|\d+(\.\d+)?\s*%/i.test(b) }];
            const text = str(field(b, 'description')) ?? str(field(b, 'id'));
            const evidence = str(field(b, 'evidence'));
            return text === null ? [] : [{ text, hasEvidence: evidence !== null && /\d|\.\w+:\d/.test(evidence) }];
        }),
        risks: list(field(value, 'risks')).flatMap((r) => {
            if (typeof r === 'string')
                return r.trim() === '' ? [] : [riskFromText(r)];
            const text = str(field(r, 'risk')) ?? str(field(r, 'description'));
            return text === null ? [] : [{ text, mitigation: str(field(r, 'mitigation')) }];
        }),
        assignments: assignments.size > 0 ? assignments : mentions(JSON.stringify(value), flowAgents),
        assignmentsExplicit: assignments.size > 0,
        validation: strings(field(value, 'validation')),
        rollback: strings(field(value, 'rollback')),
        strategy: str(field(value, 'strategy')),
        integration: str(field(value, 'integration')),
    });
}
function sections(text) {
    const out = [{ heading: '', lines: [] }];
    let fence = false;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        const underline = lines[i + 1] ?? '';
        // A setext heading: a line of text underlined with === or ---.
        // (Numbered ones too: "1) Goals" over a rule is how people write a numbered heading.)
        const setext = !fence && line.trim() !== '' && line.length <= 100 && !/^\s*[-*+|>]/.test(line) && /^\s{0,3}(={3,}|-{3,})\s*$/.test(underline);
        if (!fence && /^\s{0,3}(={3,}|-{3,})\s*$/.test(line) && (lines[i - 1] ?? '').trim() !== '' && out[out.length - 1]?.lines.length === 0)
            return;
        const heading = fence ? null : setext ? [line, line.trim()] : /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading !== null)
            out.push({ heading: (heading[1] ?? '').replace(/[*_`]/g, ''), lines: [] });
        else
            out[out.length - 1]?.lines.push(line);
    });
    return out;
}
/** Paragraphs of a section (blank-line separated), each joined into one line. */
function paragraphs(lines) {
    return lines.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p !== '');
}
const UNITS = /^(ms|µs|us|ns|s|sec|req\/s|rps|ops\/s|qps|mb|kb|gb|%)$/i;
const TO_MS = { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1000, sec: 1000 };
/**
 * The baseline and target of a goal written in prose: "from 48 ms to 20 ms", "199 ms → ≤ 50 ms",
 * "38 req/s to at least 90 req/s".
 * @returns target / baseline, or null when the goal names no such pair
 */
function proseRatio(text) {
    const m = /(\d[\d,]*(?:\.\d+)?)\s*(ms|µs|us|ns|s|sec|req\/s|rps|ops\/s|qps|mb|kb|gb|%)?\s*(?:→|->|=>|\bto\b)\s*(?:≤|<=|≥|>=|<|>|~|under|below|above|at most|at least|or less|no more than)?\s*(\d[\d,]*(?:\.\d+)?)\s*(ms|µs|us|ns|s|sec|req\/s|rps|ops\/s|qps|mb|kb|gb|%)?/i.exec(text);
    if (m === null)
        return null;
    const unitA = (m[2] ?? m[4] ?? '').toLowerCase();
    const unitB = (m[4] ?? m[2] ?? '').toLowerCase();
    if (unitA === '' || !UNITS.test(unitA))
        return null;
    let a = Number((m[1] ?? '').replace(/,/g, ''));
    let b = Number((m[3] ?? '').replace(/,/g, ''));
    if (unitA !== unitB) {
        const fa = TO_MS[unitA];
        const fb = TO_MS[unitB];
        if (fa === undefined || fb === undefined)
            return null;
        a *= fa;
        b *= fb;
    }
    return a > 0 && Number.isFinite(b) ? b / a : null;
}
function items(lines) {
    const out = [];
    let header = null;
    for (const raw of lines) {
        const bullet = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
        if (bullet !== null) {
            const indent = (bullet[1] ?? '').length;
            const text = (bullet[2] ?? '').trim();
            const last = out[out.length - 1];
            if (indent >= 2 && last !== undefined)
                last.children.push(text);
            else
                out.push({ text, children: [], cells: null });
            continue;
        }
        const row = /^\s*\|(.*)\|\s*$/.exec(raw);
        if (row !== null) {
            const cells = (row[1] ?? '').split('|').map((c) => c.trim());
            if (cells.every((c) => /^:?-{2,}:?$/.test(c)))
                continue;
            if (header === null) {
                header = cells.map((c) => c.toLowerCase().replace(/[*_`]/g, ''));
                continue;
            }
            const record = {};
            header.forEach((h, i) => (record[h] = cells[i] ?? ''));
            out.push({ text: cells.filter((c) => c !== '').join(' — '), children: [], cells: record });
            continue;
        }
        header = raw.trim() === '' ? header : null;
    }
    return out;
}
function plain(item) {
    return [item.text, ...item.children].join(' ').replace(/[*_`]/g, '').trim();
}
function cell(item, pattern) {
    if (item.cells === null)
        return null;
    for (const [key, value] of Object.entries(item.cells))
        if (pattern.test(key) && value !== '' && !/^(-|n\/?a|none|tbd)$/i.test(value))
            return value;
    return null;
}
function prose(lines) {
    const text = lines.join('\n').trim();
    return text === '' ? null : text;
}
function mentions(text, flowAgents) {
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
const KINDS = [
    { kind: 'rollback', pattern: /roll ?-?back|revert|back ?out|undo/i },
    { kind: 'validation', pattern: /validat|verif|success criteria|acceptance|test plan|how we measure/i },
    { kind: 'risks', pattern: /risk/i },
    { kind: 'bottlenecks', pattern: /bottleneck|hot ?spot|hot path|suspect|profile shows|where (?:the )?time goes|cpu (?:profile|samples|share)/i },
    { kind: 'assignments', pattern: /agent|assign|owner|responsib|roles?\b|who does/i },
    { kind: 'goals', pattern: /goal|objective|target|kpi/i },
    { kind: 'integration', pattern: /integrat|hand-?over|hand-?off|workflow/i },
    { kind: 'strategy', pattern: /strateg|approach|analysis|method/i },
];
function factsFromMarkdown(text, flowAgents, format) {
    const facts = {
        format,
        planId: /plan[_ -]?id\s*[:=]\s*`?([A-Za-z0-9][A-Za-z0-9._-]*)/i.exec(text)?.[1] ?? null,
        goals: [],
        bottlenecks: [],
        risks: [],
        assignments: new Map(),
        assignmentsExplicit: false,
        validation: [],
        rollback: [],
        strategy: null,
        integration: null,
    };
    for (const section of sections(text)) {
        const kind = KINDS.find((k) => k.pattern.test(section.heading))?.kind;
        const found = items(section.lines);
        switch (kind) {
            case 'goals':
                for (const item of found) {
                    const t = plain(item);
                    // A goals table: the baseline and the target in their own columns.
                    const from = cell(item, /baseline|current|today|from|before/);
                    const to = cell(item, /target|goal|\bto\b|after/);
                    const ratio = from !== null && to !== null ? proseRatio(`${from} to ${to}`) : proseRatio(t);
                    facts.goals.push({ text: t, measurable: isMeasurable(t), hasBaseline: ratio !== null || (from !== null && /\d/.test(from)) || /baseline|currently|today|from\s+~?\d/i.test(t), ratio });
                }
                break;
            case 'bottlenecks':
                for (const item of found)
                    facts.bottlenecks.push({ text: plain(item), hasEvidence: /because|profile|flame|baseline|self time|\d+(\.\d+)?\s*%|evidence/i.test(plain(item)) });
                break;
            case 'risks':
                // Risks written as paragraphs ("Risk: ... Mitigation: ...") rather than a list or table.
                for (const paragraph of paragraphs(section.lines.filter((l) => !/^\s*(?:[-*+]|\d+[.)]|\|)/.test(l)))) {
                    if (/risk|mitigat|→|->/i.test(paragraph))
                        facts.risks.push(riskFromText(paragraph));
                }
                for (const item of found) {
                    const fromCell = cell(item, /mitigat|countermeasure|response/);
                    const child = item.children.find((c) => /mitigat|guard|handled/i.test(c));
                    const risk = riskFromText(item.cells === null ? plain(item) : (cell(item, /risk/) ?? item.text));
                    facts.risks.push({ text: risk.text, mitigation: fromCell ?? (child === undefined ? null : riskFromText(child).mitigation ?? child) ?? risk.mitigation });
                }
                break;
            case 'assignments': {
                facts.assignmentsExplicit = true;
                for (const item of found) {
                    const agentCell = cell(item, /agent|role|owner|who/);
                    const body = plain(item);
                    for (const agent of flowAgents) {
                        const pattern = new RegExp(`\\b${agent.replace(/-/g, '[- ]')}s?\\b`, 'i');
                        if (agentCell !== null ? pattern.test(agentCell) : pattern.test(body.split(/[:—–]| - /)[0] ?? body)) {
                            const key = agent.toLowerCase();
                            facts.assignments.set(key, [...(facts.assignments.get(key) ?? []), cell(item, /task|does|responsib|work/) ?? body]);
                        }
                    }
                }
                break;
            }
            case 'validation':
                facts.validation.push(...(found.length > 0 ? found.map(plain) : [prose(section.lines)].filter((p) => p !== null)));
                break;
            case 'rollback':
                facts.rollback.push(...(found.length > 0 ? found.map(plain) : [prose(section.lines)].filter((p) => p !== null)));
                break;
            case 'strategy':
                facts.strategy = [facts.strategy, prose(section.lines)].filter((p) => p !== null).join('\n') || null;
                break;
            case 'integration':
                facts.integration = [facts.integration, prose(section.lines)].filter((p) => p !== null).join('\n') || null;
                break;
            case undefined:
                break;
            default: {
                const never = kind;
                return never;
            }
        }
    }
    if (facts.assignments.size === 0)
        facts.assignments = mentions(text, flowAgents);
    return withoutNegations(facts);
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
 */
function withoutNegations(facts) {
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
/**
 * Extracts the checkable facts of a plan. JSON is recognised by its content (an object), Markdown
 * by headings or lists; anything else is plain text, which usually yields few facts.
 * @param text - the file's text
 * @param flowAgents - the agents of the workflow, for finding assignments in prose
 * @returns the facts and the format they were read as
 */
export function planFacts(text, flowAgents) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
        try {
            const value = JSON.parse(trimmed);
            if (typeof value === 'object' && value !== null && !Array.isArray(value))
                return factsFromJson(value, flowAgents);
        }
        catch {
            // Not JSON after all (e.g. Markdown starting with a brace): read it as Markdown below.
        }
    }
    const markdown = /^\s{0,3}#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s|^\s*\|/m.test(text);
    return factsFromMarkdown(text, flowAgents, markdown ? 'markdown' : 'text');
}
