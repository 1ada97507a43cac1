import type { RuleDef } from '../../types';

/**
 * Control through location (post-abuse maintenance, Winters et al. 2020): asking the teen to
 * share a live location, come off Snap Map's ghost mode, join Find My or Life360, or to report
 * where they are at all times. Sharing the address of a party or meeting point is everyday talk.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.location_control.live-location',
    category: 'location_control',
    severity: 'low',
    note: 'Asks the teen to share their (live) location or turn location on. Low on its own: friends and parents ask this all day to find each other; the control families are in watch-me.',
    patterns: [
      /\b(?:share|send|drop|give|show|text|dm|pin|put|gimme|need|want) (?:me |us )?(?:(?:your|ur|ya|yo) (?:live |current |exact |real ?time |precise |actual )?|(?:live|current|exact|real ?time|precise) )(?:location|loc|locatie|gps|coordinates|coords|pin)\b/,
      /\b(?:turn|switch|put) on (?:your|ur|ya) (?:location|loc|gps|location services|location sharing|tracking|live location)\b/,
      /\b(?:turn|switch|put|keep|leave) (?:your|ur|ya) (?:location|loc|gps|location sharing|tracking|live location) (?:on|back on)\b/,
      /\b(?:share|send) (?:your|ur) location with me\b/,
      /^(?:ur |your |send |drop )?location ?\?$/,
      /\bsend (?:me )?(?:a |the )?(?:loc|location|live loc|live location|pin)(?: pl[sz]{1,3}| please| rn| now)? ?\??$/,
      /\bwhere (?:are|r|ru) ?(?:you|u|ya) (?:\w{1,8} )?exactly\b/,
      /\bexactly where (?:you|u|ya) (?:are|r|live)\b/,
      /\bwhy (?:is|r|are|'?s) (?:your|ur) (?:location|loc|live location|location sharing|snap ?map) (?:off|turned off|not on|gone|hidden|paused|frozen)\b/,
    ],
    unless: [
      /\b(?:turn|switch|put|take) (?:\w{1,15} )?off\b/,
      /\blocation of (?:the|our|that)\b/,
      /\b(?:settings|to use the (?:app|map))\b|\b(?:until|till|til) (?:you|u) (?:get|are) (?:home|back|there)\b/,
      /\b(?:so we can find|we'?re lost|we are lost|(?:can'?t) find (?:you|u|(?:your|ur) (?:house|place|street|flat|building|door))|at the (?:festival|concert|fair|beach|mall|station|park|party|front|entrance|gate))\b/,
      /\b(?:mom|mum|dad|mama|papa|grandma|grandpa) (?:can|wants|asked|says|said|will|'?ll)\b|\bwhen (?:you|u) (?:get|arrive) (?:to|at|there|home)\b|\bwe'?re (?:at|by|near|outside|in front)\b/,
    ],
    examples: {
      match: [
        'where r u rn exactly',
        'share your live location',
        'send me ur location',
        'drop ur loc',
        'turn on your location',
        'put ur location back on',
        'send me ur 📍',
        'share your location with me pls',
        'why is ur location off',
        'where r u right now exactly? send loc',
      ],
      noMatch: [
        'where exactly is the party',
        'send me ur location pls, i cant find ur flat',
        'share the location of the party',
        "i'll send you the location of the restaurant",
        "where's the party?",
        'turn off your location, its creepy',
        'the location of the new skatepark is so good',
        'share your location so we can find you at the festival',
        "where r u? send loc, we're lost",
        'send me your location when you get to the station',
        'turn on ur location in the app settings to use the map',
        'keep ur location on until u get home, mom',
        "turn on your location so mom can see you're at school, she asked",
      ],
    },
  },
  {
    id: 'en.location_control.tracking-apps',
    category: 'location_control',
    severity: 'medium',
    note: 'Asks the teen to come off ghost mode on Snap Map or to add them on Find My, Life360 or Zenly.',
    patterns: [
      /\b(?:turn off|take off|get off|disable|switch off|stop using|come off|leave|no more|why are you on|why r u on|why u on|why you on) (?:your |ur |the )?ghost ?mode\b/,
      /\bghost ?mode off\b/,
      /\b(?:send|share|drop|gimme|give me) (?:me )?(?:a |ur |your )?live (?:location|loc)\b/,
      /\b(?:add me|add us|invite me|invite us|share (?:ur|your) location|share|join|accept|see (?:you|u) on|are (?:you|u) on|r u on|u on|you on|put (?:yourself|urself|ur location|your location)|get(?: on)?|download|install|turn on|switch on|enable|set up) (?:on |to |with )?(?:snap ?map|life ?360|find my(?: friends| iphone| phone)?|zenly|glympse|google maps location)\b/,
      /\b(?:show|put) (?:yourself|urself|your location|ur location) on (?:the )?(?:snap ?map|map)\b/,
      /\b(?:show|send|tell) me where (?:you|u) (?:are|r|'?re|at)\b.{0,10}\b(?:snap ?map|find my|life ?360)\b/,
    ],
    unless: [/\b(?:lost|find my (?:phone|iphone) to find|family (?:circle|group|sharing))\b|\b(?:mom|mum|dad|mama|papa|grandma|grandpa|parents) (?:can|wants|asked|says|said|will|'?ll)\b|\b(?:so|for) (?:your|ur|my) (?:mom|mum|dad|parents)\b/],
    examples: {
      match: [
        'turn off ghost mode',
        'why r u on ghost mode',
        'add me on find my',
        'add me on life360',
        'put yourself on snap map',
        'r u on snap map?',
        'show me where u are on snap map',
        'enable find my friends so i can see u',
        'just download life 360 for me ok',
        'drop me ur live loc when u get there',
      ],
      noMatch: [
        'my mom tracks me on life360 its so annoying',
        'snap map is so creepy',
        'i lost my phone, using find my iphone to look for it',
        'ghost mode is the best setting',
        'my mom put life360 on my phone',
        'get life360 pls, dad says its the rule now',
      ],
    },
  },
  {
    id: 'en.location_control.where-always',
    category: 'location_control',
    severity: 'medium',
    note: 'Demands to know where the teen is at all times or asks for proof of where they are.',
    patterns: [
      /\bwhere (?:you|u|ya) (?:are|r|'?re|at|go|going)\b.{0,15}\b(?:at all times|all the time|24 ?7|24\/7|always|every (?:second|minute|moment|time|hour|half hour|\d{1,6} ?(?:min|mins|minutes|hours?)))\b/,
      /\b(?:always|every time|everytime|whenever) (?:tell|text|update|inform|let) me (?:know )?(?:where|when|who) (?:you|u|ya)\b/,
      /\b(?:i need|i want|i have|i gotta|i wanna|i must|i like) to (?:always )?know where (?:you|u|ya) (?:are|r|go|going|at|'?re)\b.{0,20}\b(?:always|all the time|at all times|24 ?7|every|each)\b/,
      /\b(?:pic|pics|photo|proof|prove it|screenshot|picture)\b.{0,15}\bwhere (?:you|u|ya) (?:are|r|'?re|at)\b/,
      /\b(?:send|show) me (?:a )?(?:pic|photo|picture|proof) (?:of )?(?:where|who) (?:you'?re|ur|you are|u r) (?:at|with)\b/,
    ],
    examples: {
      match: [
        'i need to know where you are at all times',
        'always tell me where u go',
        'send me a pic so i know where u are',
        'prove it, send a pic of where u are',
        'text me where you are every hour',
      ],
      noMatch: [
        'where are you? we are at the entrance',
        'tell me where the party is',
        'i need to know where the bus stops',
        'where r u going for vacation?',
      ],
    },
  },
  {
    id: 'en.location_control.watch-me',
    category: 'location_control',
    severity: 'medium',
    note: 'Location as control: wants the location on at all times, checks it, asks why it is off, or wants to watch where the teen goes ("keep ur location on so i can see where u are", "i check ur location every day").',
    patterns: [
      /\b(?:location|loc|gps|snap ?map|find my|life ?360)\b.{0,30}\b(?:at all times|all the time|always|24 ?7|24\/7|every day|forever|never turn (?:it )?off|don'?t (?:ever )?turn (?:it )?off|keep it on|leave it on|so i can (?:always )?(?:see|watch|track|check) (?:where|what|who)|so i (?:always )?know where (?:you|u) (?:are|r|go)|i (?:check|watch|track)|i'?m watching)\b/,
      /\b(?:why (?:is|r|are|'?s|did) (?:your|ur|u|you) (?:location|loc|live location|location sharing|snap ?map|find my)\b.{0,12}\b(?:off|turned off|not on|gone|hidden|paused|frozen|turn it off|ghost)|i (?:check|watch|track|see) (?:your|ur) (?:location|loc|snap ?map)|why (?:did|do|would) (?:you|u) (?:turn|switch|put|take) (?:off )?(?:your|ur) (?:location|loc|gps|snap ?map|find my|live location)|i can'?t see (?:you|u) on (?:the )?(?:map|snap ?map|find my|life ?360))\b/,
    ],
    unless: [/\b(?:mom|mum|dad|mama|papa|parents|lost|festival|until (?:you|u) (?:get|are) home)\b/],
    examples: {
      match: [
        'keep ur location on so i can see where u are',
        'i check ur location every day',
        'why is ur location off',
        'why did u turn ur location off?',
        "i can't see u on snap map anymore",
        'share ur live location with me, always',
      ],
      noMatch: [
        'my mom checks my location all the time',
        'keep your location on until you get home',
        "i can't see you, where are you standing",
      ],
    },
  },
];
