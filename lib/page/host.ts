/**
 * The one element we add to a page: everything of ours lives in its closed shadow root
 * (DESIGN.md rules 4 and 8: the page can neither read nor steer our UI).
 *
 * Its name is drawn anew on every page, so the page cannot define it as a custom element
 * beforehand (whose constructor would receive our host), nor style it by name; and its
 * styles are inline and important, which no page style sheet can override.
 */
const HOST_PREFIX = 'apr-lens-';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'z-index: 2147483647',
]
  .map((rule) => `${rule} !important;`)
  .join(' ');

export interface Host {
  element: HTMLElement;
  shadow: ShadowRoot;
}

/** A custom element name no page can guess: the prefix and random letters. */
function hostName(): string {
  const letters = crypto.getRandomValues(new Uint8Array(10));
  return HOST_PREFIX + Array.from(letters, (value) => String.fromCharCode(97 + (value % 26))).join('');
}

export function mountHost(doc: Document): Host {
  const element = doc.createElement(hostName());
  element.setAttribute('style', HOST_STYLE);
  const shadow = element.attachShadow({ mode: 'closed' });
  doc.documentElement.append(element);
  return { element, shadow };
}

