/** PostgreSQL error codes the services react to. */
export const PG_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated } = error as { code?: string; constraint?: string };
  return code === PG_UNIQUE_VIOLATION && (constraint === undefined || violated === constraint);
}
