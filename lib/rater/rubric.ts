import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { validateAgainst } from '../contracts/validate.js';

/** The structural requirements a plan is checked for; each caps the overall score when missed. */
export const REQUIREMENT_IDS = ['measurable-goals', 'baselines-stated', 'plausible-targets', 'bottlenecks-referenced', 'risks-mitigated', 'agents-covered', 'validation-steps', 'rollback-steps'] as const;

/** One structural requirement id. */
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/** The rubric dimensions perfflow knows how to check structurally. */
export const DIMENSION_NAMES = ['completeness', 'feasibility', 'risk_mitigation', 'agent_coverage', 'integration'] as const;

/** One rubric dimension name. */
export type DimensionName = (typeof DIMENSION_NAMES)[number];

const DimensionNameSchema = Type.Union(DIMENSION_NAMES.map((n) => Type.Literal(n)));

/** The rubric file `rubrics/plan-rubric.yaml`. */
export const RubricSchema = Type.Object(
  {
    version: Type.Literal(1),
    name: Type.String({ minLength: 1 }),
    scale: Type.Object({ min: Type.Literal(0), max: Type.Literal(10) }, { additionalProperties: false }),
    dimensions: Type.Array(
      Type.Object(
        {
          name: DimensionNameSchema,
          weight: Type.Number({ exclusiveMinimum: 0 }),
          description: Type.String({ minLength: 1 }),
          levels: Type.Array(
            Type.Object({ points: Type.Number({ minimum: 0, maximum: 10 }), earns: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
            { minItems: 1 },
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    requirements: Type.Array(
      Type.Object(
        {
          id: Type.Union(REQUIREMENT_IDS.map((n) => Type.Literal(n))),
          cap: Type.Number({ minimum: 0, maximum: 10 }),
          dimension: DimensionNameSchema,
          description: Type.String({ minLength: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A parsed, checked rubric. */
export type Rubric = Static<typeof RubricSchema>;

/** A rubric with where it came from. */
export interface LoadedRubric {
  rubric: Rubric;
  path: string;
  sha256: string;
}

/**
 * The rubric shipped with the plugin (`rubrics/plan-rubric.yaml` at the package root).
 * @returns its absolute path
 */
export function pluginRubricPath(): string {
  return fileURLToPath(new URL('../../rubrics/plan-rubric.yaml', import.meta.url));
}

/**
 * Loads the plan rubric: the project's `.claude/rubrics/plan-rubric.yaml` when present, else the
 * plugin's. Weights are normalised by the caller, so they need not sum to 1.
 * @param projectRoot - the project root, or null outside a project
 * @param explicitPath - a rubric file named on the command line
 * @returns the checked rubric, its path and sha256
 * @throws InputError `invalid-file` when the file is unreadable, not YAML or not a rubric
 */
export function loadRubric(projectRoot: string | null, explicitPath?: string): LoadedRubric {
  const own = projectRoot === null ? null : join(projectRoot, '.claude', 'rubrics', 'plan-rubric.yaml');
  const path = explicitPath ?? (own !== null && existsSync(own) ? own : pluginRubricPath());
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError('invalid-file', `cannot read the rubric ${path}: restore the file or pass --rubric <file>`, { cause: error });
  }
  let value: unknown;
  try {
    value = parseYaml(text) as unknown;
  } catch (error) {
    throw new InputError('invalid-file', `the rubric ${path} is not valid YAML (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const rubric = validateAgainst(RubricSchema, value, `rubric ${path}`);
  const names = rubric.dimensions.map((d) => d.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new InputError('invalid-file', `rubric ${path}: dimension '${duplicate}' is listed twice; keep one`);
  return { rubric, path, sha256: createHash('sha256').update(text).digest('hex') };
}
