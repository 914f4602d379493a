/**
 * One page of the reader: a placeholder of the page's size until it is near the viewport,
 * then a canvas and pdf.js's selectable text layer. The canvas can be released again far
 * from view (it is the memory); the text layer stays, and with it the highlights on it.
 *
 * Sizes are in PDF units times the CSS variable --total-scale-factor set on the document
 * view, so that zooming resizes every page and text layer at once.
 */
import { TextLayer, type PDFPageProxy } from './pdfjs';

export interface PageSource {
  page(index: number): Promise<PDFPageProxy>;
  textContent(index: number): Promise<Awaited<ReturnType<PDFPageProxy['getTextContent']>>>;
}

export class PageView {
  readonly element: HTMLDivElement;
  private canvas: HTMLCanvasElement | null = null;
  private textLayer: TextLayer | null = null;
  private renderedScale = 0;
  private rendering: Promise<void> | null = null;

  constructor(
    readonly index: number,
    private readonly source: PageSource,
    size: { width: number; height: number },
    label: string,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'page';
    this.element.dataset.page = String(index + 1);
    this.element.setAttribute('role', 'region');
    this.element.setAttribute('aria-label', label);
    this.setSize(size);
  }

  setSize({ width, height }: { width: number; height: number }) {
    this.element.style.width = `calc(var(--total-scale-factor) * ${width}px)`;
    this.element.style.height = `calc(var(--total-scale-factor) * ${height}px)`;
  }

  get hasText(): boolean {
    return this.textLayer !== null;
  }

  /** The text node of a text item's span, once the text layer is there. */
  textNode(item: number): Text | null {
    const node = this.textLayer?.textDivs[item]?.firstChild;
    return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
  }

  /** Draws the page at `scale` (and its text layer, the first time). Resolves when both are there. */
  render(scale: number): Promise<void> {
    if (this.canvas && this.renderedScale === scale) return this.rendering ?? Promise.resolve();
    const run = this.draw(scale);
    this.rendering = run.finally(() => {
      if (this.rendering === run) this.rendering = null;
    });
    return run;
  }

  private async draw(scale: number): Promise<void> {
    const page = await this.source.page(this.index);
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = this.canvas ?? document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    if (!this.canvas) {
      this.canvas = canvas;
      this.element.prepend(canvas);
    }
    this.renderedScale = scale;
    const context = canvas.getContext('2d')!;
    await page.render({ canvas, canvasContext: context, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;

    if (!this.textLayer) {
      const container = document.createElement('div');
      container.className = 'textLayer';
      this.element.append(container);
      const layer = new TextLayer({ textContentSource: await this.source.textContent(this.index), container, viewport });
      await layer.render();
      this.textLayer = layer;
    } else {
      this.textLayer.update({ viewport });
    }
    this.element.classList.add('rendered');
  }

  /** Frees the canvas (far from view); the text layer and its highlights stay. */
  release() {
    if (!this.canvas || this.rendering) return;
    this.canvas.width = 0;
    this.canvas.height = 0;
    this.canvas.remove();
    this.canvas = null;
    this.renderedScale = 0;
    this.element.classList.remove('rendered');
  }

  /** The scale the canvas is drawn at; 0 without a canvas. */
  get drawnScale(): number {
    return this.renderedScale;
  }
}
