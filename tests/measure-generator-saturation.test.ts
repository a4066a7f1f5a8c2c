import { describe, expect, test } from '@jest/globals';
import http from 'node:http';
import { runLoad } from '../lib/measure/load.js';

describe('a saturated load generator makes the measurement invalid', () => {
  test('a generator over its CPU limit is reported as the limit, not the server', async () => {
    const server = http.createServer((_q, s) => s.end('x'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      // A limit of 1% of a core stands in for a generator running flat out.
      const r = await runLoad({ url: `http://127.0.0.1:${String(port)}/`, connections: 2, durationMs: 300, maxGeneratorCpuPercent: 1 });
      expect(r.generator.saturated).toBe(true);
      expect(r.valid).toBe(false);
      expect(r.invalidReasons.join()).toMatch(/the load generator used \d+% of a core \(limit 1%\)/);
    } finally {
      server.close();
    }
  });

  test('an open-loop generator whose event loop stalls cannot hold its rate and says so', async () => {
    const server = http.createServer((_q, s) => s.end('x'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    // Block the generator's own event loop for 300 ms in the middle of the window.
    const stall = setTimeout(() => {
      const until = Date.now() + 300;
      while (Date.now() < until) {
        // busy: the stand-in for a generator out of CPU
      }
    }, 250);
    try {
      const r = await runLoad({ url: `http://127.0.0.1:${String(port)}/`, connections: 4, durationMs: 800, rate: 500 });
      expect(r.generator.sendLagP99Ms).toBeGreaterThan(100);
      expect(r.generator.saturated).toBe(true);
      expect(r.invalidReasons.join()).toMatch(/sent requests [\d.]+ ms late \(p99\): it cannot hold a rate of 500\/s/);
    } finally {
      clearTimeout(stall);
      server.close();
    }
  });
});
