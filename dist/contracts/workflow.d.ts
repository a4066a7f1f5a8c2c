import type { Static } from '@sinclair/typebox';
/** The checks a gate can run. Each name is implemented once in lib/workflow/checks.ts. */
export declare const CheckNameSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"outputs-exist">, import("@sinclair/typebox").TLiteral<"outputs-valid">, import("@sinclair/typebox").TLiteral<"measurement-valid">, import("@sinclair/typebox").TLiteral<"rating-passed">, import("@sinclair/typebox").TLiteral<"bottlenecks-found">, import("@sinclair/typebox").TLiteral<"optimizations-address-bottlenecks">, import("@sinclair/typebox").TLiteral<"manifest-files-changed">, import("@sinclair/typebox").TLiteral<"validation-passed">, import("@sinclair/typebox").TLiteral<"published">]>;
/**
 * The work a step's perfflow command does, named in the yaml (`action: validate`). The engine runs
 * each action through one interface (lib/workflow/actions/) and finds its step by this name, so a
 * project's yaml may rename, reorder or drop steps without touching code.
 */
export declare const ActionNameSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"baseline">, import("@sinclair/typebox").TLiteral<"profile">, import("@sinclair/typebox").TLiteral<"rate">, import("@sinclair/typebox").TLiteral<"validate">, import("@sinclair/typebox").TLiteral<"publish">]>;
/** A retry policy: attempts, exponential backoff, and which error kinds count as transient. */
export declare const RetryPolicySchema: import("@sinclair/typebox").TObject<{
    max_attempts: import("@sinclair/typebox").TInteger;
    backoff: import("@sinclair/typebox").TObject<{
        initial_ms: import("@sinclair/typebox").TInteger;
        factor: import("@sinclair/typebox").TNumber;
        max_ms: import("@sinclair/typebox").TInteger;
    }>;
    on: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"timeout">, import("@sinclair/typebox").TLiteral<"rate_limit">, import("@sinclair/typebox").TLiteral<"network">, import("@sinclair/typebox").TLiteral<"overloaded">, import("@sinclair/typebox").TLiteral<"server_error">]>>;
}>;
/** One output file of a step, relative to the run directory; `{{workflow_id}}` and `{{plan_id}}` expand. */
export declare const OutputSchema: import("@sinclair/typebox").TObject<{
    path: import("@sinclair/typebox").TString;
    schema: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    description: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    optional: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    written_by: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TLiteral<"agent">>;
    binds: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
}>;
/** One step of the workflow. */
export declare const StepDefinitionSchema: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TString;
    name: import("@sinclair/typebox").TString;
    agent: import("@sinclair/typebox").TString;
    skill: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    fallback_agent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    action: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"baseline">, import("@sinclair/typebox").TLiteral<"profile">, import("@sinclair/typebox").TLiteral<"rate">, import("@sinclair/typebox").TLiteral<"validate">, import("@sinclair/typebox").TLiteral<"publish">]>>;
    instructions: import("@sinclair/typebox").TString;
    commands: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    inputs: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    outputs: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        schema: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        description: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        optional: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        written_by: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TLiteral<"agent">>;
        binds: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>;
    condition: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    policy: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"auto-on-pass">, import("@sinclair/typebox").TLiteral<"manual">]>>;
    gate: import("@sinclair/typebox").TObject<{
        checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"outputs-exist">, import("@sinclair/typebox").TLiteral<"outputs-valid">, import("@sinclair/typebox").TLiteral<"measurement-valid">, import("@sinclair/typebox").TLiteral<"rating-passed">, import("@sinclair/typebox").TLiteral<"bottlenecks-found">, import("@sinclair/typebox").TLiteral<"optimizations-address-bottlenecks">, import("@sinclair/typebox").TLiteral<"manifest-files-changed">, import("@sinclair/typebox").TLiteral<"validation-passed">, import("@sinclair/typebox").TLiteral<"published">]>>;
        minimum_score: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
        pass_when: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        on_fail: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            return_to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            max_loops: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            rollback_to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>;
    retry: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        max_attempts: import("@sinclair/typebox").TInteger;
        backoff: import("@sinclair/typebox").TObject<{
            initial_ms: import("@sinclair/typebox").TInteger;
            factor: import("@sinclair/typebox").TNumber;
            max_ms: import("@sinclair/typebox").TInteger;
        }>;
        on: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"timeout">, import("@sinclair/typebox").TLiteral<"rate_limit">, import("@sinclair/typebox").TLiteral<"network">, import("@sinclair/typebox").TLiteral<"overloaded">, import("@sinclair/typebox").TLiteral<"server_error">]>>;
    }>>;
    approval: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    pin_harness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
}>;
/** `.claude/workflows/performance-flow.yaml`. */
export declare const WorkflowSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    name: import("@sinclair/typebox").TString;
    description: import("@sinclair/typebox").TString;
    agents: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    defaults: import("@sinclair/typebox").TObject<{
        retry: import("@sinclair/typebox").TObject<{
            max_attempts: import("@sinclair/typebox").TInteger;
            backoff: import("@sinclair/typebox").TObject<{
                initial_ms: import("@sinclair/typebox").TInteger;
                factor: import("@sinclair/typebox").TNumber;
                max_ms: import("@sinclair/typebox").TInteger;
            }>;
            on: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"timeout">, import("@sinclair/typebox").TLiteral<"rate_limit">, import("@sinclair/typebox").TLiteral<"network">, import("@sinclair/typebox").TLiteral<"overloaded">, import("@sinclair/typebox").TLiteral<"server_error">]>>;
        }>;
    }>;
    steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TString;
        name: import("@sinclair/typebox").TString;
        agent: import("@sinclair/typebox").TString;
        skill: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        fallback_agent: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        action: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"baseline">, import("@sinclair/typebox").TLiteral<"profile">, import("@sinclair/typebox").TLiteral<"rate">, import("@sinclair/typebox").TLiteral<"validate">, import("@sinclair/typebox").TLiteral<"publish">]>>;
        instructions: import("@sinclair/typebox").TString;
        commands: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        inputs: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        outputs: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            path: import("@sinclair/typebox").TString;
            schema: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            description: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            optional: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
            written_by: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TLiteral<"agent">>;
            binds: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
        condition: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        policy: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"auto-on-pass">, import("@sinclair/typebox").TLiteral<"manual">]>>;
        gate: import("@sinclair/typebox").TObject<{
            checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"outputs-exist">, import("@sinclair/typebox").TLiteral<"outputs-valid">, import("@sinclair/typebox").TLiteral<"measurement-valid">, import("@sinclair/typebox").TLiteral<"rating-passed">, import("@sinclair/typebox").TLiteral<"bottlenecks-found">, import("@sinclair/typebox").TLiteral<"optimizations-address-bottlenecks">, import("@sinclair/typebox").TLiteral<"manifest-files-changed">, import("@sinclair/typebox").TLiteral<"validation-passed">, import("@sinclair/typebox").TLiteral<"published">]>>;
            minimum_score: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            pass_when: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            on_fail: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                return_to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                max_loops: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                rollback_to: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
        }>;
        retry: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            max_attempts: import("@sinclair/typebox").TInteger;
            backoff: import("@sinclair/typebox").TObject<{
                initial_ms: import("@sinclair/typebox").TInteger;
                factor: import("@sinclair/typebox").TNumber;
                max_ms: import("@sinclair/typebox").TInteger;
            }>;
            on: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"timeout">, import("@sinclair/typebox").TLiteral<"rate_limit">, import("@sinclair/typebox").TLiteral<"network">, import("@sinclair/typebox").TLiteral<"overloaded">, import("@sinclair/typebox").TLiteral<"server_error">]>>;
        }>>;
        approval: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        pin_harness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    }>>;
}>;
export type CheckName = Static<typeof CheckNameSchema>;
export type ActionName = Static<typeof ActionNameSchema>;
export type RetryPolicy = Static<typeof RetryPolicySchema>;
export type StepDefinition = Static<typeof StepDefinitionSchema>;
export type Workflow = Static<typeof WorkflowSchema>;
