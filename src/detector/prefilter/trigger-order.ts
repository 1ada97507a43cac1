/**
 * The order in which the scan checks a clause's literal sets, from how often their literals occur
 * in everyday chat as measured on the tuning corpus (literal-freq.ts, scripts/literal-freq.ts).
 */
import { LITERAL_FREQ } from '../literal-freq';
import type { Clause } from './clauses';
import { setCost } from './literal-cost';

/** Per literal, the share of everyday chat messages that contain it (literal-freq.ts); absent: rare. */
export function literalFrequency(): Map<string, number> {
  const out = new Map<string, number>();
  const share = 1 / LITERAL_FREQ.messages;
  for (const line of LITERAL_FREQ.counts.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)) * share);
  }
  return out;
}

/**
 * `clause` with its sets in the order the scan uses them: the first is the trigger, the others
 * are checked in turn until one is not met. Rarest first, as measured in everyday chat
 * (`frequency`: the sum over a set's literals of the share of messages that hold it); sets of
 * literals too rare to be measured, by the price model (setCost). The order changes nothing
 * about which texts meet the clause (every set must be met), only how many clauses a message
 * triggers and how many sets are checked: on the bench about 22 clauses instead of 38.
 */
export function triggerOrder(clause: Clause, frequency: ReadonlyMap<string, number>): Clause {
  const { sets, ends } = clause;
  if (sets.length < 2) return clause;
  const measured = sets.map((set) => {
    let sum = 0;
    for (const lit of set) sum += frequency.get(lit) ?? 0;
    return sum;
  });
  const model = sets.map((set) => setCost(set));
  const order = sets.map((_, k) => k).sort((a, b) => measured[a]! - measured[b]! || model[a]! - model[b]! || a - b);
  if (order.every((k, i) => k === i)) return clause;
  return { ...clause, sets: order.map((k) => sets[k]!), ends: order.map((k) => ends[k]!) };
}
