/**
 * The page UI of one annotated document: hover, click and keyboard open the card of the
 * reference or paragraph under them; Alt+Shift+N / Alt+Shift+P walk the references.
 */
import { render } from 'preact';
import type { CardTarget as AnnotatorCardTarget } from '../../lib/annotator/annotator-core';
import type { Rect } from '../../lib/page/card-placement';
import { HitIndex } from '../../lib/page/hit-test';
import { HIGHLIGHT_NAMES, type Highlighter } from '../../lib/page/highlighter';
import { t } from '../../lib/i18n';
import type { CardPosition } from '../PositionCard';
import { PageOverlay, type OverlayCard, type OverlayMarker } from './PageOverlay';
import overlayStyles from './overlay.css?inline';

export type CardTarget = AnnotatorCardTarget<CardPosition>;

export interface PageUiOptions {
  doc: Document;
  shadow: ShadowRoot;
  highlighter: Highlighter;
  onAddNote(key: string): void;
}

const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 350;

export type PageUi = ReturnType<typeof mountPageUi>;

export function mountPageUi({ doc, shadow, highlighter, onAddNote }: PageUiOptions) {
  const style = doc.createElement('style');
  style.textContent = overlayStyles;
  const container = doc.createElement('div');
  shadow.append(style, container);

  let references: CardTarget[] = [];
  let paragraphs: CardTarget[] = [];
  let hits = new HitIndex<CardTarget>();
  let open: { target: CardTarget; focus: boolean; pinned: boolean } | null = null;
  let current = -1;
  let announcement = '';
  let insideCard = false;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hovered: CardTarget | null = null;

  const view = doc.defaultView!;
  // Every listener and timer of this UI ends with it.
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let markerList: OverlayMarker[] = [];
  let activeRange: Range | null = null;

  function anchorOf(target: CardTarget): Rect {
    const rect = target.range.getBoundingClientRect();
    return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
  }

  /**
   * Margin markers sit in document coordinates in our absolutely placed host: measured when
   * the paragraphs or the window's size change, not on every scroll frame.
   */
  function measureMarkers(): OverlayMarker[] {
    return paragraphs.map((target, index) => {
      const rect = target.range.getBoundingClientRect();
      return {
        id: String(index),
        top: rect.top + view.scrollY,
        left: Math.max(2, rect.left + view.scrollX - 28),
        label: target.label,
        count: target.positions.length,
      };
    });
  }

  function draw() {
    const card: OverlayCard | null = open
      ? {
          key: open.target.key,
          label: open.target.label,
          positions: open.target.positions,
          anchor: anchorOf(open.target),
          placedByQuote: open.target.placedByQuote,
          focus: open.focus,
        }
      : null;
    const active = open?.target.range ?? null;
    // Only a change of the open card touches the highlight: each change costs the page a style pass.
    if (active !== activeRange) highlighter.set(HIGHLIGHT_NAMES.active, active ? [active] : []);
    activeRange = active;
    render(
      <PageOverlay
        card={card}
        markers={markerList}
        announcement={announcement}
        onClose={close}
        onAddNote={onAddNote}
        onMarker={(id, byKeyboard) => {
          const target = paragraphs[Number(id)];
          if (target) show(target, { focus: byKeyboard, pinned: true });
        }}
        onCardPointer={(inside) => {
          insideCard = inside;
          if (!inside && open && !open.pinned) scheduleHover(null);
        }}
      />,
      container,
    );
  }

  function show(target: CardTarget, how: { focus: boolean; pinned: boolean }) {
    open = { target, ...how };
    draw();
  }

  function close() {
    open = null;
    draw();
  }

  function scheduleHover(target: CardTarget | null) {
    if (target === hovered) return;
    hovered = target;
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(
      () => {
        if (hovered) {
          if (!open?.pinned || open.target !== hovered) show(hovered, { focus: false, pinned: false });
        } else if (open && !open.pinned && !insideCard) close();
      },
      target ? HOVER_OPEN_MS : HOVER_CLOSE_MS,
    );
  }

  function step(direction: 1 | -1) {
    if (references.length === 0) return;
    current = (current + direction + references.length) % references.length;
    const target = references[current]!;
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    announcement = t('announceReference', [current + 1, references.length, target.label, target.positions.length]);
    show(target, { focus: true, pinned: true });
  }

  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    scheduleHover(hits.at(doc, event.clientX, event.clientY));
  };
  const onClick = (event: MouseEvent) => {
    const target = hits.at(doc, event.clientX, event.clientY);
    if (target) {
      current = references.indexOf(target);
      show(target, { focus: false, pinned: true });
    } else if (open && !event.composedPath().includes(shadow.host)) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code === 'KeyN') step(1);
    else if (event.code === 'KeyP') step(-1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  let frame = 0;
  /** The open card follows its reference in the viewport; markers move with the document by themselves. */
  const onScroll = () => {
    if (!open) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
  };
  let resizeFrame = 0;
  const onResize = () => {
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(() => {
      markerList = measureMarkers();
      draw();
    });
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true, signal });
  doc.addEventListener('click', onClick, { capture: true, signal });
  view.addEventListener('keydown', onKeyDown, { capture: true, signal });
  view.addEventListener('resize', onResize, { passive: true, signal });
  view.addEventListener('scroll', onScroll, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(hoverTimer);
    cancelAnimationFrame(frame);
    cancelAnimationFrame(resizeFrame);
  });
  draw();

  return {
    update(next: { references: CardTarget[]; paragraphs: CardTarget[] }) {
      references = next.references;
      paragraphs = next.paragraphs;
      hits = new HitIndex([...references, ...paragraphs]);
      markerList = measureMarkers();
      if (open && !open.target.range.toString()) open = null;
      draw();
    },
    openAt(target: CardTarget) {
      show(target, { focus: true, pinned: true });
    },
    destroy() {
      lifetime.abort();
      render(null, container);
    },
  };
}
