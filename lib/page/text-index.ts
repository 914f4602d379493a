/**
 * One flat text of a DOM subtree, with a map back from text offsets to text nodes
 * (docs/architecture.md, rule 5). Blocks are joined by BLOCK_SEPARATOR so that no reference is read
 * across two paragraphs or table cells.
 */
import { HOST_TAG } from './host';

export const BLOCK_SEPARATOR = '\u2029';

/** Elements whose text is not reading text, or is not the page's. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', HOST_TAG.toUpperCase(),
]);

/** Elements that start a new line of text: judged by tag, not by computed style, which is slow and which hostile CSS can change. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextIndex {
  text: string;
  /** Text nodes in document order… */
  nodes: Text[];
  /** …and the offset in `text` where each one starts. */
  starts: number[];
}

export interface TextIndexOptions {
  /** Leave out an element and its subtree (besides the built-in list), e.g. running headers of a PDF. */
  skip?: (element: Element) => boolean;
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** isSkippedElement's rule as a selector, for finding them all at once. */
const SKIPPED_SELECTOR = [...SKIPPED_TAGS].map((tag) => tag.toLowerCase()).join(',') + ',[contenteditable]:not([contenteditable="false"])';

/**
 * Walks `root` in document order. `step(budget)` reads up to `budget` nodes and reports
 * whether it is done, so that long pages can be read in slices between which the page
 * stays responsive.
 */
export function createTextIndexBuilder(root: Node, options: TextIndexOptions = {}) {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let pendingBreak = false;

  // Skipped elements and line breaks are found by selector, once, in the browser's own code:
  // asking each element for its tag and attributes from script costs more than the walk.
  const container = root as Partial<ParentNode>;
  const skipped = new Set<Node>(container.querySelectorAll?.(SKIPPED_SELECTOR) ?? []);
  const breaks = new Set<Node>(container.querySelectorAll?.('br') ?? []);
  const outside = root.parentNode;
  // The block each node's text belongs to, memoised along the way so the walk stays linear.
  const blockOf = new Map<Node, Node | null>();

  // No filter function either: the browser calling back into script for every node costs
  // several times the walk itself. Skipped elements are stepped over here, subtree and all.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const isSkipped = (element: Element) => skipped.has(element) || (options.skip?.(element) ?? false);

  /** The node the next step starts with; undefined before the first. */
  let upNext: Node | null | undefined;

  /** The node after the current one's subtree, or null at the end of the root. */
  function afterSubtree(): Node | null {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  function nearestBlock(node: Node): Node | null {
    const path: Node[] = [];
    let current = node.parentNode;
    let found: Node | null = null;
    while (current && current !== outside) {
      const cached = blockOf.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      path.push(current);
      if (current.nodeType === Node.ELEMENT_NODE && isBlockElement(current as Element)) {
        found = current;
        break;
      }
      current = current.parentNode;
    }
    for (const visited of path) blockOf.set(visited, found);
    return found;
  }

  function push(value: string) {
    parts.push(value);
    length += value.length;
  }

  return {
    step(budget: number): boolean {
      let node = upNext === undefined ? walker.nextNode() : upNext;
      for (let read = 0; read < budget && node; read++) {
        if (node.nodeType !== Node.TEXT_NODE) {
          const element = node as Element;
          if (isSkipped(element)) {
            node = afterSubtree();
            continue;
          }
          if (breaks.has(element)) pendingBreak = true;
          node = walker.nextNode();
          continue;
        }
        const text = node as Text;
        const value = text.data;
        if (value.length > 0) {
          const block = nearestBlock(text);
          if (nodes.length > 0 && (pendingBreak || block !== lastBlock)) push(BLOCK_SEPARATOR);
          pendingBreak = false;
          lastBlock = block;
          nodes.push(text);
          starts.push(length);
          push(value);
        }
        node = walker.nextNode();
      }
      upNext = node;
      return node === null;
    },
    result(): TextIndex {
      return { text: parts.join(''), nodes, starts };
    },
  };
}

export function buildTextIndex(root: Node, options?: TextIndexOptions): TextIndex {
  const builder = createTextIndexBuilder(root, options);
  while (!builder.step(Number.MAX_SAFE_INTEGER));
  return builder.result();
}

/** The text node and offset within it for a flat text offset (binary search). */
export function locate(
  index: TextIndex,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number; position: number } | null {
  const { starts, nodes } = index;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) low = middle + 1;
    else high = middle - 1;
  }
  let at = high;
  if (at < 0) return null;
  // An end offset that falls exactly on a node boundary belongs to the node before.
  if (preferEnd && at > 0 && starts[at] === offset) at -= 1;
  const node = nodes[at]!;
  const inNode = offset - starts[at]!;
  if (inNode > node.data.length) return null; // inside a block separator
  return { node, offset: inNode, position: at };
}

/** A DOM Range over flat offsets [start, end), or null where the text has changed since. */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  const from = locate(index, start);
  const to = locate(index, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/** The text nodes a flat span covers: where a highlight must answer the pointer. */
export function nodesIn(index: TextIndex, start: number, end: number): Text[] {
  const first = locate(index, start);
  const last = locate(index, end, true);
  return first && last ? index.nodes.slice(first.position, last.position + 1) : [];
}

/** A span's DOM range and the text nodes it covers, or null where the text has changed since. */
export function spanIn(index: TextIndex, start: number, end: number): { range: Range; nodes: Text[] } | null {
  const range = rangeFor(index, start, end);
  return range ? { range, nodes: nodesIn(index, start, end) } : null;
}
