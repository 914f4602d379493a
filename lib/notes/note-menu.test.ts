import { describe, expect, it } from 'vitest';
import { noteTargetForSelection } from './note-menu';

describe('noteTargetForSelection', () => {
  it('keeps the selected text as the quote, on the paragraph it names', () => {
    expect(noteTargetForSelection('  The 3rd APR flags the “escalatory”\n risk (para 29 e) ', 'https://press.un.org/x')).toEqual({
      key: 'apr3:29e',
      pageUrl: 'https://press.un.org/x',
      quote: 'The 3rd APR flags the “escalatory” risk (para 29 e)',
    });
  });
  it('is a note on the page where the selection names no paragraph', () => {
    expect(noteTargetForSelection('critical infrastructure', 'https://press.un.org/x')).toEqual({
      key: null,
      pageUrl: 'https://press.un.org/x',
      quote: 'critical infrastructure',
    });
  });
});
