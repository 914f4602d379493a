import { describe, expect, it } from 'vitest';
import { readPublication } from './dataset-markdown';

const GOOD = `---
id: example-position
title: An example
date: 2024-07-03
source_url: https://ict4peace.org/example
source_title: Example
themes: [norms]
verified: Read at the source URL.
---
## Summary

Our words.

## Quote

Their words.
`;

describe('readPublication', () => {
  it('reads a one-position publication from front matter and body', () => {
    const { positions, errors } = readPublication(GOOD);
    expect(errors).toEqual([]);
    expect(positions[0]).toMatchObject({ id: 'example-position', summary: 'Our words.', quote: 'Their words.', organisation: 'ICT4Peace Foundation', paragraphs: [] });
  });

  it('names the line of a bad value', () => {
    const { errors } = readPublication(GOOD.replace('date: 2024-07-03', 'date: last spring').replace('[norms]', '[norms, gossip]'));
    expect(errors).toEqual([
      { line: 4, message: 'date: a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { line: 7, message: expect.stringMatching(/^themes: /) },
    ]);
  });

  it('resolves paragraph references with the detector, and refuses one it cannot read', () => {
    const multi = `---
title: Input
date: 2024-07-03
source_url: null
source_title: Input
themes: [norms]
verified: Read from the text of the input.
positions:
  - id: one
    summary: S
    paragraphs:
      - ref: para 29 e of the Zero Draft of the 3rd APR
        cited: (para 29 e)
        quote: escalatory
  - id: two
    summary: S
    paragraphs:
      - ref: the chapter on threats
---
`;
    const { positions, errors } = readPublication(multi);
    expect(positions[0]!.paragraphs).toEqual([{ kind: 'cited', key: 'apr3@zero:29e', quote: 'escalatory', cites: '(para 29 e)' }]);
    expect(errors).toEqual([{ line: 18, message: expect.stringMatching(/"the chapter on threats": no paragraph reference found/) }]);
  });

  it('says when the front matter is missing or is not YAML', () => {
    expect(readPublication('# Just a title').errors[0]).toMatchObject({ line: 1 });
    expect(readPublication('---\ntitle: [unclosed\n---\n').errors[0]!.line).toBeGreaterThan(1);
  });
});

describe('readPublication fields', () => {
  it('refuses a field it does not know, rather than lose it silently', () => {
    const { errors } = readPublication(GOOD.replace('themes: [norms]', 'themes: [norms]\ndate_printd: July 3, 2024'));
    expect(errors).toEqual([{ line: 8, message: expect.stringMatching(/^date_printd: not a field of the dataset \(known: .*date_printed/) }]);
  });
});
