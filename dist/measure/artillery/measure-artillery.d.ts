import type { HttpTargetConfig } from '../../config/target-config.js';
import type { HttpMeasurement, HttpOverrides } from '../measure-http.js';
import type { ArtilleryEngine } from './command.js';
/**
 * Measures an http target through Artillery: starts its server when it has a start command (else
 * loads the url as it is, whoever runs it), runs each flow once, warms up with a short Artillery run
 * at the same rate, then measures one run while sampling the server's resources over the measured
 * phase only (Artillery's start-up of several seconds is left out).
 * @param target - the target, with engine artillery
 * @param engine - platform, workers, region
 * @param options - overrides and a progress reporter
 * @returns the measurement, with the engine for the environment block
 * @throws InputError `missing-engine` when Artillery is not installed; TargetError when the server or Artillery fails
 */
export declare function measureHttpWithArtillery(target: HttpTargetConfig, engine: ArtilleryEngine, options?: {
    overrides?: HttpOverrides;
    progress?: (message: string) => void;
}): Promise<HttpMeasurement>;
