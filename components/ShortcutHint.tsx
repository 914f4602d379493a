/** The key the browser actually bound to "Annotate this page", or where to choose one when it bound none. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ANNOTATE_COMMAND } from '../lib/commands';
import { t } from '../lib/i18n';

export async function readAnnotateShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === ANNOTATE_COMMAND)?.shortcut || null;
}

const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

export function ShortcutHint({ read = readAnnotateShortcut }: { read?: () => Promise<string | null> }) {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    read().then(setShortcut, () => setShortcut(null));
  }, [read]);
  if (shortcut === undefined) return null;
  return <p class="hint">{shortcut ? t('shortcutAnnotate', [shortcut]) : t('shortcutUnset', [SHORTCUTS_PAGE])}</p>;
}
