/**
 * The reference scanner. One global pass finds anchors (paragraph words in six languages,
 * "第", "(" for the bare "(50 c)" form); at each anchor a small hand-written parser reads
 * the numbers, letters, lists and ranges that follow, and a bounded look around finds the
 * report they belong to. Every loop consumes input, and every pattern's repetition is
 * bounded, so the time is linear in the text whatever it contains.
 */
import type { ReportId } from '../paragraph-key';
import type { NamedReport } from './report-names';
import { SUB_LABEL, subLetter } from './sub-letters';

export interface RawReference {
  start: number;
  end: number;
  para: number | null;
  sub: string | null;
  /** An explicit report next to the reference, 'other' for another document, null when not said. */
  report: ReportId | 'other' | null;
  version: string | null;
  list: boolean;
  /** The bare "(50 c)" form, a reference only once a report has been named. */
  bare: boolean;
}

const SUB_KEYWORDS =
  'sub-?paragraphs?|sub-?paras?\\.?|subparagraphs?|alinéas?|sous-paragraphes?|apartados?|incisos?|подпункт(?:а|е|у|ом|ы|ов|ах)?|الفقرة\\s+الفرعية|الفقرات\\s+الفرعية';
const PARAGRAPH_KEYWORDS =
  '(?:operative|preambular)\\s+paragraphs?|paragraphes?|paragraphs?|paras?\\.?|§§?|¶¶?|OP|PP|par\\.|párrafos?|parrafos?|пункт(?:а|е|у|ом|ы|ов|ах|ам|ами)?|п\\.|(?:[وبل]|في\\s)?(?:ال)?فقر(?:ة|تين|تان|ات)';
const OTHER_KEYWORDS = 'rules?|règles?|reglas?|правил[оа]';

// No look-behind here: checked in code at each match instead, which keeps the scan fast.
const ANCHORS = new RegExp(`(?:(${SUB_KEYWORDS})|(${PARAGRAPH_KEYWORDS})|(${OTHER_KEYWORDS}))(?=[\\s.(\\d])|(第)|(\\()`, 'giu');
const WORD_CHARACTER = /[\p{L}\d-]/u;

/** What may stand between a paragraph word and its number. */
const AFTER_KEYWORD = /[\s.]{0,3}(?:(?:no\.|n°|nos\.)\s{0,2})?/y;
const NUMBER = /(\d{1,3})(?![\d/]|[.:,]\d)/y;
const SPACES = /\s{0,3}/y;
const PAREN_SUB = new RegExp(`\\((${SUB_LABEL})\\)`, 'y');
const CLOSING_SUB = new RegExp(`(${SUB_LABEL})\\)`, 'y');
const DOT_SUB = /\.([a-z])(?![\p{L}\d])/uy;
/** A bare letter after a number ("para 29 e"), when what follows shows it is not a word. */
const BARE_SUB = /([a-z])(?=$|[\s]*[.,;:)\]]|\s+(?:of|in|and|or|to|on|du|de|del|et|y|и|в|and)\b|\s*\u2029)/uy;
const LIST_CONNECTOR = /\s{0,3}(?:,|;|and|or|&|et|ou|y|e|o|и|или|و|和|、|及|与)\s{0,3}(?:(?:and|et|y|и|و)\s{0,3})?/uy;
const ARABIC_AND = /\s{0,3}و\s{0,2}/y;
const RANGE_CONNECTOR = /\s{0,3}(?:[-–—]|to|through|à|au|a|al|hasta|до|по|إلى|至)\s{0,3}/uy;
const OF = /\s{0,3},?\s{0,3}(?:(?:of|in|from|under|du|de\s+la|de\s+l['’]|des|de|del|de\s+los|из|в|من|في)\s{1,3})?(?:(?:the|la|le|l['’]|el|los|las)\s{1,3})?/iuy;
const OTHER_DOCUMENT =
  /(?:article|art\.|articles|resolution|résolution|resolución|резолюци|стать|rule|règle|regla|annex|annexe|anexo|приложени|charter|charte|carta|устав|decision|décision|decisión|решени|convention|convención|конвенци|protocol|protocole|statute|statut|treaty|traité|tratado|agreement|accord|declaration|déclaration|declaración|chapter|chapitre|capítulo|глав|section|sección|раздел|report\s+of\s+the\s+secretary|rapport\s+du\s+secrétaire|document\s+A\/|الميثاق|القرار|المادة)/iuy;
const OTHER_BEFORE =
  /(?:(?:article|art\.|resolution|résolution|resolución|резолюции|rule|règle|annex|annexe|chapter|section)\s{1,3}[\dA-Z][\d/.A-Za-z]{0,12}|\bA\/(?:RES\/)?\d{2,3}\/\d{1,4})\s{0,2},?\s{0,2}$/iu;
const SUB_THEN_PARAGRAPH = new RegExp(
  `\\s{0,3}(?:of|in|du|de|del|из|من|في)?\\s{0,3}(?:(?:the|le|la|el)\\s{1,3})?(?:${PARAGRAPH_KEYWORDS})(?=[\\s.\\d])[\\s.]{0,3}`,
  'iuy',
);
const CHINESE_SEGMENT = '段';
/** Inside "(50 c)" or "(50 (c))": the letter, then the closing bracket. */
const BRACKETED_LETTER = /(?:\s{1,2}([a-z])|\s?\(([a-z])\))\)/y;

const MAX_ITEMS = 60;
const MAX_RANGE = 50;

interface Item {
  para: number | null;
  sub: string | null;
  start: number;
  end: number;
  /** Where its own number starts: a range's span runs from there. */
  numberStart?: number;
}

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** One number and its sub-paragraph letters: "29", "29 (e)", "29 e)", "50 (c) and (h)", "29.e". */
function readParagraph(text: string, index: number, first: number): { items: Item[]; end: number } | null {
  const number = at(NUMBER, text, index);
  if (!number) return null;
  const para = Number(number[1]);
  let end = index + number[0].length;
  const items: Item[] = [];
  const sub = readSub(text, end, true);
  if (!sub) return { items: [{ para, sub: null, start: first, end, numberStart: index }], end };
  items.push({ para, sub: sub.sub, start: first, end: sub.end, numberStart: index });
  end = sub.end;
  // "50 (c) and (h)", "(c), (d) and (h)": further letters of the same paragraph.
  while (items.length < MAX_ITEMS) {
    const connector = at(LIST_CONNECTOR, text, end);
    if (!connector) break;
    const next = readSub(text, end + connector[0].length, false);
    if (!next) break;
    items.push({ para, sub: next.sub, start: end + connector[0].length, end: next.end });
    end = next.end;
  }
  return { items, end };
}

function readSub(text: string, index: number, allowBare: boolean): { sub: string; end: number } | null {
  const spaces = at(SPACES, text, index)![0].length;
  const from = index + spaces;
  for (const pattern of [PAREN_SUB, CLOSING_SUB]) {
    const match = at(pattern, text, from);
    const sub = match && subLetter(match[1]!, pattern === PAREN_SUB);
    if (match && sub) return { sub, end: from + match[0].length };
  }
  if (!allowBare) return null;
  if (spaces === 0) {
    const dot = at(DOT_SUB, text, from);
    if (dot) return { sub: dot[1]!, end: from + dot[0].length };
  }
  if (spaces > 0 && spaces <= 2) {
    const bare = at(BARE_SUB, text, from);
    if (bare) return { sub: bare[1]!, end: from + 1 };
  }
  return null;
}

/** "3, 5 and 7", "28–30", "29 (e) and 30", "3 و5": paragraphs after a paragraph word. */
function readList(text: string, index: number, first: number): { items: Item[]; end: number } | null {
  const head = readParagraph(text, index, first);
  if (!head) return null;
  const items = [...head.items];
  let end = head.end;
  while (items.length < MAX_ITEMS) {
    const range = at(RANGE_CONNECTOR, text, end);
    if (range) {
      const next = readParagraph(text, end + range[0].length, end + range[0].length);
      const previous = items[items.length - 1]!;
      const from = previous.para!;
      const to = next?.items[0]?.para ?? null;
      if (next && to !== null && previous.sub === null && to > from && to - from <= MAX_RANGE) {
        // The paragraphs inside a range have no number of their own: they take the range's span.
        const span = { start: previous.numberStart ?? previous.start, end: next.end };
        for (let para = from + 1; para < to; para++) items.push({ para, sub: null, start: span.start, end: span.end });
        items.push(...next.items);
        end = next.end;
        continue;
      }
    }
    const connector = at(LIST_CONNECTOR, text, end) ?? at(ARABIC_AND, text, end);
    if (!connector) break;
    const next = readParagraph(text, end + connector[0].length, end + connector[0].length);
    if (!next) break;
    items.push(...next.items);
    end = next.end;
  }
  return { items, end };
}

/** The report named right after a reference ("of the 3rd APR"), 'other' for another document. */
function reportAfter(text: string, end: number, names: Map<number, NamedReport>): { report: ReportId | 'other' | null; version: string | null; name?: NamedReport } {
  const of = at(OF, text, end)!;
  const from = end + of[0].length;
  const name = names.get(from);
  if (name) return { report: name.report, version: name.version, name };
  if (of[0].trim().length > 0 && at(OTHER_DOCUMENT, text, from)) return { report: 'other', version: null };
  return { report: null, version: null };
}

/** The report named right before a reference ("3rd APR para 5", "A/79/214, para. 5"). */
function reportBefore(text: string, start: number, namesByEnd: Map<number, NamedReport>): NamedReport | 'other' | null {
  for (let back = 0; back <= 4 && start - back >= 0; back++) {
    const name = namesByEnd.get(start - back);
    if (name && /^[\s,:'’s]*$/.test(text.slice(start - back, start))) return name;
  }
  return OTHER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? 'other' : null;
}

export function scanReferences(text: string, names: NamedReport[]): RawReference[] {
  const byStart = new Map(names.map((name) => [name.start, name]));
  const byEnd = new Map(names.map((name) => [name.end, name]));
  const found: RawReference[] = [];
  const emit = (items: Item[], explicit: { report: ReportId | 'other' | null; version: string | null }, opened: boolean) => {
    for (const item of items) {
      // In "(para 29 e)" the closing bracket closes the aside, not the letter.
      const end = opened && text[item.end - 1] === ')' && text[item.end - 3] !== '(' ? item.end - 1 : item.end;
      found.push({ start: item.start, end, para: item.para, sub: item.sub, report: explicit.report, version: explicit.version, list: items.length > 1, bare: false });
    }
  };

  ANCHORS.lastIndex = 0;
  for (let anchor = ANCHORS.exec(text); anchor; anchor = ANCHORS.exec(text)) {
    const start = anchor.index;
    const afterAnchor = start + anchor[0].length;
    // A paragraph word inside a longer word ("sub-paragraph" aside) is not one.
    if (anchor[4] === undefined && anchor[5] === undefined && start > 0 && WORD_CHARACTER.test(text[start - 1]!)) {
      ANCHORS.lastIndex = start + 1;
      continue;
    }
    let parsed: { items: Item[]; end: number } | null = null;
    let explicit: { report: ReportId | 'other' | null; version: string | null } = { report: null, version: null };

    if (anchor[1] !== undefined) {
      // "sub-paragraph (c) of paragraph 50", "alinéa c) du paragraphe 50", "sub-paragraph (h)".
      const first = readSub(text, afterAnchor, false);
      if (!first) continue;
      const subs = [first.sub];
      let end = first.end;
      while (subs.length < MAX_ITEMS) {
        const connector = at(LIST_CONNECTOR, text, end);
        const next = connector && readSub(text, end + connector[0].length, false);
        if (!connector || !next) break;
        subs.push(next.sub);
        end = next.end;
      }
      const link = at(SUB_THEN_PARAGRAPH, text, end);
      const number = link && at(NUMBER, text, end + link[0].length);
      const para = number ? Number(number[1]) : null;
      if (number) end = end + link![0].length + number[0].length;
      parsed = { items: subs.map((sub) => ({ para, sub, start, end })), end };
    } else if (anchor[2] !== undefined || anchor[3] !== undefined) {
      const word = anchor[2] ?? anchor[3]!;
      // OP and PP are abbreviations only in capitals.
      if (/^(op|pp)$/i.test(word) && word !== word.toUpperCase()) continue;
      const gap = at(AFTER_KEYWORD, text, afterAnchor)![0].length;
      if (/^(op|pp)$/i.test(word) && gap > 1) continue;
      parsed = readList(text, afterAnchor + gap, start);
      if (!parsed) continue;
      if (anchor[3] !== undefined) explicit = { report: 'other', version: null };
    } else if (anchor[4] !== undefined) {
      // 第29段, 第29(e)段, 第3和5段, 第28至30段
      parsed = readList(text, afterAnchor, start);
      if (!parsed || text[parsed.end] !== CHINESE_SEGMENT) continue;
      parsed.end += 1;
      const last = parsed.items[parsed.items.length - 1]!;
      if (last.end === parsed.end - 1) last.end = parsed.end;
    } else {
      // The bare form "(50 c)" / "(50 (c))": a number with a letter inside brackets.
      const inner = afterAnchor;
      if (start > 0 && /[\p{L}\d]/u.test(text[start - 1]!)) continue;
      const number = at(NUMBER, text, inner);
      if (!number) continue;
      const letter = at(BRACKETED_LETTER, text, inner + number[0].length);
      const sub = letter && subLetter(letter[1] ?? letter[2]!, false);
      if (!letter || !sub) continue;
      const end = inner + number[0].length + letter[0].length - 1; // the closing bracket is not part of it
      found.push({ start: inner, end, para: Number(number[1]), sub, report: null, version: null, list: false, bare: true });
      ANCHORS.lastIndex = end + 1;
      continue;
    }

    if (explicit.report === null) {
      const after = reportAfter(text, parsed.end, byStart);
      if (after.report !== null || after.version !== null) {
        explicit = after;
      } else {
        const before = reportBefore(text, start, byEnd);
        if (before === 'other') explicit = { report: 'other', version: null };
        else if (before) explicit = { report: before.report, version: before.version };
      }
    }
    emit(parsed.items, explicit, text[start - 1] === '(');
    ANCHORS.lastIndex = Math.max(ANCHORS.lastIndex, parsed.end);
  }
  return found;
}

