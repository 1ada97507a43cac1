import type { RuleDef } from '../../types';

/**
 * Information gathering: the first stage in Elliot (2017) and "victim selection" in Winters et
 * al. (2020). Asking age, school and where someone lives is also ordinary small talk, so these
 * are mild signals that count towards a combination rather than nudges on their own.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.personal_info.age',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks the teen how old they are or which school year they are in (age as a selection filter).',
    patterns: [
      /\bhow old (?:are (?:you|u|ya)|r (?:you|u|ya)|ru|u|you|ya)\b(?! (?:is|was|are|were|think)\b)/,
      /\b(?:what'?s|whats|wats|what is|wat is|tell me) (?:your|ur|yr) (?:age|birth ?year|date of birth|dob)\b/,
      /^(?:and |so |ok |k |hbu |wbu )?(?:your |ur |yr )?age ?\??$/,
      /\b(?:your|ur|yr) age\b ?\?/,
      /\bwhat (?:grade|year|yr|form) (?:are|r|ru) ?(?:you|u|ya)?(?: in)?\b/,
      /\b(?:are|r|ru) ?(?:you|u|ya) (?:like |only |just |even |over |under |already )?(?:1[0-8]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b(?! ?(?:min|mins|minutes|hours?|hrs?|km|miles?|meters|metres|cm|kg|euro|bucks|dollars|%|th|st|nd|rd))/,
      /\b(?:when were (?:you|u) born|what year (?:were|was) (?:you|u) born)\b/,
      /\b(?:are (?:you|u)|r (?:you|u)|ru|u|you) (?:still )?in (?:high school|middle school|secondary school|primary school|elementary school|elementary|year \d{1,6}|grade \d{1,6}|\d{1,6}(?:th|st|nd|rd) grade)(?: ?\?| or\b)/,
    ],
    unless: [
      /\bhow old (?:are|r) (?:you|u) turning\b/,
      /\b(?:for the form|i forgot|for the list|for the registration|for the team list)\b/,
      /\b(?:your|ur) age group\b/,
    ],
    examples: {
      match: [
        'how old are you?',
        'how old r u',
        'hey how old ru btw',
        'whats ur age',
        'age?',
        'what grade r u in',
        'r u like 14?',
        'wait are u even 15',
        'u in high school?',
        'so u in middle school or high school',
        'when were u born',
      ],
      noMatch: [
        'how old is your dog',
        'how old are you turning on saturday? need to buy candles',
        'how old was this video lol',
        'what grade did u get on the math test',
        'are you 5 min away?',
        'are u 18th in the ranking now',
        'the age group for the tournament is u15',
        'are you 15 or 16? i forgot lol, need it for the form',
      ],
    },
  },
  {
    id: 'en.personal_info.asl',
    category: 'personal_info',
    severity: 'low',
    note: '"asl" (age/sex/location): the classic stranger opener that screens a chat partner in one go.',
    patterns: [
      /^(?:hey{1,2} |hi{1,2} |hello |yo |so |ok |and )?(?:a\/?s\/?l)\b(?! (?:is|class|lesson|sign|teacher))/,
      /\ba\/?s\/?l (?:pl[sz]{1,3}|please|pls\?|\?)/,
      /\ba\/?s\/?l ?\?/,
      /\bage (?:sex|gender) (?:location|loc)\b/,
      /\b(?:are (?:you|u) a|rua|u a|you a) (?:boy|girl|guy|male|female) or (?:a )?(?:boy|girl|guy|male|female)\b/,
      /^(?:so |and )?(?:m|f|boy|girl) or (?:m|f|boy|girl) ?\?$/,
    ],
    examples: {
      match: ['asl?', 'hey asl', 'a/s/l pls', 'hiii asl', 'age sex location?', 'r u a boy or a girl', 'm or f?'],
      noMatch: [
        'this homework is boring asl',
        'im tired asl',
        'we learn asl in school its sign language',
        'that movie was scary asl lmao',
      ],
    },
  },
  {
    id: 'en.personal_info.school',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks which school the teen goes to: a physical place where they can be found every weekday.',
    patterns: [
      /\b(?:what|which|wat|wut|wich) school (?:do |d |r |are |did )?(?:you|u|ya) (?:go|goin|going|at|attend|in|on)\b/,
      /\bwhere (?:do|d|did) ?(?:you|u|ya) (?:go to|go|attend) school\b/,
      /\b(?:what'?s|whats|wats|what is) (?:the name of )?(?:your|ur|yr) school\b(?!'?s? (?:wifi|website|password|app|motto|team))/,
      /\b(?:your|ur) school(?:'?s)? name\b/,
      /\bwhat school\b ?\?$/,
    ],
    examples: {
      match: [
        'what school do u go to',
        'which school r u at',
        'where do you go to school',
        'whats ur school called',
        'ur school name?',
        'cool and what school?',
      ],
      noMatch: [
        'what time does school start tomorrow',
        'school was so boring today',
        'which school do u think wins the tournament',
        'what school did your mom go to',
        "what's your school's wifi password",
      ],
    },
  },
  {
    id: 'en.personal_info.where-live',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks where the teen lives (town, area, street).',
    patterns: [
      /\bwhere (?:do|d) ?(?:you|u|ya) (?:live|stay|liv)\b/,
      /\bwhere (?:you|u|ya) (?:live|liv|from)\b/,
      /\bwhere (?:are|r|ru) ?(?:you|u|ya)? from\b/,
      /\b(?:what|which|wat|wich) (?:city|town|area|part of town|neighbou?rhood|street|village|country|province|region) (?:do |d |r |are )?(?:you|u|ya) (?:live|liv|stay|from|in)\b/,
      /\b(?:what|which|wat) (?:city|town|area|street|village) (?:is|r|are) (?:you|u|ya) (?:in|from)\b/,
      /\b(?:u|you) live (?:near|close to|around|in)\b.{0,20}\?/,
      /\bwhat part of (?:\w{1,15} ){1,2}(?:do |d |r |are )?(?:you|u|ya) (?:live|from|in)\b/,
    ],
    unless: [
      /\bwhere (?:do|d) (?:you|u) (?:live|stay) in (?:the game|minecraft|animal crossing|bloxburg|brookhaven|roblox)\b/,
      /\b(?:invitation|invite|invites|party|card|package|parcel|delivery|sleepover)\b/,
    ],
    examples: {
      match: [
        'where do u live',
        'so where you from',
        'where r u from?',
        'what city do you live in',
        'which part of town do u live',
        'u live near amsterdam?',
        'what part of amsterdam do u live in',
      ],
      noMatch: [
        'where r u? we are at the entrance',
        'where does your cousin live',
        'i live near the park lol',
        'where do you live in bloxburg',
        'where do you want to eat',
        'where do you live again? i need to send the invitation',
      ],
    },
  },
  {
    id: 'en.personal_info.address',
    category: 'personal_info',
    severity: 'medium',
    note: 'Asks for the home address or postcode: the detail that lets someone turn up at the door.',
    patterns: [
      /\b(?:what'?s|whats|wats|what is|wat is|send me|send|give me|gimme|drop|tell me|text me|dm me|can i (?:have|get)|i need) (?:your|ur|yr|ya) (?:home |full |exact |house )?(?:address|adress|addy|adres|postcode|post code|zip ?code|zip|house number)\b/,
      /\b(?:your|ur) (?:home |full |exact )?(?:address|adress|addy)\b ?\?/,
      /\bwhat (?:street|road) (?:do |d )?(?:you|u|ya) live (?:on|in|at)\b/,
    ],
    unless: [
      /\b(?:email|e mail|mail|ip|wallet) (?:address|adress|addy)\b/,
      /\b(?:invitation|invite|invites|party|card|package|parcel|delivery|sleepover|form)\b/,
    ],
    examples: {
      match: ['whats ur address', 'send me your addy', 'ur home address?', 'what street do u live on', 'whats ur postcode'],
      noMatch: [
        "what's the address of the party",
        'my address changed btw',
        'whats your email address for the project',
        'the address is on the invite',
        'whats ur address for the party invite',
        "what's your zip code for the form",
      ],
    },
  },
  {
    id: 'en.personal_info.phone-name',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks for a phone number or full name: reaches the teen outside the platform and lets them be looked up.',
    patterns: [
      /\b(?:what'?s|whats|wats|what is|send me|give me|gimme|drop|can i (?:have|get)|i need|text me) (?:your|ur|yr|ya) (?:phone ?number|number|nummer|digits|phone|cell|mobile|nr)\b/,
      /\b(?:your|ur) (?:phone )?(?:number|nummer|digits) ?\?/,
      /\b(?:what'?s|whats|wats|what is|tell me) (?:your|ur|yr) (?:full|last|real|sur) ?name\b/,
    ],
    unless: [
      /\b(?:jersey|shirt|locker|room|seat|table|student|bus|lucky|favou?rite|shoe|lottery) (?:number|nr)\b/,
      /\b(?:lost (?:my |all my )?contacts|new phone|phone died|for the (?:class |team |school )?(?:group|class|team) ?(?:chat|app|list)?)\b/,
    ],
    examples: {
      match: ['can i have ur number', 'gimme your digits', 'ur number?', 'whats your full name', 'whats ur last name'],
      noMatch: [
        "what's your jersey number this season",
        'whats your username in fortnite',
        'whats ur lucky number lol',
        'my number changed, new one soon',
        'whats ur number? my phone died and i lost my contacts',
        'can i have your number for the class group chat',
      ],
    },
  },
];
