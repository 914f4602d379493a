// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPublication } from '../../lib/data/dataset-markdown';
import { NOTE } from '../test-data';
import { NoteItem } from './NoteItem';

const downloads = vi.hoisted(() => [] as { filename: string; content: string; type: string }[]);
vi.mock('../download-text', () => ({
  downloadText: (filename: string, content: string, type: string) => downloads.push({ filename, content, type }),
}));
afterEach(cleanup);

describe('Suggest as a position', () => {
  it('downloads the note as a position file with the note’s paragraph, page and words filled in', () => {
    render(<NoteItem note={{ ...NOTE, pageUrl: 'https://press.un.org/x', quote: 'A sentence' }} onEdit={() => undefined} pageTitle="The page" />);
    fireEvent.click(screen.getByRole('button', { name: 'Suggest as a position' }));
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file!.filename).toMatch(/^suggested-\d{4}-\d{2}-\d{2}-note-ci\.md$/);
    expect(file!.type).toBe('text/markdown');
    expect(file!.content).toContain('source_url: "https://press.un.org/x"');
    expect(file!.content).toContain('source_title: "The page"');
    expect(file!.content).toContain('  - ref: "para 29 (e) of the 3rd APR"\n    version: zero');
    expect(file!.content).toContain('## Summary\n\nAsk the delegation about malware withdrawal.');
    expect(file!.content).toContain('## Quote\n\nA sentence');
    const fields = readPublication(file!.content).errors.map((error) => error.message.split(':')[0]);
    expect(fields).toEqual(['verified', 'paragraph "para 29 (e) of the 3rd APR"', 'title', 'themes']);
  });
});
