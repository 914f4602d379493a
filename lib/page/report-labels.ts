/**
 * How a block of a report starts, as UN texts lay them out in the six languages: a
 * paragraph number (`29.`, `29 -`, Arabic-Indic digits), a sub-paragraph label (`(e)`,
 * `e)`, `(iv)`, Cyrillic `д)`, Arabic `(هـ)`, full-width `（e）`), a section heading
 * (`A. Overview`, `II. Recommendations`, `ألف - لمحة عامة`, `一. 导言`, `Annex`), or a
 * footnote (`12 See …`). Labels only: what the block means in its place is read by
 * findNumberedParagraphs.
 */
import { digitValue } from '../detector/chars';
import { readSubLabel } from '../detector/sub-letters';

const SPACE = '[ \\t\\u00a0\\u202f\\u3000]';
/** "29." or "29 -", then the text or nothing (a number hanging on its own in the margin). */
const PARAGRAPH_LABEL = new RegExp(`^${SPACE}*([0-9\\u0660-\\u0669\\u06f0-\\u06f9]{1,3})(?:[.．]|${SPACE}*[-–])(?:${SPACE}+(?=\\S)|${SPACE}*$)`);
/** "(e)", "（e）", "e)": the label and what closes it. */
const SUB_LABEL = new RegExp(`^${SPACE}*([(（]?)([^\\s()（）]{1,5})[)）](?:${SPACE}+(?=\\S)|${SPACE}*$)`);
/**
 * Russian UN texts letter sub-paragraphs in the Cyrillic alphabet without the letters
 * that are never used as labels (ё, й, ъ, ы, ь): `д)` is the fifth, the Latin (e).
 */
const CYRILLIC_LABELS = 'абвгдежзиклмнопрстуфхцчшщэюя';

const HEADING_PATTERNS = [
  // "A. Overview", "А. Обзор" (Cyrillic А), "B. 现有威胁", "II. Recommendations"
  new RegExp(`^${SPACE}*(?:[A-ZА-Я]|[IVX]{1,5})[.．]${SPACE}+\\S`),
  // "ألف - لمحة عامة", "أولا - مقدمة": the Arabic letter names and ordinals of sections.
  new RegExp(`^${SPACE}*(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)${SPACE}*[-–]${SPACE}*\\S`),
  // "一. 导言", "二、建议"
  new RegExp(`^${SPACE}*[一二三四五六七八九十]{1,3}[.．、]${SPACE}*\\S`),
  // An annex starts a part of its own.
  /^\s*(?:Annex|Annexe|Anexo|Приложение|المرفق|附件)(?:\s|$)/,
];
/** A section heading is a line, not a sentence. */
const MAX_HEADING = 160;
/** A footnote's number, then its text: "12 See A/79/214." (never "12 - ", a paragraph). */
const FOOTNOTE = new RegExp(`^${SPACE}*[0-9]{1,3}${SPACE}+(?![-–.])\\S`);

export interface BlockLabel {
  /** Offset of the label and of its end, in the block. */
  start: number;
  end: number;
  /** Where the block's own text starts, past the label and its spaces. */
  textStart: number;
}

export interface ParagraphLabel extends BlockLabel {
  para: number;
}

export interface SubParagraphLabel extends BlockLabel {
  /** The Latin label the paragraph keys use: "e", "iv", "aa". */
  sub: string;
  roman: boolean;
}

/** The paragraph number a block starts with. */
export function readParagraphLabel(block: string): ParagraphLabel | null {
  const match = PARAGRAPH_LABEL.exec(block);
  if (!match) return null;
  const digits = match[1]!;
  let para = 0;
  for (let i = 0; i < digits.length; i++) para = para * 10 + digitValue(digits.charCodeAt(i));
  const start = match[0].indexOf(digits);
  const label = /^[.．]/.test(block.slice(start + digits.length)) ? digits.length + 1 : block.slice(start).search(/[-–]/) + 1;
  return { para, start, end: start + label, textStart: match[0].length };
}

/** The sub-paragraph label a block starts with, in any of the six languages' forms. */
export function readSubParagraphLabel(block: string): SubParagraphLabel | null {
  const match = SUB_LABEL.exec(block);
  if (!match) return null;
  const open = match[1]!;
  const label = match[2]!;
  const start = match[0].indexOf(open || label);
  const end = match[0].indexOf(label) + label.length + 1;
  const cyrillic = label.length === 1 ? CYRILLIC_LABELS.indexOf(label) : -1;
  if (cyrillic >= 0) return { sub: String.fromCharCode(0x61 + cyrillic), roman: false, start, end, textStart: match[0].length };
  const read = readSubLabel(label, 0, true);
  if (!read || read.end !== label.length) return null;
  return { sub: read.sub, roman: /^[ivx]+$/.test(read.sub), start, end, textStart: match[0].length };
}

export function isSectionHeading(block: string): boolean {
  const line = block.trim();
  return line.length <= MAX_HEADING && HEADING_PATTERNS.some((pattern) => pattern.test(line));
}

export function isFootnote(block: string): boolean {
  return FOOTNOTE.test(block);
}
