import { describe, expect, test } from '@jest/globals';
import { evaluateCondition, parseCondition, conditionVariables } from '../lib/workflow/condition.js';
import { InputError } from '../lib/errors.js';

describe('conditions are parsed into predicates and really evaluated', () => {
  test.each([
    ["validation_status == 'pass'", { validation_status: 'pass' }, true],
    ["validation_status == 'pass'", { validation_status: 'fail' }, false],
    ["validation_status != 'pass'", { validation_status: 'inconclusive' }, true],
    ['plan_score >= 7', { plan_score: 7 }, true],
    ['plan_score >= 7', { plan_score: 6.9 }, false],
    ['plan_score > 7 || forced == true', { plan_score: 3, forced: true }, true],
    ["plan_score >= 7 && validation_status == 'pass'", { plan_score: 8, validation_status: 'fail' }, false],
    ["!(validation_status == 'fail')", { validation_status: 'pass' }, true],
    ["not validation_status == 'fail' and plan_score < 10", { validation_status: 'pass', plan_score: 9 }, true],
    ['plan_score >= 7', { plan_score: '9' }, false],
  ])('%s with %j is %s', (source, vars, expected) => {
    expect(evaluateCondition(parseCondition(source, 'test'), vars).holds).toBe(expected);
  });

  test('a variable that is not set makes the condition fail closed and says which', () => {
    const result = evaluateCondition(parseCondition("validation_status == 'pass'", 'test'), {});
    expect(result.holds).toBe(false);
    expect(result.detail).toContain('validation_status is not set');
  });

  test('lists the variables a condition reads', () => {
    expect(conditionVariables(parseCondition("a == 1 && (b != 'x' || !c)", 'test'))).toEqual(['a', 'b', 'c']);
  });

  test.each(["validation_status == 'pass", 'a == == b', '(a == 1', 'a == 1 )', 'a # b', ''])('rejects %j with a message naming where', (source) => {
    expect(() => parseCondition(source, "step 'publish' field condition")).toThrow(InputError);
    expect(() => parseCondition(source, "step 'publish' field condition")).toThrow(/step 'publish' field condition/);
  });
});
