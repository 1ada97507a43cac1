/**
 * What the teen's own messages tell us, used only as context (never a reason to nudge):
 * an age they state ("ik ben 14", "im 13", "14 jr").
 */
const AGE_PATTERNS: RegExp[] = [
  /\b(?:ik ben|ik bn|ben|bn|i'?m|i am|im) (\d{2}) ?(?:jaar|jr|j|yo|y\/o|years?(?: old)?)?\b/,
  /\b(\d{2}) ?(?:jaar oud|jr oud|yo|y\/o|years old)\b/,
  // A bare age as the whole message, as the answer to "hoe oud ben je?": "14", "14 jr", "13j".
  /^\s*(\d{2}) ?(?:jaar|jr|j|yo|y)?\s*[.!]?\s*$/,
];

const MIN_AGE = 8;
const MAX_AGE = 25;

export function teenAgeIn(text: string): number | undefined {
  const lower = text.toLowerCase();
  for (const pattern of AGE_PATTERNS) {
    const m = pattern.exec(lower);
    if (!m) continue;
    const age = Number(m[1]);
    if (age >= MIN_AGE && age <= MAX_AGE) return age;
  }
  return undefined;
}
