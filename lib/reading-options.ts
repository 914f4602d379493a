/**
 * The reader's choices about annotation, kept in `storage.local` (content scripts read it
 * too; DESIGN.md rule 2 is about IndexedDB): annotate the default sites as they load, open
 * cards on hover, highlight references to paragraphs ICT4Peace has no position on.
 */
import { browser } from 'wxt/browser';

export interface ReadingOptions {
  autoAnnotate: boolean;
  hoverCards: boolean;
  highlightWithoutPositions: boolean;
}

export const DEFAULT_READING_OPTIONS: ReadingOptions = { autoAnnotate: true, hoverCards: true, highlightWithoutPositions: true };

const STORAGE_KEY = 'readingOptions';

export async function readingOptions(): Promise<ReadingOptions> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Partial<ReadingOptions> | undefined;
  return { ...DEFAULT_READING_OPTIONS, ...stored };
}

export async function setReadingOption(name: keyof ReadingOptions, value: boolean): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: { ...(await readingOptions()), [name]: value } });
}

/**
 * Set in the content script's own world by "Annotate this page" before it runs the script:
 * a page asked for is annotated even where automatic annotation is off. The page's scripts
 * live in another world and cannot set it.
 */
export const ASKED_FLAG = '__aprLensAsked';
