/**
 * The word that opens a reference, read at an anchor the trigger scan found: a paragraph
 * word ("para.", "paragraphes", "párrafo", "пунктах", "الفقرتين", "§", "OP"), a
 * sub-paragraph word ("sub-paragraph", "подпункт", "الفقرة الفرعية"), or the word of
 * another document's numbered part ("rule 99 (b)": the rules of procedure).
 *
 * Words are read by hand, not by pattern: a word may be split by a hyphen at a line end
 * ("para-\ngraph"), and reading it is bounded by the longest word in the lists below.
 */
import { isAsciiLetter, isLetter, isWordCharacter, skipSpaces, toSmallLetters } from './chars';
import { CodeSet } from './code-set';

type KeywordKind = 'para' | 'sub' | 'other';

export interface Keyword {
  kind: KeywordKind;
  start: number;
  /** After the word and any abbreviation dot. */
  end: number;
  /** "OP 5", "PP3": the number must follow at once, or it is not this abbreviation. */
  tight: boolean;
}

const RUSSIAN_CASES = ['', 'а', 'е', 'у', 'ом', 'ы', 'ов', 'ах', 'ам', 'ами'];
const ARABIC_PARAGRAPH = ['فقرة', 'فقرتين', 'فقرتان', 'فقرات'];
// Proclitics glued to an Arabic word: the article, and "and", "with", "to", "so" before it.
const ARABIC_PREFIXES = ['', 'ال', 'وال', 'بال', 'فال', 'لل', 'و', 'ب', 'ل', 'وبال', 'ولل'];

function entries(kind: KeywordKind, words: string[]): [string, KeywordKind][] {
  return words.map((word) => [word, kind]);
}

const WORDS: ReadonlyMap<string, KeywordKind> = new Map([
  ...entries('para', ['para', 'paras', 'paragraph', 'paragraphs', 'paragraphe', 'paragraphes', 'párrafo', 'párrafos']),
  ...entries('para', RUSSIAN_CASES.map((ending) => `пункт${ending}`)),
  ...entries('para', ARABIC_PREFIXES.flatMap((prefix) => ARABIC_PARAGRAPH.map((word) => prefix + word))),
  ...entries('sub', ['sub-paragraph', 'sub-paragraphs', 'subparagraph', 'subparagraphs', 'sub-para', 'sub-paras', 'subpara', 'subparas']),
  ...entries('sub', ['sous-paragraphe', 'sous-paragraphes']),
  ...entries('sub', RUSSIAN_CASES.map((ending) => `подпункт${ending}`)),
  ...entries('other', ['rule', 'rules']),
]);

/** Abbreviations that are paragraph words only with their dot: "par. 5", "párr. 5", "п. 5". */
const DOTTED: ReadonlyMap<string, KeywordKind> = new Map([
  ['par', 'para'],
  ['párr', 'para'],
  ['párrs', 'para'],
  ['п', 'para'],
  ['пп', 'para'],
]);

/** "الفقرة الفرعية": the Arabic sub-paragraph is a paragraph word and an adjective. */
const ARABIC_SUB_ADJECTIVES = new Set(['الفرعية', 'الفرعيتين', 'الفرعيتان']);
/** What they all start with: the next word is read only after it. */
const ARABIC_SUB_ADJECTIVE_START = 'الفرعي';

const MAX_WORD = 24;
/** Short words that extracted text glues to the paragraph word after them. */
const GLUED_BEFORE = new Set(['in', 'of', 'to', 'at', 'on']);
const SECTION_SIGN = 0xa7;
const PILCROW = 0xb6;
const HYPHEN = 0x2d;
const SOFT_HYPHEN = 0xad;

/** Letters, and the hyphens that join a word's parts ("sub-paragraph", "para\u00ADgraph"). */
function isInWord(code: number): boolean {
  return isLetter(code) || code === HYPHEN || code === SOFT_HYPHEN;
}

function isArabic(code: number): boolean {
  return code >= 0x600 && code <= 0x6ff;
}

function isSymbolWord(code: number): boolean {
  return code === SECTION_SIGN || code === PILCROW;
}

/**
 * The letters of the word from `start`, skipping soft hyphens and joining a hyphen at a line
 * end ("para-\ngraph"), and where it ends. Null past MAX_WORD letters: no keyword is that long.
 */
function readWord(text: string, start: number): { word: string; end: number } | null {
  let word = '';
  let index = start;
  let segment = start;
  let softHyphens = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isLetter(code)) {
      index++;
    } else if (code === SOFT_HYPHEN && index > start) {
      word += text.slice(segment, index); // "para\u00ADgraph": a hyphenation point, not part of the word
      segment = ++index;
      softHyphens++;
    } else if (code === HYPHEN && isLetter(text.charCodeAt(index + 1)) && word.length + index - segment < 6) {
      index++; // "sub-paragraph", "sous-paragraphe": a short prefix and a hyphen
    } else if (code === HYPHEN && index > segment) {
      // Hyphenation at a line end: "para-\n  graph". The break must contain a line feed.
      const after = skipSpaces(text, index + 1, 8);
      const broken = text.slice(index + 1, after).includes('\n');
      if (!broken || !isLetter(text.charCodeAt(after))) break;
      word += text.slice(segment, index);
      index = segment = after;
    } else break;
    // Soft hyphens count too: a run of them is no word, and reading it must stay bounded.
    if (word.length + index - segment + softHyphens > MAX_WORD) return null;
  }
  word += text.slice(segment, index);
  return { word: toSmallLetters(word), end: index };
}

/** The keyword that the trigger at `anchor` belongs to, or null when it is only part of another word ("separate", "parallel"). */
export function readKeyword(text: string, anchor: number): Keyword | null {
  const code = text.charCodeAt(anchor);
  if (isSymbolWord(code)) {
    const end = isSymbolWord(text.charCodeAt(anchor + 1)) ? anchor + 2 : anchor + 1; // "§§ 3-5"
    return { kind: 'para', start: anchor, end, tight: false };
  }
  if ((code === 0x4f || code === 0x50) && text.charCodeAt(anchor + 1) === 0x50) {
    // "OP 5", "PP3": capitals only, standing alone.
    if (anchor > 0 && isWordCharacter(text.charCodeAt(anchor - 1))) return null;
    if (isAsciiLetter(text.charCodeAt(anchor + 2))) return null;
    return { kind: 'para', start: anchor, end: anchor + 2, tight: true };
  }

  // The word around the anchor: back to its start, forward to its end.
  let start = anchor;
  while (start > 0 && anchor - start < 12 && isInWord(text.charCodeAt(start - 1))) start--;
  // Past hyphens before the word, never past the anchor: over a run of them the skip would be unbounded.
  while (start < anchor && (text.charCodeAt(start) === HYPHEN || text.charCodeAt(start) === SOFT_HYPHEN)) start++;
  if (start > 0 && isWordCharacter(text.charCodeAt(start - 1))) return null;
  let read = readWord(text, start);
  // "inparagraph 1", "ofparagraph": text extracted from a PDF glues a short word to the paragraph word.
  if (read && !WORDS.has(read.word) && anchor - start === 2 && GLUED_BEFORE.has(toSmallLetters(text.slice(start, anchor)))) {
    start = anchor;
    read = readWord(text, start);
  }
  if (!read) return null;
  let { end } = read;
  let kind = WORDS.get(read.word);
  if (kind === undefined) {
    kind = DOTTED.get(read.word);
    if (kind === undefined || text.charCodeAt(end) !== 0x2e) return null;
  }
  if (text.charCodeAt(end) === 0x2e) end++; // "para.", "paras.", "п."

  if (kind === 'para' && isArabic(text.charCodeAt(start))) {
    const adjectiveStart = skipSpaces(text, end, 2);
    const adjective = adjectiveStart > end && text.startsWith(ARABIC_SUB_ADJECTIVE_START, adjectiveStart) ? readWord(text, adjectiveStart) : null;
    if (adjective && ARABIC_SUB_ADJECTIVES.has(adjective.word)) return { kind: 'sub', start, end: adjective.end, tight: false };
  }
  return { kind, start, end, tight: false };
}

/**
 * A set of short linking words ("and", "to", "из"), with their first and last letters and
 * their shapes (first letter and length): most words in a text have no such first letter,
 * shape or last letter, and are refused without being read.
 */
export interface WordSet {
  words: ReadonlySet<string>;
  firstLetters: CodeSet;
  lastLetters: CodeSet;
  shapes: CodeSet;
}

/** The longest word a WordSet holds ("through"). */
const MAX_LINKING_WORD = 7;

/** A capital's small letter, for the Latin and Cyrillic capitals linking words can start with. */
function lowerOf(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde)) return code | 0x20;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  return code;
}

function shapeOf(first: number, length: number): number {
  return lowerOf(first) * (MAX_LINKING_WORD + 1) + length;
}

export function wordSet(words: Iterable<string>): WordSet {
  const all = new Set(words);
  for (const word of all) if (word.length > MAX_LINKING_WORD) throw new Error(`"${word}" is longer than a linking word may be`);
  return {
    words: all,
    firstLetters: new CodeSet([...all].map((word) => word.charCodeAt(0))),
    lastLetters: new CodeSet([...all].map((word) => word.charCodeAt(word.length - 1))),
    shapes: new CodeSet([...all].map((word) => shapeOf(word.charCodeAt(0), word.length))),
  };
}

/** Words after which a lone letter is still a sub-paragraph: "para 29 e of", "paragraphe 29 e et". */
export const WORDS_AFTER_BARE_LETTER = wordSet([
  'of', 'in', 'and', 'or', 'to', 'on', 'at', 'du', 'de', 'del', 'des', 'et', 'ou', 'из', 'من', 'في', 'is', 'are', 'was', 'which', 'that', 'as',
]);

/** Whether a space-separated word at `index` is one of `set`'s words, and where it ends. */
export function wordAt(text: string, index: number, set: WordSet): number | null {
  if (!set.firstLetters.has(lowerOf(text.charCodeAt(index)))) return null;
  let end = index;
  while (end < text.length && end - index <= MAX_LINKING_WORD && isLetter(text.charCodeAt(end))) end++;
  if (end === index || end - index > MAX_LINKING_WORD || isWordCharacter(text.charCodeAt(end))) return null;
  if (!set.shapes.has(shapeOf(text.charCodeAt(index), end - index)) || !set.lastLetters.has(lowerOf(text.charCodeAt(end - 1)))) return null;
  return set.words.has(toSmallLetters(text.slice(index, end))) ? end : null;
}

