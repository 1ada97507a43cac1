/**
 * Makes V8 compile a regular expression straight to machine code (issue 4, cost to the page).
 *
 * V8 runs a regular expression's first execution in its bytecode interpreter and compiles it to
 * machine code on the second. The interpreter is slow on a long message with a big alternation
 * (a CPU profile of the first 500 bench messages: about 4 ms per expression on its first run,
 * 0.05 ms on later ones), and the page pays that for every rule the first messages reach. On a
 * subject of 1000 or more code units V8 skips the interpreter and compiles machine code at once;
 * so before an expression's first real use it is run once on such a string, where the engine's
 * quick checks fail fast. Only a warm-up: it changes nothing about what the expression matches
 * (lastIndex is restored), and on other engines it is one cheap extra run.
 */
const LONG_SUBJECT = '\u0000'.repeat(1000);

/** `re`, after one run on a long subject: its next run is machine code in V8. */
export function compiledNow<T extends RegExp>(re: T): T {
  const last = re.lastIndex;
  re.lastIndex = 0;
  RegExp.prototype.exec.call(re, LONG_SUBJECT);
  re.lastIndex = last;
  return re;
}

const warmed = new WeakSet<RegExp>();

/** Runs `re` on `text` (test), warming it up first on its first use here. */
export function testWarm(re: RegExp, text: string): boolean {
  if (!warmed.has(re)) {
    warmed.add(re);
    compiledNow(re);
  }
  return re.test(text);
}
