/**
 * Tags as the editor shows them: one text field, separated by commas. A tag that holds a
 * comma or a double quote (an import may have one) is written in double quotes, with inner
 * quotes doubled, so that it reads back as one tag. Tags are compared without case.
 */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') current += char;
      else if (text[i + 1] === '"') current += text[i++];
      else quoted = false;
    } else if (char === '"' && !current.trim()) {
      current = '';
      quoted = true;
    } else if (char === ',') {
      tags.push(current);
      current = '';
    } else current += char;
  }
  tags.push(current);
  return uniqueTags(tags.map((tag) => tag.trim().replace(/\s+/g, ' ')).filter(Boolean));
}

export function formatTags(tags: string[]): string {
  return tags.map((tag) => (/[",]/.test(tag) ? `"${tag.replace(/"/g, '""')}"` : tag)).join(', ');
}

/** The key two tags are the same under: "CI" and "ci" are one tag. */
export function tagKey(tag: string): string {
  return tag.toLocaleLowerCase();
}

/** The first spelling of each tag, in order. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tagKey(tag)) && Boolean(seen.add(tagKey(tag))));
}
