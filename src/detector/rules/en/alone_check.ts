import type { RuleDef } from '../../types';

/**
 * Checking that no one is watching: Elliot's (2017) "risk assessment" stage. Groomers ask whether
 * the child is alone, when the parents are out and whether anyone looks at the phone, before
 * they move on to sexual requests or a meeting.
 */
export const rules: RuleDef[] = [
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
    unless: [/\b(?:drive (?:us|me)|driving (?:us|me)|pick (?:us|me) up|take (?:us|me)|give (?:us|me) a (?:ride|lift))\b/],
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
];
