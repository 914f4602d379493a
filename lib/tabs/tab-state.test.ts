import { describe, expect, it } from 'vitest';
import { MAX_LISTED, type PageSummary } from '../page/page-summary';
import { badgeFor } from './tab-state';

const summary = (referenceCount: number, listed: number): PageSummary => ({
  url: 'https://press.un.org/x',
  title: 'x',
  pageReport: null,
  referenceCount,
  references: Array.from({ length: listed }, (_, i) => ({ id: i + 1, key: 'apr3:1', surface: 'para 1', positionIds: [] })),
  paragraphs: [],
  unplaced: [],
});

describe('the badge', () => {
  it('counts the references, and says when the page has more than its summary lists', () => {
    expect(badgeFor(summary(0, 0))).toEqual({ text: '', title: null });
    expect(badgeFor(summary(12, 12))).toEqual({ text: '12', title: null });
    expect(badgeFor(summary(104_000, MAX_LISTED))).toEqual({
      text: '5k+',
      title: 'APR Lens: 104000 APR references on this page, too many to list them all',
    });
  });
});
