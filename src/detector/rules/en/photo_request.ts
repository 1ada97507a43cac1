import type { RuleDef } from '../../types';

/**
 * Requests for images and video of the teen: the goal stage in Elliot (2017) and the start of
 * most sextortion (NCMEC and Thorn reports). Photos of the teen are medium; body, underwear and
 * nude requests are high. Fake "coaches" who target teens with eating disorders ask for
 * body-check and progress photos (front, side, back; tight clothes; underwear), which are high.
 * Photos of homework, timetables, pets or the group are everyday talk and must not fire.
 */
const EVERYDAY_PHOTO =
  /\b(?:homework|hw|notes|timetable|schedule|rooster|worksheet|assignment|answers|page|slides?|board|whiteboard|menu|receipt|tickets?|group (?:photo|pic|picture|selfie)|class (?:photo|pic|picture)|team (?:photo|pic|picture)|dog|cat|puppy|kitten|hamster|bunny|horse|cake|food|drawing|art|painting|project|poster|map|screenshot|score|results|grades?|view|sunset|concert|trip|vacation|holiday|the party|recipe|book|exercise book|bike|car|shoes|room number)\b/;

export const rules: RuleDef[] = [
  {
    id: 'en.photo_request.pic-of-you',
    category: 'photo_request',
    severity: 'medium',
    note: 'Asks for a photo or selfie of the teen, or "what do you look like".',
    patterns: [
      /\b(?:send|snd|sen|show|give|gimme|share|drop|post|take|snap|dm|text|got|have|any|wanna see|want to see|i want|i need|can i have|can i get|can i see|lemme see|let me see) (?:me |us )?(?:a |an |some |another |more |1 |one |ur |your |a quick |a new |a cute |a recent |a real |a current )?(?:pics?|pix|pictures?|photos?|fotos?|selfies?|snaps?|vids?|videos?|face ?pics?|face ?reveal) (?:of (?:you|u|ya|yourself|urself|ur self|your self|ur face|your face)|(?:of )?(?:you|u|ya) (?:rn|right now|now|today|pl[sz]{1,3}|please))\b/,
      /\b(?:send|snd|show|gimme|give me|drop|dm|snap) (?:me )?(?:a |an |some |another |one |1 )?(?:selfie|selfies|face ?pics?|face ?reveal)\b/,
      /^(?:send |snd |and |so |now |ok |k |ur |your )?(?:a )?(?:pic|photo|selfie|selfies|face ?pic|photo photo|pic pic)(?: (?:pl[sz]{1,3}|please|pleasee?|rn|now|first|then|too))? ?\??$/,
      /\bselfie ?\?/,
      /\b(?:what|wat|how) (?:do|does|d) (?:you|u|ya) (?:\w{1,15} )?look like\b/,
      /\bshow (?:me )?(?:what (?:you|u|ya) look like|(?:your|ur) face|yourself|urself|ur self|your self)\b/,
      /\b(?:let me|lemme|can i|could i|wanna|want to|i wanna|i want to|i need to) see (?:ur face|your face|what (?:you|u) look like|yourself|urself|more of (?:you|u)|(?:you|u) (?:rn|right now|now))\b/,
      /\b(?:send|show|take) (?:me )?(?:a )?(?:pic|photo|picture|selfie|snap) (?:rn|right now|now)\b(?! (?:of|from) (?:the|this|that|my|our)\b)/,
    ],
    unless: [EVERYDAY_PHOTO],
    examples: {
      match: [
        'send me a pic of u',
        'can i see a selfie?',
        'pic?',
        'pic pls',
        'what do u look like',
        'show me your face',
        'lemme see u rn',
        'send 📸 of you',
        'selfie rn?',
      ],
      noMatch: [
        'send me a pic of the homework',
        'can u send the group photo',
        'pic of the timetable pls',
        'send pics of the trip!!',
        'what does the new teacher look like',
        'what does it look like',
        'omg send a pic of ur dog',
        'pics??',
      ],
    },
  },
  {
    id: 'en.photo_request.cam-video',
    category: 'photo_request',
    severity: 'medium',
    note: 'Asks for a video call, to turn on the camera, or to livestream for them.',
    patterns: [
      /\b(?:can we|wanna|want to|let'?s|lets|shall we|we should|u wanna|you wanna|r u down to|down to|come on|get on|hop on|jump on|go on|turn on|wanna go on|can u|can you|will u|will you) (?:\w{1,15} )?(?:facetime|ft|video ?call|vid call|video chat|videochat|cam|webcam|camera|skype|zoom|vc with cam)\b(?! (?:with|for) (?:the|my|ur|your) (?:class|group|team))/,
      /\b(?:turn|switch|put|flip) (?:on )?(?:your|ur|ya|the) (?:cam|camera|webcam|video)(?: on)?\b/,
      /^(?:ft|facetime|cam|vc|video ?call|on cam|cam on|webcam)\b ?\??$/,
      /\b(?:go|be) (?:live|on live) for me\b/,
      /\b(?:send|make|record|film) (?:me )?(?:a |an |some )?(?:video|vid|clip|vids|videos) of (?:you|u|yourself|urself|ur self)\b/,
      /\b(?:show|film|record|livestream) (?:yourself|urself|ur self|your self)\b/,
    ],
    unless: [
      /\b(?:project|homework|hw|assignment|study|studying|revise|revision|presentation|grandma|granny|grandpa|nana|oma|opa|aunt|auntie|uncle|cousin|class|lesson|teacher|meeting|tutor|mr|mrs|ms|miss|sir|juf|meneer)\b/,
      /\b(?:turn|switch|put|take) (?:\w{1,15} )?off\b/,
    ],
    examples: {
      match: [
        'can we facetime?',
        'ft?',
        'turn on ur cam',
        'wanna video call rn',
        'hop on cam',
        'send me a vid of urself',
        'go live for me',
      ],
      noMatch: [
        'lets facetime later for the project',
        'mom says facetime grandma at 7',
        'turn off your camera the wifi is bad',
        'can u film the match for my dad',
        'i bought a new camera for the trip',
      ],
    },
  },
  {
    id: 'en.photo_request.nudes',
    category: 'photo_request',
    severity: 'high',
    note: 'Asks for nudes or sexual images ("send nudes", "spicy pics", "trade pics").',
    patterns: [
      /\b(?:send|snd|sen|show|trade|swap|exchange|give|gimme|any|want|wanna|wanna see|want to see|see|share|drop|more|some|ur|your|do u have|do you have|got any|i want|i need|can i get|can i have|lemme see|let me see|for) (?:me |us |a )?(?:\w{1,15} )?(?:nudes?|noods?|noodz|nudez|nudz|nudies|n00ds|nude pics?|naked pics?|naughty pics?|spicy pics?|sexy pics?|dirty pics?|private pics?|lewds?|nsfw pics?|titty pics?|booty pics?|dick pics?|d pics?)\b/,
      /^(?:nudes?|noods?|noodz|nudez|nudz|nsfw|lewds?)\b ?\??$/,
      /\bsend ?(?:me ?)?(?:some ?)?(?:nudes?|noods?|noodz|nudez|nudz|nudies)\b/,
      /\b(?:trade|swap|exchange) (?:pics|pictures|photos|snaps)\b(?! (?:of|from) (?:the|our|my))/,
      /\b(?:i'?ll|ill|i will|i can) (?:send|show) (?:you|u) mine (?:if|first|too)\b/,
      /\b(?:see|seeing) (?:you|u|ya) (?:naked|nude|topless|undressed|without (?:any )?clothes|with no clothes)\b/,
      /\b(?:pics?|pictures?|photos?|snaps?|vids?|videos?|show me|send me)\b.{0,20}\b(?:naked|nude|topless|shirtless|undressed|without (?:any )?clothes|with no clothes|no clothes on|nothing on|in the shower|in the bath)\b/,
      /\b(?:naked|nude|topless|undressed|without (?:any )?clothes|no clothes on|nothing on)\b.{0,20}\b(?:pics?|pictures?|photos?|selfies?|snaps?|vids?|videos?|for me|on cam|on facetime)\b/,
    ],
    unless: [
      /\b(?:leaked|leaking|got leaked|reported|report him|report her|block him|block her|he sent me|she sent me|someone sent me|never send|don'?t send|dont send|do not send)\b/,
      /\b(?:shirtless|topless) (?:day|run|at the beach|guy|guys|man)\b/,
    ],
    examples: {
      match: [
        'send nudes',
        's3nd n00dz',
        'wanna trade pics? 😏',
        'send me a naked pic',
        'show me a pic without clothes',
        'nudes?',
        'i can send u mine first',
        'send me some n u d e s',
        's e n d  n u d e s',
        'i want to see you naked',
      ],
      noMatch: [
        'someone leaked nudes of a girl in our school, so gross',
        'he sent me a dick pic ew i blocked him',
        'never send nudes to anyone',
        'can u send the pics from the trip',
        'trade pics of the trip later?',
        'this server has some nsfw channels, leave it',
      ],
    },
  },
  {
    id: 'en.photo_request.body',
    category: 'photo_request',
    severity: 'high',
    note: 'Asks for photos of the teen\'s body, in underwear, swimwear or tight clothes, or of specific body parts.',
    patterns: [
      /\b(?:send|snd|show|gimme|drop|snap|dm|wanna see|want to see|let me see|lemme see|can i see|i wanna see|i want to see) (?:me )?(?:(?:a |an |some |more |another |1 )?(?:\w{1,15} )?(?:pics?|pix|pictures?|photos?|fotos?|selfies?|snaps?|vids?|videos?) (?:of )?)?(?:your|ur|ya|yo) (?:whole |full |naked |bare |sexy |hot |nice |cute |little |beautiful |big |small )?(?:body|boobs|tits|titties|breasts|chest|ass|butt|booty|bum|thighs|legs|feet|toes|belly|stomach|tummy|abs|waist|hips|nipples|pussy|vagina|dick|cock|penis|privates|private parts|underwear|undies|bra|panties|thong|boxers|bikini|lingerie)\b/,
      /\b(?:pics?|pix|pictures?|photos?|fotos?|selfies?|snaps?|vids?|videos?) of (?:your|ur|ya|yo) (?:whole |full |naked |bare |sexy |hot |nice |cute |little |beautiful |big |small )?(?:body|boobs|tits|titties|breasts|chest|ass|butt|booty|bum|thighs|legs|feet|toes|belly|stomach|tummy|abs|waist|hips|nipples|pussy|vagina|dick|cock|penis|privates|private parts|underwear|undies|bra|panties|thong|boxers|bikini|lingerie)\b/,
      /\b(?:pics?|pix|pictures?|photos?|fotos?|selfies?|snaps?|vids?|videos?|show me|send me|let me see|lemme see|wanna see|want to see|see (?:you|u)|on cam|facetime|ft)\b.{0,20}\b(?:in|wearing|just|only|nothing but) (?:your |ur |a |just |only |ya |some |tight |that )?(?:underwear|undies|bra|panties|thong|boxers|bikini|swimsuit|swim suit|bathing suit|lingerie|towel|sports bra|leggings|crop top|tight clothes|tight clothing|tight shirt|short shorts|pjs|pyjamas|pajamas|nightie)\b/,
      /\b(?:bikini|swimsuit|bathing suit|underwear|undies|lingerie|bra|panties|thong|boxers|shower|bath|body|booty|ass|feet|butt) (?:pics?|pix|pictures?|photos?|fotos?|selfies?|snaps?|vids?|videos?)\b/,
      /\b(?:take off|taking off|remove|without|w\/o|with no|lift|pull up|pull down) (?:your |ur |ya |the )?(?:shirt|top|tshirt|t shirt|bra|pants|trousers|skirt|dress|shorts|clothes|hoodie|jeans|underwear|towel)\b.{0,20}\b(?:pics?|pictures?|photos?|selfies?|snaps?|vids?|videos?|cam|for me|show me|send)\b/,
      /\b(?:pics?|pictures?|photos?|selfies?|snaps?|vids?|videos?|cam|show me|send me|let me see|lemme see)\b.{0,20}\b(?:take off|taking off|remove|without|w\/o|with no|lift|pull up|pull down) (?:your |ur |ya |the )?(?:shirt|top|tshirt|t shirt|bra|pants|trousers|skirt|dress|shorts|clothes|hoodie|jeans|underwear|towel)\b/,
    ],
    unless: [
      EVERYDAY_PHOTO,
      /\b(?:injury|injured|rash|bruise|cut|swollen|doctor|nurse|cast|sprain|sprained|broken|tattoo|new shoes|sneakers|outfit for)\b/,
    ],
    examples: {
      match: [
        'send a pic of ur body',
        'show me your legs',
        'pic in ur bikini?',
        'send me a pic of u in ur underwear',
        'bikini pics?',
        'take off ur shirt and send a pic',
        'lemme see u in a sports bra',
        'send me ur 🍑',
      ],
      noMatch: [
        'send me a pic of your new shoes',
        'show me your drawing',
        'can i see your notes from bio',
        'send a pic of ur ankle, is it swollen?',
        'pic of the team in our new shirts',
        'send me the pic without the filter',
        'take care of your body and drink water',
      ],
    },
  },
  {
    id: 'en.photo_request.body-check',
    category: 'photo_request',
    severity: 'high',
    note: 'Fake "coach" asking a teen with an eating disorder for body-check or progress photos (front/side/back, on the scale, tight clothes, doing exercises): a known route to sexual exploitation.',
    patterns: [
      /\b(?:body ?checks?|bodycheck|progress (?:pics?|pix|photos?|pictures?|vids?|videos?|shots?|selfies?|check)|weigh ?in (?:pics?|photos?|proof|video|vid)|scale (?:pics?|photos?|proof)|check ?in (?:pics?|photos?))\b/,
      /\b(?:front|side|back)(?: view)?(?: and| n|,)? (?:front|side|back)(?: view)?(?: and| n|,)? (?:front|side|back)\b/,
      /\bfrom (?:the )?(?:front|side|back) (?:and|n) (?:the )?(?:front|side|back)\b/,
      /\b(?:ana|mia|ed|skinny|pro ?ana|thinspo|meanspo) (?:coach|buddy|mentor|mommy|daddy)\b/,
      /\b(?:i'?ll|ill|i can|i could|let me|lemme|want me to|need) (?:send (?:you|u) |give (?:you|u) |be (?:your|ur) )?(?:meanspo|thinspo)\b/,
      /\bso i can (?:see|check|track|watch|monitor) (?:\w{1,15} )?(?:progress|how much (?:you|u) (?:lost|weigh|ate)|your body|ur body|if (?:you|u) (?:lost|gained)|your weight|ur weight)\b/,
      /\b(?:pics?|photos?|pictures?|proof|screenshot|vid|video)\b.{0,15}\bon the scale\b/,
      /\b(?:film|record|vid|video|pic|pics|photo|photos) (?:of )?(?:yourself|urself|ur self|you|u) doing (?:the |your |ur |some )?(?:exercises?|workouts?|squats|crunches|situps|sit ups|jumping jacks|stretches|splits|planks?)\b/,
    ],
    unless: [/\b(?:pe class|gym class|physio|physiotherapist|for school|the teacher|mr|mrs|ms|miss)\b/],
    examples: {
      match: [
        'send me ur body check for today',
        'progress pics: front side back',
        'i need a pic on the scale every morning',
        'im your ana coach now, send a weigh in pic',
        'film urself doing the exercises in tight clothes',
        'so i can see how much u lost',
      ],
      noMatch: [
        'my progress report is due friday',
        'pro ana accounts are so scary, report them',
        'the teacher wants a video of us doing the exercises for pe class',
        'back and forth all day lol',
        'i put the books back on the side',
      ],
    },
  },
];
