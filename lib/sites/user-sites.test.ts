import { describe, expect, it } from 'vitest';
import { sitePatterns } from './user-sites';

describe('sitePatterns', () => {
  it('turns what a reader types into match patterns for the site and its subdomains', () => {
    expect(sitePatterns('https://www.cyberpeaceinstitute.org/news')).toEqual([
      '*://cyberpeaceinstitute.org/*',
      '*://*.cyberpeaceinstitute.org/*',
    ]);
    expect(sitePatterns('  eeas.europa.eu ')).toEqual(['*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*']);
  });
  it('refuses what is not a site', () => {
    expect(sitePatterns('')).toBeNull();
    expect(sitePatterns('not a site')).toBeNull();
    expect(sitePatterns('http://')).toBeNull();
  });
});
