// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readingOptions } from '../lib/reading-options';
import { Options } from './Options';

let granted: string[] = [];
let answer = true;

afterEach(cleanup);

beforeEach(() => {
  granted = [];
  answer = true;
  Object.assign(browser.permissions, {
    getAll: vi.fn(async () => ({ origins: ['*://*.un.org/*', ...granted], permissions: [] })),
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (answer) granted.push(...origins);
      return answer;
    }),
    // As Chromium does: a pattern that is not a match pattern is an error, not a no-op.
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      const invalid = origins.find((origin) => !/^(\*|https?):\/\/(\*\.)?[^/*:]+\/\*$/.test(origin));
      if (invalid) throw new Error(`Invalid value for origin pattern ${invalid}: Invalid scheme.`);
      granted = granted.filter((origin) => !origins.includes(origin));
      return true;
    }),
  });
});

describe('Options', () => {
  it('adds a site through an optional host permission, and removes it', async () => {
    render(<Options />);
    expect(await screen.findByText(/No sites added yet/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Add a site/), { target: { value: 'https://www.eeas.europa.eu/news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('eeas.europa.eu will be annotated on every visit.'));
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*'] });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove eeas.europa.eu' }));
    await waitFor(() => expect(screen.getByText(/No sites added yet/)).toBeTruthy());
  });

  it('says what to type when the site field is empty', async () => {
    render(<Options />);
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Type a site’s address first, such as eeas.europa.eu.'));
    expect(browser.permissions.request).not.toHaveBeenCalled();
  });

  it('keeps the reading choices', async () => {
    render(<Options />);
    const hover = await screen.findByRole('checkbox', { name: 'Open a card when the pointer rests on a reference' });
    expect((hover as HTMLInputElement).checked).toBe(true);
    fireEvent.click(hover);
    await waitFor(async () => expect((await readingOptions()).hoverCards).toBe(false));
    cleanup();
    render(<Options />);
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Open a card when the pointer rests on a reference' }) as HTMLInputElement).checked).toBe(false),
    );
    expect((screen.getByRole('checkbox', { name: /Annotate the UN sites below/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('says what went wrong when the address is not a site or the reader refuses', async () => {
    render(<Options />);
    fireEvent.input(screen.getByLabelText(/Add a site/), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/is not a web site address/));
    answer = false;
    fireEvent.input(screen.getByLabelText(/Add a site/), { target: { value: 'example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/was not given, so it was not added/));
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('keeps the hosts the PDF reader was allowed apart from the annotated sites, and removes either', async () => {
    granted = ['https://docs.example.org/*', '*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*'];
    render(<Options />);
    const yours = await screen.findByRole('button', { name: 'Remove eeas.europa.eu' });
    expect(yours).toBeTruthy();
    const reader = await screen.findByRole('heading', { name: 'Sites the PDF reader may download from' });
    expect(reader.nextElementSibling?.nextElementSibling?.textContent).toContain('docs.example.org');
    expect(screen.getAllByRole('button', { name: /^Remove / })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove docs.example.org' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('docs.example.org removed.'));
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://docs.example.org/*'] });
    expect(granted).toEqual(['*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*']);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Sites the PDF reader may download from' })).toBeNull());
  });

  it('says so when the browser refuses to take a permission back', async () => {
    granted = ['*://eeas.europa.eu/*'];
    vi.mocked(browser.permissions.remove).mockRejectedValueOnce(new Error('You cannot remove required permissions.'));
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove eeas.europa.eu' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/did not take back the permission for eeas.europa.eu/));
    expect(screen.getByRole('button', { name: 'Remove eeas.europa.eu' })).toBeTruthy();
  });
});
