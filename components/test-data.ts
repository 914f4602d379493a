/** Data and fake browser services for the popup and side panel component tests. */
import { vi } from 'vitest';
import { toStored, type Database } from '../lib/data/db';
import type { Note, Position } from '../lib/data/schema';
import type { PageSummary } from '../lib/page/page-summary';
import type { ViewServices } from './view-services';

export const POSITIONS: Position[] = [
  {
    id: 'ci-call',
    organisation: 'ICT4Peace',
    title: 'Critical infrastructure and offensive cyber operations',
    date: '2019-10-29',
    dateApproximate: false,
    sourceUrl: 'https://ict4peace.org/ci-call',
    sourceTitle: 'A call to governments',
    quote: 'States should pledge to refrain from attacks against critical infrastructure.',
    summary: 'Asks states with offensive capabilities to respect the norm.',
    themes: ['critical-infrastructure', 'norms'],
    paragraphs: [{ kind: 'topical', key: 'apr3@zero:29e', quote: null, reason: 'The call asks States to spare critical infrastructure.' }],
  },
  {
    id: 'portal',
    organisation: 'ICT4Peace',
    title: 'A portal for states, or for everyone',
    date: '2024-07-03',
    dateApproximate: false,
    sourceUrl: 'https://ict4peace.org/portal',
    sourceTitle: 'Input to the OEWG',
    quote: 'Why promote a portal that is “State driven”?',
    summary: 'Prefers the existing UNIDIR portal, open to stakeholders.',
    themes: ['stakeholders'],
    paragraphs: [{ kind: 'cited', key: 'apr3@zero:50c', quote: null, cites: '(50 c)' }],
  },
];

export const NOTE: Note = {
  id: 'note-ci',
  paragraphKey: 'apr3@zero:29e',
  pageUrl: 'http://press.un.org/un/ict4peace-input.html',
  quote: null,
  body: 'Ask the delegation about malware withdrawal.',
  tags: ['follow-up'],
  created: '2025-01-02T10:00:00.000Z',
  updated: '2025-01-02T10:00:00.000Z',
};

export const SUMMARY: PageSummary = {
  url: 'http://press.un.org/un/ict4peace-input.html',
  title: 'ICT4Peace input',
  pageReport: null,
  referenceCount: 2,
  references: [
    { id: 1, key: 'apr3:29e', surface: 'para 29 e', positionIds: ['ci-call'] },
    { id: 2, key: 'apr3:50c', surface: '50 c', positionIds: ['portal'] },
  ],
  paragraphs: [],
  unplaced: [{ key: 'apr3:12', positionId: 'portal' }],
};

export async function seed(db: Database, notes: Note[] = [NOTE]) {
  const tx = db.transaction(['positions', 'notes'], 'readwrite');
  for (const position of POSITIONS) await tx.objectStore('positions').put(toStored(position));
  for (const note of notes) await tx.objectStore('notes').put(note);
  await tx.done;
}

export function fakeViewServices(summary: PageSummary | null): ViewServices {
  return {
    tabId: async () => 7,
    watchTabId: () => () => undefined,
    tabState: async () => summary,
    watchTabState: () => () => undefined,
    reveal: vi.fn(async () => true),
  };
}
