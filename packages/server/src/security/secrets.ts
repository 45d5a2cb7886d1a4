import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const sealedPrefix = 'v1';

/**
 * Cryptography over one master key: AES-256-GCM for personal data at rest, HMAC-SHA-256 for API
 * key secrets. Each use gets its own key derived with HKDF, so no key serves two purposes.
 */
export class Secrets {
  readonly #cipherKey: Buffer;
  readonly #apiKeyHashKey: Buffer;
  readonly #contactIndexKey: Buffer;
  readonly #challengeKey: Buffer;
  readonly #voteAddressKey: Buffer;

  constructor(masterKey: Buffer) {
    const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `vn-portal ${purpose}`, 32));
    this.#cipherKey = derive('personal-data');
    this.#apiKeyHashKey = derive('api-keys');
    this.#contactIndexKey = derive('contact-index');
    this.#challengeKey = derive('bot-check');
    this.#voteAddressKey = derive('vote-address');
  }

  /** Encrypts text; `context` (a row id) is authenticated so a value cannot be moved to another row. */
  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#cipherKey, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [sealedPrefix, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const [prefix, iv, tag, body] = sealed.split('.');
    if (prefix !== sealedPrefix || iv === undefined || tag === undefined || body === undefined) throw new Error('Not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.#cipherKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A fast keyed hash of an API key secret: secrets are long and random, so no slow hash is needed. */
  hashApiKeySecret(secret: string): string {
    return createHmac('sha256', this.#apiKeyHashKey).update(secret).digest('base64url');
  }

  /**
   * A keyed hash of a normalized contact (email or phone): finds a person's records without
   * storing the contact in the clear, and means nothing without the key.
   */
  contactHash(normalizedContact: string): string {
    return createHmac('sha256', this.#contactIndexKey).update(normalizedContact).digest('base64url');
  }

  /** The signature of a proof-of-work challenge, so that clients cannot make their own. */
  challengeTag(challenge: string): string {
    return createHmac('sha256', this.#challengeKey).update(challenge).digest('base64url').slice(0, 22);
  }

  /**
   * The key a voting address is counted under for one poll and day: the poll and the day are in
   * the hash, so rows of different polls or days cannot be linked to each other.
   */
  voteAddressKey(pollId: string, day: string, address: string): string {
    return createHmac('sha256', this.#voteAddressKey).update(`${pollId}\n${day}\n${address}`).digest('base64url');
  }

  /** Compares two hashes in constant time. */
  static sameHash(a: string, b: string): boolean {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  }
}
