/**
 * All pages of a PDF in one scrolling column: placeholders of the right size at once, and
 * the pages near the viewport drawn as they come into it (IntersectionObserver), nearest
 * first, one at a time, so that a 150-page document shows its first page as fast as a
 * one-page one. Pages that leave the neighbourhood give their canvas back.
 */
import { PageView, type PageSource } from './page-view';

export interface DocumentViewOptions {
  container: HTMLElement;
  pageCount: number;
  /** Size of the first page: the placeholders' size until each page's own is known. */
  defaultSize: { width: number; height: number };
  source: PageSource;
  pageLabel(pageNumber: number): string;
  /** A page's text layer is there: its highlights can be drawn. */
  onPageText(index: number): void;
  onCurrentPage(index: number): void;
  onRenderError(index: number, error: unknown): void;
}

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;

export function createDocumentView(options: DocumentViewOptions) {
  const { container } = options;
  let scale = 1;
  let current = 0;
  const near = new Set<number>();
  const views = Array.from({ length: options.pageCount }, (_, index) => new PageView(index, options.source, options.defaultSize, options.pageLabel(index + 1)));
  const waiting = new Map<number, (() => void)[]>();
  let drawing = false;

  container.style.setProperty('--total-scale-factor', String(scale));
  container.append(...views.map((view) => view.element));

  /** Draws the pages near the viewport that need it, nearest to the current page first. */
  async function drawNext() {
    if (drawing) return;
    drawing = true;
    try {
      for (;;) {
        const wanted = [...near, ...waiting.keys()].filter((index) => needsDrawing(index));
        if (wanted.length === 0) break;
        wanted.sort((a, b) => Math.abs(a - current) - Math.abs(b - current));
        const index = wanted[0]!;
        const view = views[index]!;
        const hadText = view.hasText;
        try {
          await view.render(scale);
        } catch (error) {
          options.onRenderError(index, error);
          waiting.get(index)?.forEach((resolve) => resolve());
          waiting.delete(index);
          break;
        }
        if (!hadText && view.hasText) options.onPageText(index);
        waiting.get(index)?.forEach((resolve) => resolve());
        waiting.delete(index);
      }
    } finally {
      drawing = false;
    }
  }

  function needsDrawing(index: number): boolean {
    const view = views[index]!;
    return !view.hasText || view.drawnScale !== scale;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.page) - 1;
        if (entry.isIntersecting) near.add(index);
        else {
          near.delete(index);
          views[index]!.release();
        }
      }
      updateCurrent();
      void drawNext();
    },
    // A page below the fold is drawn before it scrolls in.
    { rootMargin: '100% 0px' },
  );
  views.forEach((view) => observer.observe(view.element));

  function updateCurrent() {
    const line = window.innerHeight * 0.35;
    let best = current;
    for (const index of near) {
      const rect = views[index]!.element.getBoundingClientRect();
      if (rect.top <= line && rect.bottom > line) best = index;
    }
    if (best !== current) {
      current = best;
      options.onCurrentPage(current);
    }
  }
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(updateCurrent);
  };
  window.addEventListener('scroll', onScroll, { passive: true });

  return {
    get scale() {
      return scale;
    },
    get currentPage() {
      return current;
    },
    view: (index: number): PageView | undefined => views[index],
    setPageSize(index: number, size: { width: number; height: number }) {
      views[index]?.setSize(size);
    },
    /** Zooms every page about the top of the current one. */
    zoom(next: number) {
      const clamped = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(next * 100) / 100));
      if (clamped === scale) return;
      const anchor = current;
      scale = clamped;
      container.style.setProperty('--total-scale-factor', String(scale));
      views[anchor]?.element.scrollIntoView({ block: 'start' });
      void drawNext();
    },
    scrollToPage(index: number) {
      const view = views[Math.min(views.length - 1, Math.max(0, index))];
      if (!view) return;
      view.element.scrollIntoView({ block: 'start' });
      current = view.index;
      options.onCurrentPage(current);
    },
    /** Resolves when the page is drawn with its text layer (it is drawn now if it is not). */
    ensureDrawn(index: number): Promise<void> {
      if (!views[index] || !needsDrawing(index)) return Promise.resolve();
      return new Promise((resolve) => {
        waiting.set(index, [...(waiting.get(index) ?? []), resolve]);
        void drawNext();
      });
    },
    destroy() {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      container.replaceChildren();
    },
  };
}

export type DocumentView = ReturnType<typeof createDocumentView>;
