import type { Label } from '@dvc/shared/domain';

/** The API writes every message as "Vietnamese / English": the two halves, so a screen can show the chosen one. */
export function serverTextLabel(message: string): Label {
  const separator = message.indexOf(' / ');
  if (separator < 0) return { vi: message, en: message };
  return { vi: message.slice(0, separator).trim(), en: message.slice(separator + 3).trim() };
}
