export const DEFAULT_AFTER_LOGIN = '/ho-so-cua-toi';

/** Only paths of this site are followed after login (no `//evil.example` or `https://…`: no open redirect). */
export function safeReturnUrl(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return DEFAULT_AFTER_LOGIN;
  return raw;
}
