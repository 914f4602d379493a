import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fetchPdf } from './load';

// pdf.js needs a browser's DOMMatrix to load; downloading does not use it.
vi.mock('./pdfjs', () => ({ getDocument: vi.fn() }));

const PDF = new TextEncoder().encode('%PDF-1.7\n');

/** A fetch answered from `finalUrl`, as after the redirects the network followed. */
function stubFetch(finalUrl: string) {
  const fetch = vi.fn(async () => ({ ok: true, status: 200, url: finalUrl, redirected: true, arrayBuffer: async () => PDF.buffer }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function allow(...patterns: string[]) {
  Object.assign(browser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => patterns.includes(origin))),
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchPdf', () => {
  it('sends no cookies', async () => {
    allow('https://documents.un.org/*');
    const fetch = stubFetch('https://documents.un.org/doc/a.pdf');
    const loaded = await fetchPdf('https://documents.un.org/doc/a.pdf');
    expect(loaded.ok).toBe(true);
    expect(fetch).toHaveBeenCalledWith('https://documents.un.org/doc/a.pdf', { credentials: 'omit' });
  });

  it('refuses bytes a redirect brought from a host the reader was not allowed to read', async () => {
    allow('https://documents.un.org/*');
    stubFetch('https://tracker.example.test/a.pdf');
    const loaded = await fetchPdf('https://documents.un.org/doc/a.pdf');
    expect(loaded).toEqual({
      ok: false,
      failure: { kind: 'permission', origin: 'https://tracker.example.test/*', message: expect.stringMatching(/sent APR Lens on to tracker\.example\.test/) },
    });
  });

  it('accepts a redirect to another allowed host', async () => {
    allow('https://undocs.org/*', 'https://documents.un.org/*');
    stubFetch('https://documents.un.org/doc/a.pdf');
    expect((await fetchPdf('https://undocs.org/A/79/214')).ok).toBe(true);
  });
});
