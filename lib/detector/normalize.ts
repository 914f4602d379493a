/**
 * The text the detector reads: Arabic-Indic, Persian and full-width digits as ASCII,
 * full-width brackets as ASCII, soft hyphens and zero-width characters removed, and
 * line-end hyphenation ("para-\ngraph") joined. Spaces of every kind stay as they are:
 * the detector's patterns treat them all as white space.
 *
 * Most text needs none of this, so the common case costs one scan and no copy.
 */
export interface NormalizedText {
  text: string;
  /** Maps an offset in `text` back to the input. */
  toInput(offset: number): number;
}

const SPECIAL =
  /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff08\uff09\u00ad\u200b-\u200d\u2060\ufeff]|(?<=[A-Za-z])-[ \t\r]{0,8}\n[ \t]{0,8}(?=[a-z])/g;

function replacement(match: string): string {
  if (match.length > 1) return ''; // hyphenation across a line end
  const code = match.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if (code === 0xff08) return '(';
  if (code === 0xff09) return ')';
  return '';
}

export function normalize(input: string): NormalizedText {
  // Each removal shifts what follows: shifts[k] applies from normalized offset starts[k] on.
  const starts: number[] = [];
  const shifts: number[] = [];
  let removed = 0;
  let outLength = 0;
  let last = 0;
  const text = input.replace(SPECIAL, (match: string, at: number) => {
    const value = replacement(match);
    outLength += at - last + value.length;
    last = at + match.length;
    if (value.length !== match.length) {
      removed += match.length - value.length;
      starts.push(outLength);
      shifts.push(removed);
    }
    return value;
  });
  if (starts.length === 0) return { text, toInput: (offset) => offset };
  return {
    text,
    toInput(offset) {
      let low = 0;
      let high = starts.length - 1;
      let shift = 0;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle]! <= offset) {
          shift = shifts[middle]!;
          low = middle + 1;
        } else high = middle - 1;
      }
      return offset + shift;
    },
  };
}
