// The load generator. Client choice: raw `net` sockets with a request serialised once and a parser
// that only frames responses (response-parser.ts). undici allocates header objects and promises per
// request and autocannon parses every header; both cost the generator CPU that a baseline must
// spend on the server instead (bench/measure.bench.mjs measures the rates side by side).
// Latencies go into an HdrHistogram (hdr-histogram-js, the same recorder wrk2 and autocannon use)
// with 1 µs lowest discernible value and 3 significant digits: microsecond resolution up to 2 ms and
// 0.1% relative error above, in constant memory whatever the request count.
import net from 'node:net';
import tls from 'node:tls';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as hdr from 'hdr-histogram-js';
import { InputError } from '../errors.js';
import { ResponseParser, ResponseParseError } from './response-parser.js';
function buildRequest(url, method, headers, body) {
    const lower = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
    if (!lower.has('host'))
        lines.push(`Host: ${url.host}`);
    if (!lower.has('user-agent'))
        lines.push('User-Agent: perfflow');
    if (!lower.has('accept'))
        lines.push('Accept: */*');
    for (const [name, value] of Object.entries(headers)) {
        if (/[\r\n]/.test(name + value))
            throw new InputError('invalid-config', `header '${name}' contains a line break; remove it`);
        lines.push(`${name}: ${value}`);
    }
    const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body, 'utf8');
    if (body !== undefined || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) {
        if (!lower.has('content-length'))
            lines.push(`Content-Length: ${String(payload.length)}`);
    }
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}
function summarize(histogram) {
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
/**
 * A new latency recorder: microseconds from 1 µs to 10 minutes, 3 significant digits.
 * @returns the histogram
 */
export function latencyHistogram() {
    return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3, autoResize: true });
}
/**
 * Drives HTTP load against a URL and records latency in microseconds. Closed loop (the default):
 * every connection sends its next request as soon as the previous answer arrived. Open loop (`rate`):
 * requests are due at a constant rate whatever the server does, and latency counts from the due time
 * (or from when the generator's timer fired, if it fired late; that lag is reported on its own),
 * so a stalled server is charged for the requests it kept waiting (coordinated omission corrected).
 * The generator watches its own CPU and event-loop delay and marks the result invalid when it, not
 * the server, was the limit.
 * @param options - target, load shape and thresholds
 * @returns the measurement
 * @throws InputError `invalid-config` for a URL that is not http(s) or a header with line breaks
 */
export async function runLoad(options) {
    let url;
    try {
        url = new URL(options.url);
    }
    catch (error) {
        throw new InputError('invalid-config', `'${options.url}' is not a URL`, { cause: error });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new InputError('invalid-config', `'${options.url}': only http and https URLs can be measured`);
    const method = (options.method ?? 'GET').toUpperCase();
    const request = buildRequest(url, method, options.headers ?? {}, options.body);
    const secure = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || (secure ? 443 : 80));
    const warmupMs = options.warmupMs ?? 0;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const rate = options.rate;
    const open = rate !== undefined;
    const interval = open ? 1000 / rate : 0;
    const latency = latencyHistogram();
    const sendLag = open ? latencyHistogram() : undefined;
    const statuses = new Uint32Array(600);
    const errorKinds = new Map();
    let requests = 0;
    let responses = 0;
    let errors = 0;
    let bytesRead = 0;
    const t0 = performance.now();
    const measureStart = t0 + warmupMs;
    const measureEnd = measureStart + options.durationMs;
    const drainDeadline = measureEnd + Math.min(timeoutMs, Math.max(1000, options.durationMs));
    let phase = 'load';
    let cpuStart = process.cpuUsage();
    let windowStartedAt = measureStart;
    let windowEndedAt = measureEnd;
    let measuring = false;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    if (warmupMs === 0) {
        measuring = true;
        loopDelay.enable();
    }
    // Open loop: the due times not yet sent, oldest first, and when the generator's timer noticed each.
    const due = [];
    const noticed = [];
    let dueHead = 0;
    let nextDue = t0;
    const fail = (kind, record) => {
        if (!record)
            return;
        errors += 1;
        errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    };
    let finish = () => undefined;
    const finished = new Promise((resolve) => {
        finish = resolve;
    });
    const connections = [];
    const send = (conn, origin, intended) => {
        const socket = conn.socket;
        if (socket === undefined)
            return;
        const now = performance.now();
        conn.busy = true;
        conn.origin = origin;
        conn.sentAt = now;
        conn.record = intended >= measureStart && intended < measureEnd;
        conn.parser.headRequest = method === 'HEAD';
        if (conn.record)
            requests += 1;
        socket.write(request);
    };
    const next = (conn) => {
        if (conn.busy || conn.socket === undefined || phase === 'done')
            return;
        if (open) {
            if (dueHead < due.length) {
                const intended = due[dueHead] ?? 0;
                const origin = noticed[dueHead] ?? intended;
                dueHead += 1;
                if (dueHead > 4096 && dueHead * 2 > due.length) {
                    due.splice(0, dueHead);
                    noticed.splice(0, dueHead);
                    dueHead = 0;
                }
                send(conn, origin, intended);
            }
            return;
        }
        if (phase === 'load') {
            const now = performance.now();
            send(conn, now, now);
        }
    };
    const maybeDone = () => {
        if (phase !== 'drain')
            return;
        if (connections.some((c) => c.busy) || dueHead < due.length)
            return;
        phase = 'done';
        finish();
    };
    const onResponse = (conn, response) => {
        const now = performance.now();
        conn.busy = false;
        if (conn.record) {
            responses += 1;
            bytesRead += response.bytes;
            statuses[response.status < 600 ? response.status : 599] = (statuses[response.status < 600 ? response.status : 599] ?? 0) + 1;
            latency.recordValue(Math.max(1, Math.round((now - conn.origin) * 1000)));
        }
        if (response.close) {
            conn.socket?.destroy();
            conn.socket = undefined;
            conn.parser = new ResponseParser();
            if (phase !== 'done')
                connect(conn);
            maybeDone();
            return;
        }
        next(conn);
        maybeDone();
    };
    const connect = (conn) => {
        const socket = secure ? tls.connect({ host, port, servername: host, rejectUnauthorized: false }) : net.connect({ host, port });
        conn.socket = socket;
        socket.setNoDelay(true);
        socket.once(secure ? 'secureConnect' : 'connect', () => {
            next(conn);
        });
        socket.on('data', (chunk) => {
            if (conn.socket !== socket)
                return;
            let response;
            try {
                response = conn.parser.push(chunk);
            }
            catch (error) {
                fail(error instanceof ResponseParseError ? 'bad-response' : 'error', conn.busy && conn.record);
                conn.busy = false;
                socket.destroy();
                return;
            }
            if (response !== undefined)
                onResponse(conn, response);
        });
        socket.on('error', (error) => {
            if (conn.socket !== socket)
                return;
            fail(error.code ?? 'error', conn.busy && conn.record);
            conn.busy = false;
        });
        socket.on('close', () => {
            if (conn.socket !== socket)
                return;
            const last = conn.parser.end();
            if (last !== undefined && conn.busy) {
                conn.socket = undefined;
                onResponse(conn, last);
            }
            else if (conn.busy) {
                fail('closed', conn.record);
                conn.busy = false;
            }
            conn.socket = undefined;
            conn.parser = new ResponseParser();
            if (phase !== 'done') {
                // A refused or reset connection is retried after a short pause, not in a tight loop.
                setTimeout(() => {
                    if (phase !== 'done' && conn.socket === undefined)
                        connect(conn);
                }, 10);
            }
            maybeDone();
        });
    };
    for (let i = 0; i < options.connections; i += 1) {
        const conn = { socket: undefined, parser: new ResponseParser(), busy: false, origin: 0, sentAt: 0, record: false };
        connections.push(conn);
        connect(conn);
    }
    // Open loop: releases the due requests every millisecond.
    let scheduler;
    const schedule = () => {
        const now = performance.now();
        const limit = Math.min(now, measureEnd);
        while (nextDue <= limit) {
            due.push(nextDue);
            // Latency counts from the due time; when the timer itself fired late, from the moment it fired:
            // that lateness is the generator's (reported as send lag, invalid above 10 ms), while every wait
            // for a connection the server kept busy is still charged to the server.
            noticed.push(Math.max(nextDue, now));
            if (nextDue >= measureStart)
                sendLag?.recordValue(Math.max(1, Math.round((now - nextDue) * 1000)));
            nextDue += interval;
        }
        for (const conn of connections) {
            if (dueHead >= due.length)
                break;
            next(conn);
        }
        if (phase === 'load' && nextDue < measureEnd)
            scheduler = setTimeout(schedule, Math.max(0, Math.min(1, nextDue - performance.now())));
    };
    if (open)
        scheduler = setTimeout(schedule, 0);
    // Timeouts, phase changes and progress, checked every 50 ms.
    let lastProgress = t0;
    const ticker = setInterval(() => {
        const now = performance.now();
        if (!measuring && now >= measureStart && phase === 'load') {
            measuring = true;
            windowStartedAt = now;
            cpuStart = process.cpuUsage();
            loopDelay.enable();
        }
        if (phase === 'load' && now >= measureEnd) {
            phase = 'drain';
            windowEndedAt = now;
            maybeDone();
        }
        if (phase === 'drain' && now >= drainDeadline) {
            for (const conn of connections) {
                if (conn.busy)
                    fail('unfinished', conn.record);
                conn.busy = false;
            }
            for (let i = dueHead; i < due.length; i += 1) {
                if ((due[i] ?? 0) < measureStart)
                    continue;
                fail('unsent', true);
                requests += 1;
            }
            dueHead = due.length;
            phase = 'done';
            finish();
        }
        for (const conn of connections) {
            if (conn.busy && now - conn.sentAt > timeoutMs) {
                fail('timeout', conn.record);
                conn.busy = false;
                conn.socket?.destroy();
            }
        }
        if (options.onProgress !== undefined && now - lastProgress >= 1000) {
            lastProgress = now;
            options.onProgress(Math.min(now - t0, warmupMs + options.durationMs), warmupMs + options.durationMs);
        }
    }, 50);
    await finished;
    const cpu = process.cpuUsage(cpuStart);
    loopDelay.disable();
    clearInterval(ticker);
    if (scheduler !== undefined)
        clearTimeout(scheduler);
    for (const conn of connections)
        conn.socket?.destroy();
    // Recording is exact (by origin time); the CPU window follows the 50 ms ticker.
    const windowMs = options.durationMs;
    const cpuPercent = ((cpu.user + cpu.system) / 1000 / Math.max(1, windowEndedAt - windowStartedAt)) * 100;
    const eventLoopDelayP99Ms = loopDelay.count === 0 ? 0 : loopDelay.percentile(99) / 1e6;
    const sendLagP99Ms = sendLag === undefined || sendLag.totalCount === 0 ? null : sendLag.getValueAtPercentile(99) / 1000;
    const maxCpu = options.maxGeneratorCpuPercent ?? 90;
    const invalidReasons = [];
    if (cpuPercent >= maxCpu) {
        invalidReasons.push(`the load generator used ${cpuPercent.toFixed(0)}% of a core (limit ${String(maxCpu)}%): the rate measured is the generator's, not the server's; lower connections or set a rate below the server's capacity`);
    }
    if (eventLoopDelayP99Ms > 100) {
        invalidReasons.push(`the load generator's event loop was delayed ${eventLoopDelayP99Ms.toFixed(0)} ms (p99): its timings are not trustworthy`);
    }
    if (sendLagP99Ms !== null && sendLagP99Ms > Math.max(10, 5 * interval)) {
        invalidReasons.push(`the load generator sent requests ${sendLagP99Ms.toFixed(1)} ms late (p99): it cannot hold a rate of ${String(rate)}/s`);
    }
    const saturated = invalidReasons.length > 0;
    const minSamples = options.minSamples ?? 100;
    if (responses < minSamples)
        invalidReasons.push(`only ${String(responses)} responses were recorded (minimum ${String(minSamples)}); measure longer`);
    const statusCodes = {};
    let non2xx = 0;
    statuses.forEach((count, status) => {
        if (count === 0)
            return;
        statusCodes[String(status)] = count;
        if (status < 200 || status > 299)
            non2xx += count;
    });
    const result = {
        mode: open ? 'open' : 'closed',
        connections: options.connections,
        rate: rate ?? null,
        durationMs: windowMs,
        warmupMs,
        requests,
        responses,
        errors,
        errorKinds: Object.fromEntries(errorKinds),
        non2xx,
        statusCodes,
        bytesRead,
        throughputRps: (responses / windowMs) * 1000,
        bytesPerSecond: (bytesRead / windowMs) * 1000,
        latencyUs: summarize(latency),
        resolutionUs: 1,
        generator: { cpuPercent, eventLoopDelayP99Ms, sendLagP99Ms, saturated },
        valid: invalidReasons.length === 0,
        invalidReasons,
    };
    latency.destroy();
    sendLag?.destroy();
    return result;
}
