import type { RuleDef } from '../../types';
import { withEverydayTwins } from '../shared';

/**
 * Checking that no one is watching: Elliot's (2017) "risk assessment" stage. Groomers ask whether
 * the child is alone, when the parents are out and whether anyone looks at the phone, before
 * they move on to sexual requests or a meeting.
 */
const BASE: RuleDef[] = [
  {
    id: 'en.alone_check.alone-now',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks whether the teen is alone (at home, in their room) now or later.',
    patterns: [
      /\b(?:are|r|ru) ?(?:you|u|ya|yu) (?:home |still |all |really |now |rn |at home |in (?:your|ur) (?:room|bed|bedroom) |gonna be |going to be |gon be )?(?:alone|alonee|by (?:your|ur) ?self|on (?:your|ur) own|home alone)\b/,
      /^(?:so |and |wait |hey{1,2} |ok |k |u |you )?(?:you|u|ya) (?:home )?alone\b/,
      /\b(?:you|u|ya) (?:home )?(?:alone|by (?:your|ur) ?self)(?: (?:rn|now|tonight|right now|today|atm))? ?\?/,
      /\b(?:any ?one|any1|anybody|someone|somebody|who'?s|who is) (?:else )?(?:home with|there with|in the (?:house|room) with) (?:you|u|ya)\b|\b(?:is |are )?(?:any ?one|any1|anybody|someone|somebody) (?:else )?with (?:you|u|ya)\b(?! (?:at|on|in) (?:the )?(?:party|practice|training|school|game|trip|concert))/,
      /\b(?:is |are )?(?:any ?one|any1|anybody|someone) else (?:home|at home|in the house)\b/,
      /\b(?:will|gonna|are) (?:you|u) be (?:home )?alone\b/,
      /^(?:so |and |ok |k |still )?(?:home )?alone ?\?$/,
      /\b(?:(?:do|d) )?(?:you|u|ya) sleep (?:alone|by (?:your|ur) ?self|in (?:your|ur) own (?:room|bed|bedroom))\b|\b(?:is|are|r|with) (?:the |your |ur )?(?:bedroom |room )?door (?:closed|shut|locked)\b|\b(?:can|could|will) (?:you|u) lock (?:the|your|ur) (?:bedroom |room )?door\b/,
    ],
    unless: [
      /\b(?:leave|leaving|left) (?:you|u|ya|me) alone\b/,
      /\b(?:go|going|goin|walk|walking|cycle|cycling|bike|biking|travel|travell?ing|ride|riding|driving|coming|come) (?:\w{1,15} )?alone\b/,
      /\banyone else (?:coming|going|joining|want|wanna|need|have|got|know|done|finished|doing)\b/,
      /\b(?:i'?m lost|we'?re lost|lost you)\b/,
      /\balone (?:in|on|with) (?:the |a |this |that |our |ur |your )?(?:group|class|chat|project|team|group chat|class chat|game|lobby|server|call|assignment)\b/,
      /\balone (?:at|on|in) (?:the|a) (?:bus|train|tram|station|stop|bus stop|party|school|mall|park|gym|beach|concert|event|platform|playground|shop|store)\b/,
    ],
    examples: {
      match: [
        'are you home alone?',
        'r u alone rn',
        'u alone?',
        'ru by urself tonight',
        'is anyone home with u',
        'anyone else home?',
        'will u be home alone this weekend',
        'are u alonee 🏠',
        'still alone?',
        'u sleep by urself at night?',
        'is ur bedroom door locked rn',
      ],
      noMatch: [
        'are you going alone to the cinema?',
        'should i leave u alone? u seem sad',
        'is anyone else coming to practice',
        "i'm home alone so come over after school",
        'who is with you at the party',
        'leave me alone lol',
        'anyone else up? cant sleep',
        'are you alone at the bus stop? i can wait with you',
        'home alone is on tv tonight',
        'pls close the door when u leave, the cat gets out',
      ],
    },
  },
  {
    id: 'en.alone_check.parents-away',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks whether the parents are home, and when they leave, sleep or come back.',
    patterns: [
      /\b(?:are|r|is|iz) (?:your|ur|ya|yr) (?:parents|mom|mum|mam|mama|dad|papa|folks|family|parent|mother|father|step ?(?:dad|mom|mum)|parentals|rents) (?:\w{1,15} )?(?:home|around|there|asleep|sleeping|out|away|gone|awake|at work|working|back|out of town|on holiday|on vacation|nearby|close by)\b(?! (?:at|for|from|with) (?:the )?(?:play|game|show|match|concert|meeting|school))/,
      /\b(?:when|what time|wat time|how long|till when|until when|when'?s) (?:do|does|are|will|r|is|d|until|till) ?(?:your|ur|ya|yr) (?:parents|mom|mum|mam|dad|folks|family|parent|mother|father|step ?(?:dad|mom|mum)|rents) (?:usually |normally |ever |finally |both |all |get to |have to )?(?:leave|leaving|go out|going out|get home|come home|coming home|come back|coming back|get back|be home|be back|be out|be gone|go to (?:bed|sleep|work)|going to (?:bed|sleep|work)|leave for work|start work|fall asleep|sleep|away|gone|out|home)\b/,
      /\b(?:do|does|will) (?:your|ur) (?:parents|mom|mum|dad|folks|family) (?:\w{1,15} )?(?:work late|go out|leave you|sleep early|go to bed early|go away)\b/,
      /\bwhen (?:are|r|will) (?:you|u) (?:home alone|alone|by (?:your|ur) ?self)\b/,
      /\bwhere (?:are|r|is|'?s) (?:your|ur) (?:parents|mom|mum|mam|dad|folks|family) (?:rn|now|right now|tonight|atm|at the moment)\b/,
      /^(?:so |and |are |r |is )?(?:your|ur) (?:parents|mom|mum|mam|dad|folks) (?:out|away|gone|home|asleep|sleeping|at work|working)(?: (?:tonight|rn|now|today|this weekend|tomorrow|later|yet|already))? ?\?/,
    ],
    unless: [/\b(?:drive (?:us|me)|driving (?:us|me)|pick (?:us|me) up|take (?:us|me)|give (?:us|me) a (?:ride|lift)|ride|lift|practice|training|carpool|return (?:her|his|their)|give (?:her|him|them)|ask (?:her|him|them)|tell (?:her|him|them))\b/],
    examples: {
      match: [
        'are your parents home?',
        'r ur parents asleep yet',
        'is ur mom at work rn',
        'when do your parents leave',
        'what time does ur dad get home',
        'when does ur mom go to work',
        'when r u alone',
        'do your parents work late?',
        'where are ur parents rn',
        'ur parents out tonight?',
      ],
      noMatch: [
        'are your parents coming to the play?',
        'is ur mom picking us up',
        'what time does ur dad pick us up',
        'when does your mom want the cake',
        'my parents are away this weekend',
        'are your parents divorced or smth, just asking for the form',
        "when is your mom home? she said she'd drive us to practice",
      ],
    },
  },
  {
    id: 'en.alone_check.phone-check',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks whether anyone checks the teen\'s phone or messages, or knows who they talk to (Elliot 2017, risk assessment).',
    patterns: [
      /\b(?:do|does|will|would|can|could) (?:your|ur|ya|any ?one|any1|anybody|someone|they|she|he) ?(?:\w{1,15} )?(?:ever )?(?:check|checks|read|reads|see|look at|look through|go through|goes through|snoop|monitor|track|watch|look on|go on|scroll through) (?:your|ur|ya) (?:phone|fone|cell|messages|msgs|texts|chats?|dms|snaps?|insta|account|accounts|screen|history|convos?|conversations?|whatsapp|stuff|things|room|bag|laptop|computer|ipad|tablet)\b/,
      /\b(?:do|does|is) (?:you|u|your phone|ur phone|your account|ur account) (?:\w{1,15} )?(?:have|got|has) (?:parental controls?|family link|screen ?time (?:limits|on)|qustodio|bark|a tracker|tracking)\b/,
      /\b(?:is|are) (?:your|ur) (?:phone|account|messages) (?:monitored|checked|tracked|watched)\b/,
      /\b(?:does|do) (?:any ?one|any1|anybody|your (?:parents|mom|mum|dad|friends)|ur (?:parents|mom|mum|dad|friends)|they) know (?:you'?re|ur|you are|u r|about|that (?:you|u|we)) (?:\w{1,15} )?(?:talking to|talkin to|chatting with|texting|talk to|us|me|talking)\b/,
      /\b(?:who|does anyone) (?:else )?(?:has|have|knows?) (?:your|ur) (?:phone|fone) (?:password|passcode|pin|code)\b/,
    ],
    unless: [/\bmine (?:do|does|can|too)\b|\bscreen ?time\b/],
    examples: {
      match: [
        'do your parents check your phone?',
        'does anyone read ur messages',
        'does ur mom go through ur phone',
        'do u have parental controls',
        'does anyone know ur talking to me',
        'can they see ur dms',
        'is ur phone monitored',
        'are ur parents strict? do they check ur stuff',
      ],
      noMatch: [
        'my screen time is 9 hours lol',
        'can you check your messages, i sent the homework',
        'do your parents check your grades online',
        'my mom reads all my report cards',
        'does anyone know the answer to q3',
      ],
    },
  },
  {
    id: 'en.alone_check.who-around',
    category: 'alone_check',
    severity: 'medium',
    note: 'Other ways of checking no one is around: "parents out tonight?", "who\'s at your house rn", "got the house to urself?", "is it just you at home", "alone?" after another question, whether someone else uses the phone.',
    patterns: [
      /^(?:so |and |are |r |ur |your )?(?:parents|mom|mum|dad|folks|rents) (?:out|away|gone|asleep|sleeping|at work)\b.{0,12}\?/,
      /\bwho(?:'?s| is| else is| else'?s) (?:at|in) (?:your|ur) (?:house|place|home|room) (?:rn|now|right now|tonight|atm)\b/,
      /\b(?:the )?(?:house|place|home|room|crib) (?:all )?to (?:yourself|urself|ur self|your self)\b/,
      /\bis it (?:just|only) (?:you|u) (?:at home|home|in the house|there|rn|tonight)\b/,
      /\? alone ?\?$/,
      /\b(?:anyone|anybody|any1|someone|somebody) (?:else )?(?:use|uses|using|reads?|has access to|go on|goes on|looks? at) (?:your|ur) (?:phone|fone|messages|texts|account|laptop|dms)\b/,
      /\b(?:do|d) (?:you|u|ya) (?:have|got) (?:your|ur) (?:own )?(?:own room|own bedroom|room to (?:yourself|urself))\b/,
    ],
    unless: [/\b(?:hotel|trip|camp|airbnb|share|sharing|dorm|hostel|cabin|project|homework|group|class|practice|new house|new place|new apartment|new flat)\b/],
    examples: {
      match: [
        'parents out tonight?',
        "who's at your house rn",
        'u got the house to urself?',
        'is it just you at home',
        'are u in bed rn? alone?',
        'does anyone else use your phone',
        'do you have your own room',
      ],
      noMatch: [
        'do you have your own room at the hotel?',
        "i've got the house to myself, come game",
        'my parents are out so i am making pasta',
        'is it just you doing the project?',
      ],
    },
  },
  {
    id: 'en.alone_check.private',
    category: 'alone_check',
    severity: 'medium',
    note: 'Checks that the teen can talk unseen or unheard: "anyone around?", "can you talk privately?", "somewhere private?", "can anyone hear you?", "is your sister home?", "is the coast clear?", "can u talk or is someone there".',
    patterns: [
      /^(?:is |so |and )?(?:any ?one|anybody|any1|someone|somebody) (?:else )?(?:around|there|near|nearby|home|awake)(?: rn| now)? ?\??$/,
      /\b(?:talk|chat|text|call) (?:privately|in private|alone|freely)\b|\b(?:somewhere|someplace|some place) (?:private|alone|quiet where)\b/,
      /\bcan (?:anyone|anybody|someone|somebody|they|your parents|ur parents) (?:hear|see) (?:you|u|us|this|ur screen|your screen)\b/,
      /\bis (?:your|ur) (?:sister|brother|sis|bro|mom|mum|dad|nan|grandma|grandpa|stepdad|stepmom) (?:home|there|around|awake|asleep)\b(?!.{0,30}\b(?:she|he|her|his|my|return|borrow)\b)/,
      /\bwhere(?:'?s| is| are) every(?:one|body|1)(?: at)?\b/,
      /\bis (?:some ?one|any ?one|some ?body|any ?body) (?:there|with (?:you|u)|around|watching|listening|next to (?:you|u))\b|\b(?:coast|cost) (?:is )?clear\b/,
    ],
    unless: [/\b(?:lost|party|bus|train|class|classroom|game|lobby|server|match|practice|training|call is|breaking up|help|homework|hw|server)\b/],
    examples: {
      match: [
        'anyone around?',
        'can you talk privately?',
        'are you somewhere private?',
        'can anyone hear you?',
        'is your sister home?',
        "where's everyone at?",
        'can u talk or is someone there',
        'is the coast clear?',
      ],
      noMatch: ["is anyone there with you at the party? i'm lost", "where's everyone at? the bus is leaving", 'anyone around to help with hw?', 'is ur sister home? she has my charger'],
    },
  },
  {
    id: 'en.alone_check.unseen',
    category: 'alone_check',
    severity: 'medium',
    note: '"Is anyone near you", "can you go somewhere no one can see you": checks that nobody is watching.',
    patterns: [/\b(?:any ?one|anybody|someone|somebody) (?:near|next to|close to|watching|beside) (?:you|u|ya)\b|\b(?:no ?one|nobody) (?:can|will|could) (?:see|hear|find|walk in on) (?:you|u|us)\b/],
    unless: [/\b(?:game|match|class|bus|party|concert|hide and seek)\b/],
    examples: {
      match: ['is anyone near you', 'can you go somewhere no one can see you', 'is anyone watching you right now'],
      noMatch: ['is anyone near you on the bus', 'nobody can see us in hide and seek lol', 'is anyone next to you in class'],
    },
  },
  {
    id: 'en.alone_check.anyone-around',
    category: 'alone_check',
    severity: 'low',
    note: 'Low on its own: asks in passing who is around the teen, in chat spelling ("is anyone w u rn", "where r ur parents", "who\'s home w u", "can u talk without anyone seeing"). Friends ask this too; it counts at `high` and in combinations.',
    patterns: [
      /\b(?:is|are|r) (?:any ?one|any1|anybody|some ?one|ur \w+|your \w+) (?:w|with|near|around|by|next to) (?:u|you)\b/,
      /\bwhere (?:r|are|re|is) (?:ur|your|yr) (?:parents|mom|dad|mum|folks|mama|sister|brother)\b/,
      /\bwho(?:'s| is|s|se) (?:home|there|around|in the house) (?:w|with) (?:u|you)\b/,
      /\b(?:without|w\/o) (?:any ?one|anybody|any1|ur parents|your parents|ur mom|ur dad) (?:seeing|hearing|knowing|watching|noticing|finding out|checking)\b/,
      /\b(?:any ?one|anybody|any1|ur parents|ur mom|ur dad) (?:around|nearby|near u|home rn|there rn|watching)\b/,
    ],
    unless: [/\b(?:my (?:mom|dad|mum|parents)|homework|project|practice|game|match|ride|charger|casserole)\b/],
    examples: {
      match: ['is anyone w u rn', 'where r ur parents', "who's home w u", 'can u talk without anyone seeing', 'wyd rn, anyone around?'],
      noMatch: ['is anyone around for the project tonight', 'my mom is home rn', 'anyone around for a ride to practice?'],
    },
  },
];

/** A reason a friend gives ("i'll come over with snacks", "your music is so loud"), or any clause after the question. */
const EVERYDAY =
  /\? [a-z']+ [a-z']+|\b(?:i'?ll come|come over|come sit|we can|let'?s|studying|study|homework|project|music|party|lunch|mall|sit with|my mom|mine|he said|she said|fix|practice|at the door|snacks|lol)\b/;

export const rules: RuleDef[] = withEverydayTwins(BASE, EVERYDAY, {
  'en.alone_check.alone-now': {
    match: ["are you home alone? i'll come over with snacks and we can do the project", 'are you alone in your room studying?', 'are you by yourself at lunch? come sit with us'],
    noMatch: ["i'm home alone so come over after school", 'leave me alone lol', 'i walked home alone'],
  },
  'en.alone_check.parents-away': {
    match: ['your parents away this weekend? party at yours lol', 'are your parents asleep? your music is so loud', "is your dad home? he said he'd fix my bike"],
    noMatch: ['my parents are away this weekend', 'mom is home at 6', 'my dad is asleep already'],
  },
});
