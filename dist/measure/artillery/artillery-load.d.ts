import type { HttpTargetConfig } from '../../config/target-config.js';
import type { ArtilleryEngine, ArtilleryInstall } from './command.js';
import { flowFigures } from './report.js';
import type { RequestFigures } from './report.js';
import type { ArtilleryRunInfo } from './run.js';
import type { ArtilleryRunShape } from './script.js';
/** What one Artillery run measured. */
export interface ArtilleryLoad {
    figures: RequestFigures;
    flow: ReturnType<typeof flowFigures>['flow'] | undefined;
    /** Figures Artillery does not give, with why. */
    notes: string[];
    /** Arrivals the script asked for, and arrivals Artillery started. */
    arrivals: {
        intended: number;
        started: number;
    };
    windowMs: number;
    run: ArtilleryRunInfo;
    /** From spawn to the first metric (Artillery's start-up), ms; null when the report gives no window. */
    startupMs: number | null;
    /** The Artillery process group's CPU over the report's window, percent of one core; null when not known. */
    cpuPercent: number | null;
    /** The report's window, first to last metric, ms (0 when not given). */
    activeMs: number;
    install: ArtilleryInstall;
    /** Load generators: AWS workers, or Artillery's local worker threads (one per core but one). */
    workers: number;
}
/**
 * The load generators a run uses: the configured AWS workers, or locally Artillery's own rule.
 * @param engine - the engine settings
 * @returns the worker count
 */
export declare function artilleryWorkers(engine: ArtilleryEngine): number;
/**
 * Runs the target's load once through Artillery and reads its report.
 * @param target - the target (its request or flows)
 * @param engine - platform, workers, region
 * @param shape - concrete url, rate, duration, connections
 * @param options - where to look for Artillery, an abort signal, a callback at the phase's start and end
 * @returns the figures, the run's timings and what Artillery could not give
 * @throws InputError `missing-engine` when Artillery is not installed; TargetError when the run fails
 */
export declare function runArtilleryLoad(target: HttpTargetConfig, engine: ArtilleryEngine, shape: ArtilleryRunShape, options: {
    resolveFrom: string[];
    signal?: AbortSignal | undefined;
    onPhase?: (event: 'start' | 'end') => void;
}): Promise<ArtilleryLoad>;
