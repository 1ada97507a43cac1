/**
 * The prefilter's Aho–Corasick automaton over all literals of all clauses, on character classes,
 * so that the scan (scan.ts) reads the normalised text once with one table lookup per character.
 * The shallow states, where a scan spends nearly all its time, have one full row of 16-bit
 * transitions each; the deepest ones, only when there are more than 16-bit entries can number,
 * keep just their children and failure link (a sparse tail). Built in steps that yield every so
 * often, so that the build can be spread over idle slices (build.ts).
 */

/** State numbers a 16-bit row entry can hold: the dense rows must only lead to states below it. */
export const DENSE_LIMIT = 0x10000;

/**
 * The automaton's tables. States are numbered breadth-first (by depth); state 0 is the root.
 * States below `dense` have a row: the next state after state s on character code x is
 * delta[(s << shift) + classOf[x]]. From a state s ≥ dense (a sparse one), the next state is
 * `next(s, classOf[x])`. report[s] is the first state on s's failure chain (s included) where a
 * literal ends, or 0, and reportNext[u] the next one after u. The entries of the literals ending
 * at state u are ownList[ownStart[u] … ownStart[u + 1] - 1].
 */
export interface Automaton {
  classOf: Uint8Array;
  /** How many character classes (class 0 included): a row's used entries. */
  classes: number;
  shift: number;
  states: number;
  /** States with a row in delta: all of them unless there are more than DENSE_LIMIT. */
  dense: number;
  delta: Uint16Array;
  /** The next state from a sparse state (s ≥ dense) on character class c. */
  next(s: number, c: number): number;
  /** The sparse tail's arrays (for the memory count). */
  sparse: (Int32Array | Uint8Array)[];
  report: Int32Array;
  reportNext: Int32Array;
  ownStart: Int32Array;
  ownList: Int32Array;
  /** The state where `literal` (one of the automaton's) ends. */
  stateOf(literal: string): number;
}

/**
 * Character classes: 0 = a character no literal contains; each letter, the space, `?` and `'`
 * their own (A–Z share a–z's); all digits one; every other character one more. Sharing only
 * widens the condition ("4u" also meets "2u"), and keeps the scan's table small.
 */
function* characterClasses(literals: Iterable<string>): Generator<void, { classOf: Uint8Array; classes: number; totalLength: number }, void> {
  const classOf = new Uint8Array(65536);
  let classes = 1;
  let digitClass = 0;
  let otherClass = 0;
  let totalLength = 0;
  for (const lit of literals) {
    totalLength += lit.length;
    for (let i = 0; i < lit.length; i++) {
      const code = lit.charCodeAt(i);
      if (classOf[code] !== 0) continue;
      if ((code >= 97 && code <= 122) || code === 32 || code === 63 || code === 39) classOf[code] = classes++;
      else if (code >= 48 && code <= 57) classOf[code] = digitClass ||= classes++;
      else classOf[code] = otherClass ||= classes++;
    }
  }
  yield;
  if (digitClass) for (let code = 48; code <= 57; code++) classOf[code] = digitClass;
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32]!;
  return { classOf, classes, totalLength };
}

/** The literals' trie, children as linked lists (first child, next sibling, class label). State 0 is the root. */
interface Trie {
  states: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  label: Int32Array;
  /** Per state, the entries of the literals that end there. */
  ownOf: (number[] | undefined)[];
  literalState: Map<string, number>;
}

function* trie(entriesOf: ReadonlyMap<string, number[]>, classOf: Uint8Array, totalLength: number): Generator<void, Trie, void> {
  const cap = totalLength + 1;
  const firstChild = new Int32Array(cap);
  const nextSibling = new Int32Array(cap);
  const label = new Int32Array(cap);
  const ownOf: (number[] | undefined)[] = [];
  const literalState = new Map<string, number>();
  let states = 1;
  let inserted = 0;
  for (const [lit, entries] of entriesOf) {
    if ((++inserted & 511) === 0) yield;
    let s = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = classOf[lit.charCodeAt(i)]!;
      let t = firstChild[s]!;
      while (t !== 0 && label[t] !== c) t = nextSibling[t]!;
      if (t === 0) {
        t = states++;
        label[t] = c;
        nextSibling[t] = firstChild[s]!;
        firstChild[s] = t;
      }
      s = t;
    }
    // Two literals can share a state when classes merge; their entries simply add up.
    ownOf[s] = ownOf[s] ? ownOf[s]!.concat(entries) : entries;
    literalState.set(lit, s);
  }
  return { states, firstChild, nextSibling, label, ownOf, literalState };
}

/** The trie in breadth-first numbering: children, whether a literal ends at a state, its own entries. */
interface Renumbered {
  /** id[old] is the new number of trie state old. */
  id: Int32Array;
  child: Int32Array;
  sibling: Int32Array;
  labelOf: Int32Array;
  isEnd: Uint8Array;
  ownStart: Int32Array;
  ownList: Int32Array;
}

/**
 * Breadth-first order = by depth. States are renumbered in that order, so that a state's
 * failure state comes before it, and the shallow ones (where a scan spends most of its time)
 * lie together at the start of the table.
 */
function* breadthFirst({ states, firstChild, nextSibling, label, ownOf }: Trie): Generator<void, Renumbered, void> {
  yield;
  const order = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let t = firstChild[order[head]!]!; t !== 0; t = nextSibling[t]!) order[tail++] = t;
  }
  yield;
  const id = new Int32Array(states);
  for (let i = 0; i < states; i++) id[order[i]!] = i;

  const child = new Int32Array(states); // first child
  const sibling = new Int32Array(states);
  const labelOf = new Int32Array(states);
  const isEnd = new Uint8Array(states);
  for (let old = 0; old < states; old++) {
    const n = id[old]!;
    child[n] = firstChild[old] ? id[firstChild[old]!]! : 0;
    sibling[n] = nextSibling[old] ? id[nextSibling[old]!]! : 0;
    labelOf[n] = label[old]!;
    if (ownOf[old]) isEnd[n] = 1;
  }
  yield;
  const ownStart = new Int32Array(states + 1);
  let ownTotal = 0;
  for (let n = 0; n < states; n++) {
    ownStart[n] = ownTotal;
    ownTotal += ownOf[order[n]!]?.length ?? 0;
  }
  ownStart[states] = ownTotal;
  const ownList = new Int32Array(ownTotal);
  for (let n = 0; n < states; n++) {
    const own = ownOf[order[n]!];
    if (own) ownList.set(own, ownStart[n]!);
  }
  return { id, child, sibling, labelOf, isEnd, ownStart, ownList };
}

/**
 * How many states (a prefix in breadth-first order) get a row: all, if every state number fits
 * a 16-bit entry; otherwise the longest prefix whose children all do. A row's other entries lead
 * to states no deeper than its own children, so they fit too.
 */
function denseCount(states: number, child: Int32Array, sibling: Int32Array, limit: number): number {
  if (states <= limit) return states;
  let d = 0;
  for (; d < states; d++) {
    let last = 0;
    for (let t = child[d]!; t !== 0; t = sibling[t]!) last = Math.max(last, t);
    if (last >= limit) break;
  }
  return d;
}

/**
 * The scan's tables: a full row per dense state (one lookup per character), the next state;
 * `report` is the first literal state on a state's failure chain (itself included), or 0. Class
 * 0 leads to the root.
 * In breadth-first order a state's row is its failure state's row (done before it) with its
 * own children written over it; the children's failure links are read from those rows, or, past
 * the dense states, found by `next` along the failure chain.
 * 16-bit entries: half the memory of 32-bit ones, in the cache more often.
 */
function* transitionTable(
  states: number,
  dense: number,
  classes: number,
  shift: number,
  { child, sibling, labelOf, isEnd }: Renumbered,
): Generator<void, Pick<Automaton, 'delta' | 'next' | 'sparse' | 'report' | 'reportNext'>, void> {
  const delta = new Uint16Array(dense << shift);
  const fail = new Int32Array(states);
  const report = new Int32Array(states);
  // The sparse tail: its states' first child, failure state; its children's next sibling and
  // class (children of sparse states are sparse too, numbered after them).
  const tail = states - dense;
  const tailChild = new Int32Array(tail);
  const tailFail = new Int32Array(tail);
  const tailSibling = new Int32Array(tail);
  const tailLabel = new Uint8Array(tail);
  for (let s = dense; s < states; s++) {
    tailChild[s - dense] = child[s]!;
    tailSibling[s - dense] = sibling[s]!;
    tailLabel[s - dense] = labelOf[s]!;
  }
  const next = (s: number, c: number): number => {
    for (;;) {
      for (let t = tailChild[s - dense]!; t !== 0; t = tailSibling[t - dense]!) if (tailLabel[t - dense] === c) return t;
      s = tailFail[s - dense]!;
      if (s < dense) return delta[(s << shift) + c]!;
    }
  };
  const step = (s: number, c: number): number => (s < dense ? delta[(s << shift) + c]! : next(s, c));
  for (let s = 0; s < states; s++) {
    if ((s & 1023) === 1023) yield;
    const row = s << shift;
    if (s !== 0 && s < dense) {
      const failRow = fail[s]! << shift;
      delta.copyWithin(row, failRow, failRow + classes);
    }
    for (let t = child[s]!; t !== 0; t = sibling[t]!) {
      const c = labelOf[t]!;
      fail[t] = s === 0 ? 0 : step(fail[s]!, c);
      if (t >= dense) tailFail[t - dense] = fail[t]!;
      report[t] = isEnd[t] ? t : report[fail[t]!]!;
      if (s < dense) delta[row + c] = t;
    }
  }
  // The next literal state along each reporting state's failure chain: one load per step.
  const reportNext = new Int32Array(states);
  for (let u = 1; u < states; u++) reportNext[u] = report[fail[u]!]!;
  return { delta, next, sparse: [tailChild, tailFail, tailSibling, tailLabel], report, reportNext };
}

/**
 * The automaton of `entriesOf`'s literals: where a literal ends, its entries are reported (the
 * numbers of the clauses it triggers; none for a literal that is only checked).
 */
export function* buildAutomaton(entriesOf: ReadonlyMap<string, number[]>, denseLimit = DENSE_LIMIT): Generator<void, Automaton, void> {
  const { classOf, classes, totalLength } = yield* characterClasses(entriesOf.keys());
  // A row of the scan's table is 2^shift entries (classes is at most 32: 26 letters, space, ?, ',
  // digits, other and class 0), so the scan finds a row with a shift rather than a multiplication.
  const shift = 32 - Math.clz32(classes - 1);
  const built = yield* trie(entriesOf, classOf, totalLength);
  const { states, literalState } = built;
  const renumbered = yield* breadthFirst(built);
  yield;
  const dense = denseCount(states, renumbered.child, renumbered.sibling, Math.min(denseLimit, DENSE_LIMIT));
  const { delta, next, sparse, report, reportNext } = yield* transitionTable(states, dense, classes, shift, renumbered);
  const { id, ownStart, ownList } = renumbered;
  return {
    classOf, classes, shift, states, dense, delta, next, sparse, report, reportNext, ownStart, ownList,
    stateOf: (literal) => id[literalState.get(literal)!]!,
  };
}
