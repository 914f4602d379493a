/**
 * Which of our annotations lies under the pointer. Highlights are not elements, so the
 * text position under the pointer is looked up and checked against the annotated ranges.
 */
export interface Annotated {
  range: Range;
  nodes: Text[];
}

export class HitIndex<T extends Annotated> {
  private byNode = new WeakMap<Text, T[]>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T) {
    for (const node of item.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(item);
      else this.byNode.set(node, [item]);
    }
  }

  /** The annotation at viewport point (x, y), if the point is on its text. */
  at(doc: Document, x: number, y: number): T | null {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const candidates = this.byNode.get(caret.node as Text);
    if (!candidates) return null;
    for (const item of candidates) {
      if (!item.range.isPointInRange(caret.node, caret.offset)) continue;
      // The caret snaps to the nearest text; make sure the pointer is really on it.
      for (const rect of item.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return item;
      }
    }
    return null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
