import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from './passwords.js';

// This file does not load the test database module, which lowers the cost for the other suites.
test('passwords are hashed with scrypt at N = 2^17, r = 8, and only the same password verifies', async () => {
  const stored = await hashPassword('mật khẩu đủ dài');
  assert.match(stored, /^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/, 'the production cost and a 16-byte salt are stored with the hash');
  assert.equal(await verifyPassword('mật khẩu đủ dài', stored), true, 'the same password verifies');
  assert.equal(await verifyPassword('mật khẩu đủ dài'.normalize('NFD'), stored), true, 'the same password typed decomposed verifies');
  assert.equal(await verifyPassword('mat khau du dai', stored), false, 'another password does not');
  assert.notEqual(await hashPassword('mật khẩu đủ dài'), stored, 'each hash has its own salt');
});
