/** The nudge's own stylesheet, inside its closed shadow root; page styles cannot reach it. */
export const NUDGE_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(340px, calc(100vw - 32px));
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  letter-spacing: normal; word-spacing: normal; text-align: start; text-transform: none; text-indent: 0;
  color: #1f2933; background: #fffdf7; border: 1px solid #e6dcc4; border-left: 6px solid #f2b33d;
  border-radius: 14px; box-shadow: 0 8px 28px rgba(20, 30, 40, .18); padding: 14px 16px 12px;
}
.card.urgent { border-left-color: #c2410c; background: #fff8f3; }
@media (prefers-reduced-motion: no-preference) {
  .card { animation: rise .22s ease-out; }
  @keyframes rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
}
.top { display: flex; align-items: center; justify-content: space-between; margin-bottom: 4px; }
.badge { font-weight: 700; font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #8a5a00; }
.urgent .badge { color: #9a3412; }
.close { all: unset; cursor: pointer; width: 28px; height: 28px; border-radius: 50%; text-align: center; font-size: 20px; line-height: 28px; color: #52606d; }
.close:hover { background: rgba(0,0,0,.06); }
.opener { margin: 0 0 4px; font-weight: 700; font-size: 16px; }
.what { margin: 0 0 6px; }
.tactic { margin: 0 0 10px; color: #3e4c59; }
.more { margin: 0 0 10px; padding: 8px 10px; background: rgba(0,0,0,.04); border-radius: 8px; color: #3e4c59; }
.more[hidden] { display: none; }
.explain { margin: 0 0 4px; }
.help { display: grid; gap: 6px; margin: 0 0 8px; }
.line { margin: 0; padding: 7px 10px; border-radius: 10px; background: rgba(15,118,110,.08); font-weight: 600; font-size: 13px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.link { all: unset; cursor: pointer; color: #0f766e; text-decoration: underline; font-size: 13px; font-weight: 600; }
.report { display: inline-block; margin: 8px 0 0; }
.primary, .secondary, .quiet {
  all: unset; box-sizing: border-box; cursor: pointer; border-radius: 999px; padding: 7px 12px;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.primary { background: #0f766e; color: #fff; width: 100%; text-align: center; padding: 9px 12px; }
.primary:hover { background: #115e59; }
.secondary { background: #fff; color: #0f766e; border: 1px solid #99c7c1; width: 100%; text-align: center; }
.quiet { color: #1f2933; background: rgba(0,0,0,.05); }
.quiet:hover { background: rgba(0,0,0,.1); }
.close:focus-visible, .link:focus-visible, .primary:focus-visible, .secondary:focus-visible, .quiet:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.footer { margin: 10px 0 0; font-size: 12px; color: #616e7c; }
@media (prefers-color-scheme: dark) {
  .card { color: #e4e7eb; background: #1f2428; border-color: #3a4148; border-left-color: #f2b33d; }
  .card.urgent { background: #2a1f1b; border-left-color: #fb923c; }
  .badge { color: #f2c265; } .urgent .badge { color: #fdba74; }
  .tactic, .more { color: #cbd2d9; } .more { background: rgba(255,255,255,.06); }
  .close { color: #cbd2d9; } .close:hover { background: rgba(255,255,255,.1); }
  .primary { background: #14b8a6; color: #0b1b1a; } .primary:hover { background: #2dd4bf; }
  .secondary { background: transparent; color: #5eead4; border-color: #2f6f68; }
  .quiet { color: #e4e7eb; background: rgba(255,255,255,.08); } .quiet:hover { background: rgba(255,255,255,.14); }
  .footer { color: #9aa5b1; }
  .link { color: #5eead4; } .line { background: rgba(94,234,212,.1); }
}
`;

/**
 * Inline on the host with !important, so page rules like `* { display: none !important }` lose.
 * Not `all: initial`: that would also pin text spacing and keep a teen's own reading styles out
 * (axe: avoid-inline-spacing). The card sets the text properties a page could pass down.
 */
export const HOST_STYLE = [
  'display: block',
  'position: fixed',
  'z-index: 2147483647',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
  // Placed by card.ts (top or bottom, and right) after these.
  'top: auto',
  'right: auto',
  'bottom: auto',
  'left: auto',
  'transform: none',
  'translate: none',
  'scale: none',
  'rotate: none',
  'zoom: 1',
  'contain: none',
  'content-visibility: visible',
  'filter: none',
  'clip-path: none',
  'mask: none',
  'mix-blend-mode: normal',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'width: auto',
  'height: auto',
  'max-width: none',
  'max-height: none',
  'overflow: visible',
]
  .map((rule) => `${rule} !important`)
  .join('; ');
