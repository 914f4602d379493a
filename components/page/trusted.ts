/**
 * Our UI in a page answers the user only (DESIGN.md rule 8): an event a page script made
 * (`dispatchEvent`, `element.click()`) is not trusted and is ignored.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
