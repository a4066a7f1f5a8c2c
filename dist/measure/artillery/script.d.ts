import type { HttpTargetConfig } from '../../config/target-config.js';
/** The name of the measured phase, which the runner watches for in Artillery's output. */
export declare const MEASURE_PHASE = "perfflow-measure";
/** What {@link artilleryScript} produces: the script (no secret in it) and the secrets it refers to. */
export interface ArtilleryScript {
    script: Record<string, unknown>;
    /** Environment variables the script refers to, by name: the secret values. */
    secrets: Record<string, string>;
    /** Request names of the steps (`<flow>.<step>`), which metrics-by-endpoint reports per name. */
    stepNames: string[];
}
/** The load of one Artillery run. */
export interface ArtilleryRunShape {
    /** A concrete base URL (port filled in), whoever started the server. */
    url: string;
    /** Arrivals per second (requests, or flows for a flow target). */
    rate: number;
    durationMs: number;
    /** Connections the arrivals share in each worker (`config.http.pool`). */
    connections: number;
}
/**
 * A JSON pointer as the JSONPath Artillery's `capture.json` takes.
 * @param pointer - e.g. `/data/0/token`
 * @returns e.g. `$.data[0].token`
 */
export declare function jsonPathOf(pointer: string): string;
/**
 * Builds the Artillery script of a target for one run: one measured phase at a constant arrival
 * rate, the requests or flows, per-request-name metrics, and no secret.
 * @param target - the target from the config
 * @param shape - the concrete url, rate, duration and connections of this run
 * @returns the script, the secrets it refers to and the step names
 * @throws InputError `invalid-config` for what Artillery cannot send or a secret it could not keep out
 */
export declare function artilleryScript(target: HttpTargetConfig, shape: ArtilleryRunShape): ArtilleryScript;
