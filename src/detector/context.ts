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

/** A parent or grandparent, as a teen calls them (not `ma`/`pa`, chat spelling for "maar"/"papa"; not `daddy`). */
const FAMILY = String.raw`(?:mam|mama|mamma|mams|mom|mommy|mum|mummy|pap|papa|pappa|paps|dad|oma|opa|omi|nan|nana|nanna|grandma|grandpa|granny|gran|grandad|granddad)`;

/**
 * The teen thanking, answering or greeting a parent: "ok mam", "thx mum ❤️", "love u dad", "doei oma".
 * Only after such a word: "nee mama", "ja mama", "mama is thuis" or "alleen ik en mam" may be the
 * teen saying who is home, which must never make the other side's questions quieter.
 */
const ADDRESSES_FAMILY = new RegExp(
  String.raw`\b(?:ok|oke|okee|oké|okay|oki|k|kk|thanks|thx|ty|thank you|thank u|thanku|dank je|dankje|dankjewel|dank u|bedankt|merci|doei|dag|hoi|hi|hey|hiya|bye|night|nacht|welterusten|love you|love u|love you too|love u too|ily|ily2|ilysm|hou van je|hvj|hvj2|sorry|sry)\W{0,3}${FAMILY}(?:\W|$)`,
);

/** A greeting that may open a parent's message: "hi", "hello darling", "hoi schat". */
const GREETING = String.raw`(?:hi|hii|hey|heyy|hiya|hello|helloo|hoi|hoii|hee|hai|hallo|morning|goedemorgen|goeiemorgen)`;

/**
 * A parent or grandparent signing or naming themselves: "x mam", "liefs oma", "love, dad", "- mum",
 * "papa en ik", "grandpa and I love you", or opening a sentence with "mum here", "hoi schat, mama
 * hier" ("are u home alone? mum here, back at 7"), or with "it's nan." or "hello darling it's nan"
 * (the name ends the sentence or the message). Not "my mum and I" or "my mum here": that is
 * someone talking about their own mother; not "mum here?": that asks whether she is around; not
 * "it's mum's birthday" or "met oma naar de stad".
 */
const SIGNED_BY_FAMILY = new RegExp(
  [
    String.raw`(?:\bx|\bxx|\bxxx|\bliefs|\bkusjes|\bgroetjes|\bgroeten|\blove|\blots of love|\bfrom|(?:^|\s)[-–—~])\W{0,3}${FAMILY}\W{0,6}$`,
    String.raw`(?<!\b(?:my|mijn|mn|m'n|me) )\b(?:${FAMILY}|je vader|je moeder|your dad|ur dad|your mum|ur mum|your mom|ur mom) (?:en|and) (?:ik|i)\b`,
    String.raw`(?:^|[.?!]\s+)(?:${GREETING}\b\W{0,3}(?:[a-z]{1,12}\W{1,3})?)?(?:(?:it'?s |its |this is |met )?${FAMILY} (?:here|hier)\b(?!\s*\?)|(?:it'?s|its|this is|met|dit is|hier is) ${FAMILY}(?:\s*[,.!]|\s*$))`,
  ].join('|'),
);

/**
 * Whether a message shows the chat is with the teen's parent or grandparent: the teen answering
 * them as "mam" or "dad" (from `me`), or the other side signing as one (from `them`). Only context:
 * it makes everyday logistics ("are you home?", "turn on Find My", "I'll pick you up") quiet at
 * `standard`, never sexual content, photo requests of the body, secrecy or threats.
 */
export function familyIn(text: string, from: 'me' | 'them'): boolean {
  const lower = text.toLowerCase().trim();
  return (from === 'me' ? ADDRESSES_FAMILY : SIGNED_BY_FAMILY).test(lower);
}
