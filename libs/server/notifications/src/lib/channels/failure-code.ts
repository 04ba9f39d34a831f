/**
 * A failure named by its code, never its message: SMTP and gateway messages often quote the address or number.
 */
export function failureCode(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  return [typeof code === 'string' ? code : error.name, typeof responseCode === 'number' ? String(responseCode) : null].filter(Boolean).join(' ');
}
