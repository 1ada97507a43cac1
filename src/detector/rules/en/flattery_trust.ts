import type { RuleDef } from '../../types';

/**
 * Trust building (Elliot 2017; "trust development" in Winters et al. 2020, 2021): compliments,
 * treating the child as older than they are, claiming a unique bond, and love-bombing. Plain
 * compliments are everyday talk and stay low; the classic grooming lines are medium.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.flattery_trust.mature-for-age',
    category: 'flattery_trust',
    severity: 'medium',
    note: '"So mature for your age": treats the child as an equal adult, which lowers their guard and normalises an adult relationship (Winters et al. 2021).',
    patterns: [
      /\bmature for (?:your|ur|ya|yr|a) (?:age|\d\d|\d\d ?(?:yo|year old))\b/,
      /\b(?:you'?re|youre|ur|you are|u r|u are|u|you|u seem|you seem|u act|you act|u sound|you sound|u talk|you talk) (?:so |really |rly |very |super |way |much |soo |like )?(?:mature|grown up|grownup|adult like|older than (?:you|u|ur|your)|older than \d\d|wise beyond)\b/,
      /\b(?:you|u) (?:don'?t|dont|do not|dnt) (?:look|seem|act|sound|talk) (?:like (?:a |an )?)?(?:\d\d|your age|ur age|a kid|a child|young|(?:twelve|thirteen|fourteen|fifteen))\b/,
      /\bage (?:is|'?s|iz) (?:just|only|jus) (?:a )?(?:number|nr)\b/,
      /\b(?:you'?re|youre|ur|you are|u r) not like (?:other|the other) (?:girls|boys|kids|guys|people|teens)(?: (?:your|ur) age)?\b/,
    ],
    unless: [/\b(?:rated|rating|pegi|mature content|mature audience)\b/],
    examples: {
      match: [
        "you're so mature for your age",
        'ur really mature for 13',
        'u seem older than u are',
        'u dont act like a 14 year old',
        'you dont look 13 tbh',
        'age is just a number 😉',
        'ur not like other girls ur age',
      ],
      noMatch: [
        'my brother is so immature lol',
        'that game is rated mature',
        'act your age bro 😂',
        'you look like your mom lol',
        'ur older than me right',
      ],
    },
  },
  {
    id: 'en.flattery_trust.special-bond',
    category: 'flattery_trust',
    severity: 'medium',
    note: 'Claims a unique understanding or connection ("nobody gets you like I do"), the trust-development move that precedes isolation (Winters et al. 2020).',
    patterns: [
      /\b(?:no ?one|nobody|noone|no1|no body) (?:else )?(?:will )?(?:ever )?(?:understands?|gets?|knows?|sees?|loves?|cares? about) (?:you|u|ya)(?: the way| like| as)? (?:i do|me|i can)\b/,
      /\bi (?:understand|get|know) (?:you|u|ya) (?:better|more) than (?:anyone|any ?one|any1|anybody|your|ur|they|them|everyone)\b/,
      /\b(?:we (?:have|got|share)|there'?s|theres|i feel) (?:a |such a |this |something )?(?:special|real|deep|strong|unique|rare) (?:connection|bond|thing|vibe)\b/,
      /\b(?:you|u) can (?:always |totally |fully )?trust me(?! with (?:the|ur|your) (?:keys|bike|notes|phone|charger|homework))\b/,
      /\b(?:i'?ve|ive|i have) never (?:met|talked to|spoken to|connected with|felt this way about|clicked with) (?:any ?one|any1|anybody|someone|some1|a (?:girl|boy|guy)) (?:like|as \w+ as) (?:you|u)\b/,
      /\b(?:you'?re|youre|ur|you are|u r) (?:so )?different (?:from|than) (?:the )?(?:others|other (?:girls|boys|kids|people))\b/,
    ],
    examples: {
      match: [
        'nobody understands you like i do',
        'no one gets u the way i do',
        'i know u better than ur friends do',
        'we have a special connection fr',
        'u can always trust me ok',
        'ive never met anyone like u',
        "you're so different from the others",
      ],
      noMatch: [
        'nobody understands this homework lol',
        'you can trust me with the keys, i will lock up',
        'we have a special guest at school tomorrow',
        'i know you better than to believe that lol',
        'the connection is so bad here',
      ],
    },
  },
  {
    id: 'en.flattery_trust.love-bombing',
    category: 'flattery_trust',
    severity: 'medium',
    note: 'Intense declarations early on (love-bombing): creates emotional dependency and a "relationship" to be kept secret (Winters et al. 2021).',
    patterns: [
      /\b(?:i'?m|im|i am|i think i'?m|think im) (?:\w+ )?(?:falling|fallin) for (?:you|u|ya)\b/,
      /\b(?:i'?m|im|i am) (?:so |rly |really |totally |kinda |already )?in love with (?:you|u|ya)\b/,
      /\b(?:i )?(?:can'?t|cant|cannot|cnt) stop thinking (?:about|abt|bout) (?:you|u|ya)\b/,
      /\b(?:you'?re|youre|ur|you are|u r) (?:my (?:everything|whole world|world|soulmate|soul mate)|the (?:only one|one) for me|all i (?:think about|want|need))\b/,
      /\bwe(?:'?re| are| r) (?:meant|made) (?:to be|for each other)\b/,
      /\b(?:i'?ve|ive|i have) never felt (?:this way|like this|so \w+) (?:about|for|with) (?:any ?one|any1|anybody|someone)\b/,
      /\bi(?:'?d|d| would) do anything for (?:you|u|ya)\b/,
    ],
    unless: [/\b(?:bestie|bff|sis|girlie|bestiee)\b/],
    examples: {
      match: [
        'i think im falling for u',
        'im so in love with you already',
        'i cant stop thinking about u 🥺',
        "you're my everything",
        'we r meant to be',
        'ive never felt this way about anyone',
        "i'd do anything for you",
      ],
      noMatch: [
        'i cant stop thinking about that episode',
        'im in love with this song',
        'ur my everything bestie 😭',
        "i'd do anything for a nap rn",
        'the only one for me is pizza lol',
      ],
    },
  },
  {
    id: 'en.flattery_trust.looks',
    category: 'flattery_trust',
    severity: 'low',
    note: 'Compliments on looks and pet names from the other person: ordinary between friends, but the usual opener of trust building.',
    patterns: [
      /\b(?:you'?re|youre|ur|you are|u r|u are|u|you|ya) (?:so+ |really |rly |very |super |such a |actually |kinda |lowkey |hella |rlly |srsly |too |sooo? )?(?:pretty|beautiful|beautifull|butiful|gorgeous|gorgous|cute|cutie|hot|sexy|stunning|handsome|adorable|hottie|beauty|babe)\b(?! (?:good|bad|much|sure|cool|fast|slow|smart|funny|nice|well|late|early|easy|hard|close|far|busy|tired|great|decent|chill|quiet|annoying|lucky|strong|ok|okay|normal|boring|weird|good at|rn in|today|outside|in here|with (?:the|that|this)|at (?:math|this|that|the)|and sweaty|from (?:the|running|gym|pe)))/,
      /\b(?:you|u) look (?:so |really |rly |very |super |sooo? )?(?:pretty|beautiful|gorgeous|cute|hot|sexy|stunning)\b(?! (?:in (?:the|that) (?:group|team|class)|today at (?:school|practice)))/,
      /\b(?:bet|i bet) (?:you'?re|youre|ur|you are|u r|you look|u look) (?:so |really |rly |very |super )?(?:pretty|beautiful|gorgeous|cute|hot|sexy|stunning)\b/,
      /^(?:hey+|hi+|hello|heyo|morning|good morning|gm|goodnight|gn|night|hey there) (?:there )?(?:beautiful|gorgeous|sexy|cutie|cutie pie|princess|angel|sweetheart|sweetie|pretty|pretty girl|hottie|beauty|babygirl|baby girl)\b/,
    ],
    unless: [
      /\b(?:ur|your|you'?re|youre) (?:dog|cat|puppy|kitten|hamster|bunny|baby brother|baby sister|sister|brother|mom|mum|outfit|hair|dress|drawing|art|room|shoes|nails|profile pic)\b.{0,15}\b(?:so |really )?(?:cute|pretty|gorgeous|beautiful)\b/,
      /\b(?:it'?s|its|it is|soo?) hot (?:outside|today|in here)\b/,
    ],
    examples: {
      match: [
        'ur so pretty',
        "you're gorgeous omg",
        'u r rly cute',
        'bet ur beautiful',
        'you look so hot in that pic 😍',
        'hey beautiful',
        'morning cutie',
        'youre sooooo pretty 😘',
      ],
      noMatch: [
        'ur pretty good at this game ngl',
        'ur dog is so cute omg',
        'its so hot outside today',
        "you're pretty late, practice started",
        'hey guys',
        'you look tired, did u sleep?',
        'u fine? u seemed upset earlier',
        'you look fine, stop worrying',
      ],
    },
  },
];
