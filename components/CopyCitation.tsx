/** "Copy citation" on a card: the paragraph as the UN cites it, on the clipboard, in the UI language. */
import { useState } from 'preact/hooks';
import { unCitation } from '../lib/citation';
import { t } from '../lib/i18n';

/** The Clipboard API where the page is a secure context; elsewhere (an http page) the older copy command. */
async function copyText(text: string, near: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position: fixed; opacity: 0;';
    near.after(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    near.focus();
    return copied;
  }
}

export function CopyCitation({ paragraphKey }: { paragraphKey: string }) {
  const [status, setStatus] = useState('');
  const citation = unCitation(paragraphKey);
  if (!citation) return null;
  return (
    <>
      <button
        type="button"
        onClick={async (event) => {
          const copied = await copyText(citation, event.currentTarget);
          setStatus(t(copied ? 'cardCitationCopied' : 'cardCitationFailed', [citation]));
        }}
      >
        {t('cardCopyCitation')}
      </button>
      <span class="citation-status" role="status">
        {status}
      </span>
    </>
  );
}
