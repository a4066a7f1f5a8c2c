// The facts of a plan written in Markdown (or plain text): each section is read by what its heading
// names (goals, bottlenecks, risks, assignments, validation, rollback, strategy, integration), from
// its list items, table rows or prose.
import { cell, items, paragraphs, plain, prose, sections } from './markdown-blocks.js';
import type { Item, Section } from './markdown-blocks.js';
import type { BottleneckFact, GoalFact, PlanFacts, RiskFact } from './plan-facts.js';
import { isMeasurable, mentions, riskFromText, withoutNegations } from './plan-phrases.js';

const UNITS = /^(ms|µs|us|ns|s|sec|req\/s|rps|ops\/s|qps|mb|kb|gb|%)$/i;
const TO_MS: Record<string, number> = { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1000, sec: 1000 };

/**
 * The baseline and target of a goal written in prose: "from 48 ms to 20 ms", "199 ms → ≤ 50 ms",
 * "38 req/s to at least 90 req/s".
 * @returns target / baseline, or null when the goal names no such pair
 */
function proseRatio(text: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(ms|µs|us|ns|s|sec|req\/s|rps|ops\/s|qps|mb|kb|gb|%)?\s*(?:→|->|=>|\bto\b)\s*(?:≤|<=|≥|>=|<|>|~|under|below|above|at most|at least|or less|no more than)?\s*(\d[\d,]*(?:\.\d+)?)\s*(ms|µs|us|ns|s|sec|req\/s|rps|ops\/s|qps|mb|kb|gb|%)?/i.exec(text);
  if (m === null) return null;
  const unitA = (m[2] ?? m[4] ?? '').toLowerCase();
  const unitB = (m[4] ?? m[2] ?? '').toLowerCase();
  if (unitA === '' || !UNITS.test(unitA)) return null;
  let a = Number((m[1] ?? '').replace(/,/g, ''));
  let b = Number((m[3] ?? '').replace(/,/g, ''));
  if (unitA !== unitB) {
    const fa = TO_MS[unitA];
    const fb = TO_MS[unitB];
    if (fa === undefined || fb === undefined) return null;
    a *= fa;
    b *= fb;
  }
  return a > 0 && Number.isFinite(b) ? b / a : null;
}

const KINDS: readonly { kind: keyof Pick<PlanFacts, 'goals' | 'bottlenecks' | 'risks' | 'assignments' | 'validation' | 'rollback' | 'strategy' | 'integration'>; pattern: RegExp }[] = [
  { kind: 'rollback', pattern: /roll ?-?back|revert|back ?out|undo/i },
  { kind: 'validation', pattern: /validat|verif|success criteria|acceptance|test plan|how we measure/i },
  { kind: 'risks', pattern: /risk/i },
  { kind: 'bottlenecks', pattern: /bottleneck|hot ?spot|hot path|suspect|profile shows|where (?:the )?time goes|cpu (?:profile|samples|share)/i },
  { kind: 'assignments', pattern: /agent|assign|owner|responsib|roles?\b|who does/i },
  { kind: 'goals', pattern: /goal|objective|target|kpi/i },
  { kind: 'integration', pattern: /integrat|hand-?over|hand-?off|workflow/i },
  { kind: 'strategy', pattern: /strateg|approach|analysis|method/i },
];

function goalFromItem(item: Item): GoalFact {
  const t = plain(item);
  // A goals table: the baseline and the target in their own columns.
  const from = cell(item, /baseline|current|today|from|before/);
  const to = cell(item, /target|goal|\bto\b|after/);
  const ratio = from !== null && to !== null ? proseRatio(`${from} to ${to}`) : proseRatio(t);
  return { text: t, measurable: isMeasurable(t), hasBaseline: ratio !== null || (from !== null && /\d/.test(from)) || /baseline|currently|today|from\s+~?\d/i.test(t), ratio };
}

function bottleneckFromItem(item: Item): BottleneckFact {
  return { text: plain(item), hasEvidence: /because|profile|flame|baseline|self time|\d+(\.\d+)?\s*%|evidence/i.test(plain(item)) };
}

function riskFromItem(item: Item): RiskFact {
  const fromCell = cell(item, /mitigat|countermeasure|response/);
  const child = item.children.find((c) => /mitigat|guard|handled/i.test(c));
  const risk = riskFromText(item.cells === null ? plain(item) : (cell(item, /risk/) ?? item.text));
  return { text: risk.text, mitigation: fromCell ?? (child === undefined ? null : riskFromText(child).mitigation ?? child) ?? risk.mitigation };
}

function risksOf(section: Section, found: readonly Item[]): RiskFact[] {
  const risks: RiskFact[] = [];
  // Risks written as paragraphs ("Risk: ... Mitigation: ...") rather than a list or table.
  for (const paragraph of paragraphs(section.lines.filter((l) => !/^\s*(?:[-*+]|\d+[.)]|\|)/.test(l)))) {
    if (/risk|mitigat|→|->/i.test(paragraph)) risks.push(riskFromText(paragraph));
  }
  return [...risks, ...found.map(riskFromItem)];
}

function addAssignments(assignments: Map<string, string[]>, found: readonly Item[], flowAgents: readonly string[]): void {
  for (const item of found) {
    const agentCell = cell(item, /agent|role|owner|who/);
    const body = plain(item);
    for (const agent of flowAgents) {
      const pattern = new RegExp(`\\b${agent.replace(/-/g, '[- ]')}s?\\b`, 'i');
      if (agentCell !== null ? pattern.test(agentCell) : pattern.test(body.split(/[:—–]| - /)[0] ?? body)) {
        const key = agent.toLowerCase();
        assignments.set(key, [...(assignments.get(key) ?? []), cell(item, /task|does|responsib|work/) ?? body]);
      }
    }
  }
}

/** Steps of a validation or rollback section: its items, else its prose as one step. */
function stepsOf(section: Section, found: readonly Item[]): string[] {
  return found.length > 0 ? found.map(plain) : [prose(section.lines)].filter((p): p is string => p !== null);
}

/** Prose of a strategy or integration section, after what earlier sections of the same kind said. */
function joinedProse(earlier: string | null, section: Section): string | null {
  return [earlier, prose(section.lines)].filter((p) => p !== null).join('\n') || null;
}

function addSection(facts: PlanFacts, section: Section, flowAgents: readonly string[]): void {
  const kind = KINDS.find((k) => k.pattern.test(section.heading))?.kind;
  const found = items(section.lines);
  switch (kind) {
    case 'goals':
      facts.goals.push(...found.map(goalFromItem));
      break;
    case 'bottlenecks':
      facts.bottlenecks.push(...found.map(bottleneckFromItem));
      break;
    case 'risks':
      facts.risks.push(...risksOf(section, found));
      break;
    case 'assignments':
      facts.assignmentsExplicit = true;
      addAssignments(facts.assignments, found, flowAgents);
      break;
    case 'validation':
      facts.validation.push(...stepsOf(section, found));
      break;
    case 'rollback':
      facts.rollback.push(...stepsOf(section, found));
      break;
    case 'strategy':
      facts.strategy = joinedProse(facts.strategy, section);
      break;
    case 'integration':
      facts.integration = joinedProse(facts.integration, section);
      break;
    case undefined:
      break;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * Extracts the facts of a plan written in Markdown or plain text.
 * @param text - the plan's text
 * @param flowAgents - the agents of the workflow, for finding assignments
 * @param format - how the text was recognised
 * @returns the facts, without entries that say nothing
 */
export function factsFromMarkdown(text: string, flowAgents: readonly string[], format: 'markdown' | 'text'): PlanFacts {
  const facts: PlanFacts = {
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
  for (const section of sections(text)) addSection(facts, section, flowAgents);
  if (facts.assignments.size === 0) facts.assignments = mentions(text, flowAgents);
  return withoutNegations(facts);
}
