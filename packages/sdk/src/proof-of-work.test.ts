import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { leadingZeroBits } from '@vn-portal/schema';
import { PortalError } from './errors.js';
import { proofOfWork, solveChallenge } from './proof-of-work.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest();

test('a solved challenge has the zero bits asked for, as the server checks them', async () => {
  for (const bits of [0, 1, 4, 8, 12]) {
    for (const length of [10, 55, 56, 63, 64, 120, 200]) {
      const challenge = randomBytes(length).toString('base64url').slice(0, length);
      const nonce = await solveChallenge(challenge, bits);
      assert.ok(leadingZeroBits(nodeSha256(`${challenge}:${nonce}`)) >= bits, `${bits} bits, challenge of ${length}`);
      // The smallest nonce: none before it solves the challenge.
      for (let earlier = 0; earlier < Math.min(nonce, 64); earlier += 1) {
        assert.ok(leadingZeroBits(nodeSha256(`${challenge}:${earlier}`)) < bits, `nonce ${String(earlier)}, smaller than the one found, does not solve the challenge`);
      }
    }
  }
});

test('solving stops when the request is aborted', async () => {
  const controller = new AbortController();
  const solving = solveChallenge('never-solved-in-time', 32, controller.signal);
  setTimeout(() => {
    controller.abort();
  }, 50);
  await assert.rejects(solving, (error: unknown) => error instanceof PortalError && error.kind === 'abort');
});

test('a challenge answer that is not one is a validation error', async () => {
  await assert.rejects(
    proofOfWork(() => Promise.resolve({ challenge: 42 })),
    (error: unknown) => error instanceof PortalError && error.kind === 'validation',
  );
  assert.equal(await proofOfWork(() => Promise.resolve({ challenge: 'abc', bits: 0, algorithm: 'sha-256' })), 'abc:0');
});

/**
 * The visitor's cost, measured (not asserted: the machine is shared): time to solve challenges at
 * the default difficulty, printed as a distribution, with what a slow phone pays (about an eighth
 * of this speed: low-end Android phones run JavaScript 6 to 10 times slower than a desktop core).
 */
test('cost of the proof of work at the default 16 bits: the distribution of solve times', async (t) => {
  const bits = 16;
  const samples = 48;
  const times: number[] = [];
  let hashes = 0;
  for (let n = 0; n < samples; n += 1) {
    const challenge = `v1.submitQuestion.${bits}.${Date.now().toString(36)}.${randomBytes(12).toString('base64url')}.${randomBytes(16).toString('base64url')}`;
    const started = performance.now();
    const nonce = await solveChallenge(challenge, bits);
    times.push(performance.now() - started);
    hashes += nonce + 1;
    assert.ok(leadingZeroBits(nodeSha256(`${challenge}:${nonce}`)) >= bits, `nonce ${String(nonce)} solves the challenge with ${String(bits)} leading zero bits`);
  }
  times.sort((a, b) => a - b);
  const at = (quantile: number) => times[Math.min(times.length - 1, Math.floor(quantile * times.length))] ?? 0;
  const rate = hashes / (times.reduce((sum, time) => sum + time, 0) / 1000);
  const slowPhone = 8;
  const ms = (value: number) => `${Math.round(value)} ms`;
  t.diagnostic(`${samples} challenges of ${bits} bits: ${Math.round(rate / 1000)}k hashes/s here`);
  t.diagnostic(`here: median ${ms(at(0.5))}, p90 ${ms(at(0.9))}, max ${ms(at(1))}`);
  t.diagnostic(`expected on a slow phone (${slowPhone}× slower, ${Math.round(rate / slowPhone / 1000)}k hashes/s): mean ${ms(((2 ** bits) / (rate / slowPhone)) * 1000)}, median ${ms(at(0.5) * slowPhone)}, p90 ${ms(at(0.9) * slowPhone)}, p99 (4.6× the mean) ${ms(((4.6 * 2 ** bits) / (rate / slowPhone)) * 1000)}`);
});
