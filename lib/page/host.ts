/** The one element we add to a page: everything of ours lives in its shadow root. */
export const HOST_TAG = 'apr-lens-ui';

export interface Host {
  element: HTMLElement;
  shadow: ShadowRoot;
}

export function mountHost(doc: Document): Host {
  const existing = doc.querySelector<HTMLElement>(HOST_TAG);
  if (existing?.shadowRoot) return { element: existing, shadow: existing.shadowRoot };
  const element = doc.createElement(HOST_TAG);
  // Out of the page's layout and stacking: hostile page CSS cannot resize or hide it.
  element.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const shadow = element.attachShadow({ mode: 'open' });
  doc.documentElement.append(element);
  return { element, shadow };
}
