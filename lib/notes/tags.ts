/** Tags as the editor shows them: one text field, separated by commas. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

export function formatTags(tags: string[]): string {
  return tags.join(', ');
}
