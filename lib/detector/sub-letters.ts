/**
 * Sub-paragraph labels as UN texts write them, mapped to the Latin label the paragraph keys
 * use: `(e)`, `e)`, `(iv)`, `(aa)`; Arabic letters in abjad order, the order of UN Arabic
 * texts (`(هـ)` is (e)); full-width Latin letters. Russian UN texts letter sub-paragraphs
 * with Latin letters, so Cyrillic letters count only where they look like the Latin one
 * (а, е, о, с, р, х, у): a Russian keyboard typed them. Other Cyrillic letters are not labels.
 */
import { isAsciiLower, isLetter } from './chars';
import { codeSetOf } from './code-set';

const ARABIC_ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذض';
const ARABIC: ReadonlyMap<number, string> = new Map([
  ...[...ARABIC_ABJAD].map((letter, rank) => [letter.charCodeAt(0), String.fromCharCode(0x61 + rank)] as const),
  ['ا'.charCodeAt(0), 'a'], // alef written without its hamza
]);
const CYRILLIC_LOOKALIKES: ReadonlyMap<number, string> = new Map(
  [...'аеосрху'].map((letter, index) => [letter.charCodeAt(0), 'aeocpxy'[index]!] as const),
);
const TATWEEL = 0x640;
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/;
const ROMAN_LETTERS = codeSetOf('ivx');
const MAX_LABEL = 5;

export interface SubLabel {
  sub: string;
  end: number;
}

/**
 * The label starting at `index`: one letter, a doubled letter ("aa" after "z"), or, where
 * `allowRoman`, a roman numeral. The caller checks what must follow (a bracket, a space).
 */
export function readSubLabel(text: string, index: number, allowRoman: boolean): SubLabel | null {
  const code = text.charCodeAt(index);
  const arabic = code >= 0x600 && code <= 0x6ff ? ARABIC.get(code) : undefined;
  if (arabic !== undefined) {
    let end = index + 1;
    if (text.charCodeAt(end) === TATWEEL) end++; // "هـ"
    return isLetter(text.charCodeAt(end)) ? null : { sub: arabic, end };
  }
  const cyrillic = code >= 0x400 && code <= 0x4ff ? CYRILLIC_LOOKALIKES.get(code) : undefined;
  if (cyrillic !== undefined) return isLetter(text.charCodeAt(index + 1)) ? null : { sub: cyrillic, end: index + 1 };
  if (code >= 0xff41 && code <= 0xff5a) return { sub: String.fromCharCode(code - 0xff41 + 0x61), end: index + 1 }; // full-width a-z
  if (!isAsciiLower(code)) return null;
  let end = index + 1;
  while (end < text.length && end - index < MAX_LABEL && isAsciiLower(text.charCodeAt(end))) end++;
  if (isLetter(text.charCodeAt(end))) return null;
  const label = text.slice(index, end);
  if (label.length === 1) return { sub: label, end };
  if (label.length === 2 && label[0] === label[1]) return { sub: label, end };
  if (allowRoman && ROMAN_LETTERS.has(code) && ROMAN.test(label)) return { sub: label, end };
  return null;
}

/** "e" → "f": the next label in a range of letters such as "(e)-(g)"; null past "z" or for roman numerals. */
export function letterRange(from: string, to: string): string[] | null {
  if (from.length !== 1 || to.length !== 1) return null;
  const first = from.charCodeAt(0);
  const last = to.charCodeAt(0);
  if (last <= first || last - first > 12) return null;
  const labels: string[] = [];
  for (let code = first; code <= last; code++) labels.push(String.fromCharCode(code));
  return labels;
}
