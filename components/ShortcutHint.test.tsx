// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ANNOTATE_COMMAND } from '../lib/commands';
import { ShortcutHint } from './ShortcutHint';

afterEach(cleanup);

function bound(shortcut: string) {
  Object.assign(browser.commands, { getAll: vi.fn(async () => [{ name: ANNOTATE_COMMAND, shortcut, description: '' }]) });
}

describe('ShortcutHint', () => {
  it('shows the key the browser bound, not the one suggested', async () => {
    bound('Ctrl+Shift+Y');
    render(<ShortcutHint />);
    expect(await screen.findByText('Keyboard shortcut for “Annotate this page”: Ctrl+Shift+Y')).toBeTruthy();
  });

  it('says where to choose a key when the browser bound none', async () => {
    bound('');
    render(<ShortcutHint />);
    expect(await screen.findByText(/has no keyboard shortcut in this browser. Choose one at chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });
});
