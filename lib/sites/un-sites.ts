/**
 * The sites where OEWG texts are read. The content script runs there by default;
 * anywhere else it runs only when the reader asks for it.
 */
export const UN_SITE_MATCHES = [
  '*://*.un.org/*',
  '*://un.org/*',
  '*://undocs.org/*',
  '*://*.undocs.org/*',
  '*://unoda.org/*',
  '*://*.unoda.org/*',
  '*://unidir.org/*',
  '*://*.unidir.org/*',
  '*://dig.watch/*',
  '*://*.dig.watch/*',
  '*://reachingcriticalwill.org/*',
  '*://*.reachingcriticalwill.org/*',
  '*://ict4peace.org/*',
  '*://*.ict4peace.org/*',
];
