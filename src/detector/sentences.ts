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
 * The normalised sentences of `raw`, for the model. One pass of the normaliser over the whole
 * message with every sentence end turned into `?` (which the normaliser keeps), then split there:
 * normalising each sentence on its own would hand the normaliser substrings of the message,
 * which made every later call to it about twice as slow in V8 (measured with `npm run bench`).
 */
export function normalisedSentences(raw: string): string[] {
  return normalise(raw.replace(SENTENCE_END, '?'))
    .split('?')
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}
