import type { RuleDef } from '../../types';

/**
 * Sextortion and post-abuse maintenance (Winters et al. 2020; NCMEC and Thorn reports on
 * financial sextortion of teens): threats to share images with friends, family or school unless
 * the teen pays, sends more images or keeps quiet, often with a deadline. Always high: the nudge
 * says "you are not to blame, don't pay, don't send more, keep the evidence, get help".
 */
/** Who the images would be shown to. */
const AUDIENCE =
  '(?:(?:all )?(?:of )?(?:your|ur|ya) (?:friends|followers|family|fam|parents|mom|mum|mam|dad|school|whole school|class|classmates|teachers?|contacts|brother|sister|bf|gf|boyfriend|girlfriend|team)|every ?one|everybody|every1|the whole school|the internet|social media)';
/** A wide audience: "them/it" plus this is a threat, "send it to your mom" alone is not. */
const WIDE =
  '(?:all (?:of )?(?:your|ur) (?:friends|followers|contacts|family|classmates)|(?:every ?one|everybody|every1) (?:you know|u know|at (?:your|ur) school|in (?:your|ur) (?:class|school|contacts))|(?:your|ur) (?:whole school|school|followers|contacts|classmates)|the whole school|the internet)';
const NUDES = '(?:nudes?|noods|naked (?:pics?|photos?|vids?|videos?)|nude (?:pics?|photos?)|nudies)';

export const rules: RuleDef[] = [
  {
    id: 'en.threat_sextortion.share-threat',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Threatens to send or post the teen\'s images or chats to friends, family, school or online (NCMEC/Thorn: the core sextortion threat).',
    patterns: [
      /\b(?:post|share|send|spread|upload|leak) (?:them|these|those|it|this|ur pics|your pics|everything) (?:everywhere|online|all over|to every ?one|to everybody)\b(?!.{0,15}\b(?:lol|haha|lmao|xd)\b)/,
      new RegExp(
        String.raw`\b(?:send|post|share|leak|upload|show|forward|spread|put|dm|tag|expose|sending|posting|sharing|leaking|showing)\b (?:all )?(?:of )?(?:your|ur|ya|these|those) ?(?:${NUDES}|pics?|pictures?|photos?|fotos?|vids?|videos?|dms|chats?|messages|screenshots?|recording)? (?:to|with|on|around|all over) ${AUDIENCE}\b`,
      ),
      new RegExp(
        String.raw`\b(?:send|post|share|leak|upload|show|forward|spread|put|sending|posting|sharing|leaking)\b (?:them|it|this|these|everything|all of (?:it|them)|the pics|the nudes|the vids?) (?:to|with|on|around|all over) ${WIDE}\b`,
      ),
      new RegExp(
        String.raw`\b(?:post|share|leak|upload|put|spread|send)\b (?:all )?(?:of )?(?:your|ur|ya|these|those|the|them|all)? ?${NUDES} (?:on|to|all over) (?:insta|instagram|snap|snapchat|tiktok|twitter|facebook|fb|reddit|discord|onlyfans|porn ?hub|porn sites?|online|the internet|everywhere|ur story|your story|my story)\b`,
      ),
      new RegExp(
        String.raw`\b(?:every ?one|everybody|every1|all (?:your|ur) (?:friends|followers|contacts)|(?:your|ur) (?:friends|followers|family|fam|parents|mom|mum|dad|school|whole school|class|classmates|teachers?|contacts))(?: (?:at|in) (?:your|ur) (?:school|class))? (?:will|gonna|is gonna|are gonna|r gonna|'?ll|ll|is going to|are going to|r going to|would|gets to|get to|will all|are all gonna) (?:all )?(?:see|know|find out|get|receive|have) (?:about )?(?:your|ur|these|those|what you|what u|how you|u|you)? ?(?:${NUDES}|pics?|pictures?|photos?|vids?|videos?|body|naked|sent me|did|look like naked|chats?|messages)\b(?! (?:from|of|at) (?:the|our|my|that)\b)`,
      ),
      /\b(?:every ?one|everybody|every1) (?:at|in) (?:your|ur) (?:school|class)\b (?:will|is gonna|are gonna|'?ll|gonna|is going to) (?:(?:see|get|have) (?:this|it|them|these|everything)\b|(?:see|know|find out)(?: ?\?|$| what| how))|\b(?:i'?ll|ill|i will|i'?m gonna|imma|i'?m going to|or i) (?:\w{1,8} )?(?:send|show|forward|post) (?:this|it|these|them|everything|ur pics|your pics|ur nudes|your nudes) to (?:ur|your) (?:mum|mom|dad|parents|family|friends|school|teachers?|followers|contacts|whole school)\b(?!.{0,15}\b(?:lol|haha|lmao|xd)\b)|\bi (?:still )?(?:have|got|saved|kept) (?:all )?(?:your|ur) (?:pics|photos|pictures|vids|videos)(?: ?\?|$| now| still| and)|\b(?:i'?ll|ill|i will|gonna|imma|i'?m gonna|i can) make (?:it|this|them|these|u|you|ur (?:pics|nudes|photos|vids|videos)|your (?:pics|nudes|photos|vids|videos)) go viral\b|\bi (?:have |got |already )?(?:screenshotted|screenshoted|screen ?recorded|recorded|saved) (?:everything|it all|all of it|the whole (?:call|chat|convo|thing|facetime))\b(?! (?:from|in|on|for) (?:the|our|my)\b)/,
      /\ball (?:your|ur) (?:friends|followers|contacts|classmates) (?:will|are gonna|'?ll|gonna|are going to) (?:see|get|have) (?:this|it|them|these|everything)\b/,
      /\b(?:show|send|tell) (?:your|ur) (?:parents|mom|mum|dad|family|friends|school|teacher|teachers|followers) (?:what|how) (?:you|u) (?:sent|send|did|look like|showed)\b/,
      /\bmake sure (?:every ?one|everybody|every1|all (?:your|ur) (?:friends|followers|contacts)|(?:your|ur) (?:parents|mom|mum|dad|friends|school|family)) (?:sees?|gets?|knows?|finds out)\b/,
      new RegExp(String.raw`\b(?:i'?ll|ill|i will|im gonna|i'?m gonna|imma|i'?m going to|im going to) (?:post|leak|share|send|spread|upload|sell) (?:all )?(?:of )?(?:your|ur) ${NUDES}\b`),
      /\b(?:leak|expose|ruin|destroy)\b (?:\w{1,15} )?(?:you|u|ya|your (?:life|reputation|future|pics|nudes|photos|vids|videos|pictures)|ur (?:life|reputation|future|pics|nudes|photos|vids|videos|pictures)|them|it all|everything|the (?:pics|nudes|photos|vids|videos|pictures))\b/,
      /\bi (?:already |still )?(?:have|got|saved|kept) (?:all )?(?:your|ur) (?:pics|nudes|photos|pictures|vids|videos)\b(?! (?:from|of) ).{0,30}\b(?:every ?one|everybody|every1|(?:your|ur) (?:parents|friends|mom|mum|dad|school|family|followers)) (?:will|is gonna|are gonna|gonna|'?ll|is going to|are going to) see\b/,
      /\b(?:i (?:have|got|saved|kept|recorded|screenshotted|screenshoted|screen ?recorded) (?:all )?(?:of )?(?:your|ur|ya|our) (?:nudes?|noods|naked (?:pics?|photos?|vids?|videos?)|nude (?:pics?|photos?)|video call|facetime|cam|sexts?|pics and|dirty))\b/,
    ],
    unless: [
      /\b(?:album|song|trailer|spoilers?|the leaked|got leaked|was leaked|homework|answers|recipe|notes)\b/,
      /\b(?:jk|just kidding|expose (?:you|u|him|her) for)\b|\b(?:they|she|he|it|that|this|u|you) (?:always |just |would )?(?:ruin|ruins|destroy|destroys) (?:everything|it all)\b/,
      /\b(?:at|in) (?:fifa|fortnite|cod|warzone|valorant|chess|mario ?kart|smash|minecraft|roblox|2k\d{0,2}|madden|rocket league|ranked|the (?:game|match|race|quiz))\b|\b(?:1v1|rematch)\b/,
    ],
    examples: {
      match: [
        "i'll post these everywhere",
        "i'll send this to ur mum",
        'i have ur pics',
        'everyone at ur school will see',
        "i'll make it go viral",
        'i screenshotted everything',
        "i'll send your pics to all your friends",
        'im gonna post ur nudes on insta',
        'everyone at your school will see your pics',
        'ur parents are gonna see these pics',
        'ur parents r gonna see ur nudes',
        'i will leak ur nudes',
        'i will ruin your life',
        'i screenshotted your nudes',
        'i recorded our video call',
        "i'll show your parents what u sent me",
        'everyone at your school is gonna see this',
        "i'll make sure everyone sees your nudes",
        'im sending ur pics to ur mom if u ignore me',
        'dont bother blocking, i still have ur nudes and ur friends will see',
      ],
      noMatch: [
        "i'll post these everywhere lol theyre so funny",
        "i'll send this to ur mum lol she'll love it",
        'i have ur pics from the trip',
        'i screenshotted everything from the group chat',
        'everyone in ur class will see the play',
        "i'll send the pics to your mom tonight so she can see the trip",
        'i will post the group photo on insta later',
        'the new album leaked lol',
        'send the notes to everyone in the class pls',
        'i have ur pics from the party, want them?',
        'everyone is going to see the video in class tomorrow',
        "i'm gonna expose you for eating my fries lol",
        'ima ruin u in mario kart later',
        'i got ur pics from the trip, ur mom will see them on fb',
        'ugh my brother ruins everything',
      ],
    },
  },
  {
    id: 'en.threat_sextortion.demand-or-else',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'A demand (money, more images) tied to a threat ("pay or I post it", "send more or everyone sees").',
    patterns: [
      /^(?:\w{1,8} )?pay (?:me|up)(?: now| rn| right now| today| asap| or else)? ?\??$|\bpay up\b/,
      /\b(?:pay|send|venmo|transfer|give me|cashapp|paypal|tikkie)\b.{0,20}\b(?:or|otherwise|unless|if (?:you|u) (?:don'?t|do not|won'?t|refuse))\b (?:i'?ll |i will |i |i'?m gonna |i'?m |imma |they |then |i just )?(?:post|posting|leak|leaking|share|sharing|expose|spread|upload|send (?:it|them|these|this|everything|your|ur)|sending (?:it|them|these|this|your|ur)|every ?one (?:will |gets? to |is gonna )?sees?|everybody (?:will |gets? to )?sees?|(?:your|ur) (?:parents|mom|mum|dad|friends|followers|school|family) (?:will |are gonna |is gonna )?(?:see|get|know)|(?:your|ur|the) (?:nudes?|pics?|photos?|vids?|videos?) (?:go|goes|will go|get posted|are going|'?ll go|get sent|gets sent) (?:online|public|viral|everywhere|out|to (?:every ?one|everybody|every1|all (?:your|ur) (?:friends|followers|contacts)|(?:your|ur) (?:parents|mom|mum|dad|friends|school|family|followers))))\b/,
      /\b(?:pay|send (?:me )?(?:\d|money|cash|dollar)|transfer|gift ?cards?|venmo|cashapp|cash app|paypal)\b.{0,30}\b(?:or else|or (?:you'?ll |u'?ll |you will |u will )?regret)\b|\b(?:you|u) (?:have|got) (?:\d{1,2}|one|two|three|an?) ?(?:hours?|hrs?|h)(?: left| starting now)?(?: ?\?|$)|\b(?:tick tock|clock'?s ticking|the clock is ticking)\b/,
      /\b(?:reputation|life|future|over|ruin|ruined|regret|exposed?|every ?one|everybody)\b.{0,20}\bif (?:you|u|ya) (?:don'?t|do not|won'?t|refuse to) (?:pay|send)\b/,
      /\b(?:i'?ll|i will|i'?m gonna|imma|ima|i'?m going to) (?:just |literally |def |definitely |actually |really )?(?:post|leak|share|expose|spread|upload|send (?:them|it|these|this|everything|your|ur|all)|show (?:them|it|these|everyone|every1))\b.{0,20}\b(?:unless|if (?:you|u|ya) (?:don'?t|do not|won'?t|refuse|block|ignore|tell|report|stop|say no)|or else|until (?:you|u) (?:pay|send))\b/,
      /\b(?:you|u) (?:have|got) (?:\d{1,6}|one|two|three|an?|till|until) ?(?:hours?|hrs?|h|minutes?|mins?|days?|tonight|midnight)? (?:to )?(?:pay|send|transfer)\b/,
      /\b(?:pay|send|transfer)\b.{0,20}\b(?:within|in the next|before) (?:\d{1,6}|one|two|an?) ?(?:hours?|hrs?|h|minutes?|mins?)\b/,
      /\b(?:or|otherwise) (?:\w{1,15} )?(?:every ?one|everybody|every1|the whole school|all (?:your|ur) (?:friends|followers|contacts)|(?:your|ur) (?:parents|mom|mum|dad|friends|family|school|followers)) (?:will |is gonna |are gonna |gets? to |'?ll )?(?:see|sees|know|knows|find out|finds out|gets? (?:them|it|these|the pics))\b/,
      /\bhow much (?:can|could|will) (?:you|u) pay\b/,
      /\b(?:or|otherwise|else|(?:hours?|hrs?|mins?|minutes?|days?|midnight) then)\b (?:\w{1,15} )?(?:it|they|them|everything|(?:the|your|ur|these|those) (?:pics?|photos?|nudes?|vids?|videos?)) (?:goes|go|gets? (?:posted|leaked|sent)|will go|'?ll go|is going|are going) (?:around|online|public|viral|everywhere|(?:on|to) (?:insta|snap|tiktok|twitter|reddit|the internet|every ?one|(?:your|ur) (?:school|parents|followers|friends)))\b/,
      /\bdo (?:what|as) i (?:say|tell (?:you|u))\b.{0,20}\b(?:or|otherwise|unless|else)\b|\b(?:you|u) (?:better|had better|'?d better) (?:do what i (?:say|tell (?:you|u))|do as i say)\b/,
      /\bif (?:you|u|ya) (?:don'?t|do not|won'?t|refuse to|stop) (?:pay|send|do (?:it|what i say)|give)\b.{0,20}\b(?:post|leak|share|expose|spread|upload|send) (?:them|it|these|this|everything|all of (?:it|them)|ur|your|the pics|the nudes|the video)\b/,
    ],
    unless: [/\b(?:surprise|spoilers?|the ending|homework|answers|notes|lol|haha|jk|kidding)\b/],
    examples: {
      match: [
        'pay me now',
        'u better do what i say',
        'u have 24 hours',
        'send 200 in gift cards or else',
        'tick tock',
        'pay me 500 or i post them',
        'send more pics or everyone sees',
        "i'll leak everything unless you pay",
        'u have 24 hours to pay',
        'send 200 euro within 1 hour',
        'send it or ur parents will see',
        'send 500 or your nudes go online',
        'pay now or regret it',
        'pay or ur pics go to everyone',
        'ur reputation is over if u dont pay',
        'how much can u pay',
        'if u dont send more i will post them',
        'do what i say or i post it',
        'send another one or ur video goes online',
        'u got 2 hours. then they go to ur school',
        "transfer it now or i'm sharing everything",
      ],
      noMatch: [
        'u have 2 hours for the exam tomorrow, good luck',
        'give me back my hoodie or else lol',
        "i'll send you the notes if u dont have them",
        'you have 2 hours to finish the test',
        'pay me back or ill cry lol',
        'hurry or everyone sees the surprise!!',
        'send the pics before 5 pls',
        'hurry up or the cake goes cold',
      ],
    },
  },
  {
    id: 'en.threat_sextortion.silence',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Threatens consequences if the teen tells, blocks or reports, or says no one will believe them (preventing disclosure, Winters et al. 2020).',
    patterns: [
      /\bif (?:you|u|ya) (?:\w{1,10} )?(?:block|report|tell|ignore|unadd|unfriend|delete)\b.{0,25}\b(?:go|goes|get|gets|will go|are going) (?:public|online|viral|posted|leaked|sent|everywhere|out)\b/,
      /\bif (?:you|u|ya) (?:ever )?(?:tell|block|report|ignore|unfriend|unadd|delete me|don'?t reply|don'?t answer|don'?t respond|stop (?:answering|replying|talking to me)|go to the (?:police|cops)|tell the (?:police|cops)|snitch|leave me)\b.{0,20}\b(?:post|send (?:them|it|these|your|ur|everything)|leak|share|expose|show (?:every|them|it|your|ur)|ruin|regret|sorry|hurt|find you|find u|come for|(?:every ?one|every1|everybody|(?:your|ur) (?:whole )?(?:school|class|parents|friends|followers)) (?:will |is gonna |gets to )?sees?)\b/,
      /\bno ?one (?:will|would|is gonna|gonna|'?ll) (?:ever )?believe (?:you|u|ya)\b/,
      /\bi know where (?:you|u) (?:live|go to school)\b(?! (?:lol|haha|we'?re|we are))/,
      /\b(?:you'?ll|u'?ll|you will|u will) (?:get|be) in (?:so much |big |more |real )?trouble (?:too|as well|also|not me)\b/,
      /\bkeep (?:quiet|your mouth shut|ur mouth shut|it shut|quite|silent|ur mouth closed|your mouth closed)\b.{0,20}\b(?:or|else|otherwise|unless)\b/,
      /\b(?:it'?s|it is) (?:all )?(?:your|ur) (?:own )?fault\b.{0,20}\b(?:you|u) (?:sent|send|started|wanted)\b/,
      /\b(?:you|u) (?:sent|send) (?:them|it|those|the pics|these) (?:yourself|urself|ur self|voluntarily|first)\b/,
    ],
    unless: [/\b(?:lol|lmao|haha|jk|just kidding)\b.{0,10}$/],
    examples: {
      match: [
        'if u block me ur pics go public',
        'if you tell anyone i will post everything',
        'if u block me you will regret it',
        "if u dont reply i'll post ur nudes",
        'no one will believe you',
        'i know where u live and i have ur pics',
        "you'll get in trouble too",
        'keep quiet or else',
        'u sent them urself so its ur fault',
        'if u report me ur whole class sees everything',
      ],
      noMatch: [
        'if you tell mr smith i will be so mad lol',
        'no one will believe how good this cake is',
        'you will get in trouble if you are late again',
        'keep quiet in the library pls',
        'i know where u live lol we are neighbours',
      ],
    },
  },
];
