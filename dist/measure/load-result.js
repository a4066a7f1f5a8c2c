/**
 * The result of a finished run.
 * @param options - the run's options
 * @param tally - what the window counted
 * @param usage - the generator's CPU and event-loop delay over the window
 * @param sendLagP99Ms - open loop: how late the generator noticed due times (p99); null in closed loop
 * @returns the result
 */
export function loadResult(options, tally, usage, sendLagP99Ms) {
    const { cpuPercent, eventLoopDelayP99Ms } = usage;
    const invalidReasons = saturationReasons(options, usage, sendLagP99Ms);
    const saturated = invalidReasons.length > 0;
    const minSamples = options.minSamples ?? 100;
    if (tally.responses < minSamples)
        invalidReasons.push(`only ${String(tally.responses)} responses were recorded (minimum ${String(minSamples)}); measure longer`);
    const { statusCodes, non2xx } = statusCounts(tally.statuses);
    const windowMs = options.durationMs;
    return {
        mode: options.rate !== undefined ? 'open' : 'closed',
        connections: options.connections,
        rate: options.rate ?? null,
        durationMs: windowMs,
        warmupMs: options.warmupMs ?? 0,
        requests: tally.requests,
        responses: tally.responses,
        errors: tally.errors,
        errorKinds: Object.fromEntries(tally.errorKinds),
        non2xx,
        statusCodes,
        bytesRead: tally.bytesRead,
        throughputRps: (tally.responses / windowMs) * 1000,
        bytesPerSecond: (tally.bytesRead / windowMs) * 1000,
        latencyUs: summarize(tally.latency),
        resolutionUs: 1,
        generator: { cpuPercent, eventLoopDelayP99Ms, sendLagP99Ms, saturated },
        valid: invalidReasons.length === 0,
        invalidReasons,
    };
}
/** Why the generator, not the server, was the limit; empty when it was not. */
function saturationReasons(options, usage, sendLagP99Ms) {
    const { cpuPercent, eventLoopDelayP99Ms } = usage;
    const rate = options.rate;
    const interval = rate !== undefined ? 1000 / rate : 0;
    const maxCpu = options.maxGeneratorCpuPercent ?? 90;
    const reasons = [];
    if (cpuPercent >= maxCpu) {
        reasons.push(`the load generator used ${cpuPercent.toFixed(0)}% of a core (limit ${String(maxCpu)}%): the rate measured is the generator's, not the server's; lower connections or set a rate below the server's capacity`);
    }
    if (eventLoopDelayP99Ms > 100) {
        reasons.push(`the load generator's event loop was delayed ${eventLoopDelayP99Ms.toFixed(0)} ms (p99): its timings are not trustworthy`);
    }
    if (sendLagP99Ms !== null && sendLagP99Ms > Math.max(10, 5 * interval)) {
        reasons.push(`the load generator sent requests ${sendLagP99Ms.toFixed(1)} ms late (p99): it cannot hold a rate of ${String(rate)}/s`);
    }
    return reasons;
}
/**
 * Responses by status code (those seen), and how many were outside 200-299.
 * @param statuses - counts indexed by status
 * @returns the codes seen and the non-2xx count
 */
export function statusCounts(statuses) {
    const statusCodes = {};
    let non2xx = 0;
    statuses.forEach((count, status) => {
        if (count === 0)
            return;
        statusCodes[String(status)] = count;
        if (status < 200 || status > 299)
            non2xx += count;
    });
    return { statusCodes, non2xx };
}
/**
 * Latency percentiles of a histogram, µs (zeros when it is empty).
 * @param histogram - the recorder
 * @returns the summary
 */
export function summarize(histogram) {
    if (histogram.totalCount === 0)
        return { p50: 0, p90: 0, p99: 0, p999: 0, max: 0, min: 0, mean: 0, stddev: 0 };
    // Percentiles come back as the top of their bucket (0.1% wide); never report one above the max.
    const max = histogram.maxValue;
    const at = (p) => Math.min(histogram.getValueAtPercentile(p), max);
    return {
        p50: at(50),
        p90: at(90),
        p99: at(99),
        p999: at(99.9),
        max,
        min: histogram.minNonZeroValue,
        mean: histogram.mean,
        stddev: histogram.stdDeviation,
    };
}
