import { describe, expect, it } from 'vitest';
import { shouldOpenInReader } from './auto-open';
import { fileOfReaderUrl, isPdfUrl, readerUrlFor } from './reader-url';

describe('reader URLs', () => {
  it('knows PDF URLs: a .pdf path anywhere, and the UN document systems\' own forms', () => {
    for (const url of [
      'https://docs-library.unoda.org/Open-Ended_Working_Group/Zero_Draft.pdf',
      'https://example.org/files/Statement.PDF?download=1',
      'https://documents.un.org/doc/undoc/gen/n24/123/45/pdf/n2412345.pdf',
      'https://documents.un.org/api/symbol/access?s=A/79/214&l=en&t=pdf',
      'https://digitallibrary.un.org/record/4059016/files/A_79_214-EN.pdf',
    ]) {
      expect(isPdfUrl(url), url).toBe(true);
    }
    for (const url of ['https://press.un.org/en/2024/gadis3745.doc.htm', 'https://example.org/report/pdf/', 'chrome://settings', 'not a url']) {
      expect(isPdfUrl(url), url).toBe(false);
    }
  });

  it('puts the PDF URL in the reader URL, encoded, and reads it back', () => {
    const pdf = 'https://docs.un.org/a b.pdf?x=1&y=2';
    const reader = readerUrlFor(pdf);
    expect(reader).toMatch(/\/reader\.html\?file=https%3A%2F%2Fdocs\.un\.org%2Fa%20b\.pdf%3Fx%3D1%26y%3D2$/);
    expect(fileOfReaderUrl(new URL(reader).search)).toBe('https://docs.un.org/a%20b.pdf?x=1&y=2');
    expect(fileOfReaderUrl('?file=javascript%3Aalert(1)')).toBeNull();
    expect(fileOfReaderUrl('')).toBeNull();
  });

  it('opens UN PDFs in the reader automatically, except on the way back from it', () => {
    const reader = 'chrome-extension://abc/reader.html';
    const pdf = 'https://documents.un.org/doc/undoc/gen/n24/123/45/pdf/n2412345.pdf';
    expect(shouldOpenInReader(pdf, 'https://press.un.org/', reader)).toBe(true);
    expect(shouldOpenInReader(pdf, null, reader)).toBe(true);
    expect(shouldOpenInReader(pdf, `${reader}?file=x`, reader)).toBe(false);
    expect(shouldOpenInReader('https://example.org/a.pdf', null, reader)).toBe(false);
    expect(shouldOpenInReader('https://documents.un.org/index.html', null, reader)).toBe(false);
  });
});
