/**
 * `npm run bench`: how fast the detector reads chat on one core.
 *
 * A deterministic corpus (seeded PRNG) of mixed Dutch/English chat messages, 1 to 500 characters,
 * mostly ordinary and about 2% grooming-like, is run through
 *   - matchText (normalise + every rule),
 *   - the full Conversation.add path (policy included, conversations of 30 messages),
 *   - a floor: lower-casing each message and testing one regular expression.
 * Each is warmed up, then timed over several rounds; the median is reported. Rates are per second
 * of this process's CPU time (user + system), not of the wall clock: on a shared machine the wall
 * clock also counts the time other processes had the core, which says nothing about the detector.
 * Then worst-case inputs: matchText's time on 1 MB (it reads the first MAX_TEXT_LENGTH characters),
 * and whether each pattern alone takes time linear in the input's length.
 * Prints PASS/FAIL against the targets but always exits 0: it is a measurement, not a gate.
 */
import { performance } from 'node:perf_hooks';
import { addModelSignals, matchNormalised, matchText, MAX_TEXT_LENGTH, type Match } from '../src/detector/engine';
import { normalise } from '../src/detector/normalise';
import { Conversation } from '../src/detector/policy';
import { prefilterFor } from '../src/detector/prefilter';
import { loadModel } from '../src/detector/model';
import { MODEL } from '../src/detector/model-data';
import { ALL_RULES } from '../src/detector/rules';
import type { Message } from '../src/detector/types';
import { prng } from './prng';

const TARGET_RATE = 100_000;
const TARGET_RATIO = 10;
const MESSAGES = 20_000;
const WARMUP_ROUNDS = 2;
const ROUNDS = 7;
const GROOMING_SHARE = 0.02;
const CONVERSATION_LENGTH = 30;
const MIN_ROUND_MS = 250;


const ORDINARY = [
  'hoi', 'haha', 'lol', 'ok', 'sws', 'ff wachten', 'kzit in de bus', 'w8 ik kom eraan', 'hoezo?', 'mss morgen',
  'heb je het huiswerk van wiskunde al', 'morgen het 1e uur uitval!!', 'ik ben zo moe', 'wat eten we vanavond',
  'heb je de nieuwe aflevering gezien', 'training is om 7 uur', 'stuur ff een foto van het rooster', 'ik ben thuis',
  'mijn moeder zegt dat je mag blijven eten', 'zullen we zaterdag naar de stad', 'die toets was echt moeilijk',
  'gefeliciteerd 🎉', 'ik heb een 8 voor engels', 'de wifi doet het weer niet', 'kun je me 5 euro lenen',
  'niks zeggen tegen sanne, het is een verrassing', 'ik heb mijn wachtwoord van magister vergeten',
  'hey', 'brb', 'omg', 'ngl that was mid', 'did you do the homework', 'practice is at 7', 'im so tired lmao',
  'wanna go to the mall saturday', 'whats for dinner', 'send a pic of the timetable pls', 'my phone is dying',
  'did you see the new episode', 'that test was so hard', 'happy birthday!!', 'my mom says you can stay for dinner',
  'the bus is late again', 'i forgot my password for the portal', "don't tell sarah it's a surprise",
  'we gaan in de zomer naar frankrijk', 'ik snap niks van die opdracht', 'wat een saaie les 😴',
];
const GROOMING = [
  'ben je alleen thuis?', 'hoe oud ben je eigenlijk', 'je bent echt volwassen voor je leeftijd',
  'heb je snap? dan praten we daar', 'niks tegen je ouders zeggen he', 'stuur ff een foto van jezelf',
  'zal ik je ophalen na school', 'wil je snel geld verdienen?', 'deel je live locatie met mij',
  'wat is je wachtwoord', 'are you home alone?', 'how old are you', "you're so mature for your age",
  'add me on snap', "don't tell your parents ok", 'send me a pic', 'i can pick you up after school',
  'if you dont pay i send your pics to everyone', 'share your location with me', 'send me the code you got',
];

function makeCorpus(n: number, seed: number): string[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    // Most chat messages are short; a few are long paragraphs.
    const r = rand();
    const target = r < 0.6 ? 1 + Math.floor(rand() * 40) : r < 0.9 ? 40 + Math.floor(rand() * 120) : 160 + Math.floor(rand() * 340);
    let text = rand() < GROOMING_SHARE ? pick(GROOMING) : pick(ORDINARY);
    while (text.length < target) text += (rand() < 0.3 ? '. ' : ' ') + pick(ORDINARY);
    out.push(text.slice(0, 500));
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** CPU milliseconds (user + system) since `t0`, a process.cpuUsage() reading. */
const cpuMs = (t0: NodeJS.CpuUsage): number => {
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
};

/**
 * Messages per second: warm up, time ROUNDS rounds, median. A round runs the corpus as often as
 * it takes to last MIN_ROUND_MS: the kernel counts CPU time in ticks of a few milliseconds, so a
 * round of a fast function (the floor: 3 ms) would otherwise be mostly rounding.
 */
function rate(label: string, corpus: readonly string[], run: (corpus: readonly string[]) => number): number {
  let sink = 0;
  const w0 = process.cpuUsage();
  for (let i = 0; i < WARMUP_ROUNDS; i++) sink += run(corpus);
  const repeats = Math.max(1, Math.ceil(MIN_ROUND_MS / Math.max(cpuMs(w0) / WARMUP_ROUNDS, 0.1)));
  const rates: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.cpuUsage();
    for (let k = 0; k < repeats; k++) sink += run(corpus);
    rates.push((repeats * corpus.length) / (cpuMs(t0) / 1000));
  }
  const m = median(rates);
  console.log(`${label.padEnd(34)} ${Math.round(m).toLocaleString('en').padStart(12)} msg/s   (rounds: ${rates.map((r) => Math.round(r / 1000)).join(' ')} k)  [${sink}]`);
  return m;
}

const corpus = makeCorpus(MESSAGES, 20240601);
const chars = corpus.reduce((a, t) => a + t.length, 0);
console.log(`Heads Up bench: ${corpus.length.toLocaleString('en')} messages, mean ${Math.round(chars / corpus.length)} chars, ${ALL_RULES.length} rules, ${WARMUP_ROUNDS} warm-up + ${ROUNDS} rounds, median, per CPU second`);
// Built here, before any timing: the first message would otherwise pay for it.
const pf = prefilterFor(ALL_RULES).stats;
const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
console.log(
  `prefilter: ${pf.patterns} patterns, ${pf.literals.toLocaleString('en')} literals, ${pf.states.toLocaleString('en')} states (${pf.denseStates.toLocaleString('en')} with a row of ${pf.classes} classes), ` +
    `table ${MB(pf.tableBytes)} (all arrays ${MB(pf.bytes)}), built in ${Math.round(pf.analyseMs + pf.automatonMs)} ms ` +
    `(analysis ${Math.round(pf.analyseMs)} + automaton ${Math.round(pf.automatonMs)}; cold, one go)`,
);

// The learned model's tables, parsed from its data as a page does at its first message (cold).
const loadStart = performance.now();
const loadedModel = loadModel(MODEL);
console.log(
  `learned model: ${loadedModel.size.toLocaleString('en')} features, ${loadedModel.weights.length.toLocaleString('en')} weights, ` +
    `loaded in ${(performance.now() - loadStart).toFixed(1)} ms (cold, one go)\n`,
);

const FLOOR = /\b(?:alleen thuis|home alone)\b/;
const floor = rate('floor (toLowerCase + one regex)', corpus, (c) => {
  let hits = 0;
  for (const t of c) if (FLOOR.test(t.toLowerCase())) hits++;
  return hits;
});
const detector = rate('matchText', corpus, (c) => {
  let hits = 0;
  for (const t of c) hits += matchText(t).length;
  return hits;
});
// Where the time goes: the normaliser, the rules and the learned model separately.
const normaliseRate = rate('  of which normalise', corpus, (c) => {
  let n = 0;
  for (const t of c) n += normalise(t).length;
  return n;
});
const normalisedCorpus = corpus.map((t) => normalise(t));
rate('  of which matchNormalised', normalisedCorpus, (c) => {
  let hits = 0;
  for (const t of c) hits += matchNormalised(t).length;
  return hits;
});
// The learned model's share: its guesses and doubts on each message, given the rules' matches.
// Timed with the normaliser before it (a long message's sentences reuse what the normaliser
// noted about that message, as in matchText), so its share is this line's time minus normalise's.
const ruleMatches = normalisedCorpus.map((t) => matchNormalised(t));
const withModel = rate('  normalise + the learned model', corpus, (c) => {
  let n = 0;
  for (let i = 0; i < c.length; i++) {
    const found: Match[] = ruleMatches[i]!.slice();
    addModelSignals(found, c[i]!, normalise(c[i]!));
    n += found.length;
  }
  return n;
});
console.log(`  of which the learned model        ${(1e6 / withModel - 1e6 / normaliseRate).toFixed(2).padStart(12)} µs/msg   (the line above minus normalise)`);
const senders: Message['from'][] = corpus.map((_, i) => (i % 5 === 1 || i % 5 === 3 ? 'me' : 'them'));
const conversation = rate('Conversation.add (standard)', corpus, (c) => {
  let nudges = 0;
  let conv = new Conversation();
  c.forEach((text, i) => {
    if (i % CONVERSATION_LENGTH === 0) conv = new Conversation();
    nudges += conv.add({ from: senders[i]!, text }, 'standard').nudges.length;
  });
  return nudges;
});

// How many patterns the prefilter leaves to test per message: a count, not a clock, so it does not
// depend on how busy the machine is.
const prefilter = prefilterFor(ALL_RULES);
let tested = 0;
let triggered = 0;
for (const t of normalisedCorpus) {
  const n = prefilter.scan(t);
  triggered += prefilter.triggered;
  for (let k = 0; k < n; k++) {
    const r = prefilter.candidates[k]!;
    const base = prefilter.patternBase[r]!;
    const patterns = ALL_RULES[r]!.patterns;
    for (let i = 0; i < patterns.length; i++) {
      const p = base + i;
      if (prefilter.patternMark[p] !== prefilter.epoch && prefilter.alwaysPattern[p] !== 1) continue;
      tested++;
      if (prefilter.patternMark[p] === prefilter.epoch ? prefilter.test(p, t) : patterns[i]!.test(t)) break;
    }
  }
}
console.log(
  `  clauses triggered per message: ${(triggered / normalisedCorpus.length).toFixed(1)}; patterns tested per message (after the prefilter): ${(tested / normalisedCorpus.length).toFixed(2)}`,
);

// What the first messages of a page cost in compiling: V8 compiles a regular expression (per
// source and flags) on its first use and again, to machine code, on its second, at about 3 µs per
// character of source; a CPU profile of bench:page showed this as most of the detector's first
// seconds (issue 4). Counted here as the distinct expressions the first N messages run (every
// regular expression, the normaliser's too) and their length: a count, not a clock.
const execOf = RegExp.prototype.exec;
const used = new Map<string, number>();
RegExp.prototype.exec = function (this: RegExp, text: string) {
  used.set(`${this.flags}/${this.source}`, this.source.length);
  return execOf.call(this, text);
};
try {
  let done = 0;
  const counts: string[] = [];
  for (const n of [500, 5000, corpus.length]) {
    for (; done < n; done++) matchText(corpus[done]!);
    let bytes = 0;
    for (const b of used.values()) bytes += b;
    counts.push(`first ${n.toLocaleString('en')}: ${used.size} (${(bytes / 1000).toFixed(1)} kB)`);
  }
  console.log(`  regular expressions run (compiled in a fresh page), ${counts.join('; ')}`);
} finally {
  RegExp.prototype.exec = execOf;
}

const ratio = floor / detector;
console.log('');
console.log(`matchText          ${Math.round(detector).toLocaleString('en')} msg/s  (target ≥ ${TARGET_RATE.toLocaleString('en')})  ${detector >= TARGET_RATE ? 'PASS' : 'FAIL'}`);
console.log(`Conversation.add   ${Math.round(conversation).toLocaleString('en')} msg/s  (target ≥ ${TARGET_RATE.toLocaleString('en')})  ${conversation >= TARGET_RATE ? 'PASS' : 'FAIL'}`);
console.log(`floor / matchText  ${ratio.toFixed(1)}×  (target ≤ ${TARGET_RATIO}×)  ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}`);

// ---- where the rules spend their time ----
const PROFILE_MESSAGES = 2_000;
const TOP = 12;
const sample = normalisedCorpus.slice(0, PROFILE_MESSAGES);
const costs: { us: number; name: string; source: string }[] = [];
for (const rule of ALL_RULES) {
  const all = [...rule.patterns.map((p, i) => [`patterns[${i}]`, p] as const), ...(rule.unless ?? []).map((p, i) => [`unless[${i}]`, p] as const)];
  for (const [where, pattern] of all) {
    for (const t of sample) pattern.test(t);
    const best = fastest(() => {
      for (const t of sample) pattern.test(t);
    }, 3);
    costs.push({ us: (best * 1000) / sample.length, name: `${rule.id} ${where}`, source: pattern.source });
  }
}
costs.sort((a, b) => b.us - a.us);
const perMessage = costs.reduce((a, c) => a + c.us, 0);
console.log(
  `\nEach pattern on its own, without the engine's prefilter: ${costs.length} patterns cost ${perMessage.toFixed(0)} µs per message together (10 µs is 100,000 msg/s). Slowest:`,
);
for (const c of costs.slice(0, TOP)) console.log(`${c.us.toFixed(2).padStart(8)} µs  ${c.name}  /${c.source.length > 70 ? `${c.source.slice(0, 70)}…` : c.source}/`);

// ---- worst cases ----
const KB = 1024;
const rand = prng(7);
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz      0123456789.,!?\'éëïü😀🤫\u200b';
const NEAR_MATCHES = [
  'ben je alleen thui', 'stuur ff een fot', 'niemand mag het wet', 'zal ik je ophal', 'wil je snel geld verdien',
  'deel je live locat', 'wat is je wachtwoor', 'are u home alon', 'send me a pi', "don't tell ur paren", 'add me on sna',
  'if u dont pay i send ur pics to everyo', 'how old r ', 'ur so mature for ur ag', 'share ur locati', 'wats ur passwo',
].join(' ');
const MIXED_SCRIPTS = 'ѕеnd mе а рiс αλone ｆｏｔｏ ｈｏｍｅ s\u200be\u200bn\u200bd f o t o n.u.d.e.s s3nd p1c plsssss alleeeeen 📸🏠 ';
/** `unit` repeated (with a space between) and cut to n characters. */
const repeatTo = (n: number, unit: string) => `${unit} `.repeat(Math.ceil(n / (unit.length + 1))).slice(0, n);
const shapes: [string, (n: number) => string][] = [
  ['random text', (n) => Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('').slice(0, n)],
  ['one repeated character', (n) => 'a'.repeat(n)],
  ['"a a a a …"', (n) => 'a '.repeat(n / 2)],
  // Moves cut short just before they would match, over and over: every rule's literals occur.
  ['repeated near-matches', (n) => repeatTo(n, NEAR_MATCHES)],
  // What the normaliser undoes: Cyrillic and Greek lookalikes, full-width letters, zero-width
  // characters, letters spaced and dotted out, leetspeak, stretched letters.
  ['mixed scripts', (n) => repeatTo(n, MIXED_SCRIPTS)],
];

function time(fn: () => unknown, runs = 5): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/** The fastest of `runs` runs: a GC pause in one run says nothing about the pattern. */
function fastest(fn: () => unknown, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const SMALL_KB = 32;
const BIG_KB = 128;

/**
 * Every pattern and `unless` of every rule, alone, on BIG_KB of an input's shape and on its first
 * SMALL_KB (fastest of two runs each), summed. One pattern's two times alone are too fine a clock
 * here (caches and the engine's own tiers show in them); the ReDoS test checks every pattern exactly.
 */
function patternScaling(make: (n: number) => string): { small: number; big: number } {
  const big = normalise(make(BIG_KB * KB));
  // Its beginning, copied into a string of its own (a slice would share the big one's memory).
  const small = [...big.slice(0, SMALL_KB * KB)].join('');
  let sumSmall = 0;
  let sumBig = 0;
  for (const rule of ALL_RULES) {
    for (const pattern of [...rule.patterns, ...(rule.unless ?? [])]) {
      sumSmall += fastest(() => pattern.test(small));
      sumBig += fastest(() => pattern.test(big));
    }
  }
  return { small: sumSmall, big: sumBig };
}

console.log(`\nWorst cases. matchText reads at most ${MAX_TEXT_LENGTH} characters of a message, so its time stays flat.`);
console.log('normalise + matchNormalised on the whole input: the longer the input, the more of its words occur, so the more rules the prefilter');
console.log('leaves to test (the "rules tested" column), each over the whole input; that count is bounded by the rule set, so the work is');
console.log('at most linear in the input times the number of patterns. Whether each pattern itself runs in linear time is the last');
console.log(`column: every pattern and \`unless\` alone over ${SMALL_KB} KB and ${BIG_KB} KB of the normalised input, summed (should be ~${BIG_KB / SMALL_KB}×).\n`);
console.log(
  `${'input'.padEnd(24)} ${'matchText 1 MB'.padStart(15)} ${'full 256 KB'.padStart(12)} ${'full 1 MB'.padStart(12)} ${'rules tested'.padStart(13)}   each pattern alone: ${SMALL_KB} KB → ${BIG_KB} KB`,
);
const TARGET_ONE_MB_MS = 100;
let worstOneMb = 0;
for (const [name, make] of shapes) {
  const small = make(256 * KB);
  const big = make(1024 * KB);
  const capped = time(() => matchText(big));
  worstOneMb = Math.max(worstOneMb, capped);
  const tSmall = time(() => matchNormalised(normalise(small)));
  const tBig = time(() => matchNormalised(normalise(big)));
  const tested = (text: string) => prefilter.scan(normalise(text));
  const each = patternScaling(make);
  console.log(
    `${name.padEnd(24)} ${`${capped.toFixed(2)} ms`.padStart(15)} ${`${tSmall.toFixed(1)} ms`.padStart(12)} ${`${tBig.toFixed(1)} ms`.padStart(12)} ${`${tested(small)} → ${tested(big)}`.padStart(13)}   ` +
      `${each.small.toFixed(0)} → ${each.big.toFixed(0)} ms (${(each.big / each.small).toFixed(1)}×  ${each.big / each.small < 2 * (BIG_KB / SMALL_KB) ? 'linear' : 'SUPERLINEAR'})`,
  );
}
const aaa = 'a '.repeat(100_000);
console.log(`\n100k × "a " (${(aaa.length / KB).toFixed(0)} KB) through matchText: ${time(() => matchText(aaa)).toFixed(2)} ms; uncapped: ${time(() => matchNormalised(normalise(aaa))).toFixed(1)} ms`);
console.log(`matchText on 1 MB, slowest of the inputs above: ${worstOneMb.toFixed(2)} ms  (target well under ${TARGET_ONE_MB_MS} ms: a quarter of it at most)  ${worstOneMb <= TARGET_ONE_MB_MS / 4 ? 'PASS' : 'FAIL'}`);
