// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenInReaderButton, type OpenInReaderServices } from './OpenInReaderButton';

afterEach(cleanup);

function services(url: string | null): OpenInReaderServices {
  return { tabUrl: vi.fn(async () => url), openReader: vi.fn(async () => undefined), close: vi.fn() };
}

describe('OpenInReaderButton', () => {
  it('shows for a tab that shows a PDF, and opens the reader on it in that tab', async () => {
    const fakes = services('https://docs-library.unoda.org/OEWG/Zero_Draft.pdf');
    render(<OpenInReaderButton tabId={7} services={fakes} />);
    const button = await screen.findByRole('button', { name: 'Open this PDF in APR Lens' });
    fireEvent.click(button);
    await waitFor(() => expect(fakes.close).toHaveBeenCalled());
    expect(fakes.openReader).toHaveBeenCalledWith(7, expect.stringMatching(/\/reader\.html\?file=https%3A%2F%2Fdocs-library\.unoda\.org%2FOEWG%2FZero_Draft\.pdf$/));
  });

  it('is absent for a tab that shows a web page, or no tab', async () => {
    const fakes = services('https://press.un.org/en/2024/gadis3745.doc.htm');
    const { container } = render(<OpenInReaderButton tabId={7} services={fakes} />);
    await waitFor(() => expect(fakes.tabUrl).toHaveBeenCalledWith(7));
    expect(container.querySelector('button')).toBeNull();
    cleanup();
    const none = render(<OpenInReaderButton tabId={null} services={fakes} />);
    expect(none.container.querySelector('button')).toBeNull();
  });
});
