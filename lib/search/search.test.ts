import { describe, expect, it } from 'vitest';
import { looksFrench } from './looks-french';
import { NO_FILTERS, search, themesOf } from './query';
import type { StoredReportText } from '../data/report-text-types';
import { CAPTURED_ZERO } from '../../tests/fixtures/reports/captured';
import { addNotes, buildSearchIndex, capturedParagraphs, removeNote, upsertNote, type IndexedNote, type IndexedPosition } from './search-index';

const positions: IndexedPosition[] = [
  {
    id: 'p-ci',
    title: 'Critical infrastructure and offensive cyber operations',
    date: '2019-10-29',
    organisation: 'ICT4Peace',
    quote: 'States should pledge to refrain from attacks against critical infrastructure.',
    summary: 'Asks governments with offensive capabilities to respect the norm.',
    themes: ['critical-infrastructure', 'norms'],
    sourceUrl: 'https://ict4peace.org/ci',
    paragraphs: [{ kind: 'topical', key: 'apr3@zero:29e', quote: null, reason: 'The call asks States to spare critical infrastructure.' }],
  },
  {
    id: 'p-portal',
    title: 'Global portal or UNIDIR portal',
    date: '2024-07-03',
    organisation: 'ICT4Peace',
    quote: 'Why promote a portal that is “State driven”?',
    summary: 'Prefers the existing UNIDIR portal.',
    themes: ['stakeholders'],
    sourceUrl: 'https://ict4peace.org/portal',
    paragraphs: [{ kind: 'cited', key: 'apr3@zero:50c', quote: null, cites: '(50 c)' }],
  },
  {
    id: 'p-cb',
    title: 'Capacity building',
    date: '2022-03-31',
    organisation: 'ICT4Peace',
    quote: 'Résilience through capacity building programmes.',
    summary: 'Capacity building as official development assistance.',
    themes: ['capacity-building'],
    sourceUrl: 'https://ict4peace.org/cb',
    paragraphs: [{ kind: 'topical', key: 'apr1:50', quote: null, reason: 'On capacity building.' }],
  },
];
const note: IndexedNote = {
  id: 'n1',
  paragraphKey: 'apr3@zero:29e',
  pageUrl: null,
  quote: null,
  body: 'Ask the delegation about malware withdrawal.',
  tags: ['follow-up'],
  updated: '2025-01-02T10:00:00.000Z',
};

function fixture() {
  return buildSearchIndex({
    positions,
    paragraphs: [{ key: 'apr3@zero:29', heading: null, text: 'Critical infrastructure: States concluded that escalatory operations pose risks.' }],
    notes: [note],
  });
}

const refs = (answer: ReturnType<typeof search>) => answer.hits.map((hit) => hit.entry.id);

describe('search', async () => {
  it('finds positions by prefix and with typos, across title, quote, themes and organisation', async () => {
    const index = await fixture();
    expect(refs(search(index, 'infrastr', NO_FILTERS))).toContain('position:p-ci');
    expect(refs(search(index, 'infrastructrue', NO_FILTERS))).toContain('position:p-ci');
    expect(refs(search(index, 'stakeholders', NO_FILTERS))).toEqual(['position:p-portal']);
    expect(refs(search(index, 'ict4peace', NO_FILTERS))).toHaveLength(3);
    // Accents and case do not matter.
    expect(refs(search(index, 'resilience', NO_FILTERS))).toEqual(['position:p-cb']);
  });

  it('requires every word, and reports the matched words for emphasis', async () => {
    const answer = search(await fixture(), 'critical pledge', NO_FILTERS);
    expect(refs(answer)).toEqual(['position:p-ci']);
    expect(answer.hits[0]!.terms).toEqual(expect.arrayContaining(['critical', 'pledge']));
  });

  it('searches report paragraph text and notes', async () => {
    const index = await fixture();
    expect(refs(search(index, 'escalatory', NO_FILTERS))).toEqual(['paragraph:apr3@zero:29']);
    expect(refs(search(index, 'malware', NO_FILTERS))).toEqual(['note:n1']);
    expect(refs(search(index, 'follow', NO_FILTERS))).toEqual(['note:n1']);
  });

  it('finds a paragraph by its key in the forms people type', async () => {
    const index = await fixture();
    for (const query of ['29e', '29 (e)', '29(e)', 'apr3 29e', '3rd APR 29 (e)']) {
      // The sub-paragraph's own entries first, then the text of the paragraph it belongs to.
      expect(refs(search(index, query, NO_FILTERS)), query).toEqual(['position:p-ci', 'note:n1', 'paragraph:apr3@zero:29']);
    }
    expect(search(index, '29e', NO_FILTERS).paragraph).toEqual({ report: null, para: 29, sub: 'e' });
    // A whole paragraph includes its sub-paragraphs; the report narrows.
    expect(refs(search(index, '50', NO_FILTERS)).sort()).toEqual(['position:p-cb', 'position:p-portal']);
    expect(refs(search(index, 'apr3 50c', NO_FILTERS))).toEqual(['position:p-portal']);
    expect(refs(search(index, '1st APR 50', NO_FILTERS))).toEqual(['position:p-cb']);
    expect(refs(search(index, '29', NO_FILTERS))[0]).toBe('paragraph:apr3@zero:29');
  });

  it('says a paragraph key nothing is on has nothing yet, rather than searching its words', async () => {
    const index = await buildSearchIndex({ positions, paragraphs: [], notes: [note] });
    for (const [query, paragraph] of [
      ['apr1 15b', { report: 'apr1', para: 15, sub: 'b' }],
      ['final report 12', { report: 'final', para: 12, sub: null }],
    ] as const) {
      expect(search(index, query, NO_FILTERS)).toEqual({ hits: [], paragraph, total: 0 });
    }
  });

  it('tells a French query from an English one', () => {
    expect(looksFrench('infrastructures critiques et normes')).toBe(true);
    expect(looksFrench('sécurité')).toBe(true);
    expect(looksFrench('critical infrastructure')).toBe(false);
  });

  it('filters by report, theme and notes only, and browses a filter with no words', async () => {
    const index = await fixture();
    expect(refs(search(index, 'ict4peace', { ...NO_FILTERS, report: 'apr1' }))).toEqual(['position:p-cb']);
    expect(refs(search(index, 'ict4peace', { ...NO_FILTERS, theme: 'norms' }))).toEqual(['position:p-ci']);
    expect(refs(search(index, '29e', { ...NO_FILTERS, notesOnly: true }))).toEqual(['note:n1']);
    expect(refs(search(index, '', { ...NO_FILTERS, notesOnly: true }))).toEqual(['note:n1']);
    expect(refs(search(index, '', NO_FILTERS))).toEqual([]);
    expect(themesOf(index)).toContain('critical-infrastructure');
  });

  it('compares note tags without case in the tag filter and its choices', async () => {
    const index = await fixture();
    upsertNote(index, { id: 'n-upper', paragraphKey: null, quote: null, pageUrl: 'https://press.un.org/x', body: 'Upper', tags: ['CI'], updated: '2025-02-01' });
    upsertNote(index, { id: 'n-lower', paragraphKey: null, quote: null, pageUrl: 'https://press.un.org/y', body: 'Lower', tags: ['ci'], updated: '2025-02-02' });
    expect(themesOf(index).filter((theme) => theme.toLowerCase() === 'ci')).toHaveLength(1);
    expect(refs(search(index, '', { ...NO_FILTERS, theme: 'Ci' })).sort()).toEqual(['note:n-lower', 'note:n-upper']);
  });

  it('answers before the notes are in, and takes them in batches', async () => {
    const index = await buildSearchIndex({ positions, paragraphs: [], notes: [] });
    expect(search(index, 'portal', NO_FILTERS).hits).toHaveLength(1);
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...note, id: `n${i}`, body: `Batch note ${i} on zebrafish` }));
    const seen: number[] = [];
    const adding = addNotes(index, many, (added) => seen.push(added));
    // A note written while the batches go in is not added twice.
    upsertNote(index, many[1100]!);
    await adding;
    expect(seen).toEqual([500, 1000, 1200]);
    expect(search(index, 'zebrafish', NO_FILTERS).total).toBe(1200);
  });

  it('follows notes as they are written, changed and deleted', async () => {
    const index = await fixture();
    upsertNote(index, { ...note, body: 'Raise accountability at the next session.' });
    expect(refs(search(index, 'malware', NO_FILTERS))).toEqual([]);
    expect(refs(search(index, 'accountability', NO_FILTERS))).toEqual(['note:n1']);
    upsertNote(index, { id: 'n2', paragraphKey: null, quote: null, pageUrl: 'https://press.un.org/x', body: 'accountability again', tags: [], updated: '2025-02-01' });
    expect(refs(search(index, 'accountability', NO_FILTERS))).toHaveLength(2);
    removeNote(index, 'n1');
    expect(refs(search(index, 'accountability', NO_FILTERS))).toEqual(['note:n2']);
    expect(refs(search(index, '29e', { ...NO_FILTERS, notesOnly: true }))).toEqual([]);
  });
});

describe('search over captured report texts', () => {
  const captured: StoredReportText[] = [
    { ...CAPTURED_ZERO, id: 'apr3@zero/en' },
    { id: 'apr3@zero/fr', report: 'apr3', version: 'zero', lang: 'fr', symbol: null, sourceUrl: 'https://docs.un.org/y.pdf', format: 'pdf', captured: '2026-11-20T10:00:00.000Z', paragraphs: [{ para: 29, sub: 'e', heading: null, text: 'Une lanterne à flamme bleue.', leadIn: null }] },
  ];

  it('finds a captured paragraph by its words, and shows its text first for its key', async () => {
    const index = await buildSearchIndex({ positions, paragraphs: capturedParagraphs(captured, 'en'), notes: [note] });
    expect(refs(search(index, 'blue flame', NO_FILTERS))).toEqual(['paragraph:apr3@zero:29e']);
    expect(refs(search(index, 'apr3 29e', NO_FILTERS))[0]).toBe('paragraph:apr3@zero:29e');
    expect(search(index, 'apr3 29e', NO_FILTERS).hits[0]!.entry.text).toBe('Members proposed the following lanterns: … A lantern with a blue flame.');
    // One language per version: the reader's.
    expect([...index.entries.values()].filter((entry) => entry.text.includes('Une lanterne'))).toEqual([]);
  });
});
