/**
 * Find in the document: every match of the reader's query in the extracted text, case
 * folded, any run of spaces or line breaks in the query matching any other. The text is
 * the dehyphenated one, so "paragraph" is found where a line break cut it in two.
 */
const MAX_MATCHES = 5000;

export interface Match {
  start: number;
  end: number;
}

export function findMatches(text: string, query: string): Match[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u2029]+'), 'giu');
  const matches: Match[] = [];
  for (let found = pattern.exec(text); found && matches.length < MAX_MATCHES; found = pattern.exec(text)) {
    matches.push({ start: found.index, end: found.index + found[0].length });
  }
  return matches;
}
