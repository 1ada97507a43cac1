/**
 * The container's box and direction, read once per run of reading (the watcher reads a slice
 * of messages in one go, without the page changing anything in between) instead of once per
 * message: fewer layout and style reads on the page. Forgotten at the end of the run.
 */
let containers: Map<Element, { box: DOMRect; rtl: boolean }> | null = null;

function containerOf(container: Element): { box: DOMRect; rtl: boolean } {
  if (!containers) {
    const fresh = new Map<Element, { box: DOMRect; rtl: boolean }>();
    containers = fresh;
    queueMicrotask(() => {
      if (containers === fresh) containers = null;
    });
  }
  let known = containers.get(container);
  if (!known) {
    const box = container.getBoundingClientRect();
    const view = container.ownerDocument.defaultView;
    known = { box, rtl: box.width > 0 && view?.getComputedStyle(container).direction === 'rtl' };
    containers.set(container, known);
  }
  return known;
}

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
  const { box: outer, rtl } = containerOf(container);
  if (outer.width === 0) return null;
  const box = element.getBoundingClientRect();
  if (box.width === 0) return null;
  const before = box.left - outer.left;
  const after = outer.right - box.right;
  // Centred things (dates, "seen" notes) and full-width blocks are on neither side.
  if (Math.abs(before - after) <= outer.width * 0.05) return null;
  return after < before !== rtl ? 'end' : 'start';
}
