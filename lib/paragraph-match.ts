/**
 * Whether two paragraph keys can name the same paragraph: same number and sub-paragraph,
 * and the same report where both know it. The version is left out: a reference on a page
 * (`apr3:29e`) and a note written on a report's draft (`apr3@zero:29e`) meet.
 */
import { parseParagraphKey } from './paragraph-key';

export function sameParagraph(a: string, b: string): boolean {
  const x = parseParagraphKey(a);
  const y = parseParagraphKey(b);
  return x !== null && y !== null && x.para === y.para && x.sub === y.sub && (!x.report || !y.report || x.report === y.report);
}
