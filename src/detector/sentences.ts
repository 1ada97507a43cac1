import { normalise } from './normalise';

/**
 * Reading a long chat message sentence by sentence (issue 3): the learned model was trained on
 * single chat messages, so a message too long for it to read whole is read one sentence at a time
 * (matchText in engine.ts).
 */

/** Where a sentence ends: `.`, `!`, `;` or `…` before white space, or a line break. Not a dot
 * inside a word ("n.u.d.e.s", "3.50"). `?` ends a sentence too: the normaliser keeps it. */
const SENTENCE_END = /[.!;\u2026]+(?=\s)|[\r\n]+/g;

/**
 * The normalised sentences of `raw`, for the model: one pass of the normaliser over the whole
 * message with every sentence end turned into `?` (which the normaliser keeps), then split there.
 * Normalising each sentence on its own would hand the normaliser substrings of the message, which
 * made every later call to it about twice as slow in V8 (measured with `npm run bench`).
 * `normalised`, if given, must be `normalise(raw)`: a message without a sentence end to mark is
 * then not normalised again.
 */
export function normalisedSentences(raw: string, normalised?: string): string[] {
  const marked = raw.replace(SENTENCE_END, '?');
  // No sentence end to mark: the normaliser's output for `raw` itself, when the caller has it.
  const text = normalised !== undefined && marked === raw ? normalised : normalise(marked);
  // The pieces between the `?`s, trimmed, empty ones left out (one loop, no arrays in between).
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const to = text.indexOf('?', from);
    const piece = (to < 0 ? text.slice(from) : text.slice(from, to)).trim();
    if (piece.length > 0) out.push(piece);
    if (to < 0) return out;
    from = to + 1;
  }
}
