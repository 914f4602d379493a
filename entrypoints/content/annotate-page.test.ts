// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../lib/page/host';
import { annotatePage, type PageBackend } from './annotate-page';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function backend(lookups: string[][]): PageBackend {
  return {
    lookup: async (keys) => {
      lookups.push(keys);
      return {};
    },
    positionsForReport: async () => [],
    report: () => undefined,
    openNotes: () => undefined,
    onFollowError: () => undefined,
  };
}

describe("the page's annotation lifetime", () => {
  it('ends whole with its signal: host gone, and changes to the page no longer read', async () => {
    document.body.innerHTML = '<p>See para 29 e of the 3rd APR.</p>';
    const lookups: string[][] = [];
    const controller = new AbortController();
    const page = await annotatePage(document, backend(lookups), controller.signal);
    expect(page.core.references.map((reference) => reference.key)).toEqual(['apr3:29e']);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);

    controller.abort();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(page.core.references).toEqual([]);
    const added = document.createElement('p');
    added.textContent = 'And para 30 of the 3rd APR.';
    document.body.append(added);
    await settle(400);
    expect(lookups).toEqual([['apr3:29e']]);
  });

  it('adds nothing to a page without references, until one appears', async () => {
    document.body.innerHTML = '<p>Article 29 of the Charter, page 50.</p>';
    const controller = new AbortController();
    await annotatePage(document, backend([]), controller.signal);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    const added = document.createElement('p');
    added.textContent = 'And para 30 of the 3rd APR.';
    document.body.append(added);
    await settle(400);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    controller.abort();
  });

  it('stops the first pass where it is when the signal ends during it', async () => {
    document.body.innerHTML = '<p>See para 29 e of the 3rd APR.</p>';
    const lookups: string[][] = [];
    const controller = new AbortController();
    const annotating = annotatePage(document, backend(lookups), controller.signal);
    controller.abort();
    await expect(annotating).rejects.toThrow();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    expect(lookups).toEqual([]);
  });
});
