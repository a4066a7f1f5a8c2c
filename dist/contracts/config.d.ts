import type { Static } from '@sinclair/typebox';
/** One request of a flow; `{{name}}` in its path, url, headers and body is replaced by a value captured earlier (or `{{vu}}`, `{{iteration}}`). */
declare const FlowStep: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    capture: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        json: import("@sinclair/typebox").TString;
    }>, import("@sinclair/typebox").TObject<{
        header: import("@sinclair/typebox").TString;
    }>, import("@sinclair/typebox").TObject<{
        cookie: import("@sinclair/typebox").TString;
    }>]>>>;
    think: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    expect: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>]>>;
    ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
}>;
declare const HttpTarget: import("@sinclair/typebox").TObject<{
    start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>>;
    cwd: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    env: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    url: import("@sinclair/typebox").TString;
    method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    connections: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    duration: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    warmup: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    rate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    engine: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"builtin">, import("@sinclair/typebox").TLiteral<"artillery">]>>;
    workers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"local">, import("@sinclair/typebox").TLiteral<"aws-lambda">, import("@sinclair/typebox").TLiteral<"aws-fargate">]>>;
    region: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    ready_timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    health: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    health_timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    allow_remote: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
    max_rate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    abort_error_rate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
    flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
        body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        capture: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
            json: import("@sinclair/typebox").TString;
        }>, import("@sinclair/typebox").TObject<{
            header: import("@sinclair/typebox").TString;
        }>, import("@sinclair/typebox").TObject<{
            cookie: import("@sinclair/typebox").TString;
        }>]>>>;
        think: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        expect: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>]>>;
        ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    }>>>;
    flows: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        weight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            name: import("@sinclair/typebox").TString;
            method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
            body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            capture: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                json: import("@sinclair/typebox").TString;
            }>, import("@sinclair/typebox").TObject<{
                header: import("@sinclair/typebox").TString;
            }>, import("@sinclair/typebox").TObject<{
                cookie: import("@sinclair/typebox").TString;
            }>]>>>;
            think: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            expect: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>]>>;
            ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        }>>;
    }>>>;
    ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    requests: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        method: import("@sinclair/typebox").TString;
        path: import("@sinclair/typebox").TString;
        headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
        body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>>;
}>;
declare const FunctionTarget: import("@sinclair/typebox").TObject<{
    file: import("@sinclair/typebox").TString;
    time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    batches: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    warmup: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
}>;
declare const CommandTarget: import("@sinclair/typebox").TObject<{
    run: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>;
    cwd: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    env: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
    runs: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    warmup: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
}>;
/** `perfflow ci`: how the pull-request gate judges each target. */
declare const Ci: import("@sinclair/typebox").TObject<{
    threshold: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    history: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    targets: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TObject<{
        threshold: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        informational: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
        budget: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    }>>>;
}>;
/** `perfflow.config.yaml` (or `.yml`, `.json`) at the project root: what each target means. */
export declare const ConfigSchema: import("@sinclair/typebox").TObject<{
    targets: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TObject<{
        http: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>>;
            cwd: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            env: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
            url: import("@sinclair/typebox").TString;
            method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
            body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            connections: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            duration: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            warmup: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            rate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            engine: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"builtin">, import("@sinclair/typebox").TLiteral<"artillery">]>>;
            workers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            platform: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"local">, import("@sinclair/typebox").TLiteral<"aws-lambda">, import("@sinclair/typebox").TLiteral<"aws-fargate">]>>;
            region: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            ready_timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            health: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            health_timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            allow_remote: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
            max_rate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            abort_error_rate: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
            flow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TString;
                method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
                body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                capture: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                    json: import("@sinclair/typebox").TString;
                }>, import("@sinclair/typebox").TObject<{
                    header: import("@sinclair/typebox").TString;
                }>, import("@sinclair/typebox").TObject<{
                    cookie: import("@sinclair/typebox").TString;
                }>]>>>;
                think: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                expect: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>]>>;
                ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
            }>>>;
            flows: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                name: import("@sinclair/typebox").TString;
                weight: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
                steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                    name: import("@sinclair/typebox").TString;
                    method: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    path: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
                    body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    capture: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                        json: import("@sinclair/typebox").TString;
                    }>, import("@sinclair/typebox").TObject<{
                        header: import("@sinclair/typebox").TString;
                    }>, import("@sinclair/typebox").TObject<{
                        cookie: import("@sinclair/typebox").TString;
                    }>]>>>;
                    think: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
                    expect: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TInteger, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>]>>;
                    ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
                }>>;
            }>>>;
            ignore: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
            objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
            requests: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
                method: import("@sinclair/typebox").TString;
                path: import("@sinclair/typebox").TString;
                headers: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
                body: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>>;
        }>>;
        function: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            file: import("@sinclair/typebox").TString;
            time: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            batches: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            warmup: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
        }>>;
        command: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            run: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>;
            cwd: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            env: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
            runs: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            warmup: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
        }>>;
        page: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            start: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>>;
            cwd: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            env: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
            url: import("@sinclair/typebox").TString;
            ready: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            interaction: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
                click: import("@sinclair/typebox").TString;
            }>, import("@sinclair/typebox").TObject<{
                wait: import("@sinclair/typebox").TString;
            }>, import("@sinclair/typebox").TObject<{
                type: import("@sinclair/typebox").TObject<{
                    selector: import("@sinclair/typebox").TString;
                    text: import("@sinclair/typebox").TString;
                }>;
            }>, import("@sinclair/typebox").TObject<{
                goto: import("@sinclair/typebox").TString;
            }>]>>>;
            throttle: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
                cpu: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TNumber>;
                network: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            }>>;
            check: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
            trials: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
            timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            ready_timeout: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            objective: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            guards: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TString>>;
        }>>;
    }>>;
    check: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>]>>;
    ci: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        threshold: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        history: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        targets: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TObject<{
            threshold: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            informational: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TBoolean>;
            budget: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>>;
    }>>;
}>;
/** The config file as written by the user, after schema validation. */
export type ConfigFile = Static<typeof ConfigSchema>;
/** An http target as written. */
export type HttpTargetFile = Static<typeof HttpTarget>;
/** One flow step as written. */
export type FlowStepFile = Static<typeof FlowStep>;
/** A function target as written. */
export type FunctionTargetFile = Static<typeof FunctionTarget>;
/** The `ci` section as written. */
export type CiFile = Static<typeof Ci>;
/** A command target as written. */
export type CommandTargetFile = Static<typeof CommandTarget>;
export {};
