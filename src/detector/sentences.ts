import { normalise, sentenceEnds } from './normalise';

/**
 * Reading a long chat message sentence by sentence (issue 3): the learned model was trained on
 * single chat messages, so a message too long for it to read whole is read one sentence at a time
 * (matchText in engine.ts).
 */

/** Where a sentence ends: `.`, `!`, `;` or `…` before white space, or a line break. Not a dot
 * inside a word ("n.u.d.e.s", "3.50"). `?` ends a sentence too: the normaliser keeps it. */
const SENTENCE_END = /[.!;\u2026]+(?=\s)|[\r\n]+/g;

/**
 * A message's sentences as spans of one normalised text, so that the model reads them where they
 * are (no string per sentence). Reused by the next call of sentenceSpans.
 */
export interface SentenceSpans {
  text: string;
  /** Sentence k is text[bounds[2k], bounds[2k + 1]): trimmed, never empty. */
  bounds: Int32Array;
  count: number;
}

const spans: SentenceSpans = { text: '', bounds: new Int32Array(64), count: 0 };

/** What String.prototype.trim removes: white space and line terminators. */
function isTrimmed(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Adds text[from, to), trimmed, as a sentence unless nothing is left. */
function addSpan(text: string, from: number, to: number): void {
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  if (to === from) return;
  const k = 2 * spans.count;
  if (k + 2 > spans.bounds.length) {
    const bigger = new Int32Array(2 * spans.bounds.length);
    bigger.set(spans.bounds);
    spans.bounds = bigger;
  }
  spans.bounds[k] = from;
  spans.bounds[k + 1] = to;
  spans.count++;
}

/**
 * The normalised sentences of `raw` (see normalisedSentences), as spans. `normalised`, if given,
 * must be `normalise(raw)`: a message without a sentence end to mark is then not normalised
 * again.
 */
export function sentenceSpans(raw: string, normalised?: string): SentenceSpans {
  spans.count = 0;
  // The normaliser's fast path read `raw` whole and knows where its sentences end: `normalised`
  // is cut there and at its `?`s, which is what normalising the marked text would give.
  const known = normalised === undefined ? undefined : sentenceEnds(raw, normalised);
  if (known !== undefined) {
    const text = normalised!;
    spans.text = text;
    let from = 0;
    let question = text.indexOf('?');
    for (let j = 0; j <= known.count; j++) {
      const end = j < known.count ? known.at[j]! : text.length;
      while (question >= 0 && question < end) {
        addSpan(text, from, question);
        from = question + 1;
        question = text.indexOf('?', from);
      }
      addSpan(text, from, end);
      from = end;
    }
    return spans;
  }
  const marked = raw.replace(SENTENCE_END, '?');
  // No sentence end to mark: the normaliser's output for `raw` itself, when the caller has it.
  const text = normalised !== undefined && marked === raw ? normalised : normalise(marked);
  spans.text = text;
  // The pieces between the `?`s, trimmed, empty ones left out.
  let from = 0;
  for (;;) {
    const to = text.indexOf('?', from);
    if (to < 0) {
      addSpan(text, from, text.length);
      return spans;
    }
    addSpan(text, from, to);
    from = to + 1;
  }
}

/**
 * The normalised sentences of `raw`, for the model: one pass of the normaliser over the whole
 * message with every sentence end turned into `?` (which the normaliser keeps), then split there.
 * Normalising each sentence on its own would hand the normaliser substrings of the message, which
 * made every later call to it about twice as slow in V8 (measured with `npm run bench`).
 * `normalised`, if given, must be `normalise(raw)`: a message without a sentence end to mark is
 * then not normalised again, nor one the normaliser's fast path read whole (it knows where the
 * sentences end).
 */
export function normalisedSentences(raw: string, normalised?: string): string[] {
  const { text, bounds, count } = sentenceSpans(raw, normalised);
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(text.slice(bounds[2 * k]!, bounds[2 * k + 1]!));
  return out;
}
