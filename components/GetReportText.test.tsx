// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchProgress, FetchRequest, FetchResult } from '../lib/reports/fetch-report';
import { GetReportText, type GetReportTextServices } from './GetReportText';

afterEach(cleanup);

/** A download the test moves on step by step. */
function controlled() {
  const calls: { request: FetchRequest; signal: AbortSignal; progress(step: FetchProgress): void; finish(result: FetchResult): void }[] = [];
  const services: GetReportTextServices = {
    get: (request, signal, progress) => new Promise((finish) => calls.push({ request, signal, progress, finish })),
  };
  return { services, calls };
}

describe('GetReportText', () => {
  it('downloads on request in the chosen language, with progress in bytes then pages, and says what was kept', async () => {
    const { services, calls } = controlled();
    render(<GetReportText reports={['apr3']} services={services} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of the document' }), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Get the text of the 3rd APR (A/79/214)' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.request).toEqual({ report: 'apr3', symbol: 'A/79/214', lang: 'fr' });
    calls[0]!.progress({ stage: 'download', received: 51_200, total: 204_800 });
    expect((await screen.findByRole('status')).textContent).toBe('Downloading A/79/214: 50 KB of 200 KB');
    calls[0]!.progress({ stage: 'read', pages: 3, pageCount: 40 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Reading A/79/214: page 3 of 40'));
    calls[0]!.finish({ ok: true, version: 'adopted', paragraphs: 120, url: 'https://documents.un.org/x' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Kept for the cards: 120 paragraphs of the 3rd APR (adopted).'));
  });

  it('cancels, and says what failed', async () => {
    const { services, calls } = controlled();
    render(<GetReportText reports={['apr3']} services={services} />);
    fireEvent.click(screen.getByRole('button', { name: /Get the text/ }));
    await waitFor(() => expect(calls).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls[0]!.signal.aborted).toBe(true);
    calls[0]!.finish({ ok: false, kind: 'cancelled', message: '' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Cancelled. Nothing was changed.'));
    fireEvent.click(screen.getByRole('button', { name: /Get the text/ }));
    await waitFor(() => expect(calls).toHaveLength(2));
    calls[1]!.finish({ ok: false, kind: 'http', message: 'documents.un.org answered HTTP 404 for A/79/214 (en): nothing was changed.' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('documents.un.org did not give A/79/214 (HTTP 404). Nothing was changed.'));
  });
});
