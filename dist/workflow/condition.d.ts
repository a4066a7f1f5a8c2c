/** A value a condition can compare. */
export type ConditionValue = string | number | boolean | null;
/** The parsed form of a condition such as `validation_status == 'pass' && plan_score >= 7`. */
export type Condition = {
    kind: 'literal';
    value: ConditionValue;
} | {
    kind: 'variable';
    name: string;
} | {
    kind: 'not';
    operand: Condition;
} | {
    kind: 'and' | 'or';
    left: Condition;
    right: Condition;
} | {
    kind: 'compare';
    op: CompareOp;
    left: Condition;
    right: Condition;
};
/** Comparison operators. */
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
/**
 * Parses a condition into a typed predicate tree.
 * @param source - e.g. `validation_status == 'pass'`
 * @param where - where the condition comes from, for the error (e.g. "step 'publish' field condition")
 * @returns the parsed condition
 * @throws InputError `invalid-workflow` naming the place and the problem
 */
export declare function parseCondition(source: string, where: string): Condition;
/**
 * Lists the variables a condition reads.
 * @param condition - a parsed condition
 * @returns variable names, without duplicates
 */
export declare function conditionVariables(condition: Condition): string[];
/** The outcome of evaluating a condition. */
export interface ConditionResult {
    holds: boolean;
    /** Why, in words: the values that decided it, or the missing variable. */
    detail: string;
}
/**
 * Evaluates a condition against variables. Fails closed: a missing variable makes it not hold.
 * @param condition - parsed condition
 * @param vars - variable values (e.g. from earlier gate records)
 * @returns whether it holds, and why
 */
export declare function evaluateCondition(condition: Condition, vars: Readonly<Record<string, ConditionValue>>): ConditionResult;
