import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt, memory-hard: N = 2^17, r = 8 (128 MiB per hash), the cost OWASP's password storage
 * guidance names for scrypt. The parameters are stored with each hash, so raising them later still
 * verifies the passwords hashed before.
 */
let cost = { N: 2 ** 17, r: 8, p: 1 };
const keyLength = 32;

/**
 * For test suites only: hash at scrypt's lowest sensible cost. At the real cost a hash takes most
 * of a second of CPU, and the suites sign in hundreds of times; verification follows the
 * parameters stored with each hash, so everything else runs as in production.
 */
export function hashCheaplyForTests(): void {
  cost = { N: 2 ** 10, r: 8, p: 1 };
}

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, scryptOptions, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let decoy: Promise<string> | undefined;

/**
 * A hash of no one's password, checked when the username is unknown, so that an unknown name costs
 * the same time as a wrong password and the answer does not tell which it was.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoy;
}

/** Long enough to resist guessing once the sign-in limits are passed; no composition rules (NIST SP 800-63B). */
export const minimumPasswordLength = 12;
