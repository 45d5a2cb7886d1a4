import { randomToken } from '@vn-portal/sdk';

/**
 * The random tokens a browser votes with, one per poll. Not personal data: drawn at random when
 * the visitor first votes in a poll, and kept in localStorage so that a later visit knows this
 * browser has voted. One per poll rather than one per browser, so that the server cannot link a
 * visitor's votes across polls. Browsers that refuse storage keep them for this page load only.
 */
const keyOf = (pollId: string) => `vn-portal:poll-voter:${pollId}`;
const thisLoad = new Map<string, string>();

/** The token this browser voted with in the poll, if it did (or tried to). */
export function storedVoterToken(pollId: string): string | undefined {
  try {
    return localStorage.getItem(keyOf(pollId)) ?? thisLoad.get(pollId);
  } catch {
    return thisLoad.get(pollId);
  }
}

/**
 * The token to vote with, drawn and stored before the vote is sent: a vote sent again after a
 * network error carries the same token, so the server never counts it twice.
 */
export function voterTokenFor(pollId: string): string {
  const existing = storedVoterToken(pollId);
  if (existing !== undefined) return existing;
  // 18 random bytes are 24 base64url characters, what the schema's `voterToken` accepts.
  const token = randomToken(18);
  thisLoad.set(pollId, token);
  try {
    localStorage.setItem(keyOf(pollId), token);
  } catch {
    // Storage blocked or full: remembered for this page load.
  }
  return token;
}
