import { describe, expect, it } from 'vitest';
import { readPublication } from '../data/dataset-markdown';
import type { Note } from '../data/schema';
import { positionDraftFromNote } from './position-draft';

const NOTE: Note = {
  id: '0F3A9C2E-1b2c-4d5e-8f90-123456789abc',
  paragraphKey: 'apr3@zero:29e',
  pageUrl: 'https://press.un.org/en/2024/example.doc.htm',
  quote: 'States should pledge\n to refrain from attacks on critical infrastructure.',
  body: 'ICT4Peace asked for public pledges here.\nWorth a position.',
  tags: ['follow-up'],
  created: '2025-01-02T10:00:00.000Z',
  updated: '2025-01-02T10:00:00.000Z',
};
const CONTEXT = { pageTitle: 'Press release: the OEWG session', today: '2026-12-02' };

/** What an editor does: the fields the draft marks EDITOR, filled in. */
function finish(markdown: string, link = 'topical: "Asks for pledges on the infrastructure the paragraph protects."'): string {
  return markdown
    .replace(/^title: "".*$/m, 'title: "Public pledges on critical infrastructure"')
    .replace(/^themes: \[\].*$/m, 'themes: [critical-infrastructure]')
    .replace(/^ {4}# EDITOR: cited: .*$/m, `    ${link}`)
    .replace(/^verified: "".*$/m, 'verified: Read at the source URL.');
}

describe('positionDraftFromNote', () => {
  it('writes a file the dataset reader reads, refusing only the fields left to the editor', () => {
    const { filename, markdown } = positionDraftFromNote(NOTE, CONTEXT);
    expect(filename).toBe('suggested-2026-12-02-0f3a9c2e-1b2c-4d5e-8f90.md');
    const { positions, errors } = readPublication(markdown, new Map([['apr3', new Set(['zero', 'adopted'])]]));
    expect(positions).toEqual([]);
    expect(errors.map((error) => error.message.split(':')[0])).toEqual(['verified', 'paragraph "para 29 (e) of the 3rd APR"', 'title', 'themes']);
    expect(errors.find((error) => error.message.startsWith('paragraph'))!.message).toMatch(/say what the link rests on: cited: .* or topical:/);
  });

  it('keeps the note’s paragraph, page, title, quoted text and words once the editor has filled the rest', () => {
    const { markdown } = positionDraftFromNote(NOTE, CONTEXT);
    const { positions, errors } = readPublication(finish(markdown));
    expect(errors).toEqual([]);
    expect(positions).toEqual([
      {
        id: 'suggested-2026-12-02-0f3a9c2e-1b2c-4d5e-8f90',
        organisation: 'ICT4Peace Foundation',
        title: 'Public pledges on critical infrastructure',
        date: null,
        dateApproximate: false,
        sourceUrl: 'https://press.un.org/en/2024/example.doc.htm',
        sourceTitle: 'Press release: the OEWG session',
        quote: 'States should pledge to refrain from attacks on critical infrastructure.',
        summary: 'ICT4Peace asked for public pledges here. Worth a position.',
        themes: ['critical-infrastructure'],
        paragraphs: [{ kind: 'topical', key: 'apr3@zero:29e', quote: null, reason: 'Asks for pledges on the infrastructure the paragraph protects.' }],
      },
    ]);
  });

  it('turns every report’s key back into the same key, with or without a version', () => {
    for (const key of ['apr1:5', 'apr2@adopted:55', 'apr3@zero:50c', 'final:12', 'apr2@rev1:5ii']) {
      const { markdown } = positionDraftFromNote({ ...NOTE, paragraphKey: key }, CONTEXT);
      const { positions, errors } = readPublication(finish(markdown));
      expect(errors, key).toEqual([]);
      expect(positions[0]!.paragraphs[0]!.key).toBe(key);
    }
  });

  it('a note on a page: no paragraph; an address that is not https is left for the editor, with the page named', () => {
    const { markdown } = positionDraftFromNote({ ...NOTE, paragraphKey: null, pageUrl: 'http://example.org/a"b', quote: null }, { today: '2026-12-02' });
    expect(markdown).toContain('source_url: null # EDITOR: the publication\'s https address (the note\'s page: "http://example.org/a\\"b")');
    expect(markdown).not.toContain('## Quote');
    const { positions, errors } = readPublication(finish(markdown));
    expect(errors).toEqual([]);
    expect(positions[0]).toMatchObject({ sourceUrl: null, sourceTitle: 'EDITOR: the title the source gives itself', paragraphs: [], quote: '' });
  });

  it('writes the note’s words as YAML strings and Markdown text, whatever they contain', () => {
    const hostile = { ...NOTE, body: '---\nid: injected\n---', quote: '"quoted" \\ text # not a comment' };
    const { positions, errors } = readPublication(finish(positionDraftFromNote(hostile, { ...CONTEXT, pageTitle: 'A "title": with # and\nnewline' }).markdown));
    expect(errors).toEqual([]);
    expect(positions[0]).toMatchObject({ id: 'suggested-2026-12-02-0f3a9c2e-1b2c-4d5e-8f90', sourceTitle: 'A "title": with # and newline', quote: '"quoted" \\ text # not a comment' });
  });
});
