// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParagraphText as Text } from '../lib/data/report-text-types';
import { ParagraphText, ParagraphTextContext, type ParagraphTextServices } from './ParagraphText';

afterEach(cleanup);

const SUB: Text = {
  report: 'apr3',
  version: 'zero',
  lang: 'en',
  symbol: 'A/AC.292/2024/CRP.1',
  sourceUrl: 'https://docs.un.org/x.pdf',
  format: 'pdf',
  para: 29,
  sub: 'e',
  heading: 'A. Overview',
  text: 'A lantern with a blue flame.',
  leadIn: 'Members proposed the following lanterns:',
  subs: [],
  elsewhere: [],
  topical: [],
};

function withServices(found: Text | null, key = 'apr3:29e') {
  const services: ParagraphTextServices = { lookup: vi.fn(async () => found), open: vi.fn() };
  render(
    <ParagraphTextContext.Provider value={services}>
      <ParagraphText paragraphKey={key} />
    </ParagraphTextContext.Provider>,
  );
  return services;
}

describe('ParagraphText', () => {
  it('shows a sub-paragraph with its lead-in, section, report and version, and opens the report at it', async () => {
    const services = withServices(SUB);
    const section = await screen.findByRole('region', { name: 'What the paragraph says' });
    expect(section.textContent).toBe(
      '3rd APR (zero draft), as read from its documentSection: A. OverviewMembers proposed the following lanterns:(e) A lantern with a blue flame.Open in the report',
    );
    expect(services.lookup).toHaveBeenCalledWith('apr3:29e');
    fireEvent.click(screen.getByRole('button', { name: 'Open in the report' }));
    expect(services.open).toHaveBeenCalledWith('apr3@zero:29e');
  });

  it('says where the paragraph is in the other known versions, or that it is not', async () => {
    withServices({
      ...SUB,
      elsewhere: [
        { version: 'adopted', units: ['26e'], similarity: 0.912, kind: 'edited' },
        { version: 'rev1', units: [], similarity: 0.2, kind: 'dropped' },
      ],
    });
    await screen.findByRole('region', { name: 'What the paragraph says' });
    expect(screen.getByText('para 29 (e) (zero draft) ≈ para 26 (e) (adopted), 91 % similar')).toBeTruthy();
    expect(screen.getByText('Not in the text of the Rev.1 version: no paragraph there is at least 50 % similar.')).toBeTruthy();
  });

  it('shows positions on its topic apart, said to be topical, where none cites it', async () => {
    const position = { id: 'p1', organisation: 'ICT4Peace', title: 'Lanterns for everyone', date: '2024', dateApproximate: false, sourceUrl: null, sourceTitle: 'A note', quote: 'Lanterns help.', summary: 'On lanterns.', themes: ['norms' as const], paragraphs: [] };
    withServices({ ...SUB, topical: [{ position, similarity: 0.3 }] });
    const topical = await screen.findByRole('region', { name: 'On its topic, not citing it' });
    expect(topical.textContent).toMatch(/^On its topic, not citing itNo position cites this paragraph\..*Lanterns for everyone/);
  });

  it('shows a paragraph with its sub-paragraphs', async () => {
    withServices({ ...SUB, sub: null, text: 'Members proposed the following lanterns:', leadIn: null, subs: [{ sub: 'a', text: 'Red.' }, { sub: 'e', text: 'Blue.' }] }, 'apr3:29');
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['(a) Red.', '(e) Blue.']);
  });

  it('says how to get the text where no document of the report was read', async () => {
    withServices(null);
    await waitFor(() => expect(document.body.textContent).toMatch(/not known yet\. Open the report/));
    expect(screen.queryByRole('button')).toBeNull();
  });
});
