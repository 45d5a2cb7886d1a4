import type { AskerKind } from '@vn-portal/schema';
import { randomToken } from '@vn-portal/sdk';

/**
 * An unsent question, kept for the life of the tab so an accidental reload loses nothing. Session
 * storage only, never local storage: the draft holds personal data, which must not outlive the
 * visit; and never the ID number, which is typed again.
 */
export interface QuestionDraft {
  kind: AskerKind | undefined;
  values: Record<string, string>;
  /** The idempotency key of this question: a retry, even after a reload, cannot create a second one. */
  key: string;
}

const neverKept = 'idNumber';
const storageKey = (scope: string) => `vn-portal:qa-draft:${scope}`;

export const newDraft = (): QuestionDraft => ({ kind: undefined, values: {}, key: randomToken() });

export function loadDraft(scope: string): QuestionDraft | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey(scope)) ?? 'null') as QuestionDraft | null;
    return stored && typeof stored.key === 'string' && typeof stored.values === 'object' ? stored : undefined;
  } catch {
    // Storage refused or the entry unreadable: the form starts empty.
    return undefined;
  }
}

export function saveDraft(scope: string, draft: QuestionDraft): void {
  const { [neverKept]: _idNumber, ...values } = draft.values;
  try {
    sessionStorage.setItem(storageKey(scope), JSON.stringify({ ...draft, values }));
  } catch {
    // Storage full or refused: the draft lives in this page only.
  }
}

export function clearDraft(scope: string): void {
  try {
    sessionStorage.removeItem(storageKey(scope));
  } catch {
    // Nothing was stored.
  }
}
