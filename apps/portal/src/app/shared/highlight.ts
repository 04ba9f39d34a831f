import { foldVietnamese } from '@dvc/shared/domain';

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Typed words shorter than this are not matched with a typo: too many short words are one letter apart. */
const MIN_TYPO_WORD = 3;

/**
 * Whether two words are at most one edit apart: a letter added, dropped, changed, or two neighbours swapped ("snh" and
 * "sinh", "lcih" and "lich") — the typos the catalogue search forgives.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ: number[] = [];
    for (let index = 0; index < a.length && differ.length <= 2; index++) if (a[index] !== b[index]) differ.push(index);
    if (differ.length === 1) return true;
    const [first, second] = differ;
    return differ.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let skipped = false;
  for (let i = 0, j = 0; i < shorter.length; j++) {
    if (shorter[i] === longer[j]) i++;
    else if (skipped) return false;
    else skipped = true;
  }
  return true;
}

/**
 * Splits `text` into plain and matching parts for every word of `query`, comparing without diacritics or case on both
 * sides ("khai sinh" matches "Khai Sinh"; "dang ky" matches "Đăng ký"). A typed word found nowhere marks the words of
 * the text one typo away from it ("snh" marks "sinh"), as the search found them. The parts are rendered as text nodes,
 * so nothing the user typed ever becomes markup.
 */
export function highlightSegments(text: string, query: string | null | undefined): TextSegment[] {
  if (!text) return [];
  const words = [...new Set(foldVietnamese(query ?? '').split(/\s+/).filter((word) => word.length > 0))];
  if (words.length === 0) return [{ text, match: false }];

  // Fold character by character, remembering which original character each folded one came from.
  const chars = Array.from(text);
  const pieces = chars.map((char) => foldVietnamese(char));
  const origin: number[] = [];
  pieces.forEach((piece, index) => {
    for (let count = 0; count < piece.length; count++) origin.push(index);
  });
  const folded = pieces.join('');

  const marked = new Array<boolean>(chars.length).fill(false);
  const mark = (at: number, length: number) => {
    const first = origin[at] ?? 0;
    const last = origin[at + length - 1] ?? first;
    marked.fill(true, first, last + 1);
  };
  const textWords = [...folded.matchAll(/[a-z0-9]+/g)];
  for (const word of words) {
    if (folded.includes(word)) {
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) mark(at, word.length);
    } else if (word.length >= MIN_TYPO_WORD) {
      for (const textWord of textWords) if (withinOneEdit(word, textWord[0])) mark(textWord.index, textWord[0].length);
    }
  }

  const segments: TextSegment[] = [];
  chars.forEach((char, index) => {
    const previous = segments[segments.length - 1];
    // A combining mark (folds to nothing) stays with the letter before it.
    const match = pieces[index] === '' && previous ? previous.match : (marked[index] ?? false);
    if (previous && previous.match === match) previous.text += char;
    else segments.push({ text: char, match });
  });
  return segments;
}
