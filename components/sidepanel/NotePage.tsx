/** The page a note was written on: a link titled with the page's title, where the address is a web page. */
import type { Note } from '../../lib/data/schema';
import { webAddress } from '../../lib/web-address';

export function NotePage({ note }: { note: Pick<Note, 'pageUrl' | 'pageTitle'> }) {
  if (!note.pageUrl) return null;
  const address = webAddress(note.pageUrl);
  const title = note.pageTitle || note.pageUrl;
  return (
    <p class="note-page">
      {address ? (
        <a href={address.href} target="_blank" rel="noopener noreferrer" title={note.pageUrl}>
          {title}
        </a>
      ) : (
        title
      )}
    </p>
  );
}
