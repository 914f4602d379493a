import { describe, expect, it } from 'vitest';
import { PAYLOADS, received } from './messaging';
import type { PageSummary } from './page/page-summary';

type Sender = Parameters<typeof received>[1]['sender'];

const EXTENSION = { id: 'our-id', origin: 'chrome-extension://our-id/' };
const CONTENT_SCRIPT = { id: 'our-id', url: 'https://press.un.org/en/page.html', tab: { id: 4 } as Sender['tab'] };
const POPUP = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const READER = { id: 'our-id', url: 'chrome-extension://our-id/reader.html?file=x', tab: { id: 5 } as Sender['tab'] };
const OTHER_EXTENSION = { id: 'another-id', url: 'chrome-extension://another-id/page.html' };

const SUMMARY: PageSummary = {
  url: 'https://press.un.org/en/page.html',
  title: 'A statement',
  pageReport: null,
  referenceCount: 1,
  references: [{ id: 1, key: 'apr3:29e', surface: 'para 29 e', positionIds: ['ci-call'] }],
  paragraphs: [],
  unplaced: [],
};

describe('received messages', () => {
  it('takes each message only from the contexts that send it', () => {
    expect(received('lookupPositions', { data: ['apr3:29e'], sender: CONTENT_SCRIPT }, EXTENSION)).toEqual(['apr3:29e']);
    expect(received('lookupPositions', { data: ['apr3:29e'], sender: READER }, EXTENSION)).toEqual(['apr3:29e']);
    expect(received('annotateTab', { data: 4, sender: POPUP }, EXTENSION)).toBe(4);
    expect(() => received('annotateTab', { data: 4, sender: CONTENT_SCRIPT }, EXTENSION)).toThrow(/annotateTab.*only from extension-pages/);
    expect(() => received('openNotes', { data: { key: null, pageUrl: 'x' }, sender: OTHER_EXTENSION }, EXTENSION)).toThrow(/only from/);
    expect(() => received('lookupPositions', { data: ['apr3:29e'], sender: { id: 'our-id' } }, EXTENSION)).toThrow(/only from/);
  });

  it('checks every payload whole', () => {
    expect(received('pageSummary', { data: SUMMARY, sender: CONTENT_SCRIPT }, EXTENSION)).toEqual(SUMMARY);
    const extra = { ...SUMMARY, injected: '<img src=x>' };
    expect(() => received('pageSummary', { data: extra, sender: CONTENT_SCRIPT }, EXTENSION)).toThrow(/Malformed "pageSummary"/);
    const badKey = { ...SUMMARY, references: [{ ...SUMMARY.references[0]!, key: 'javascript:alert(1)' }] };
    expect(() => received('pageSummary', { data: badKey, sender: CONTENT_SCRIPT }, EXTENSION)).toThrow(/references\.0\.key: not a paragraph key/);
    expect(() => received('openNotes', { data: { key: 'apr3:29e', pageUrl: 'x', noteId: 'n1' }, sender: CONTENT_SCRIPT }, EXTENSION)).toThrow(
      /Malformed "openNotes"/,
    );
    expect(() => received('lookupPositions', { data: Array(2001).fill('apr3:1'), sender: CONTENT_SCRIPT }, EXTENSION)).toThrow(/Malformed/);
    expect(() => received('annotateTab', { data: 1.5, sender: POPUP }, EXTENSION)).toThrow(/Malformed/);
    expect(() => received('revealReference', { data: { id: 1, key: 'apr3:1' }, sender: POPUP }, EXTENSION)).toThrow(/Malformed/);
    expect(Object.keys(PAYLOADS).sort()).toEqual(['annotateTab', 'lookupPositions', 'openNotes', 'pageSummary', 'positionsForReport', 'revealReference']);
  });
});
