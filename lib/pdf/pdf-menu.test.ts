import { describe, expect, it } from 'vitest';
import { PDF_MENU_ITEM } from './pdf-menu';

/** Chrome's match-pattern test for a URL (enough of it for these patterns: scheme, host, path with *). */
function matches(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]*)(\/.*)$/.exec(pattern)!;
  const parsed = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== parsed.protocol) return false;
  const hostOk = host === '*' || parsed.hostname === host || (host!.startsWith('*.') && parsed.hostname.endsWith(host!.slice(1)));
  const pathRegex = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && pathRegex.test(parsed.pathname + parsed.search + parsed.hash);
}

describe('"Open in APR Lens" menu item', () => {
  const offered = (url: string) => PDF_MENU_ITEM.targetUrlPatterns.some((pattern) => matches(pattern, url));

  it('is on links to PDFs and to the UN document hosts, only', () => {
    expect(PDF_MENU_ITEM.contexts).toEqual(['link']);
    expect(offered('https://docs-library.unoda.org/OEWG/Zero_Draft.pdf')).toBe(true);
    expect(offered('https://example.org/a/statement.pdf?download=1')).toBe(true);
    expect(offered('https://undocs.org/A/79/214')).toBe(true);
    expect(offered('https://documents.un.org/api/symbol/access?s=A/79/214&l=en&t=pdf')).toBe(true);
    expect(offered('https://press.un.org/en/2024/gadis3745.doc.htm')).toBe(false);
    expect(offered('https://example.org/pdf-guide.html')).toBe(false);
  });
});
