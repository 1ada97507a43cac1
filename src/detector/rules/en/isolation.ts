import type { RuleDef } from '../../types';

/**
 * Isolation (Winters et al. 2020, "gaining access and isolation"): driving a wedge between the
 * teen and the people who would notice and protect them, so that the groomer becomes the only
 * confidant.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.isolation.they-dont-understand',
    category: 'isolation',
    severity: 'medium',
    note: 'Says the teen\'s parents, family or friends do not understand, care about or deserve them.',
    patterns: [
      /\b(?:your|ur|ya|yr) (?:parents|mum|mom|mam|dad|family|fam|folks|mother|father|parent|friends|mates|bff|bffs|bestie|besties|teachers?|sister|brother) (?:\w{1,15} )?(?:don'?t|dont|do not|doesn'?t|doesnt|does not|never|wouldn'?t|wouldnt|won'?t|wont|can'?t|cant|will never|would never|dnt|didn'?t|didnt) (?:\w{1,15} )?(?:understand|care about|care for|listen to|appreciate|respect|love|deserve|value|know the real|get) (?:you|u|ya|us|what we have|our)\b(?! (?:at|in) (?:the|all|school)\b| (?:a|an|the|some|any|new|one|anything|something|stuff|to|from|up|home|there|back)\b)/,
      /\b(?:they|they'?d|theyd|they'?ll|theyll|them|adults|grown ?ups|your parents|ur parents) (?:will |would )?(?:never|don'?t|dont|won'?t|wont|wouldn'?t|wouldnt) (?:\w{1,15} )?(?:understand|get|accept) (?:you|u|us|what we have|our (?:love|thing|relationship|friendship|connection))\b/,
      /\b(?:your|ur) (?:parents|mum|mom|mam|dad|family|fam|folks|mother|father|friends) (?:are|is|r|seem|sound) (?:\w{1,15} )?(?:so |too |rly |really |super |kinda )?(?:controlling|toxic|fake|jealous of (?:you|u|us)|holding (?:you|u) back|using (?:you|u)|bad for (?:you|u)|against (?:you|u|us)|not good for (?:you|u)|ruining (?:your|ur) life|treating (?:you|u) like a (?:baby|kid|child))\b/,
      /\b(?:they|your parents|ur parents|your mom|ur mom|your mum|ur mum|your dad|ur dad) (?:treat|treats) (?:you|u) like a (?:baby|kid|child|little kid)\b/,
    ],
    examples: {
      match: [
        "your parents don't understand you",
        'ur friends dont even care about u',
        'ur mom will never get u like i do',
        'your parents are so controlling',
        "they'd never understand us",
        'ur parents treat u like a baby',
        'ur parents are ruining ur life',
        'your friends dont deserve you tbh',
      ],
      noMatch: [
        "my parents don't understand tiktok lol",
        'your mom doesnt get the joke 😂',
        'ur mom is so strict lol, home by 9??',
        'your friends are so funny',
        'your dad doesnt know the way, send him the location',
        'ur mom didnt get u the shoes?',
        'ur friends didnt see u at the party',
      ],
    },
  },
  {
    id: 'en.isolation.only-me',
    category: 'isolation',
    severity: 'medium',
    note: 'Presents themself as the only one who understands or cares, and the teen as needing no one else.',
    patterns: [
      /\b(?:i'?m|im|i am) the only (?:one|person|1) (?:who|that|u|you)? ?(?:\w{1,15} )?(?:understands?|gets|cares?|cared|loves?|knows?|listens?|is there|will ever|really|truly|can help|has your back|has ur back)\b/,
      /\bonly i (?:really |truly |actually |can )?(?:understand|get|care about|know|love|see|know the real) (?:you|u|ya)\b/,
      /\b(?:you|u|ya) (?:only|just) need me\b/,
      /\b(?:i'?m|im|i am) all (?:you|u|ya) need\b/,
      /\ball (?:you|u|ya) need is me\b/,
      /\b(?:you|u|ya) (?:don'?t|dont|do not|dnt) need (?:them|anyone|any1|anybody|any ?one|your (?:friends|parents|family)|ur (?:friends|parents|family|fam))(?: else)?(?: anymore)?(?: (?:you|u) (?:have|got) me| you'?ve got me| (?:but|except|besides|other than|when you have|when u have|u have|you have) me| just me|$| ?\?$)/,
      /\b(?:you|u) can only (?:trust|talk to|rely on|count on) me\b/,
      /\b(?:i'?m|im|i am) the only (?:one|person|1) (?:who(?:'?s| is) )?on (?:your|ur) side\b/,
      /\b(?:forget|ditch|drop|leave|forget about|block) (?:them|your (?:friends|parents|family)|ur (?:friends|parents|family|fam))\b.{0,20}\b(?:you|u) (?:have|got|'?ve got|still have) me\b/,
    ],
    examples: {
      match: [
        "i'm the only one who really understands you",
        'im the only 1 that cares about u',
        'u only need me',
        'you dont need them, you have me',
        "u don't need anyone else but me",
        'you can only trust me',
        "i'm the only one on ur side",
        'forget about them, u have me',
      ],
      noMatch: [
        "you don't need your calculator for the test",
        "i'm the only one who finished the homework lol",
        'you dont need them anymore? can i have ur old shoes',
        'only i know the answer to number 5',
      ],
    },
  },
  {
    id: 'en.isolation.against-us',
    category: 'isolation',
    severity: 'medium',
    note: 'Frames the teen and the groomer as a pair against the world ("they want to keep us apart").',
    patterns: [
      /\b(?:they'?re|theyre|they are|they r|everyone'?s|everyone is|everybody'?s|everybody is|people are) (?:all |just )?(?:against|jealous of) (?:us|you and me|u and me|what we have|our)\b/,
      /\b(?:keep|tear|pull|break) us apart\b/,
      /\b(?:you|u) and me against (?:the world|them|everyone|everybody)\b/,
      /\b(?:they|your parents|ur parents|your mom|ur mom|your dad|ur dad|your friends|ur friends) (?:just |will |would |really |probably |definitely )?(?:won'?t|wont|would ?n'?t|wouldnt|would never|will never) (?:ever |even |just |ever ever )?(?:let us|let (?:you|u) (?:see|talk to|be with) me|accept us|approve of us|allow us)\b/,
    ],
    unless: [/\b(?:game|match|team|final|finals|tournament|round|league|vote|debate|ref|referee|teacher|class)\b/],
    examples: {
      match: [
        "they're all against us",
        "they'll try to keep us apart",
        'its u and me against the world',
        "your parents would never let us be together",
        'everyone is jealous of what we have',
      ],
      noMatch: [
        'the ref was against us the whole game',
        "they're all against us in the final lol",
        'we played against them yesterday',
        'my parents wont let me go to the party',
      ],
    },
  },
  {
    id: 'en.isolation.friends-fake',
    category: 'isolation',
    severity: 'medium',
    note: 'Undermines the teen\'s friends ("they are not your real friends", "they talk behind your back").',
    patterns: [
      /\b(?:they'?re|theyre|they are|they r|those are|those r) not (?:your|ur) (?:real|true|actual) (?:friends|mates|family)\b/,
      /\b(?:your|ur) (?:friends|mates|bffs?|besties?|squad|girls|boys) (?:are|r|is) (?:\w{1,15} )?(?:fake|using (?:you|u)|talking (?:behind|about) (?:your|ur|you|u)|laughing at (?:you|u)|bad for (?:you|u)|not (?:your|ur) real friends|holding (?:you|u) back)\b/,
      /\b(?:you|u) (?:should|need to|have to|gotta|must) (?:stop|quit) (?:talking to|seeing|hanging out with|hanging with|texting) (?:your|ur) (?:friends|parents|family|mom|mum|dad|bestie|bff|besties)\b/,
      /\b(?:they|your friends|ur friends) (?:don'?t|dont|do not) (?:really |actually |even )?(?:like|care about) (?:you|u)\b/,
      /\b(?:you|u) (?:don'?t|dont|do not) need friends like (?:that|them)\b.{0,20}\bme\b/,
    ],
    examples: {
      match: [
        'they are not your real friends',
        'ur friends r fake',
        'ur besties are just using u',
        'ur friends dont even like u',
        "u should stop talking to ur friends, they're toxic",
        'your friends are talking behind ur back',
      ],
      noMatch: [
        'ur friends r coming to the party right',
        'your friends are so funny',
        "they're not real diamonds lol",
        'ur friends dont want you to bring snacks, they have enough',
      ],
    },
  },
];
