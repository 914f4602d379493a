/**
 * References at the anchors the trigger pass found. At each anchor a small hand-written
 * parser reads the paragraph word, the numbers, letters, lists and ranges after it, and what
 * is named right after ("of the 3rd APR", "of resolution 75/240"). Anchors inside a
 * reference already read are skipped, so each character is read a bounded number of times.
 */
import type { ReportId } from '../paragraph-key';
import { isCloseBracket, isDigit, isLetter, isOpenBracket, isWordCharacter, previousWord, skipSpaces, skipSpacesBack } from './chars';
import { isAfterChineseDocument, isAfterOtherDocument, isAgendaItemAt, isOtherDocumentAt, readLink } from './other-documents';
import { type Item, LIST_WORDS, readList, readMoreSubs, readNumber, readSub } from './paragraph-list';
import { readKeyword, wordAt, wordSet, type Keyword } from './paragraph-words';
import type { NamedReport } from './report-names';
import { readSubLabel } from './sub-letters';
import { codeSetOf } from './code-set';

/** One reference as read at an anchor: one item, or several for a list or range, and what they belong to. */
export interface ReadReference {
  items: Item[];
  /** Where the reading ended, past any closing word ("段") or bracket. */
  end: number;
  /** Said right next to the reference: a report (or a version alone), 'other' for another document, or nothing. */
  attribution: Attribution;
  /** The bare "(50 c)" form: a reference only where a report is being discussed. */
  bare: boolean;
  /** "OP 5", "PP3": parts of resolutions and decisions, a report's only where one is named right next to them. */
  resolutionPart?: boolean;
}

export interface Attribution {
  report: ReportId | 'other' | null;
  version: string | null;
}

const NONE: Attribution = { report: null, version: null };
const OTHER: Attribution = { report: 'other', version: null };
const SEGMENT = 0x6bb5; // 段, closes a Chinese paragraph reference
const SUB_SEGMENT = '分段'; // closes its sub-paragraphs
const ORDINAL_MARK = 0x7b2c; // 第
const MAX_GAP = 3;

/** "No. 5", "n° 5", "nos. 3": a number sign between the paragraph word and its number. */
const NUMBER_SIGN = /(?:nos?\.|n[°º]|№)\s{0,2}/iy;
/** "(see 50 c)", "(cf. 50 c)" */
const SEE = /(?:see|cf\.?)\s{1,2}/y;
/** Words before "(1 a)" that show it numbers something else: "Annex (1 a)", "Table (2 b)". */
const NOT_BEFORE_BARE = new Set(['annex', 'table', 'figure', 'fig', 'chart', 'box', 'page', 'section', 'article', 'chapter', 'item', 'point', 'rule', 'note', 'footnote', 'step', 'option', 'phase', 'model', 'version', 'resolution']);
/** "alinéa c) du paragraphe 50", "apartado c) del párrafo 50": the sub-paragraph before its paragraph. */
const SUB_WORDS_BEFORE = new Set(['alinéa', 'alinéas', 'alinea', 'apartado', 'apartados', 'inciso', 'incisos']);
const LINKS_BEFORE = new Set(['du', 'de', 'del', 'of', 'из']);
/** Their last letters, checked before reading the word. */
const LINK_ENDINGS = codeSetOf('ueflз');
/** Words before a paragraph word that belong to the reference: "operative paragraph 5". */
const QUALIFIERS = new Set(['operative', 'preambular']);
const QUALIFIER_ENDINGS = codeSetOf('eErR');
/** "from" before the first number of a range: "الفقرات من 28 إلى 30", "пункты с 3 по 5". */
const WORDS_BEFORE_RANGE = wordSet(['من', 'с', 'со']);
/** Words that may stand between an opening bracket and the reference: "(see para 5)". */
const ASIDE_WORDS = new Set(['see', 'cf', 'voir', 'véase', 'см']);

/**
 * The names in text order, looked up by where they start. The scan reads the text in order,
 * so the positions it asks about mostly grow: a cursor finds them with no map to build.
 */
class NamesByStart {
  private next = 0;

  constructor(private readonly names: readonly NamedReport[]) {}

  at(start: number): NamedReport | undefined {
    const { names } = this;
    while (this.next > 0 && names[this.next - 1]!.start >= start) this.next--;
    while (this.next < names.length && names[this.next]!.start < start) this.next++;
    const name = names[this.next];
    return name?.start === start ? name : undefined;
  }
}

/** The report or other document named right after a reference that ends at `end`. */
function attributionAfter(text: string, end: number, names: NamesByStart): Attribution {
  const link = readLink(text, end);
  // "du rapport A/79/214": the symbol after the noun, a document name at the noun.
  const atNoun = names.at(link.noun); // asked first: the cursor moves forward
  const name = names.at(link.end) ?? atNoun;
  if (name) return { report: name.report, version: name.version };
  return isOtherDocumentAt(text, link.noun) ? OTHER : NONE;
}

/** "alinéa c) du " before a paragraph word at `start`: the sub-paragraph and where the phrase starts. */
function subBefore(text: string, start: number): { sub: string; start: number } | null {
  const linkEnd = skipSpacesBack(text, start, 2);
  if (!LINK_ENDINGS.has(text.charCodeAt(linkEnd - 1))) return null; // quick refusal: no du, de, del, of, из
  const link = previousWord(text, linkEnd);
  if (!link || !LINKS_BEFORE.has(link.word)) return null;
  const close = skipSpacesBack(text, link.start, 2) - 1;
  if (close < 2 || !isCloseBracket(text.charCodeAt(close))) return null;
  let labelStart = close;
  while (labelStart > 0 && close - labelStart < 5 && isLetter(text.charCodeAt(labelStart - 1))) labelStart--;
  const label = readSubLabel(text, labelStart, true);
  if (!label || label.end !== close) return null;
  const open = isOpenBracket(text.charCodeAt(labelStart - 1)) ? labelStart - 1 : labelStart;
  const word = previousWord(text, skipSpacesBack(text, open, 2));
  return word && SUB_WORDS_BEFORE.has(word.word) ? { sub: label.sub, start: word.start } : null;
}

/** How far before a reference the bracket of "(see " or "(cf. " can be. */
const ASIDE_REACH = 8;

function bracketWithin(text: string, end: number, reach: number): boolean {
  for (let at = end - 1; at >= Math.max(0, end - reach); at--) if (isOpenBracket(text.charCodeAt(at))) return true;
  return false;
}

/** Whether the reference starting at `start` opens a bracketed aside: "(para 29 e)", "(see para 29 e)". Its closing bracket is then not a label's. */
function opensAside(text: string, start: number): boolean {
  if (isOpenBracket(text.charCodeAt(start - 1))) return true;
  if (!bracketWithin(text, start, ASIDE_REACH)) return false;
  let wordEnd = skipSpacesBack(text, start, 2);
  if (text.charCodeAt(wordEnd - 1) === 0x2e) wordEnd--; // "cf.", "см."
  const word = previousWord(text, wordEnd);
  return word !== null && ASIDE_WORDS.has(word.word) && isOpenBracket(text.charCodeAt(skipSpacesBack(text, word.start, 1) - 1));
}

function numberStart(text: string, keyword: Keyword): number {
  let at = keyword.end;
  if (keyword.tight) return text.charCodeAt(at) === 0x20 ? at + 1 : at;
  at = skipSpaces(text, at, MAX_GAP);
  if (text.charCodeAt(at) === 0x2e) at = skipSpaces(text, at + 1, MAX_GAP); // "para . 5" in extracted PDF text
  const from = wordAt(text, at, WORDS_BEFORE_RANGE); // "الفقرات من 28 إلى 30", "пунктах с 3 по 5"
  if (from !== null && isDigit(text.charCodeAt(skipSpaces(text, from, 2)))) return skipSpaces(text, from, 2);
  const code = text.charCodeAt(at);
  if (code !== 0x6e && code !== 0x4e && code !== 0x2116) return at; // n, N, №
  NUMBER_SIGN.lastIndex = at;
  return NUMBER_SIGN.test(text) ? NUMBER_SIGN.lastIndex : at;
}

function readParagraphWord(text: string, keyword: Keyword, names: NamesByStart): ReadReference | null {
  const from = numberStart(text, keyword);
  const inBrackets = opensAside(text, keyword.start);
  const list = readList(text, from, keyword.start, inBrackets);
  if (!list || isAgendaItemAt(text, list.end)) return null;
  let attribution = keyword.kind === 'other' ? OTHER : attributionAfter(text, list.end, names);
  if (attribution.report === null && isAfterOtherDocument(text, keyword.start)) attribution = OTHER;
  const first = list.items[0]!;
  const qualifierEnd = skipSpacesBack(text, keyword.start, 2);
  const qualifier = QUALIFIER_ENDINGS.has(text.charCodeAt(qualifierEnd - 1)) ? previousWord(text, qualifierEnd) : null;
  if (qualifier && QUALIFIERS.has(qualifier.word)) first.start = qualifier.start; // "operative paragraph 5"
  if (list.items.length === 1 && first.sub === null) {
    const sub = subBefore(text, keyword.start);
    if (sub) {
      first.sub = sub.sub;
      first.start = sub.start;
    }
  }
  return { items: list.items, end: list.end, attribution, bare: false, resolutionPart: keyword.tight };
}

/** "sub-paragraph (c) of paragraph 50", "подпункт c) пункта 50", "الفقرة الفرعية (ج) من الفقرة 50", or a lone "sub-paragraph (h)". */
function readSubParagraphWord(text: string, keyword: Keyword, names: NamesByStart): ReadReference | null {
  const inBrackets = opensAside(text, keyword.start);
  const first = readSub(text, keyword.end, false, inBrackets);
  // "sub-paragraph 4(b)": the paragraph's number first, then its letter.
  if (!first) return isDigit(text.charCodeAt(skipSpaces(text, keyword.end, MAX_GAP))) ? readParagraphWord(text, keyword, names) : null;
  const items: Item[] = [{ para: null, sub: first.sub, start: keyword.start, end: first.end }];
  let end = readMoreSubs(text, first.end, items, inBrackets);
  const linkEnd = readLink(text, end).end;
  const paragraphWord = linkEnd < text.length ? readKeyword(text, linkEnd) : null;
  if (paragraphWord?.kind === 'para' && paragraphWord.start === linkEnd) {
    const number = readNumber(text, numberStart(text, paragraphWord));
    if (number && !isLetter(text.charCodeAt(number.end))) {
      for (const item of items) item.para = number.value;
      // The paragraph's number comes last, so the last item's span runs to it.
      items[items.length - 1]!.end = end = number.end;
    }
  }
  return { items, end, attribution: attributionAfter(text, end, names), bare: false };
}

/** "第29段", "第29(e)段", "第3和5段", "第28至30段". */
function readChinese(text: string, anchor: number): ReadReference | null {
  const list = readList(text, anchor + 1, anchor, false);
  if (!list || text.charCodeAt(list.end) !== SEGMENT) return null;
  const last = list.items[list.items.length - 1]!;
  if (last.end === list.end) last.end++;
  let end = list.end + 1;
  // "第8段(a)和(b)分段": the sub-paragraphs follow the 段.
  const sub = list.items.length === 1 && last.sub === null ? readSub(text, end, false, false) : null;
  if (sub) {
    last.sub = sub.sub;
    last.end = sub.end;
    end = readMoreSubs(text, sub.end, list.items, false);
    if (text.startsWith(SUB_SEGMENT, end)) list.items[list.items.length - 1]!.end = end += SUB_SEGMENT.length;
  }
  return { items: list.items, end, attribution: isAfterChineseDocument(text, anchor) ? OTHER : NONE, bare: false };
}

/** A word of NOT_BEFORE_BARE, or its plural ("Options (1 a) …", "Annexes (2 b) …"). */
function numbersOtherThings(word: string): boolean {
  if (NOT_BEFORE_BARE.has(word)) return true;
  if (!word.endsWith('s')) return false;
  return NOT_BEFORE_BARE.has(word.slice(0, -1)) || (word.endsWith('es') && NOT_BEFORE_BARE.has(word.slice(0, -2)));
}

/** How many brackets back a list of them is followed: "Options (1 a), (1 b), (2 a) or (2 b)". */
const MAX_BRACKETS_BACK = 8;
const MAX_BRACKET = 12;

/** The verdict on the bracket judged last: a list of brackets is then judged once, not again from each of them. */
interface LastBracket {
  open: number;
  numbersOther: boolean;
}

/** The opening bracket of the bracket that a list word or comma before `open` continues ("(1 a) or (2 b)"), else -1. */
function bracketBefore(text: string, open: number, before: { word: string; start: number } | null): number {
  const wordEnd = skipSpacesBack(text, open, 2);
  let listEnd: number;
  if (before && LIST_WORDS.words.has(before.word)) listEnd = before.start;
  else if (text.charCodeAt(wordEnd - 1) === 0x2c) listEnd = wordEnd - 1;
  else return -1;
  const close = skipSpacesBack(text, listEnd, 2) - 1;
  if (!isCloseBracket(text.charCodeAt(close))) return -1;
  let previousOpen = close - 1;
  while (previousOpen > 0 && close - previousOpen < MAX_BRACKET && !isOpenBracket(text.charCodeAt(previousOpen))) previousOpen--;
  return isOpenBracket(text.charCodeAt(previousOpen)) ? previousOpen : -1;
}

/**
 * Whether the bracket at `open` follows a word that shows it numbers something else
 * ("Annex (1 a)"), directly or as a later bracket of a list that does ("Option (1 a) or
 * (2 b)"). Looks back a bounded number of brackets, and no further than the one judged last.
 */
function numbersSomethingElse(text: string, open: number, last: LastBracket): boolean {
  let verdict = false;
  for (let at = open, step = 0; at >= 0 && step < MAX_BRACKETS_BACK; step++) {
    if (at === last.open) {
      verdict = last.numbersOther;
      break;
    }
    const before = previousWord(text, skipSpacesBack(text, at, 2));
    if (before && numbersOtherThings(before.word)) {
      verdict = true;
      break;
    }
    at = bracketBefore(text, at, before);
  }
  last.open = open;
  last.numbersOther = verdict;
  return verdict;
}

/** The bare "(50 c)", "(50(c))", "(see 50 c)": a number and a letter alone in brackets. The brackets are not part of it. */
function readBare(text: string, anchor: number, lastBracket: LastBracket): ReadReference | null {
  if (anchor > 0 && isWordCharacter(text.charCodeAt(anchor - 1))) return null;
  if (numbersSomethingElse(text, anchor, lastBracket)) return null;
  SEE.lastIndex = anchor + 1;
  const start = SEE.test(text) ? SEE.lastIndex : anchor + 1;
  const number = readNumber(text, start);
  if (!number) return null;
  const sub = readSub(text, number.end, true, true);
  if (!sub || sub.end === number.end) return null;
  const close = skipSpaces(text, sub.end, 2);
  if (!isCloseBracket(text.charCodeAt(close))) return null;
  return { items: [{ para: number.value, sub: sub.sub, start, end: sub.end }], end: close + 1, attribution: NONE, bare: true };
}

function readAt(text: string, anchor: number, consumed: number, names: NamesByStart, lastBracket: LastBracket): ReadReference | null {
  const code = text.charCodeAt(anchor);
  if (isOpenBracket(code)) return readBare(text, anchor, lastBracket);
  if (code === ORDINAL_MARK) return readChinese(text, anchor);
  const keyword = readKeyword(text, anchor);
  if (!keyword || keyword.start < consumed) return null;
  return keyword.kind === 'sub' ? readSubParagraphWord(text, keyword, names) : readParagraphWord(text, keyword, names);
}

/**
 * No text that people read holds more references than this; one that does is built to be
 * hostile ("paras 1-50" a hundred thousand times would yield five million), so the scan stops.
 */
export const MAX_REFERENCES = 100_000;

export function scanReferences(text: string, anchors: Int32Array, names: readonly NamedReport[]): ReadReference[] {
  const namesByStart = new NamesByStart(names);
  const lastBracket: LastBracket = { open: -1, numbersOther: false };
  const found: ReadReference[] = [];
  let count = 0;
  let consumed = 0;
  for (const anchor of anchors) {
    if (anchor < consumed) continue;
    const read = readAt(text, anchor, consumed, namesByStart, lastBracket);
    if (!read) continue;
    if (count + read.items.length > MAX_REFERENCES) break;
    found.push(read);
    count += read.items.length;
    consumed = read.end;
  }
  return found;
}
