/**
 * Follows a page that changes after load (single-page apps, lazy loading, "show more"):
 * collects the blocks that changed, and hands them over in batches, at most one batch per
 * interval, so that a page that mutates without end costs bounded work.
 */
import { isBlockElement, isSkippedElement } from './text-index';

export interface MutationFollowerOptions {
  root: Element;
  /** Whether a node is our own UI: its changes are not the page's. */
  isOurs(node: Node): boolean;
  onChange(roots: Element[]): Promise<void>;
  /** A batch that failed (a message to a background that is gone): reported, never left unhandled. */
  onError(error: unknown): void;
  /** Ends the following: the observer and the pending timer stop. */
  signal: AbortSignal;
  /** Quiet time before a batch is read. */
  debounceMs?: number;
  /** Least time between two batches, however busy the page. */
  minIntervalMs?: number;
}

export function followMutations(options: MutationFollowerOptions): void {
  if (options.signal.aborted) return;
  const debounceMs = options.debounceMs ?? 150;
  const minIntervalMs = options.minIntervalMs ?? 1000;
  const pending = new Set<Element>();
  let removals = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  let running = false;

  const schedule = () => {
    clearTimeout(timer);
    const wait = Math.max(debounceMs, lastRun + minIntervalMs - Date.now());
    timer = setTimeout(run, wait);
  };

  async function run() {
    if (options.signal.aborted) return;
    if (running) return schedule();
    running = true;
    lastRun = Date.now();
    const roots = outermost([...pending]);
    pending.clear();
    removals = false;
    try {
      await options.onChange(roots);
    } catch (error) {
      if (!options.signal.aborted) options.onError(error);
    } finally {
      running = false;
    }
  }

  const addBlock = (target: Element, isBlock = false) => {
    const block = changedBlock(target, options.root, isBlock);
    if (block) pending.add(block);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
      if (!target || options.isOurs(target)) continue;
      if (record.removedNodes.length > 0) removals = true;
      if (record.type === 'characterData') {
        addBlock(target);
        continue;
      }
      for (const added of record.addedNodes) {
        if (options.isOurs(added)) continue;
        // A whole new block is read by itself; new inline text means its block changed.
        if (added.nodeType === Node.ELEMENT_NODE && isBlockElement(added as Element)) addBlock(added as Element, true);
        else if (added.nodeType === Node.ELEMENT_NODE || added.nodeType === Node.TEXT_NODE) addBlock(target);
      }
    }
    if (pending.size > 0 || removals) schedule();
  });
  observer.observe(options.root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/** The block to read again around a change, or null inside what we never read. */
function changedBlock(target: Element, root: Element, isBlock: boolean): Element | null {
  let block: Element | null = isBlock ? target : null;
  for (let element: Element | null = target; element && element !== root.parentElement; element = element.parentElement) {
    if (isSkippedElement(element)) return null;
    if (!block && isBlockElement(element)) block = element;
  }
  return block ?? root;
}

/** Drops roots inside other roots: each part of the page is read once. */
function outermost(roots: Element[]): Element[] {
  return roots.filter((root) => root.isConnected && !roots.some((other) => other !== root && other.contains(root)));
}
