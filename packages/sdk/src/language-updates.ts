import type { LanguageUpdates } from '@vn-portal/schema';

/**
 * Whether a record's English is older than its Vietnamese, so may no longer say the same: clients
 * mark it, editors list such records to translate them again. The times are the server's ISO
 * instants, which compare as text.
 */
export function englishOutdated(updated: LanguageUpdates | undefined): boolean {
  return updated?.en !== undefined && updated.en < updated.vi;
}
