const round1 = (x) => Math.round(x * 10) / 10;
const clamp = (x) => Math.min(10, Math.max(0, x));
const fraction = (n, d) => (d === 0 ? 0 : n / d);
const words = (s) => s.split(/\s+/).filter((w) => w !== '').length;
/** A target further than this factor from its baseline is not a plan but a wish. */
const MAX_RATIO = 20;
/**
 * Which structural requirements a plan meets, with what is missing.
 * @param facts - the plan's facts
 * @param flowAgents - every agent of the workflow
 * @returns per requirement: met, and a fix when not
 */
export function checkRequirements(facts, flowAgents) {
    const unmitigated = facts.risks.filter((r) => r.mitigation === null);
    const missingAgents = flowAgents.filter((a) => !facts.assignments.has(a.toLowerCase()));
    const measurable = facts.goals.filter((g) => g.measurable).length;
    const baselines = facts.goals.filter((g) => g.hasBaseline).length;
    const absurd = facts.goals.filter((g) => g.ratio !== null && (g.ratio > MAX_RATIO || g.ratio < 1 / MAX_RATIO));
    return {
        'measurable-goals': {
            met: measurable > 0,
            reason: facts.goals.length === 0 ? 'no goals' : `${facts.goals.length - measurable} of ${facts.goals.length} goal(s) have no measurable target`,
            fix: 'State each goal as a metric with its baseline and a numeric target, e.g. "latency_p99 from 120 ms to under 60 ms".',
        },
        'baselines-stated': {
            met: facts.goals.length > 0 && baselines * 2 >= facts.goals.length,
            reason: facts.goals.length === 0 ? 'no goals' : `${baselines} of ${facts.goals.length} goal(s) state the baseline they start from`,
            fix: 'Give each goal the measured value it starts from (baseline-metrics.json), e.g. "p99 from 120 ms to under 60 ms".',
        },
        'plausible-targets': {
            met: absurd.length === 0,
            reason: `target(s) more than ${MAX_RATIO}x away from the baseline: ${absurd.map((g) => `"${g.text.slice(0, 60)}"`).join(', ')}`,
            fix: `Set targets the bottlenecks can deliver: removing a share s of the work gains at most 1/(1-s); a target ${MAX_RATIO}x beyond the baseline needs evidence.`,
        },
        'bottlenecks-referenced': {
            met: facts.bottlenecks.length > 0,
            reason: 'no bottleneck is referenced',
            fix: 'Name the bottlenecks the plan works on (suspected from the baseline, or from bottleneck-report.json) and the evidence for each.',
        },
        'risks-mitigated': {
            met: facts.risks.length > 0 && unmitigated.length === 0,
            reason: facts.risks.length === 0 ? 'no risks are listed' : `risk(s) without a mitigation: ${unmitigated.map((r) => `"${r.text.slice(0, 80)}"`).join(', ')}`,
            fix: facts.risks.length === 0
                ? 'List the risks (changed behaviour, measurement error, regressions on other metrics) and a specific mitigation for each.'
                : `Give each risk a specific mitigation (a test, a guard, a rollback trigger): ${unmitigated.map((r) => `"${r.text.slice(0, 60)}"`).join(', ')}.`,
        },
        'agents-covered': {
            met: missingAgents.length === 0,
            reason: `agent(s) without an assignment: ${missingAgents.join(', ')}`,
            fix: `Assign concrete tasks to every agent of the flow; missing: ${missingAgents.join(', ')}.`,
        },
        'validation-steps': {
            met: facts.validation.length > 0,
            reason: 'no validation steps',
            fix: 'Add validation steps: the paired base-versus-candidate comparison on the goal metrics, the noise floor, and the behaviour check.',
        },
        'rollback-steps': {
            met: facts.rollback.length > 0,
            reason: 'no rollback steps',
            fix: 'Add rollback steps: how the change is reverted (e.g. perfflow rollback --to implementation) and what triggers it.',
        },
    };
}
function completeness(f) {
    const measurable = f.goals.filter((g) => g.measurable).length;
    const baselines = f.goals.filter((g) => g.hasBaseline).length;
    const evidence = f.bottlenecks.filter((b) => b.hasEvidence).length;
    const score = 3 * fraction(measurable, f.goals.length) +
        1.5 * fraction(baselines, f.goals.length) +
        (f.strategy !== null ? 1.5 : 0) +
        (f.bottlenecks.length > 0 ? 1 + fraction(evidence, f.bottlenecks.length) : 0) +
        (f.validation.length > 0 ? 1 : 0) +
        (f.rollback.length > 0 ? 1 : 0);
    return {
        score,
        reasons: [
            `${measurable}/${f.goals.length} goal(s) with a measurable target, ${baselines} with a baseline value`,
            f.strategy === null ? 'no strategy section' : 'strategy stated',
            `${f.bottlenecks.length} bottleneck(s) referenced, ${evidence} with evidence`,
        ],
    };
}
function feasibility(f) {
    const grounded = f.goals.filter((g) => g.ratio !== null && g.ratio > 0.02 && g.ratio < 50).length;
    const wild = f.goals.filter((g) => g.ratio !== null && (g.ratio <= 0.02 || g.ratio >= 50)).length;
    const tasks = [...f.assignments.values()].flat();
    const concrete = tasks.filter((t) => words(t) >= 4).length;
    const evidence = f.bottlenecks.filter((b) => b.hasEvidence).length;
    const score = 4 * fraction(grounded + 0.5 * f.goals.filter((g) => g.hasBaseline && g.ratio === null).length, f.goals.length) + 3 * fraction(concrete, tasks.length) + 3 * fraction(evidence, Math.max(1, f.bottlenecks.length)) - 2 * wild;
    return {
        score,
        reasons: [
            `${grounded}/${f.goals.length} goal target(s) grounded in a stated baseline${wild > 0 ? `; ${wild} target(s) over 50x away from the baseline` : ''}`,
            `${concrete}/${tasks.length} task(s) described concretely (4+ words)`,
        ],
    };
}
function riskMitigation(f) {
    if (f.risks.length === 0)
        return { score: 0, reasons: ['no risks listed'] };
    const mitigated = f.risks.filter((r) => r.mitigation !== null);
    const specific = mitigated.filter((r) => words(r.mitigation ?? '') >= 4).length;
    const score = 6 * fraction(mitigated.length, f.risks.length) + (f.risks.length >= 3 ? 2 : f.risks.length >= 2 ? 1 : 0) + 2 * fraction(specific, f.risks.length);
    return { score, reasons: [`${mitigated.length}/${f.risks.length} risk(s) with a mitigation, ${specific} of them specific`] };
}
function agentCoverage(f, flowAgents) {
    const covered = flowAgents.filter((a) => f.assignments.has(a.toLowerCase()));
    const vague = covered.filter((a) => (f.assignments.get(a.toLowerCase()) ?? []).every((t) => words(t) < 3));
    const score = 10 * fraction(covered.length, flowAgents.length) - vague.length - (f.assignmentsExplicit ? 0 : 2);
    const reasons = [`${covered.length}/${flowAgents.length} agents of the flow assigned`];
    if (vague.length > 0)
        reasons.push(`vague tasks for ${vague.join(', ')}`);
    if (!f.assignmentsExplicit && covered.length > 0)
        reasons.push('agents are only mentioned in passing, not in an assignments section');
    return { score, reasons };
}
function integration(f) {
    const validationText = f.validation.join(' ');
    const rollbackText = f.rollback.join(' ');
    const validationTied = /paired|interval|noise|baseline|p\d\d|latency|throughput|behaviou?r|tests?\b|compare/i.test(validationText);
    const rollbackConcrete = /git|revert|restore|perfflow rollback|flag|toggle|previous|snapshot/i.test(rollbackText);
    const score = (f.validation.length > 0 ? 3 : 0) + (validationTied ? 1.5 : 0) + (f.rollback.length > 0 ? 3 : 0) + (rollbackConcrete ? 1.5 : 0) + (f.integration !== null || f.strategy !== null ? 1 : 0);
    return {
        score,
        reasons: [
            f.validation.length === 0 ? 'no validation steps' : `${f.validation.length} validation step(s)${validationTied ? ', tied to the measured metrics' : ', not tied to a metric'}`,
            f.rollback.length === 0 ? 'no rollback steps' : `${f.rollback.length} rollback step(s)${rollbackConcrete ? ', concrete' : ', generic'}`,
        ],
    };
}
/**
 * The deterministic structural rating: a score per rubric dimension from the plan's structure, and
 * a cap for every requirement it misses. Always runs; its caps bind any other rater.
 * @param facts - the plan's facts
 * @param rubric - the rubric (dimensions and requirement caps)
 * @param flowAgents - every agent of the workflow
 * @returns dimensions with score, ceiling and reasons; caps; fixes
 */
export function structuralRating(facts, rubric, flowAgents) {
    const requirements = checkRequirements(facts, flowAgents);
    const missed = rubric.requirements.filter((r) => !requirements[r.id].met);
    const caps = missed.map((r) => ({ requirement: r.id, cap: r.cap, reason: requirements[r.id].reason }));
    const dimensions = rubric.dimensions.map((d) => {
        const raw = (() => {
            switch (d.name) {
                case 'completeness':
                    return completeness(facts);
                case 'feasibility':
                    return feasibility(facts);
                case 'risk_mitigation':
                    return riskMitigation(facts);
                case 'agent_coverage':
                    return agentCoverage(facts, flowAgents);
                case 'integration':
                    return integration(facts);
                default: {
                    const never = d.name;
                    return never;
                }
            }
        })();
        const ceiling = Math.min(10, ...missed.filter((r) => r.dimension === d.name).map((r) => r.cap));
        const reasons = [...raw.reasons, ...missed.filter((r) => r.dimension === d.name).map((r) => `capped at ${r.cap}: ${requirements[r.id].reason}`)];
        return { name: d.name, score: round1(Math.min(clamp(raw.score), ceiling)), ceiling, reasons };
    });
    return { dimensions, caps, fixes: missed.map((r) => requirements[r.id].fix) };
}
