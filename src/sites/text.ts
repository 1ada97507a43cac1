/**
 * Visible text of an element, with emoji images read by their alt text (sites draw emoji as
 * <img alt="📸">). Skips hidden helper text such as screen-reader timestamps.
 */
export function textOf(element: Element, skip?: string): string {
  // Most messages are plain text: one native call each instead of a walk that wraps every node
  // for the content script. The walk is for emoji images, line breaks and skipped parts.
  if (!element.querySelector(skip ? `img, br, ${skip}` : 'img, br')) return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  let out = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.currentNode;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
    } else if (node instanceof Element) {
      if (node !== element && skip && node.matches(skip)) {
        node = nextOutside(walker);
        continue;
      }
      if (node.tagName === 'IMG') out += node.getAttribute('alt') ?? '';
      else if (node.tagName === 'BR') out += '\n';
    }
    node = walker.nextNode();
  }
  return out.replace(/\s+/g, ' ').trim();
}

function nextOutside(walker: TreeWalker): Node | null {
  let node: Node | null = walker.currentNode;
  while (node) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    node = walker.parentNode();
  }
  return null;
}
