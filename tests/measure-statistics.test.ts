import { describe, expect, test } from '@jest/globals';
import { summarizeTask } from '../lib/measure/measure-function.js';
import { ResponseParser } from '../lib/measure/response-parser.js';
import { madOutliers, median, spreadOf } from '../lib/measure/spread.js';

describe('spread of repeated measurements', () => {
  test('matches values computed by hand', () => {
    // values 1,2,3,4,100: mean 22, median 3, |x-3| = 2,1,0,1,97 -> MAD 1; sample variance = 7610/4
    const s = spreadOf([4, 1, 100, 3, 2]);
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(22, 10);
    expect(s.median).toBe(3);
    expect(s.mad).toBe(1);
    expect(s.stddev).toBeCloseTo(Math.sqrt(7610 / 4), 10);
    expect([s.min, s.max]).toEqual([1, 100]);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  test("hyperfine's MAD rule flags only the run far beyond 14.826 scaled deviations", () => {
    // median 10, MAD 1: z = 0.6745 (x - 10); 40 -> 20.2 (outlier), 30 -> 13.5 (not)
    const out = madOutliers([10, 9, 11, 10, 30, 40, 10, 9, 11]);
    expect(out.map((o) => o.index)).toEqual([5]);
    expect(out[0]?.z).toBeCloseTo(0.6745 * 30, 10);
    expect(madOutliers([5, 5, 5, 9])).toEqual([]);
  });

  test('a function task reports the median batch mean and the MAD across batches, not rme', () => {
    const t = summarizeTask('parse', [
      { mean: 0.001, p99: 0.002, samples: 100 },
      { mean: 0.0012, p99: 0.003, samples: 90 },
      { mean: 0.0011, p99: 0.002, samples: 95 },
    ]);
    expect(t.mean_ns).toBeCloseTo(1100, 6);
    expect(t.ops_per_second).toBeCloseTo(1e9 / 1100, 3);
    expect(t.batch_mean_ns.mad).toBeCloseTo(100, 6);
    expect(t.spread_percent).toBeCloseTo((100 * 100) / 1100, 6);
    expect(t.iterations).toBe(285);
    expect(t.p99_ns).toBeCloseTo(2000, 6);
  });
});

describe('the response parser frames responses without building them', () => {
  const feed = (parser: ResponseParser, text: string, step: number) => {
    const bytes = Buffer.from(text, 'latin1');
    const out = [];
    for (let i = 0; i < bytes.length; i += step) {
      const r = parser.push(bytes.subarray(i, i + step));
      if (r !== undefined) out.push(r);
    }
    return out;
  };

  test.each([1, 3, 1000])('content-length and chunked bodies, fed %d bytes at a time', (step) => {
    const a = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello';
    const b = 'HTTP/1.1 503 Busy\r\nTransfer-Encoding: chunked\r\n\r\n3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n';
    const c = 'HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n';
    const parser = new ResponseParser();
    const out = [...feed(parser, a, step), ...feed(parser, b, step), ...feed(parser, c, step)];
    expect(out).toEqual([
      { status: 200, bytes: a.length, close: false },
      { status: 503, bytes: b.length, close: false },
      { status: 204, bytes: c.length, close: true },
    ]);
  });

  test('a body without length ends with the connection', () => {
    const parser = new ResponseParser();
    expect(parser.push(Buffer.from('HTTP/1.0 200 OK\r\n\r\npartial'))).toBeUndefined();
    expect(parser.end()).toEqual({ status: 200, bytes: 26, close: true });
  });

  test('garbage is refused', () => {
    expect(() => new ResponseParser().push(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow(/not an HTTP/);
  });
});
