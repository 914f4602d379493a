/**
 * How search text is cut into words and words compared: letters and digits of any script,
 * case and accents ignored ("Résilience" finds "resilience"). The index and the snippet
 * highlighter share it, so what is found is what gets emphasised.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

const ASCII = /^\p{ASCII}*$/u;

/**
 * English and French function words: in nearly every entry, they would make each query
 * score the whole index and rank nothing better. Not indexed, and dropped from queries.
 */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'itself of on or our so such than that the their them then there these they this those to ' +
    'was we were what when which who will with would you ' +
    'au aux avec ce ces dans de des du elle en et il ils la le les leur leurs mais ne nous ou ' +
    'par pas pour qu que qui sa se ses son sur un une vous est sont été'
  ).split(' '),
);

export function normalizeTerm(term: string): string {
  // Most words are plain ASCII: skip the costly decomposition for them.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The indexed form of a word, or null for a word not worth indexing. */
export function indexTerm(term: string): string | null {
  const normal = normalizeTerm(term);
  return STOP_WORDS.has(normal) ? null : normal;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every word of `text` with where it starts and ends, for marking matches in place. */
export function* words(text: string): Generator<{ word: string; start: number; end: number }> {
  for (const match of text.matchAll(WORD)) {
    yield { word: match[0], start: match.index, end: match.index + match[0].length };
  }
}
