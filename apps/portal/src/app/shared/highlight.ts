import { foldVietnamese } from '@dvc/shared/domain';

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matching parts for every word of `query`, comparing without diacritics or case on both
 * sides ("khai sinh" matches "Khai Sinh"; "dang ky" matches "Đăng ký"). The parts are rendered as text nodes, so
 * nothing the user typed ever becomes markup.
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
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const first = origin[at] ?? 0;
      const last = origin[at + word.length - 1] ?? first;
      marked.fill(true, first, last + 1);
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
