import { SMS_MAX_CHARS } from '../notifications.constants';

/** GSM 03.38 default alphabet: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: an escape plus one septet each. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/** Characters that have a plain GSM spelling. */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/đ/g, 'd'],
  [/Đ/g, 'D'],
  [/₫/g, 'dong'],
  [/[–—]/g, '-'],
  [/[“”«»]/g, '"'],
  [/[‘’]/g, "'"],
  [/…/g, '...'],
];

/**
 * Vietnamese without diacritics on one line, in the GSM alphabet (what every handset shows and what fits 160 characters
 * in one SMS; with diacritics an SMS falls back to UCS-2 and 70 characters). Anything still outside GSM becomes '?'.
 */
export function toSmsText(text: string): string {
  let plain = text;
  for (const [pattern, replacement] of REPLACEMENTS) plain = plain.replace(pattern, replacement);
  plain = plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return [...plain.replace(/\s+/g, ' ').trim()].map((char) => (GSM_BASIC.has(char) || GSM_EXTENDED.has(char) ? char : '?')).join('');
}

/** Length in GSM septets, or null when the text needs UCS-2. */
export function gsmLength(text: string): number | null {
  let length = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) length += 1;
    else if (GSM_EXTENDED.has(char)) length += 2;
    else return null;
  }
  return length;
}

function gsmLengthOf(text: string): number {
  return gsmLength(text) ?? Number.POSITIVE_INFINITY;
}

/**
 * One SMS from a fixed head and tail around a part that may be shortened (a reason, a list): the part is cut with
 * "..." so that the whole fits `max` characters, or left out when even a few characters of it do not fit. The head
 * and tail are never cut (the text may then exceed `max`; the gateway sends two segments).
 */
export function fitSms(head: string, shortenable: string, tail = '', max = SMS_MAX_CHARS): string {
  const [start, middle, end] = [toSmsText(head), toSmsText(shortenable), toSmsText(tail)];
  const join = (part: string) => [start, part, end].filter(Boolean).join(' ');
  const whole = join(middle);
  if (gsmLengthOf(whole) <= max) return whole;
  // What the head, the tail and the spaces take: the whole with a one-character part, minus that character.
  const room = max - (gsmLengthOf(join('x')) - 1) - '...'.length;
  if (room < 8) return join('');
  let cut = '';
  for (const char of middle) {
    if (gsmLengthOf(cut + char) > room) break;
    cut += char;
  }
  return join(`${cut.trimEnd()}...`);
}
