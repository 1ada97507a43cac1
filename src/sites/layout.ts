/**
 * Which side of `container` an element sits on, from the page's own layout: chat sites draw the
 * teen's own messages at the end of the line (right in left-to-right languages) and the other
 * person's at the start. This is what anyone reading the chat sees, so it survives generated
 * class names, markup shuffles and translations.
 *
 * Returns null when there is no layout to go by (an element that is not rendered, or a DOM
 * without layout such as the unit tests' happy-dom) or when the element sits in the middle,
 * as date separators do.
 */
export function sideOf(element: Element, container: Element): 'start' | 'end' | null {
  const box = element.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  if (box.width === 0 || outer.width === 0) return null;
  const before = box.left - outer.left;
  const after = outer.right - box.right;
  // Centred things (dates, "seen" notes) and full-width blocks are on neither side.
  if (Math.abs(before - after) <= outer.width * 0.05) return null;
  const view = element.ownerDocument.defaultView;
  const rtl = view?.getComputedStyle(container).direction === 'rtl';
  return after < before !== rtl ? 'end' : 'start';
}
