/** Driver errors carry a code: SQLite's name (`SQLITE_CONSTRAINT_UNIQUE`) or PostgreSQL's SQLSTATE. */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Classifies a database error caused by the request rather than by the server: a constraint the
 * request broke (a reference still in use, a duplicate) or a value the column cannot hold.
 */
export function requestCausedDatabaseError(error: unknown): 'conflict' | 'invalid-value' | undefined {
  const code = codeOf(error);
  if (code === undefined) return undefined;
  if (code.startsWith('SQLITE_CONSTRAINT') || code.startsWith('23')) return 'conflict';
  if (code === 'SQLITE_TOOBIG' || code === 'SQLITE_MISMATCH' || code.startsWith('22')) return 'invalid-value';
  return undefined;
}
