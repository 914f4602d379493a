/**
 * Sub-paragraph letters as UN texts write them in each script, mapped to the Latin letter
 * of the same rank, so that `(هـ)`, `д)` and `(e)` all address sub-paragraph (e).
 */
const ARABIC: Record<string, string> = {
  'أ': 'a', 'ا': 'a', 'ب': 'b', 'ج': 'c', 'د': 'd', 'هـ': 'e', 'ه': 'e', 'و': 'f', 'ز': 'g', 'ح': 'h', 'ط': 'i',
  'ي': 'j', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'س': 'o', 'ع': 'p', 'ف': 'q', 'ص': 'r', 'ق': 's', 'ر': 't',
};

// Russian UN texts letter sub-paragraphs а), b)… in the Cyrillic alphabet's order.
const CYRILLIC: Record<string, string> = {
  'а': 'a', 'б': 'b', 'в': 'c', 'г': 'd', 'д': 'e', 'е': 'f', 'ж': 'g', 'з': 'h', 'и': 'i', 'к': 'j', 'л': 'k', 'м': 'l', 'н': 'm',
};

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)$/;

/** The Latin sub-paragraph for what stands between the brackets, or null. */
export function subLetter(raw: string, parenthesised: boolean): string | null {
  const value = raw.toLowerCase();
  if (/^[a-z]$/.test(value)) return value;
  if (/^[a-z]{2}$/.test(value) && value[0] === value[1]) return value; // (aa) after (z)
  if (parenthesised && ROMAN.test(value)) return value;
  return ARABIC[raw] ?? CYRILLIC[value] ?? null;
}

/** Characters that can make up a sub-paragraph label. */
export const SUB_LABEL = '[a-zA-Z]{1,4}|هـ|[أابجدهوزحطيكلمنسعفصقر]|[а-нА-Н]';
