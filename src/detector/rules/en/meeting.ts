import type { RuleDef } from '../../types';
import { withEverydayTwins } from '../shared';

/**
 * Moving to offline contact: the goal stage in Elliot (2017) and Winters et al. (2020). Meeting
 * friends at the mall or practice at five is everyday talk, so the rules look for meeting "in
 * person", being picked up, being invited to someone's place, or having travel paid for. With
 * secrecy ("don't tell your parents", "come alone") or a hotel, it is high.
 */
const EVERYDAY_MEETING =
  /\b(?:mall|shopping|show (?:you|u) my|squad|everyone|every1|the group|the guys|the girls|the team|team|practice|training|library|study|studying|homework|hw|project|class|lesson|rehearsal|match|game|tournament|canteen|lunch|break|school gate|bus stop|play (?:fifa|fortnite|minecraft|roblox|games?|xbox|ps5|switch|cards)|with (?:the others|everyone|my mom|my dad|my parents|your mom|ur mom|your parents|ur parents))\b|\b(?:mom|mum|dad|mama|papa)'?s (?:making|cooking|baking|ordering|driving|home|there)\b|\bmy (?:mom|mum|dad|parents|mama|papa|sister|brother) (?:will|is|can|says|said|'?ll|makes|wants)\b(?! be (?:out|away|gone|at work|working))/;

const BASE: RuleDef[] = [
  {
    id: 'en.meeting.meet-up',
    category: 'meeting',
    severity: 'medium',
    note: 'Proposes meeting in person ("we should meet irl", "when can we meet").',
    patterns: [
      /\b(?:meet|meeting|meetup|meet up|link|link up|hang|hang out|see each other|see (?:you|u|ya)) (?:up )?(?:irl|in person|in real life|in rl|for real|face to face|offline|f2f|in the flesh|for the first time)\b/,
      /\b(?:irl|in person|in real life|face to face) (?:meet|meeting|meetup|date|hangout)\b/,
      /\b(?:wanna|want to|we should|should we|can we|could we|let'?s|when can we|we could|we gotta|u wanna|you wanna|would you like to|wud u|do you want to|do u wanna|do you wanna|shall we|when will we|we need to|i wanna|i want to|i'?d love to|i really wanna|i really want to|when do we|r u gonna|are you gonna|can i) (?:finally |actually |maybe |secretly |just |ever |really )?(?:meet|meet up|link up|meetup)(?: (?:you|u|ya|me|each other|sometime|some time|one day|someday|soon|this weekend|tonight|tomorrow|tmrw|alone|just us|privately))?\b(?! (?:at|in|by|outside|near|before|after) (?:the|school|practice|training|the station|\d)| (?:your|ur|my|his|her|our|their|the|them|him)\b)/,
      /\b(?:come|coming|hang|hang out|chill|kick it) (?:over |round |around |out )?(?:to|at) (?:mine|my (?:place|house|flat|apartment|appartment|room|car|crib|bedroom))\b/,
      /\bcome (?:outside|out|down(?:stairs)?)\b.{0,20}\b(?:i'?m|i am) (?:\w{1,10} )?(?:outside|around the corner|round the corner|down the street|in the car|nearby|close by)\b/,
      /\b(?:stay|sleep|spend the night|stay the night) (?:over )?(?:at (?:mine|my (?:place|house|flat|apartment))|with me)\b/,
      /\bwhere (?:should|can|could|do) we meet\b/,
      /\b(?:would|wud|will|do|d) (?:you|u|ya) (?:like|want|wanna) (?:to )?meet (?:me|up)\b/,
      /\bmeet me (?:sometime|some time|one day|someday|soon|this weekend|irl|in person|tonight|tomorrow|tmrw|later|alone|somewhere)\b/,
      /\bcome (?:and )?(?:meet|see|visit) me\b/,
      /\b(?:meet|meet up|hang out|see each other|chill)\b.{0,20}\b(?:just us|just (?:you|u) and me|just me and (?:you|u)|just (?:the )?two of us|only us)\b/,
      /\b(?:come over|come to mine|come to my (?:place|house)|come round)\b.{0,20}\b(?:my|the) (?:parents|mom|mum|dad|wife|husband|roommates?|flatmates?) (?:are|is|'?re|'?s) (?:away|out|gone|not home|at work|asleep)\b/,
      /\bwhen (?:are|r|ru) ?(?:you|u|ya) free to (?:meet|meet up|link|link up|hang out|see me)\b/,
    ],
    unless: [EVERYDAY_MEETING],
    examples: {
      match: [
        'we should meet irl',
        'wanna meet up this weekend?',
        'when can we meet',
        'can i meet you',
        'come over to my place',
        "i'd love to see u in person",
        'u can stay the night at mine',
        'where should we meet?',
        'when r u free to meet',
        "let's meet at the park, just us",
        'would u like to meet me sometime',
        'come over, my parents are away',
        'u should chill at my place this weekend',
        'come down, im parked round the corner',
        "i'll buy u dinner if u come meet me",
      ],
      noMatch: [
        'meet at the mall with the squad at 3',
        'practice at 5, dont be late',
        'lets meet at the library to study',
        'can we meet at school before class',
        'nice to meet you! said the new teacher',
        'my parents want to meet your parents',
        'can u come over to mine saturday? my mom will make pancakes',
        'wanna come to mine after school and play fifa?',
        'come outside the bus is here',
      ],
    },
  },
  {
    id: 'en.meeting.pick-up-travel',
    category: 'meeting',
    severity: 'medium',
    note: 'Offers to pick the teen up, come to their town, or pay for their travel.',
    patterns: [
      /\b(?:i'?ll|i will|i can|i could|i'?d|let me|lemme|i'?m gonna|i wanna|i want to|want me to|i'?m coming to|shall i|should i|can i|could i) (?:come )?(?:and )?(?:pick|pik|come get|come and get|collect|fetch|grab) (?:you|u|ya) (?:up|from)\b/,
      /\b(?:i'?ll|i will|i can|i could|let me|lemme) (?:\w{1,15} )?(?:pay|buy|book|get|cover|send (?:you|u) money for|send (?:you|u) money) (?:for )?(?:your|ur|ya|you a|u a|u an|you an|a) (?:train|bus|uber|taxi|cab|plane|flight|ride|travel|trip|fare|journey|ticket|ov) ?(?:ticket|fare|ride)?\b/,
      /\b(?:i'?ll|i will|i can|i could|let me|lemme|i'?m gonna) (?:come|drive|travel|take the train|visit|ride|fly) (?:to|over to|down to|up to|out to) (?:you|u|your (?:town|city|place|house|area|village|school|street)|ur (?:town|city|place|house|area|village|school|street)|yours|urs|where (?:you|u) live)\b(?! (?:play|show|concert|game|match|musical|fair|event|open day|performance))/,
      /\bwhere can i pick (?:you|u|ya) up\b/,
      /\b(?:i'?ll|ill|i will|i can|i could|let me|lemme|i'?m gonna) (?:come|drive|travel|fly|get the train|take the train) (?:down |up |over |out )?(?:to )?(?:see|visit|meet) (?:you|u|ya)\b/,
      /\b(?:get|hop|jump) in(?:to)? my car\b/,
      /\b(?:i'?ll|i will|i can|i could|let me|lemme) come (?:and )?get (?:you|u|ya)\b(?! (?:a|some|the|something|food|lunch|snacks|from (?:practice|training|school))\b)/,
      /\b(?:i'?ll|i will|i can|i'?m) (?:be )?(?:wait|waiting) (?:for (?:you|u) (?:at|outside|near|by|behind|in front of) |(?:outside|at|near|by) (?:your|ur) (?:school|house|home|place|door|street)\b)/,
    ],
    unless: [
      /\b(?:from|after|to|for) (?:the )?(?:practice|training|football|soccer|swimming|swim|dance|hockey|gym|the dentist|the doctor|grandma'?s|nana'?s|oma'?s|your lesson|ur lesson|music|piano|ballet|scouts|work|the match|the game)\b/,
      /\bpay (?:me|you|u) back\b|\bwe'?(?:ll|ll go|can) (?:bike|walk|cycle|ride)\b|\b(?:bike|walk|cycle) together\b/,
      /\bfor the (?:movie|movies|cinema|party|concert|game|match|show|festival)\b/,
      /\b(?:mom|mum|dad|mama|papa|grandma|grandpa|auntie|aunt|uncle|carpool) (?:will|is|can|says|said)\b|\bcarpool\b|\b(?:love|xx|x)? ?(?:mom|mum|dad|mama|papa)$/,
    ],
    examples: {
      match: [
        "i'll drive down to see u",
        "i'll come to urs",
        "i'll pick you up",
        'i can pick u up after school',
        "i'll pay for your train ticket",
        'let me buy u a bus ticket',
        'i can drive to ur town',
        'where can i pick u up',
        'ill come get u tonight',
        'hop in my car',
        'ill be waiting outside ur school',
        'could i come get u from the station tonight',
        'im waiting for u at the park behind the church',
      ],
      noMatch: [
        'mom will pick us up at 6',
        'can you pick me up from practice',
        "i'll pick up the pizza on the way",
        'pick up your phone!!',
        'i bought the movie tickets already',
        'i can pick u up from training tmrw, dad says its fine',
        'i can pick u up on the way to practice',
        "i'll pay for your ticket, you can pay me back",
        "i'll come to ur school play!!",
        'hop in my car, mom says (carpool)',
        'ill pick u up from the swimming pool after, love dad',
        'ill be waiting for u at the gate after the concert, mum',
      ],
    },
  },
  {
    id: 'en.meeting.secret-or-hotel',
    category: 'meeting',
    severity: 'high',
    note: 'A meeting combined with secrecy ("don\'t tell your parents", "come alone", a cover story) or a hotel room.',
    patterns: [
      /\b(?:meet|meeting|pick (?:you|u) up|come over|see each other|hang out|come to mine|come to my)\b.{0,20}\b(?:don'?t|do not|never|without|no need to) (?:tell|telling|let(?:ting)? (?:any ?one|anybody|no ?one|your (?:parents|mom|mum|dad)|ur (?:parents|mom|mum|dad)|them|people) know)\b/,
      /\b(?:don'?t|do not|never|without) (?:tell|telling)(?: \w{1,15}){0,3} (?:that |about )?(?:we'?re|we are|you'?re|ur|we|u'?re|you) (?:meeting|meet|seeing each other|hanging out|coming)\b/,
      /\b(?:come|be|bring nobody|show up|get here) alone\b(?! (?:to|with|from) (?:the )?(?:class|school|practice|party))/,
      /\bdon'?t bring (?:any ?one|any1|anybody|your (?:friends|parents|mom|dad|mum)|ur (?:friends|parents|mom|dad|mum))\b/,
      /\b(?:tell|say to) (?:your|ur|ya) (?:parents|mom|mum|mam|dad|folks|family|mother|father) (?:that )?(?:you'?re|ur|you are|u r|you were|u were|you'?ll be|u will be|you will be|ur gonna be|you'?re going to be) (?:at|with|sleeping|staying|studying|in)\b/,
      /\b(?:just say|say|tell them|tell her|tell him|tell everyone) (?:that )?(?:you'?re|ur|you are|u r|you were|you'?ll be|ur gonna be) (?:sleeping|staying|at a friend|at (?:your|ur) friend|with (?:a|your|ur) friend|studying|at the library)\b/,
      /\b(?:book|get|got|rent|booked|reserved?) (?:us |for us |a room for us |us a )(?:a |the )?(?:hotel|motel|room|airbnb)\b/,
      /\b(?:we|us|let'?s) (?:can |could |should |will )?(?:get|book|rent) (?:a |the )?(?:room|hotel room|motel room)\b/,
      /\b(?:hotel|motel|airbnb|room) (?:room )?(?:for|with) (?:us|the two of us|you and me|u and me|us two|just us)\b/,
      /\b(?:meet me|come|join me|see you|see u|visit me) (?:at|to|in|up to) (?:my|the|a) (?:hotel|motel|airbnb)(?: room)?\b(?! (?:pool|breakfast|buffet|gym|lobby|restaurant|bar|beach))/,
    ],
    unless: [/\b(?:surprise|party|bday|birthday|present|gift)\b/],
    examples: {
      match: [
        "let's meet but don't tell your parents",
        'come alone ok',
        "tell your mom you're at a friend's",
        'just say ur sleeping at a friends house',
        'i booked us a hotel room',
        'meet me at my hotel',
        'we can get a room at a hotel',
        'dont tell anyone we are meeting',
      ],
      noMatch: [
        "don't tell them we're meeting for the surprise party",
        'we stayed at a hotel in spain, so nice',
        'we can go to the hotel pool after dinner',
        'i have to come alone to the party, my sister is sick',
        'tell your mom we are at the library till 5 pls',
      ],
    },
  },
  {
    id: 'en.meeting.plans',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: a plain plan to meet somewhere ("lets meet at the park", "meet me after school", "sneak out"). Friends make these plans all day; from a stranger it is the step to offline contact, so it counts at `high` and in combinations.',
    patterns: [
      /\b(?:let'?s|lets|we (?:should|could|can)|wanna|want to|u wanna|can we|shall we) (?:meet|link|link up|meet up|hang|hang out|chill)(?: up)? (?:at|in|near|by|behind|outside) (?:the|a|my|ur|your)\b/,
      /\bmeet me (?:after|before|at|outside|behind|near|by|in)\b/,
      /\bsneak (?:out|away|off)\b(?! (?:of|from) (?:class|school|the kitchen))/,
      /\b(?:you|u) should (?:come over|come round|come to mine|visit me|come visit)\b/,
      /\b(?:when can|can|could) i (?:come |come and |come over and )?(?:see|visit|meet) (?:you|u|ya)(?: (?:irl|in person|again|soon|this weekend|tomorrow|tmrw))?(?: ?\?|$)/,
    ],
    unless: [EVERYDAY_MEETING, /\b(?:lobby|server|vc|discord|online|realm|in game|minecraft|fortnite|roblox|bus|bring)\b/],
    examples: {
      match: ['u should come over', 'can i come see u', 'when can i see u again', 'lets meet at the park', 'meet me after school', 'sneak out and meet me', 'wanna link up at the shops later'],
      noMatch: ['lets meet at the library to study', 'meet me at practice', 'lets meet up with the squad'],
    },
  },
];

/** Friends' logistics: who drives, when, where we go next. */
const EVERYDAY =
  /\bafter (?:dinner|lunch)\b|\bmy (?:dad|mom|mum|parents|brother|sister)(?:'s| is| are| will|'ll)? (?:driving|drive|take|taking|coming)\b|\bwe'?ll (?:go|bike|walk) to\b/;


export const rules: RuleDef[] = withEverydayTwins(BASE, EVERYDAY, {
  'en.meeting.pick-up-travel': {
    match: ["i'll come to yours after dinner", "i'll pick you up at 7, we'll go to lisa's", 'i can come get u after lunch'],
    noMatch: ['mom will pick us up at 6', 'the bus is late', 'i picked up my phone'],
  },
});
