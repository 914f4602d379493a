/**
 * Whether a search reads as French: ICT4Peace's positions are in English, so a French query
 * that finds nothing is told so. Letters English does not use, or its most common small words.
 */
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœ]/i;
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'aux', 'une', 'sur', 'pour', 'dans', 'avec', 'par']);

export function looksFrench(query: string): boolean {
  return FRENCH_LETTERS.test(query) || query.toLowerCase().split(/[\s'’]+/).some((word) => FRENCH_WORDS.has(word));
}
