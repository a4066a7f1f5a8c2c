import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issueToken, verifyPassword, verifyToken } from '../src/auth.js';
import { checkPermission } from '../src/permissions.js';

test('a right password logs in and a wrong one does not', () => {
  assert.deepEqual(verifyPassword('alice', 'correct-horse-battery-staple'), { name: 'alice', role: 'analyst' });
  assert.equal(verifyPassword('alice', 'wrong'), undefined);
});

test('a token names its user and a forged one is refused', () => {
  const token = issueToken({ name: 'bob', role: 'support' });
  assert.deepEqual(verifyToken(token), { name: 'bob', role: 'support' });
  assert.equal(verifyToken(`${token.split('.')[0]}.AAAA`), undefined);
});

test('the first matching rule decides', () => {
  assert.equal(checkPermission({ role: 'analyst' }, 'orders:read'), true);
  assert.equal(checkPermission({ role: 'support' }, 'billing:read'), false);
  assert.equal(checkPermission({ role: 'admin' }, 'billing:write'), true);
  assert.equal(checkPermission({ role: 'analyst' }, 'billing:read'), false);
  assert.equal(checkPermission({ role: 'team-7-viewer' }, 'orders:read'), false);
  assert.equal(checkPermission({ role: 'team-8-editor' }, 'orders:write'), true);
});
