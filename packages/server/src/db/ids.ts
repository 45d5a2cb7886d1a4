import { randomBytes } from 'node:crypto';

/** A random, URL-safe id (96 bits): unguessable, so ids reveal neither counts nor order. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
