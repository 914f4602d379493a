/**
 * What follows a paragraph word: one number or a list or range of them, each with its
 * sub-paragraphs — "29", "29 (e)", "29 e)", "29.e", "29e", "50 (c) and (h)", "29 (e)-(g)",
 * "3, 5 and 7", "28–30", "3 و5", "3和5", "28至30".
 *
 * Span rule (what each item's surface covers): the first item runs from the paragraph word to
 * the end of its number and sub-paragraph ("paras 3"); every later item covers its own number
 * and sub-paragraph ("5", "30 (a)", "(h)"); a paragraph inside a range, which has no number of
 * its own, covers the whole range ("28–30"). In "sub-paragraphs (a) and (b) of paragraph 12"
 * the number comes last, so the last item's span runs to it ("(b) of paragraph 12"). Every
 * loop reads bounded steps and stops at MAX_ITEMS, so a hostile list costs no more than a
 * short one.
 */
import { digitValue, isCjk, isCloseBracket, isDigit, isLetter, isOpenBracket, isSpace, isWordCharacter, skipSpaces, toSmallLetters } from './chars';
import { WORDS_AFTER_BARE_LETTER, wordAt, wordSet } from './paragraph-words';
import { letterRange, readSubLabel } from './sub-letters';
import { CodeSet, codeSetOf } from './code-set';

export interface Item {
  para: number | null;
  sub: string | null;
  /** "bis", "ter", "quater", "alt": a paragraph added in negotiation ("OP7ter", "63 bis", "34(g) bis"). */
  suffix?: string;
  start: number;
  end: number;
}

export interface ParsedList {
  items: Item[];
  end: number;
}

/** More than this many paragraphs is not a list of paragraphs. */
const MAX_ITEMS = 60;
/** A longer range ("paragraphs 1-200") is not a range of paragraphs: the reference is dropped. */
const MAX_RANGE = 50;
const MAX_DIGITS = 3;
/** A roman numeral after a letter label: "(a)(i)", "(a)(iv)". */
const ROMAN_NESTED = /^[ivx]+$/;
const ROMAN_START = codeSetOf('ivx');

/** Between two items of a list: "3 and 5", "(1 a) or (2 b)". */
export const LIST_WORDS = wordSet(['and', 'or', 'et', 'ou', 'y', 'o', 'и', 'или']);
const SUFFIX_WORDS = wordSet(['bis', 'ter', 'quater', 'alt']);
const RANGE_WORDS = wordSet(['to', 'through', 'à', 'au', 'a', 'al', 'hasta', 'до', 'по', 'إلى']);
const CJK_LIST_WORDS = codeSetOf('和及与');
const CJK_RANGE_WORDS = codeSetOf('至到');
/** After a comma, an item is a paragraph only if the list goes on or ends here ("para 3, 15 States" is not a list). */
const WORDS_AFTER_LIST_ITEM = wordSet([...LIST_WORDS.words, ...RANGE_WORDS.words, ...WORDS_AFTER_BARE_LETTER.words, 'del', 'de', 'в', 'из']);
const DASHES = new CodeSet([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);
const COMMAS = codeSetOf(',،、');
const QUOTES = codeSetOf('"”’»\'');
const AMPERSAND = 0x26;
const WAW = 0x648; // و, "and", often glued to the number after it: "3 و5"

export function readNumber(text: string, index: number): { value: number; end: number } | null {
  let value = 0;
  let end = index;
  for (let digit = digitValue(text.charCodeAt(end)); digit >= 0; digit = digitValue(text.charCodeAt(end))) {
    if (end - index === MAX_DIGITS) return null; // "2024", "1000": not a paragraph number
    value = value * 10 + digit;
    end++;
  }
  // "0", "05": not how paragraphs are numbered.
  if (end === index || digitValue(text.charCodeAt(index)) === 0) return null;
  const next = text.charCodeAt(end);
  // "75/240", "5.2", "1,000", "5:3": a symbol, a section or a figure, not a paragraph.
  if (next === 0x2f) return null;
  if ((next === 0x2e || next === 0x2c || next === 0x3a) && digitValue(text.charCodeAt(end + 1)) >= 0) return null;
  return { value, end };
}

/** Whether a lone letter at `end` stands as a label: followed by punctuation, a line end, or a linking word ("29 e of"). */
function endsBareLetter(text: string, end: number, label: string): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  // Not "e.g.", "i.e." nor "e. g.": a letter after the dot, or a space, a letter and a dot.
  if (next === 0x2e) return !isLetter(text.charCodeAt(end + 1)) && !(isSpace(text.charCodeAt(end + 1)) && isLetter(text.charCodeAt(end + 2)) && text.charCodeAt(end + 3) === 0x2e);
  if (next === 0x2c || next === 0x3b || next === 0x3a || isCloseBracket(next) || next === 0x5d || QUOTES.has(next)) return true; // 'the "paragraph 29 e"'
  if (!isSpace(next)) return false;
  const after = skipSpaces(text, end, 3);
  if (after >= text.length || text.charCodeAt(after) === 0x0a || text.slice(end, after).includes('\n')) return true;
  // "y" and "o" are also Spanish conjunctions: as a bare label they need punctuation after them.
  if (label === 'y' || label === 'o') return false;
  return wordAt(text, after, WORDS_AFTER_BARE_LETTER) !== null;
}

/**
 * A sub-paragraph label after a number at `index`: "(e)", " (e)", "e)", " e)"; where
 * `allowBare`, also "29.e", "29e" and " e" when the letter stands alone. `inBrackets`: the
 * reference sits inside brackets, so "e)" closes them and the bracket is not part of it.
 */
export function readSub(text: string, index: number, allowBare: boolean, inBrackets: boolean): { sub: string; end: number } | null {
  const from = skipSpaces(text, index, 2);
  if (isOpenBracket(text.charCodeAt(from))) {
    const label = readSubLabel(text, from + 1, true);
    if (label && isCloseBracket(text.charCodeAt(label.end))) return { sub: label.sub, end: label.end + 1 };
    return null;
  }
  const label = readSubLabel(text, from, true);
  if (label && isCloseBracket(text.charCodeAt(label.end))) {
    if (!inBrackets) return { sub: label.sub, end: label.end + 1 };
    if (label.sub.length === 1 && allowBare) return { sub: label.sub, end: label.end };
    return null;
  }
  if (!allowBare) return null;
  if (from === index) {
    // "29.e" and "29e": one letter glued to the number. After a dot it is a label unless a word or "e.g." follows.
    const dotted = text.charCodeAt(index) === 0x2e;
    const glued = readSubLabel(text, dotted ? index + 1 : index, false);
    if (!glued || glued.sub.length !== 1 || glued.sub.charCodeAt(0) >= 0x80) return null;
    const standsAlone = dotted ? !(text.charCodeAt(glued.end) === 0x2e && isLetter(text.charCodeAt(glued.end + 1))) : endsBareLetter(text, glued.end, glued.sub);
    return standsAlone ? glued : null;
  }
  if (label && label.sub.length === 1 && label.sub === text[from] && endsBareLetter(text, label.end, label.sub)) return label;
  return null;
}

/** ", ", " and ", " et ", " y ", " и ", " و", "、", "和": between two items of a list. `comma`: only a comma. */
function readListConnector(text: string, index: number): { end: number; comma: boolean } | null {
  const at = skipSpaces(text, index, 3);
  const code = text.charCodeAt(at);
  if (COMMAS.has(code)) {
    const next = skipSpaces(text, at + 1, 3);
    const word = wordAt(text, next, LIST_WORDS); // "3, 5, and 7"
    return word === null ? { end: next, comma: code !== 0x3001 } : { end: skipSpaces(text, word, 3), comma: false };
  }
  if (code === AMPERSAND || (code === WAW && !isLetter(text.charCodeAt(at + 1)))) return { end: skipSpaces(text, at + 1, 2), comma: false };
  if (CJK_LIST_WORDS.has(code)) return { end: at + 1, comma: false };
  const word = at > index ? wordAt(text, at, LIST_WORDS) : null;
  return word === null ? null : { end: skipSpaces(text, word, 3), comma: false };
}

/** "-", "–", " to ", " à ", " a ", " до ", " إلى ", "至": between the ends of a range. */
function readRangeConnector(text: string, index: number): number | null {
  const at = skipSpaces(text, index, 3);
  const code = text.charCodeAt(at);
  if (DASHES.has(code)) return skipSpaces(text, at + 1, 3);
  if (CJK_RANGE_WORDS.has(code)) return at + 1;
  const word = at > index ? wordAt(text, at, RANGE_WORDS) : null;
  return word === null ? null : skipSpaces(text, word, 3);
}

/** Whether the list may go on or end after an item that followed a comma. */
function listContinues(text: string, end: number): boolean {
  const at = skipSpaces(text, end, 3);
  const code = text.charCodeAt(at);
  if (at >= text.length || !isLetter(code) || isCjk(code) || code === WAW) return true;
  return wordAt(text, at, WORDS_AFTER_LIST_ITEM) !== null;
}

/**
 * Further sub-paragraphs of the paragraph of `items` (which holds its first), from `index`:
 * "(c) and (h)", "(c), (d) and (h)", "(e)-(g)". Returns where they end.
 */
export function readMoreSubs(text: string, index: number, items: Item[], inBrackets: boolean): number {
  let end = index;
  const para = items[0]!.para;
  while (items.length < MAX_ITEMS) {
    const range = readRangeConnector(text, end);
    const rangeEnd = range === null ? null : readSub(text, range, false, inBrackets);
    const labels = rangeEnd && letterRange(items[items.length - 1]!.sub!, rangeEnd.sub);
    if (range !== null && rangeEnd && labels) {
      // "(e)-(g)": (f) has no label of its own and takes the range's span.
      const spanStart = items[items.length - 1]!.start;
      for (const label of labels.slice(1, -1)) items.push({ para, sub: label, start: spanStart, end: rangeEnd.end });
      items.push({ para, sub: rangeEnd.sub, start: range, end: rangeEnd.end });
      end = rangeEnd.end;
      continue;
    }
    const connector = readListConnector(text, end);
    const next = connector && readSub(text, connector.end, false, inBrackets);
    if (!connector || !next) break;
    items.push({ para, sub: next.sub, start: connector.end, end: next.end });
    end = next.end;
  }
  return end;
}

/** "bis", "ter", "quater", "alt" after a paragraph's number or label, glued or spaced: "OP7ter", "63 bis", "34(g) bis". */
function readSuffix(text: string, index: number): { suffix: string; end: number } | null {
  const at = skipSpaces(text, index, 1);
  const end = wordAt(text, at, SUFFIX_WORDS);
  return end === null ? null : { suffix: toSmallLetters(text.slice(at, end)), end };
}

/** "10(3)", "187 (35)": a numbered sub-division, which belongs to the reference but is no sub-paragraph. Where it ends, else -1. */
function subdivisionEnd(text: string, index: number): number {
  const open = skipSpaces(text, index, 1);
  if (!isOpenBracket(text.charCodeAt(open))) return -1;
  let close = open + 1;
  while (close - open <= 2 && isDigit(text.charCodeAt(close))) close++;
  return close > open + 1 && isCloseBracket(text.charCodeAt(close)) ? close + 1 : -1;
}

/** "42B": a capital A to F glued to the number, the sub-paragraph of drafts under negotiation (not "5G"). */
function gluedCapital(text: string, index: number): { sub: string; end: number } | null {
  const code = text.charCodeAt(index);
  if (!(code >= 0x41 && code <= 0x46) || isWordCharacter(text.charCodeAt(index + 1))) return null;
  return { sub: String.fromCharCode(code | 0x20), end: index + 1 };
}

/** One paragraph number with its sub-paragraphs: "29", "29 (e)", "50 (c) and (h)", "29 (e)-(g)", "OP7ter", "10(3)". */
function readParagraph(text: string, index: number, inBrackets: boolean): ParsedList | null {
  const number = readNumber(text, index);
  if (!number) return null;
  const suffix = readSuffix(text, number.end);
  if (suffix) return { items: [{ para: number.value, sub: null, suffix: suffix.suffix, start: index, end: suffix.end }], end: suffix.end };
  const first = readSub(text, number.end, true, inBrackets) ?? gluedCapital(text, number.end);
  if (!first) {
    if (isWordCharacter(text.charCodeAt(number.end))) return null; // "29th", "5G"; Chinese "29段" goes on
    const subdivision = subdivisionEnd(text, number.end);
    const end = subdivision < 0 ? number.end : subdivision;
    const after = subdivision < 0 ? null : readSuffix(text, subdivision);
    const item: Item = { para: number.value, sub: null, start: index, end: after?.end ?? end };
    if (after) item.suffix = after.suffix;
    return { items: [item], end: item.end };
  }
  // "12(a)(ii)": a sub-sub-paragraph belongs to the reference; the key stops at (a).
  // Also spaced: "3 (g) i)", "3 (g) (iii)".
  const nestedAt = skipSpaces(text, first.end, 1);
  const nested = isOpenBracket(text.charCodeAt(nestedAt)) || ROMAN_START.has(text.charCodeAt(nestedAt)) ? readSub(text, first.end, false, inBrackets) : null;
  let end = nested && ROMAN_NESTED.test(nested.sub) ? nested.end : first.end;
  const items: Item[] = [{ para: number.value, sub: first.sub, start: index, end }];
  const after = readSuffix(text, end);
  if (after) {
    items[0]!.suffix = after.suffix;
    items[0]!.end = end = after.end;
    return { items, end };
  }
  return { items, end: readMoreSubs(text, end, items, inBrackets) };
}

const ORDINAL_MARK = 0x7b2c; // 第
/** The longest title in brackets between two items of a list. */
const MAX_TITLE = 48;

/**
 * Past a paragraph's title in brackets, if one follows at `index`: "paragraphs 15 (international
 * law) and 16", "11 and 12(populations at risk)". A title holds letters and spaces, no digit.
 */
function afterTitle(text: string, index: number): number {
  const open = skipSpaces(text, index, 1);
  if (!isOpenBracket(text.charCodeAt(open)) || !isLetter(text.charCodeAt(open + 1)) || !isLetter(text.charCodeAt(open + 2))) return index;
  for (let at = open + 1; at < text.length && at - open <= MAX_TITLE; at++) {
    const code = text.charCodeAt(at);
    if (isCloseBracket(code)) return at + 1;
    if (!isLetter(code) && !isSpace(code) && code !== 0x2d) return index;
  }
  return index;
}

/** Past the 第 of a later item of a Chinese list ("第9和第11段"), if there is one right after a Chinese list or range word. */
function afterOrdinalMark(text: string, index: number): number {
  if (text.charCodeAt(index) !== ORDINAL_MARK) return index;
  const join = text.charCodeAt(index - 1);
  return CJK_LIST_WORDS.has(join) || CJK_RANGE_WORDS.has(join) || join === 0x3001 ? index + 1 : index;
}

/**
 * Paragraphs after a paragraph word: one, or a list or range. `start` is where the first
 * item's span begins (the paragraph word). Null when nothing follows, or when a range is too
 * long to be one of paragraphs.
 */
export function readList(text: string, index: number, start: number, inBrackets: boolean): ParsedList | null {
  const head = readParagraph(text, index, inBrackets);
  if (!head) return null;
  head.items[0]!.start = start;
  const items = head.items;
  let end = head.end;
  while (items.length < MAX_ITEMS) {
    const previous = items[items.length - 1]!;
    const range = previous.sub === null ? readRangeConnector(text, end) : null;
    const to = range === null ? null : readParagraph(text, afterOrdinalMark(text, range), inBrackets);
    if (to && range !== null) {
      to.items[0]!.start = range; // "第14至第16段": the last item's span takes its 第
      const last = to.items[0]!;
      const from = previous.para!;
      if (last.para! - from > MAX_RANGE) return null;
      if (last.para! > from) {
        const numberStart = items.length === 1 ? index : previous.start;
        for (let para = from + 1; para < last.para!; para++) items.push({ para, sub: null, start: numberStart, end: to.end });
        items.push(...to.items);
        end = to.end;
        continue;
      }
    }
    const connector = readListConnector(text, afterTitle(text, end));
    const next = connector && readParagraph(text, afterOrdinalMark(text, connector.end), inBrackets);
    if (!connector || !next) break;
    if (connector.comma && !listContinues(text, next.end)) break;
    next.items[0]!.start = connector.end;
    items.push(...next.items);
    end = next.end;
  }
  return { items, end };
}
