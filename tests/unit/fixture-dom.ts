import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Puts a site fixture's body into happy-dom's document. Only plain <script> blocks (the fixture's
 * live-chat driver) are left out; data scripts such as TikTok's rehydration JSON stay.
 */
export function loadFixture(name: string): void {
  const html = readFileSync(resolve(__dirname, '../fixtures', `${name}.html`), 'utf8');
  const body = html.match(/<body>([\s\S]*)<\/body>/)?.[1] ?? html;
  document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/g, '');
}

/** A layout box for stubbing getBoundingClientRect, which happy-dom does not compute. */
export const box = (left: number, width: number) =>
  ({ left, right: left + width, width, top: 0, bottom: 20, height: 20, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
