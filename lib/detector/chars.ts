/**
 * Character classes the detector's hand-written parsers use, by UTF-16 code unit: cheaper
 * than a regular expression per character, and exact about which spaces and digits count.
 */

/** Characters that several parts of the detector look for, named once. */
export const HYPHEN = 0x2d;
/** U+00AD: an invisible hyphenation point, which may split any word ("pa\u00ADra\u00ADgraph"). */
export const SOFT_HYPHEN = 0xad;
/** 第: opens a Chinese paragraph reference ("第29段") and the later items of its lists ("第9和第11段"). */
export const ORDINAL_MARK = 0x7b2c;

/** Spaces of every kind that can sit inside a reference: line breaks, NBSP, narrow NBSP, thin spaces, the ideographic space. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/** The value of an ASCII, Arabic-Indic, Eastern Arabic-Indic or full-width digit, else -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigit(code: number): boolean {
  return digitValue(code) >= 0;
}

export function isOpenBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

export function isCloseBracket(code: number): boolean {
  return code === 0x29 || code === 0xff09;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Letters of the scripts the detector reads: Latin with its accents, Greek, Cyrillic, Arabic, and CJK ideographs. */
export function isLetter(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x620 && code <= 0x64a) ||
    code === 0x640 || // tatweel, as in "هـ"
    (code >= 0x671 && code <= 0x6d3) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** A character that continues a word of an alphabetic script (letters and digits; not CJK, which has no spaces). */
export function isWordCharacter(code: number): boolean {
  return (isLetter(code) && !(code >= 0x4e00 && code <= 0x9fff)) || isDigit(code);
}

export function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The position after at most `max` spaces from `index`. */
export function skipSpaces(text: string, index: number, max: number): number {
  const limit = Math.min(text.length, index + max);
  while (index < limit && isSpace(text.charCodeAt(index))) index++;
  return index;
}

/** The position before at most `max` spaces ending at `index` (exclusive). */
export function skipSpacesBack(text: string, index: number, max: number): number {
  const limit = Math.max(0, index - max);
  while (index > limit && isSpace(text.charCodeAt(index - 1))) index--;
  return index;
}

/** Whether lower-casing may change the character: capitals, and, to be safe, letters of cased scripts the checks below do not sort. */
function mayBeCapital(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7; // Latin-1 capitals
  if (code >= 0x430 && code <= 0x45f) return false; // Cyrillic small letters
  return !(code >= 0x600 && code <= 0x6ff) && !isCjk(code); // Arabic and CJK have no case
}

/** Words lower-cased already: the same few come back again and again ("Paragraph", "Пункт"). */
const LOWERED = new Map<string, string>();
/** A hostile text may hold endless distinct words: the memory is emptied when it holds this many. */
const MAX_LOWERED = 1024;

/**
 * `word` in small letters. Most words the detector reads have no capital, and lower-casing
 * costs far more than looking: outside strings of one-byte characters the engine hands it to
 * its Unicode library.
 */
export function toSmallLetters(word: string): string {
  let index = 0;
  while (index < word.length && !mayBeCapital(word.charCodeAt(index))) index++;
  if (index === word.length) return word;
  let lowered = LOWERED.get(word);
  if (lowered === undefined) {
    if (LOWERED.size === MAX_LOWERED) LOWERED.clear();
    lowered = word.toLowerCase();
    LOWERED.set(word, lowered);
  }
  return lowered;
}

/** The word of at most 12 letters that ends at `end`, in small letters, and where it starts; null where none ends there. */
export function previousWord(text: string, end: number): { word: string; start: number } | null {
  let start = end;
  while (start > 0 && end - start < 12 && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isWordCharacter(text.charCodeAt(start - 1)))) return null;
  return { word: toSmallLetters(text.slice(start, end)), start };
}
