/**
 * Reading a long chat message sentence by sentence (issue 3): the learned model reads a message
 * too long to read whole one sentence at a time (matchText in engine.ts).
 */

/**
 * The sentences of a chat message of more than one: split where `.`, `!`, `;` or `…` is followed
 * by white space, and at line breaks. Not after `?`: the words after a question are often its
 * answer or its reason ("date? die is 12 maart", "ben je alleen thuis? mijn moeder vindt het
 * goed"), which the rules read together. Dots inside a word ("n.u.d.e.s", "3.5") do not split.
 * Returns an empty array for a message of one sentence, the common case, without allocating.
 */
export function sentences(text: string): readonly string[] {
  let start = 0;
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let end = -1;
    let next = -1;
    if (c === 10 || c === 13) {
      end = i;
      next = i + 1;
    } else if ((c === 46 || c === 33 || c === 59 || c === 0x2026) && i + 1 < text.length) {
      const after = text.charCodeAt(i + 1);
      if (after === 32 || after === 9 || after === 10 || after === 13 || after === 0xa0) {
        end = i + 1;
        next = i + 1;
      }
    }
    if (end < 0) continue;
    const part = text.slice(start, end).trim();
    if (part.length > 0) (out ??= []).push(part);
    start = next;
  }
  if (out === null) return EMPTY;
  const last = text.slice(start).trim();
  if (last.length > 0) out.push(last);
  return out.length > 1 ? out : EMPTY;
}
const EMPTY: readonly string[] = Object.freeze([]);
