/**
 * Tells every other open view (popup, side panel, other windows) that notes changed, so
 * that each re-reads them instead of working on a stale copy. One channel per view: a
 * BroadcastChannel does not hear its own messages, so a view is not told of its own writes.
 */
export const NOTES_CHANNEL = 'apr-lens-notes';

export interface NotesChange {
  /** The notes written or deleted. */
  ids: string[];
}

export interface NotesChannel {
  announce(change: NotesChange): void;
  close(): void;
}

export function openNotesChannel(onChange: (change: NotesChange) => void): NotesChannel {
  const channel = new BroadcastChannel(NOTES_CHANNEL);
  channel.onmessage = (event: MessageEvent<NotesChange>) => onChange(event.data);
  return {
    announce: (change) => channel.postMessage(change),
    close: () => channel.close(),
  };
}
