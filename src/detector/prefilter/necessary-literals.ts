/**
 * The necessary literals of a pattern's syntax tree. CORRECT BY CONSTRUCTION: for every pattern
 * a *necessary condition* is derived, sets of literal strings such that any text the pattern
 * matches contains at least one literal of each set. Nobody maintains keyword lists; a rule
 * author writes patterns and gets this for free. What each part of a pattern requires:
 *
 *   literal `a`                    {a}
 *   small class `[sz]`             {s, z}            (up to CLASS_LIMIT characters; bigger: nothing)
 *   `.`, `\w`, `[^…]`, big class   nothing (one unknown character)
 *   `\b ^ $ (?!…) (?<!…)`          the empty string: contributes nothing, consumes nothing
 *   `(?=X)`, `(?<=X)`              consumes nothing, but the text must contain a match of X
 *   `X|Y`                          union of what X needs and what Y needs; nothing if either
 *                                  needs nothing
 *   `X{m,n}`, m ≥ 1                what X needs (small finite repeats are expanded exactly)
 *   `X{0,n}`                       nothing
 *   `XY…`                          what each child needs, and the literals spanning adjacent
 *                                  children: all of these hold at once
 * Exact finite languages (e.g. `(?:een |nog een )?foto`) are carried as sets of strings while
 * small (EXACT_LIMIT), so literals can cross group boundaries; each node also knows a set of
 * strings every match starts with and one every match ends with, so `fo+to` yields "fo" and
 * "oto". Each requirement is priced (literal-cost.ts), and a node keeps a few from disjoint parts
 * of its source, cheapest first.
 */
import { MAX_LITERAL, setCost } from './literal-cost';
import type { Node } from './parse-regexp';

/** Largest exact string set (or prefix/suffix set) carried through the analysis. */
const EXACT_LIMIT = 32;

/**
 * A requirement, its cost (Infinity: none) and the part of the pattern source it comes from:
 * requirements from disjoint parts are (roughly) independent, so requiring both pays off.
 */
interface Req {
  set: string[] | null;
  cost: number;
  at: number;
  to: number;
}
const NO_REQ: Req = { set: null, cost: Infinity, at: 0, to: 0 };
const req = (set: string[] | null, at: number, to: number): Req => {
  const cost = setCost(set);
  return cost === Infinity ? NO_REQ : { set, cost, at, to };
};

/**
 * Requirements that all hold at once (any text the node matches meets every one), cheapest
 * first, from disjoint parts of the source, at most KEEP. Each alone is a necessary condition,
 * so any subset of them together is.
 */
type Reqs = Req[];
const KEEP = 3;
const REPLACE = 0.5;
const NONE: Reqs = [];

/**
 * `list` with `r` added (a new array; lists are shared between nodes). Where `r` comes from the
 * same part of the source as requirements already there, only the cheapest is kept.
 */
function withReq(list: Reqs, r: Req): Reqs {
  if (r.set === null) return list;
  let overlapCost = Infinity;
  let overlaps = 0;
  for (const x of list) {
    if (x.at < r.to && r.at < x.to) {
      overlaps++;
      if (x.cost < overlapCost) overlapCost = x.cost;
    }
  }
  // Requirements already there from the same part are replaced only by a clearly cheaper one
  // (several of them are ANDed, which is worth more than one that merely spans them).
  if (overlaps > 0 && r.cost >= REPLACE * overlapCost) return list;
  const out: Reqs = [];
  let placed = false;
  for (const x of list) {
    if (x.at < r.to && r.at < x.to) continue;
    if (!placed && r.cost < x.cost) {
      out.push(r);
      placed = true;
    }
    out.push(x);
  }
  if (!placed) out.push(r);
  if (out.length > KEEP) out.length = KEEP;
  return out;
}

function withReqs(list: Reqs, more: Reqs): Reqs {
  for (const r of more) list = withReq(list, r);
  return list;
}

/**
 * At most `limit` strings, each at most MAX_LITERAL long, such that each string of `set` starts
 * (keepEnd: ends) with one of them: the strings cut to their first (last) k characters, k as
 * large as fits. (Sets may hold duplicates: harmless, and cheaper than removing them.)
 */
function cut(set: readonly string[], limit: number, keepEnd: boolean): string[] {
  let maxLen = 0;
  for (let i = 0; i < set.length; i++) if (set[i]!.length > maxLen) maxLen = set[i]!.length;
  if (set.length <= limit) {
    if (maxLen <= MAX_LITERAL) return set as string[];
    return set.map((s) => (s.length <= MAX_LITERAL ? s : keepEnd ? s.slice(s.length - MAX_LITERAL) : s.slice(0, MAX_LITERAL)));
  }
  // The number of distinct k-character starts grows with k.
  let fit: string[] = NOTHING;
  const seen = new Set<string>();
  for (let k = 1; k <= MAX_LITERAL && k <= maxLen; k++) {
    seen.clear();
    for (let i = 0; i < set.length && seen.size <= limit; i++) {
      const s = set[i]!;
      seen.add(s.length <= k ? s : keepEnd ? s.slice(s.length - k) : s.slice(0, k));
    }
    if (seen.size > limit) break;
    fit = [...seen];
  }
  return fit;
}

/** Every a·b, or null when there would be more than EXACT_LIMIT. */
function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  if (a.length === 1 && a[0] === '') return b as string[];
  if (b.length === 1 && b[0] === '') return a as string[];
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out.push(a[i]! + b[j]!);
  return out;
}

/**
 * Strings r·p: a match has one of them where a part ending in r meets a part starting with p.
 * `ends` is cut to fit EXACT_LIMIT; whether anything of it is left is `lastSpanningUsedEnds`.
 */
function spanning(ends: readonly string[], starts: readonly string[]): string[] {
  const kept = cut(ends, Math.max(1, Math.floor(EXACT_LIMIT / starts.length)), true);
  lastSpanningUsedEnds = kept.length > 1 || kept[0] !== '';
  return cross(kept, starts)!;
}
let lastSpanningUsedEnds = false;

function union(sets: readonly (readonly string[])[]): string[] {
  if (sets.length === 1) return sets[0] as string[];
  const out: string[] = [];
  for (const s of sets) for (let i = 0; i < s.length; i++) out.push(s[i]!);
  return out;
}

/**
 * What the analysis knows about the strings a node can match.
 * - exact: every string it can match, when that set is finite and small (strings ≤ MAX_LITERAL);
 * - prefix / suffix: every match starts / ends with one of these ("" = no knowledge), at most
 *   EXACT_LIMIT strings of at most MAX_LITERAL characters;
 * - req: the text must contain one of these (null = no requirement), with its cost.
 */
interface Info {
  exact: string[] | null;
  prefix: string[];
  suffix: string[];
  reqs: Reqs;
}

const NOTHING: string[] = [''];
const UNKNOWN: Info = { exact: null, prefix: NOTHING, suffix: NOTHING, reqs: NONE };
const ZERO_WIDTH: Info = { exact: NOTHING, prefix: NOTHING, suffix: NOTHING, reqs: NONE };

/** Info for a node matching exactly the strings of `set`, demoted when too many or too long. */
function exactInfo(set: string[], rs: Reqs, at: number, to: number): Info {
  let demote = set.length > EXACT_LIMIT;
  for (const s of set) if (s.length > MAX_LITERAL) demote = true;
  const reqs = withReq(rs, req(set, at, to));
  if (!demote) return { exact: set, prefix: set, suffix: set, reqs };
  return { exact: null, prefix: cut(set, EXACT_LIMIT, false), suffix: cut(set, EXACT_LIMIT, true), reqs };
}

/** What the analysis knows about the strings `node` can match. */
export function analyse(node: Node): Info {
  const at = node.at ?? 0;
  const to = node.to ?? 0;
  switch (node.t) {
    case 'set':
      return exactInfo(node.strings, NONE, at, to);
    case 'char':
      return node.chars ? { exact: node.chars, prefix: node.chars, suffix: node.chars, reqs: withReq(NONE, req(node.chars, at, to)) } : UNKNOWN;
    case 'assert':
      return ZERO_WIDTH;
    case 'look':
      // Consumes nothing; a positive lookaround still needs its content somewhere in the text.
      return node.neg ? ZERO_WIDTH : { exact: NOTHING, prefix: NOTHING, suffix: NOTHING, reqs: analyse(node.item).reqs };
    case 'alt': {
      const infos = node.items.map(analyse);
      let allReq = true;
      let allExact = true;
      for (const i of infos) {
        if (i.reqs.length === 0) allReq = false;
        if (!i.exact) allExact = false;
      }
      // Either branch may match: one requirement, the union of each branch's cheapest.
      const r = allReq ? withReq(NONE, req(union(infos.map((i) => i.reqs[0]!.set!)), at, to)) : NONE;
      if (allExact) return exactInfo(union(infos.map((i) => i.exact!)), r, at, to);
      const prefix = cut(union(infos.map((i) => i.prefix)), EXACT_LIMIT, false);
      const suffix = cut(union(infos.map((i) => i.suffix)), EXACT_LIMIT, true);
      return { exact: null, prefix, suffix, reqs: withReq(withReq(r, req(prefix, at, to)), req(suffix, at, to)) };
    }
    case 'rep': {
      const { min, max } = node;
      if (max === 0) return ZERO_WIDTH;
      const c = analyse(node.item);
      if (c.exact && max <= EXACT_LIMIT) {
        // Expand small finite repeats exactly: s{1,2} → {s, ss}; (?:een )? → {"", "een "}.
        let power: string[] | null = NOTHING;
        const all = new Set<string>(min === 0 ? NOTHING : []);
        for (let k = 1; k <= max && power && all.size <= EXACT_LIMIT; k++) {
          power = cross(power, c.exact);
          if (power && k >= min) for (const s of power) all.add(s);
        }
        if (power && all.size <= EXACT_LIMIT) return exactInfo([...all], min >= 1 ? c.reqs : NONE, at, to);
      }
      if (min === 0) return UNKNOWN;
      let prefix = c.prefix;
      let suffix = c.suffix;
      if (c.exact) {
        // At least `min` copies: every match starts and ends with one of c^min.
        let power: string[] = c.exact;
        for (let k = 1; k < min; k++) {
          const next = cross(power, c.exact);
          if (!next) break;
          power = next;
        }
        prefix = cut(power, EXACT_LIMIT, false);
        suffix = cut(power, EXACT_LIMIT, true);
      }
      return { exact: null, prefix, suffix, reqs: withReq(withReq(c.reqs, req(prefix, at, to)), req(suffix, at, to)) };
    }
    case 'seq': {
      // `run`: every match of the items so far ends with one of these strings. While all items
      // are exact it is the exact set itself (allExact). It comes from the source from runAt on.
      let run: string[] = NOTHING;
      let runAt = at;
      let prefix: string[] | null = null;
      let allExact = true;
      let chosen = NONE;
      for (const item of node.items) {
        const c = analyse(item);
        const itemAt = item.at ?? at;
        const itemTo = item.to ?? to;
        chosen = withReqs(chosen, c.reqs);
        if (c.exact) {
          if (run === NOTHING) runAt = itemAt;
          let next = cross(run, c.exact);
          if (next) {
            for (const s of next) {
              if (s.length > MAX_LITERAL) {
                next = null;
                break;
              }
            }
          }
          if (!next) {
            // Too many or too long: the run so far is a candidate; carry on with its ends.
            chosen = withReq(chosen, req(run, runAt, itemAt));
            if (allExact) prefix = cut(run, EXACT_LIMIT, false);
            allExact = false;
            next = spanning(run, c.exact);
            if (!lastSpanningUsedEnds) runAt = itemAt;
            chosen = withReq(chosen, req(next, runAt, itemTo));
            next = cut(next, EXACT_LIMIT, true);
          }
          run = next;
        } else {
          chosen = withReq(chosen, req(run, runAt, itemAt));
          const span = spanning(run, c.prefix);
          chosen = withReq(chosen, req(span, lastSpanningUsedEnds ? runAt : itemAt, itemTo));
          if (allExact) {
            // spanning() may have kept only the ends of `run`; those are not prefixes of the match.
            const p = cross(run, c.prefix);
            prefix = cut(p ?? run, EXACT_LIMIT, false);
          }
          allExact = false;
          run = c.suffix;
          runAt = itemAt;
        }
      }
      chosen = withReq(chosen, req(run, runAt, to));
      if (allExact) return { exact: run, prefix: run, suffix: run, reqs: chosen };
      return { exact: null, prefix: prefix ?? NOTHING, suffix: run, reqs: chosen };
    }
  }
}
