import { describe, expect, test } from '@jest/globals';
import { redactText, redactValue, REDACTED } from '../lib/security/redact.js';

describe('secret redaction', () => {
  test.each([
    ['an Anthropic key', 'key is sk-ant-api03-abcdefghijklmnop', 'sk-ant-api03'],
    ['a bearer token', 'Authorization: Bearer abc.def.ghi123456', 'abc.def.ghi123456'],
    ['an auth header in JSON', '{"authorization":"Basic dXNlcjpwYXNz"}', 'dXNlcjpwYXNz'],
    ['a GitHub token', 'token ghp_abcdefghijklmnopqrstuvwxyz123456', 'ghp_abcdefghij'],
  ])('removes %s', (_name, input, secret) => {
    const out = redactText(input, []);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  test('removes the exact value of a secret environment variable whatever its shape', () => {
    expect(redactText('using plainvalue12345 here', ['plainvalue12345'])).toBe(`using ${REDACTED} here`);
  });

  test('replaces values under secret-looking keys in nested objects', () => {
    const out = redactValue({ headers: { 'x-api-key': 'short', accept: 'json' }, list: ['Bearer zzzzzzzzzzzz'] }, []);
    expect(out).toEqual({ headers: { 'x-api-key': REDACTED, accept: 'json' }, list: [`Bearer ${REDACTED}`] });
  });

  test('leaves ordinary text alone', () => {
    expect(redactText('p99 latency 12.5 ms at 2000 req/s', [])).toBe('p99 latency 12.5 ms at 2000 req/s');
  });
});
