// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_OPEN_KEY, autoOpenEnabled } from '../../lib/pdf/auto-open';
import { PdfAutoOpenOption } from './PdfAutoOpenOption';

afterEach(cleanup);

describe('PdfAutoOpenOption', () => {
  it('is off by default and keeps the choice in storage.local', async () => {
    expect(await autoOpenEnabled()).toBe(false);
    render(<PdfAutoOpenOption />);
    const box = screen.getByRole('checkbox', { name: /Open PDFs from UN document sites/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect(await autoOpenEnabled()).toBe(true));
    expect(AUTO_OPEN_KEY).toBe('pdf:autoOpen');
  });
});
