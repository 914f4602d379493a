/**
 * The characters a regular expression's match can start with, read from its source, so that a
 * caller can skip the (comparatively costly) exec where the text cannot match. Understands
 * what the detector's patterns use: literals, escapes, classes with ranges, groups of any kind,
 * alternation, and the quantifiers ?, *, +, {m,n}. Returns null where a match may start with
 * anything (\s, \d, a pattern that can match the empty string): no filter is possible then.
 * Both cases of each letter are included, for case-insensitive patterns.
 */
const ANYTHING = null;
type Characters = Set<number> | typeof ANYTHING;

interface Atom {
  chars: Characters;
  /** Matches without consuming: a lookaround, or an atom quantified to allow zero times. */
  optional: boolean;
  end: number;
}

function withBothCases(chars: Set<number>, character: string): void {
  for (const variant of [character, character.toLowerCase(), character.toUpperCase()]) {
    if (variant.length === 1) chars.add(variant.charCodeAt(0));
  }
}

function closingBracket(source: string, index: number): number {
  let at = index + 1;
  while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
  return at;
}

function closingParenthesis(source: string, index: number): number {
  let depth = 0;
  for (let at = index; at < source.length; at++) {
    const character = source[at];
    if (character === '\\') at++;
    else if (character === '[') at = closingBracket(source, at);
    else if (character === '(') depth++;
    else if (character === ')' && --depth === 0) return at;
  }
  throw new Error(`Unbalanced group in ${source}`);
}

function classCharacters(body: string): Characters {
  const chars = new Set<number>();
  for (let at = 0; at < body.length; at++) {
    if (body[at] === '\\') {
      if (/[sdwSDW]/.test(body[at + 1]!)) return ANYTHING;
      withBothCases(chars, body[++at]!);
    } else if (body[at + 1] === '-' && at + 2 < body.length) {
      for (let code = body.charCodeAt(at); code <= body.charCodeAt(at + 2); code++) withBothCases(chars, String.fromCharCode(code));
      at += 2;
    } else withBothCases(chars, body[at]!);
  }
  return chars;
}

function readAtom(source: string, index: number): Atom {
  const character = source[index]!;
  let chars: Characters;
  let end: number;
  let zeroWidth = false;
  if (character === '(') {
    end = closingParenthesis(source, index) + 1;
    zeroWidth = /^\(\?<?[=!]/.test(source.slice(index, index + 4));
    const inner = source.slice(index, end).replace(/^\((?:\?(?::|<?[=!]|<[A-Za-z]\w*>))?/, '').slice(0, -1);
    chars = zeroWidth ? new Set() : alternationCharacters(inner);
  } else if (character === '[') {
    end = closingBracket(source, index) + 1;
    chars = classCharacters(source.slice(index + 1, end - 1));
  } else if (character === '\\') {
    end = index + 2;
    chars = /[sdwSDWbB]/.test(source[index + 1]!) ? ANYTHING : new Set();
    if (chars) withBothCases(chars, source[index + 1]!);
  } else {
    end = index + 1;
    chars = new Set();
    withBothCases(chars, character);
  }
  const quantifier = /^(?:[?*]|\{0,\d*\})/.exec(source.slice(end, end + 8));
  const required = /^(?:\+|\{[1-9]\d*(?:,\d*)?\})/.exec(source.slice(end, end + 8));
  const quantifierLength = quantifier?.[0].length ?? required?.[0].length ?? 0;
  if (source[end + quantifierLength] === '?') end++; // lazy quantifier
  return { chars, optional: zeroWidth || quantifier !== null, end: end + quantifierLength };
}

function sequenceCharacters(source: string): Characters {
  const chars = new Set<number>();
  for (let at = 0; at < source.length; ) {
    const atom = readAtom(source, at);
    if (atom.chars === ANYTHING) return ANYTHING;
    for (const code of atom.chars) chars.add(code);
    if (!atom.optional) return chars;
    at = atom.end;
  }
  return ANYTHING; // the whole sequence may match nothing
}

function alternationCharacters(source: string): Characters {
  const chars = new Set<number>();
  let depth = 0;
  let start = 0;
  for (let at = 0; at <= source.length; at++) {
    const character = source[at];
    if (character === '\\') at++;
    else if (character === '[') at = closingBracket(source, at);
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if ((character === '|' && depth === 0) || at === source.length) {
      const alternative = source.slice(start, at);
      const first = alternative === '(?!)' ? new Set<number>() : sequenceCharacters(alternative);
      if (first === ANYTHING) return ANYTHING;
      for (const code of first) chars.add(code);
      start = at + 1;
    }
  }
  return chars;
}

export function firstCharacters(pattern: RegExp): ReadonlySet<number> | null {
  return alternationCharacters(pattern.source);
}
