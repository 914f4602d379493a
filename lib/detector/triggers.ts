/**
 * The scan over the whole text: where a reference may start (anchors) and where a report name
 * may be (heads). Everything else the detector does looks at bounded windows around these
 * positions, so this scan sets the detector's speed.
 *
 * Why this shape: one regular expression of many alternatives over a page is several times
 * slower than a plain digit scan, because the engine must try most positions. So only the
 * Latin words share one expression, which the engine can skip through, and every word that
 * starts with a rare character (§, 第, Cyrillic, Arabic, CJK, capitals like "APR") is found by
 * indexOf, which runs at memory speed.
 */
import { isAsciiLower, isDigit, isLetter, isOpenBracket, isSpace } from './chars';

/**
 * Latin-script triggers in one expression factored by first letter, with case variants
 * spelled out: a case-insensitive scan is twice as slow. "informe" has an expression of its
 * own: with "i", as common a letter as any, among the first letters, the engine can skip
 * through far less of the text, and the one expression takes twice as long as the two.
 */
const LATIN = /[Pp](?:ar[a.]|rojet)|PARA|[Rr](?:eport|apport|ule|ev(?:ised|\.?\s?\d))|REPORT|[Bb]orrador|[Zz]ero|ZERO|[Áá]rr/g;
const INFORME = /[Ii]nforme/g;

/** Which report names a head may belong to: the names that contain it (see report-names). */
export type HeadKind = 'apr' | 'report' | 'rapport' | 'raa' | 'informe' | 'doklad' | 'taqrir' | 'baogao' | 'symbol' | 'version';

export interface Head {
  at: number;
  kind: HeadKind;
}

/** What each LATIN match or Latin literal is, by its first three letters: an anchor, or a head of some kind. */
const LATIN_KINDS: ReadonlyMap<string, HeadKind | 'anchor'> = new Map([
  ['par', 'anchor'], ['árr', 'anchor'], ['rul', 'anchor'],
  ['rep', 'report'], ['rap', 'rapport'], ['rev', 'version'], ['pro', 'version'], ['bor', 'version'], ['zer', 'version'],
]);

/**
 * Literals found by indexOf, which skips through the text by searching for one byte of their
 * first character: each is spelled from a character whose bytes are rare in text ("PR" for
 * "APR", "قرير" for "تقرير", "клад" for "доклад"), with what must precede it checked after.
 */
const ANCHOR_LITERALS: readonly (readonly [string, string])[] = [
  ['§', ''], ['¶', ''], ['OP', ''], ['PP', ''], ['ункт', ''], ['п.', ''], ['فقر', ''],
];
const HEAD_LITERALS: readonly (readonly [string, string, HeadKind])[] = [
  ['PR', 'A', 'apr'], ['RAA', '', 'raa'], ['A/', '', 'symbol'], ['клад', 'до', 'doklad'], ['قرير', 'ت', 'taqrir'], ['报告', '', 'baogao'],
  ['роект', '', 'version'], ['سودة', 'م', 'version'], ['草案', '', 'version'],
];

export interface Triggers {
  /** Sorted positions where a reference may start. */
  anchors: Int32Array;
  /** Heads of possible report names, in text order. */
  heads: Head[];
}

/** After "para": a paragraph word goes on with "g" (paragraph), "s" (paras), "." or no letter at all. */
function mayContinueParagraphWord(code: number): boolean {
  return code === 0x67 || code === 0x73 || code === 0x47 || code === 0x53 || code === 0xad || code === 0x2d || !isLetter(code);
}

/** After an opening bracket: "see " or "cf" (the aside of "(see 50 c)"), or a number followed by what a label needs. */
function mayOpenBareReference(text: string, at: number): boolean {
  if (text.startsWith('see ', at)) at += 4;
  else if (text.startsWith('cf', at)) return true;
  let end = at;
  while (end - at < 3 && isDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  return end > at && (isSpace(next) || isOpenBracket(next) || isAsciiLower(next));
}

/** Calls `found` with the position of `before + literal` wherever it occurs. */
function collect(text: string, literal: string, before: string, found: (at: number) => void): void {
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
    if (before === '' || text.startsWith(before, at - before.length)) found(at - before.length);
  }
}

export function findTriggers(text: string): Triggers {
  const anchors: number[] = [];
  const heads: Head[] = [];

  LATIN.lastIndex = 0;
  for (let match = LATIN.exec(text); match; match = LATIN.exec(text)) {
    const kind = LATIN_KINDS.get(match[0].slice(0, 3).toLowerCase());
    if (kind === 'anchor') {
      if (match[0].length === 4 && !mayContinueParagraphWord(text.charCodeAt(match.index + 4))) continue; // "separate", "parallel"
      anchors.push(match.index);
    } else if (kind !== undefined) heads.push({ at: match.index, kind });
  }
  INFORME.lastIndex = 0;
  for (let match = INFORME.exec(text); match; match = INFORME.exec(text)) heads.push({ at: match.index, kind: 'informe' });
  for (const [literal, before] of ANCHOR_LITERALS) collect(text, literal, before, (at) => anchors.push(at));
  for (const [literal, before, kind] of HEAD_LITERALS) collect(text, literal, before, (at) => heads.push({ at, kind }));
  // A soft hyphen may split a paragraph word anywhere ("pa\u00ADra\u00ADgraph"), hiding it from the patterns above.
  collect(text, '\u00ad', '', (at) => anchors.push(at));
  // "第29段": 第 before a digit; it also starts ordinals ("第八届") that are no reference.
  collect(text, '第', '', (at) => {
    if (isDigit(text.charCodeAt(at + 1))) anchors.push(at);
  });
  // The bare "(50 c)" form and "(see 50 c)": an opening bracket before a digit or "see"/"cf".
  // Only the ASCII bracket: the form is English usage, and full-width brackets fill Chinese text.
  collect(text, '(', '', (at) => {
    if (mayOpenBareReference(text, at + 1)) anchors.push(at);
  });
  return { anchors: Int32Array.from(anchors).sort(), heads: heads.sort((a, b) => a.at - b.at) };
}
