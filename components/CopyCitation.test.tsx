// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyCitation } from './CopyCitation';

afterEach(cleanup);

describe('CopyCitation', () => {
  it('copies the paragraph in UN style and says what it copied', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CopyCitation paragraphKey="apr3@zero:29e" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await screen.findByText('Copied: A/79/214 (zero draft), para. 29 (e)')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('A/79/214 (zero draft), para. 29 (e)');
  });

  it('shows the citation to copy by hand when the browser refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    document.execCommand = () => false;
    render(<CopyCitation paragraphKey="apr3:29e" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await screen.findByText(/Select and copy it: A\/79\/214, para\. 29 \(e\)/)).toBeTruthy();
  });
});
