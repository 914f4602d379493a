/**
 * A set of character codes (or other small whole numbers) that answers `has` with one array
 * read. The detector asks such questions at nearly every step of a reference, and a Set's
 * hashing costs several times as much as the question.
 */
export class CodeSet {
  private readonly min: number;
  private readonly size: number;
  private readonly bits: Uint32Array;

  constructor(codes: Iterable<number>) {
    const all = [...codes];
    this.min = all.length === 0 ? 0 : Math.min(...all);
    this.size = all.length === 0 ? 0 : Math.max(...all) - this.min + 1;
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
    for (const code of all) {
      const offset = code - this.min;
      this.bits[offset >>> 5]! |= 1 << (offset & 31);
    }
  }

  /** False for NaN, which charCodeAt gives past the end of the text. */
  has(code: number): boolean {
    const offset = code - this.min;
    if (!(offset >= 0 && offset < this.size)) return false;
    return (this.bits[offset >>> 5]! & (1 << (offset & 31))) !== 0;
  }
}

/** The set of the characters of `characters`. */
export function codeSetOf(characters: string): CodeSet {
  return new CodeSet([...characters].map((character) => character.charCodeAt(0)));
}
