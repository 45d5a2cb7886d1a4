import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const keyFileName = 'encryption.key';

function decodeKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error(`${source} must hold a 32-byte key, in hex (64 digits) or base64`);
  return key;
}

/**
 * The key personal data is encrypted with: from the configuration when given (several servers
 * sharing one PostgreSQL must share it), else from a key file in the data directory, created with
 * owner-only permissions on first start. Losing it makes the stored personal data unreadable.
 */
export function loadMasterKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) return decodeKey(configured, 'ENCRYPTION_KEY');
  const file = join(dataDir, keyFileName);
  try {
    return decodeKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  // `wx` fails if another process created the file meanwhile; then its key is the one to use.
  try {
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return decodeKey(readFileSync(file, 'utf8'), file);
  }
}
