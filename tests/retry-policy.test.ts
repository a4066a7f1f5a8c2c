import { describe, expect, test } from '@jest/globals';
import { backoffDelay, classifyError, parseRetryAfter, retry, DEFAULT_RETRY_POLICY } from '../lib/retry/retry.js';

describe('retry delays', () => {
  test.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 4000],
  ])('after failed attempt %i the delay is %i ms', (attempt, delay) => {
    expect(backoffDelay(attempt, DEFAULT_RETRY_POLICY)).toBe(delay);
  });

  test('a custom policy grows by its factor and stops at its cap', () => {
    const policy = { max_attempts: 5, backoff: { initial_ms: 100, factor: 3, max_ms: 1000 }, on: ['timeout' as const] };
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, policy))).toEqual([100, 300, 900, 1000]);
  });
});

describe('Retry-After parsing', () => {
  test('reads delay-seconds', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
  });
  test('reads an HTTP date relative to now', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
  });
  test('ignores garbage', () => {
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });
});

describe('error classification', () => {
  const withCode = (code: string): Error => Object.assign(new Error('x'), { code });
  test.each([
    ['ECONNRESET', withCode('ECONNRESET'), 'network', true],
    ['ETIMEDOUT', withCode('ETIMEDOUT'), 'timeout', true],
    ['an undici socket error in the cause', new Error('fetch failed', { cause: withCode('UND_ERR_SOCKET') }), 'network', true],
    ['HTTP 429', Object.assign(new Error('rate'), { status: 429 }), 'rate_limit', true],
    ['HTTP 529', Object.assign(new Error('overloaded'), { status: 529 }), 'overloaded', true],
    ['HTTP 500', Object.assign(new Error('boom'), { status: 500 }), 'server_error', true],
    ['HTTP 400', Object.assign(new Error('bad'), { status: 400 }), 'permanent', false],
    ['an AbortError', Object.assign(new Error('aborted'), { name: 'AbortError' }), 'timeout', true],
    ['a message about a timeout', 'subagent timed out after 600s', 'timeout', true],
    ['a message about rate limits', 'API Error: rate limit exceeded', 'rate_limit', true],
    ['a plain bug', new TypeError('x is not a function'), 'permanent', false],
    ['a wrong file', 'could not find src/users.js', 'permanent', false],
  ])('%s', (_name, error, kind, transient) => {
    const result = classifyError(error, 0);
    expect(result.kind).toBe(kind);
    expect(result.transient).toBe(transient);
  });

  test('takes the retry-after header of an SDK-style error', () => {
    const error = Object.assign(new Error('429'), { status: 429, headers: { 'retry-after': '3' } });
    expect(classifyError(error, 0).retryAfterMs).toBe(3000);
  });
});

describe('retry()', () => {
  function fakeTime(): { sleeps: number[]; sleep: (ms: number) => Promise<void> } {
    const sleeps: number[] = [];
    return { sleeps, sleep: async (ms) => void sleeps.push(ms) };
  }

  test('retries transient failures with 1 s then 2 s and succeeds on the third attempt', async () => {
    const time = fakeTime();
    let calls = 0;
    const value = await retry(
      async () => {
        calls += 1;
        if (calls < 3) throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
        return 'ok';
      },
      { sleep: time.sleep, now: () => 0 },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    expect(time.sleeps).toEqual([1000, 2000]);
  });

  test('gives up after three attempts and rethrows the last error', async () => {
    const time = fakeTime();
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls += 1;
          throw Object.assign(new Error(`timeout ${calls}`), { code: 'ETIMEDOUT' });
        },
        { sleep: time.sleep, now: () => 0 },
      ),
    ).rejects.toThrow('timeout 3');
    expect(time.sleeps).toEqual([1000, 2000]);
  });

  test('never retries a permanent error', async () => {
    const time = fakeTime();
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls += 1;
          throw Object.assign(new Error('bad request'), { status: 400 });
        },
        { sleep: time.sleep },
      ),
    ).rejects.toThrow('bad request');
    expect(calls).toBe(1);
    expect(time.sleeps).toEqual([]);
  });

  test("honours a server's Retry-After when it is longer than the backoff", async () => {
    const time = fakeTime();
    let calls = 0;
    await retry(
      async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('slow down'), { status: 429, headers: { 'retry-after': '5' } });
        return calls;
      },
      { sleep: time.sleep, now: () => 0 },
    );
    expect(time.sleeps).toEqual([5000]);
  });

  test('does not retry an error kind the policy leaves out', async () => {
    const time = fakeTime();
    const policy = { ...DEFAULT_RETRY_POLICY, on: ['timeout' as const] };
    await expect(
      retry(async () => Promise.reject(Object.assign(new Error('503'), { status: 503 })), { policy, sleep: time.sleep }),
    ).rejects.toThrow('503');
    expect(time.sleeps).toEqual([]);
  });
});
