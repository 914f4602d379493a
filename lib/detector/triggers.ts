/**
 * The scan over the whole text: where a reference may start (anchors) and where a report name
 * may be (heads). Everything else the detector does looks at bounded windows around these
 * positions, so this scan sets the detector's speed.
 *
 * Why this shape: one regular expression of many alternatives over a page is several times
 * slower than a plain digit scan, because the engine must try most positions. So only the
 * Latin words share one expression, which the engine can skip through, and every other word
 * (§, 段, Cyrillic, Arabic, CJK, capitals like "OP") is found by indexOf, which runs at memory
 * speed. Words that share a character are found in one pass ("пункт", "доклад" and "проект"
 * from their "к"). Each pass gives its positions in text order, so the passes' heads are
 * merged, not sorted.
 */
import { isAsciiLower, isCloseBracket, isDigit, isLetter, isOpenBracket, isSpace } from './chars';
import { isReportSymbolAt } from './report-names';
import { codeSetOf } from './code-set';

/**
 * Latin-script triggers in one expression factored by first letter, with case variants
 * spelled out: a case-insensitive scan is twice as slow. Capitals that start with a letter
 * already there cost nothing more ("PP3", "APR", "RAA"). Every other first letter slows the
 * whole scan, so words are found from a letter the expression already has: "párrafo" from
 * its "p", "borrador" from its "rr". "informe" is found by indexOf instead: with "i", as
 * common a letter as any, among the first letters, the engine can skip through far less of
 * the text, and the one expression takes twice as long. After "para" a small letter other
 * than "g" or "s" ("separate", "parallel") fails in the engine, which is cheaper than a match.
 */
const LATIN = /[Pp](?:ar(?:a(?![a-fh-rt-z])|\.)|árr|rojet)|P(?:ARA|R|P)|[Rr](?:eport|apport|ule|ev(?:ised|\.?\s?\d))|rrador|R(?:EPORT|AA)|[Zz]ero|ZERO/g;

/** Which report names a head may belong to: the names that contain it (see report-names). */
export type HeadKind = 'apr' | 'report' | 'rapport' | 'raa' | 'informe' | 'doklad' | 'taqrir' | 'baogao' | 'symbol' | 'version';

export interface Head {
  at: number;
  kind: HeadKind;
}

const LOWER = 0x20; // ORed into an ASCII (or Latin-1) capital, its small letter

/** What a LATIN match is, by its first letters: an anchor, or a head of some kind ("PR" of "APR" only after its "A", "rrador" only in "borrador"). */
function latinKind(text: string, at: number, length: number): HeadKind | 'anchor' | 'borrador' | null {
  const second = text.charCodeAt(at + 1) | LOWER;
  switch (text.charCodeAt(at) | LOWER) {
    case 0x70: // p: para, párr, PP, PR, projet
      if (second === 0x61 || second === 0xe1 || second === 0x70) return 'anchor';
      if (length === 2) return text.charCodeAt(at - 1) === 0x41 ? 'apr' : null;
      return 'version';
    case 0x72: // r: report, rev, rapport, RAA, rule, the "rrador" of borrador
      if (second === 0x75) return 'anchor';
      if (second === 0x65) return (text.charCodeAt(at + 2) | LOWER) === 0x70 ? 'report' : 'version';
      if (second === 0x72) return (text.charCodeAt(at - 2) | LOWER) === 0x62 && text.charCodeAt(at - 1) === 0x6f ? 'borrador' : null;
      return (text.charCodeAt(at + 2) | LOWER) === 0x70 ? 'rapport' : 'raa';
    default: // zero
      return 'version';
  }
}

/**
 * Literals found by indexOf, which skips through the text by searching for one byte of their
 * first character: each is spelled from a character whose bytes are rare in text ("forme" for
 * "informe", "P" for "OP"), with what must precede it checked after.
 */
const ANCHOR_LITERALS: readonly (readonly [string, string])[] = [['§', ''], ['¶', ''], ['п.', '']];
const HEAD_LITERALS: readonly (readonly [string, string, HeadKind])[] = [
  ['报告', '', 'baogao'], ['سودة', 'م', 'version'], ['草案', '', 'version'],
];
const FEH = 0x641; // ف
const TEH = 0x62a; // ت
const KA = 'к';
const ORDINAL_MARK = 0x7b2c; // 第
const TE = 0x442; // т
/** What joins the items of a Chinese list or range that has a 第 on each item: "第9和第11段". */
const CJK_ITEM_JOINS = codeSetOf('和及与至到、');
const MAX_CJK_ITEM = 6;
const EL = 0x43b; // л

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
  const first = text.charCodeAt(at);
  if (first === 0x73 && text.startsWith('see ', at)) at += 4;
  else if (first === 0x63 && text.charCodeAt(at + 1) === 0x66) return true; // cf
  let end = at;
  while (end - at < 3 && isDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  return end > at && (isSpace(next) || isOpenBracket(next) || isAsciiLower(next));
}

/** Adds to `into` the position of `before + literal` wherever it occurs. A loop per literal, no callback: the calls would cost as much as the search. */
function collect(text: string, literal: string, before: string, into: number[]): void {
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
    if (before === '' || text.startsWith(before, at - before.length)) into.push(at - before.length);
  }
}

/** Heads in text order from runs that each are: merged pairwise, far cheaper than sorting the whole. */
function mergeRuns(heads: Head[], runStarts: number[]): Head[] {
  let runs: Head[][] = [];
  for (let index = 0; index < runStarts.length; index++) {
    const run = heads.slice(runStarts[index], runStarts[index + 1] ?? heads.length);
    if (run.length > 0) runs.push(run);
  }
  while (runs.length > 1) {
    const merged: Head[][] = [];
    for (let index = 0; index < runs.length; index += 2) merged.push(index + 1 < runs.length ? mergeTwo(runs[index]!, runs[index + 1]!) : runs[index]!);
    runs = merged;
  }
  return runs[0] ?? [];
}

function mergeTwo(first: Head[], second: Head[]): Head[] {
  const merged: Head[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(first[i]!.at <= second[j]!.at ? first[i++]! : second[j++]!);
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

export function findTriggers(text: string): Triggers {
  const anchors: number[] = [];
  const heads: Head[] = [];
  /** Where each pass's heads start in `heads`: each pass finds its own in text order. */
  const runs: number[] = [0];

  LATIN.lastIndex = 0;
  for (let match = LATIN.exec(text); match; match = LATIN.exec(text)) {
    const at = match.index;
    const length = LATIN.lastIndex - at;
    const kind = latinKind(text, at, length);
    if (kind === 'anchor') {
      if (length === 4 && text.charCodeAt(at + 1) !== 0xe1 && !mayContinueParagraphWord(text.charCodeAt(at + 4))) continue; // "separate", "parallel"
      anchors.push(at);
    } else if (kind === 'apr') heads.push({ at: at - 1, kind });
    else if (kind === 'borrador') heads.push({ at: at - 2, kind: 'version' });
    else if (kind !== null) heads.push({ at, kind });
  }
  runs.push(heads.length);
  // "informe", "Informe": from its rarer letter "f".
  for (let at = text.indexOf('forme'); at >= 0; at = text.indexOf('forme', at + 5)) {
    if (text.charCodeAt(at - 1) === 0x6e && (text.charCodeAt(at - 2) | LOWER) === 0x69) heads.push({ at: at - 2, kind: 'informe' });
  }
  runs.push(heads.length);
  // "A/79/214": most symbols on UN pages are other documents', so only the reports' own are heads.
  for (let at = text.indexOf('A/'); at >= 0; at = text.indexOf('A/', at + 2)) {
    if (isReportSymbolAt(text, at)) heads.push({ at, kind: 'symbol' });
  }
  for (const [literal, before] of ANCHOR_LITERALS) collect(text, literal, before, anchors);
  const found: number[] = [];
  for (const [literal, before, kind] of HEAD_LITERALS) {
    found.length = 0;
    collect(text, literal, before, found);
    runs.push(heads.length);
    for (const at of found) heads.push({ at, kind });
  }
  // "OP 5" from its "P": the byte indexOf looks for in "O" is also in "я" and in hundreds of common ideographs.
  for (let at = text.indexOf('P'); at >= 0; at = text.indexOf('P', at + 1)) {
    if (text.charCodeAt(at - 1) === 0x4f) anchors.push(at - 1);
  }
  runs.push(heads.length);
  // One pass for three Russian words that share a "к": "пункт" (paragraph), "доклад" (report), "проект" (draft).
  for (let at = text.indexOf(KA); at >= 0; at = text.indexOf(KA, at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === TE) {
      if (text.startsWith('ун', at - 2)) anchors.push(at - 2);
      else if (text.startsWith('рое', at - 3)) heads.push({ at: at - 3, kind: 'version' });
    } else if (next === EL && text.startsWith('ад', at + 2) && text.startsWith('до', at - 2)) heads.push({ at: at - 2, kind: 'doklad' });
  }
  runs.push(heads.length);
  // One pass for two Arabic words: "فقرة" (paragraph) and "تقرير" (report).
  for (let at = text.indexOf('قر'); at >= 0; at = text.indexOf('قر', at + 2)) {
    const before = text.charCodeAt(at - 1);
    if (before === FEH) anchors.push(at - 1);
    else if (before === TEH && text.startsWith('ير', at + 2)) heads.push({ at: at - 1, kind: 'taqrir' });
  }
  runs.push(heads.length);
  // A soft hyphen may split a paragraph word anywhere ("pa\u00ADra\u00ADgraph"), hiding it from the patterns above.
  // Inside a word it follows a letter: of a run of them, only the first can be in one.
  for (let at = text.indexOf('\u00ad'); at >= 0; at = text.indexOf('\u00ad', at + 1)) {
    if (isLetter(text.charCodeAt(at - 1))) anchors.push(at);
  }
  // "第29段" from its 段, far rarer than 第, which also starts ordinals ("第八届") and symbols
  // ("第75/240号决议"). No 第 or 段 can stand inside such a reference, so only the nearest 第
  // after the 段 before can start one; each stretch between two 段 is read once. The 段 of a
  // reference follows a number or a bracket at once, unlike that of words ("阶段", "手段").
  let previous = -1;
  for (let at = text.indexOf('段'); at >= 0; previous = at, at = text.indexOf('段', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (!isDigit(before) && !isCloseBracket(before)) continue;
    let start = at - 1;
    while (start > previous && text.charCodeAt(start) !== ORDINAL_MARK) start--;
    if (!(start > previous && isDigit(text.charCodeAt(start + 1)))) continue;
    // "第9和第11段", "第14至第16段": a 第 on each item; the reference starts at the first.
    for (let earlier = start - 1; earlier > previous && start - earlier <= MAX_CJK_ITEM; earlier--) {
      const code = text.charCodeAt(earlier);
      if (code === ORDINAL_MARK && isDigit(text.charCodeAt(earlier + 1))) start = earlier;
      else if (!isDigit(code) && !CJK_ITEM_JOINS.has(code)) break;
    }
    anchors.push(start);
  }
  // The bare "(50 c)" form and "(see 50 c)": an opening bracket before a digit or "see"/"cf".
  // Only the ASCII bracket: the form is English usage, and full-width brackets fill Chinese text.
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    if (mayOpenBareReference(text, at + 1)) anchors.push(at);
  }
  return { anchors: Int32Array.from(anchors).sort(), heads: mergeRuns(heads, runs) };
}
