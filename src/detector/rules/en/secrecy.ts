import type { RuleDef } from '../../types';

/**
 * Secrecy keeps the contact invisible to the adults who could intervene (Elliot 2017; Winters et
 * al. 2020, isolation and post-abuse maintenance). Everyday secrets (a surprise party, a
 * present, a spoiler, a crush) name what is secret; grooming secrecy is about "us", "me", "this
 * chat", or is said with no object at all.
 */
const EVERYDAY_SECRET =
  /\b(?:surprise|party|bday|birthday|present|presents|gift|gifts|spoilers?|ending|episode|season|secret santa|mothers day|fathers day|christmas|xmas|sinterklaas|test|exam|quiz|answers|homework|grade|grades|score|crush|cake|cookies?|vase|broke|broken|mess)\b/;

/** Confiding a crush or a feeling of one's own ("keep it between us but i like tom"). */
const OWN_CONFIDENCE =
  /\bi (?:think i |kinda |really |lowkey )?(?:like|have a crush on|kissed|fancy) (?!(?:you|u|ya|it when)\b)\w{1,15}|\bbut (?:i|im|i'?m|my|we|we'?re)\b(?! (?:really |think |kinda |just )?(?:like|love|miss|want|wanna|need|think (?:you|u|ur)|can'?t stop)\b)/;

export const rules: RuleDef[] = [
  {
    id: 'en.secrecy.dont-tell',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks the teen not to tell anyone (parents, friends) about the contact or the chat.',
    patterns: [
      /\b(?:don'?t|do not|dnt|never|can'?t|cannot|shouldn'?t|mustn'?t|better not|no need to|(?:you|u) (?:won'?t)) (?:ever )?(?:tell|tel|mention (?:it|this|me|us) to|show (?:this|it|these) to|say (?:anything )?to|talk to) (?:any ?one|any1|anybody|no ?one|nobody|your (?:parents|mom|mum|dad|friends|family|sister|brother|teacher|bff|bestie)|ur (?:parents|mom|mum|dad|friends|family|fam|sister|brother|teacher|bff|bestie)|them|people|ppl|mom|dad)(?: else)? (?:about|bout|abt|of|that) (?:us|me|this chat|this|our (?:chats?|convos?|conversations?|talks?|secret|messages|relationship|thing|friendship|calls?|pics)|what we (?:do|did|talk|say|said|have|share|are|text|send)|we|me and (?:you|u)|(?:you|u) and me|we talk|we'?re talking|you'?re talking to me|(?:you|u|ur|you'?re) (?:talking|chatting|texting) (?:to|with) me)\b/,
      /\b(?:don'?t|do not|dnt|never|can'?t) (?:tell|show|let) (?:any ?one|any1|anybody|no ?one|your (?:parents|mom|mum|dad|friends|family|sister|brother)|ur (?:parents|mom|mum|dad|friends|family|fam|sister|brother)|them|people) (?:know )?(?:that )?(?:we|we'?re|you'?re|ur|u r|you are|u|you) (?:talking|talk|chatting|chat|texting|text|friends|dating|together|in contact|speaking|meeting|meet|hanging|know each other)\b/,
      /^(?:(?:and|but|also|ok|okay|pls|plz|please|just|remember|oh and|btw|so|k|kk|oh|hey|but yeah|def|definitely|seriously|srsly|really|and def) ){0,2}(?:don'?t|do not|dnt) (?:tell|tel) (?:any ?one|any1|anybody|no ?one|(?:your|ur) (?:parents|mom|mum|dad|friends|family|fam|teachers?|mentor|coach|sister|brother|bff|bestie))(?: (?:ok|okay|k|kk|pls|plz|please|alright|aight|yeah|right|tho|promise|lol|haha|ever|yet|babe|baby|hun|sweetie|secret|sh{1,2}|ssh{1,2})){0,3}(?: ?\?)?(?:$| but\b)/,
      /\b(?:don'?t|do not|dnt|never) (?:mention|talk about) (?:me|us|this|our (?:chats?|convos?|talks?)) (?:to|with) (?:any ?one|any1|anybody|your|ur|people|ppl|them)\b/,
      /\b(?:you|u) (?:didn'?t|haven'?t|did not|never) (?:tell|told|show|showed|mention|mentioned) (?:any ?one|any1|anybody|your (?:parents|mom|mum|dad|friends|family)|ur (?:parents|mom|mum|dad|friends|family)|them|people) (?:about )?(?:us|me|this|our (?:chats?|convos?|talks?|messages)|what we)\b/,
      /\b(?:don'?t|do not|never) (?:show|send|forward|screenshot) (?:any ?one|anybody|any1|your (?:parents|mom|mum|dad|friends)|ur (?:parents|mom|mum|dad|friends)|people|them) (?:our (?:chats?|convos?|messages|msgs|texts|dms|pics|photos|conversation)|these (?:messages|msgs|chats|texts)|my (?:messages|msgs|texts|dms|pics)|what i (?:send|sent|text|texted|say|said|write))\b/,
      /\bif (?:you|u|ya) (?:ever )?(?:tell|told|show|snitch)\b.{0,25}\b(?:we'?re|we are|we r|it'?s) (?:done|over|finished|through)\b/,
      /\bpromise (?:you|u|ya|me you|me u|me) (?:won'?t|will not|will never|wont ever|never|not to|don'?t) (?:tell|say|say anything|mention)\b/,
      /\b(?:don'?t|do not|dnt|never) (?:tell|mention|talk about) (?:\w{1,15} )?(?:to )?(?:your|ur) (?:parents|mom|mum|dad|friends|family|teacher|mentor|counsellor|counselor) (?:about|bout|abt) (?:me|us|this|what)\b/,
    ],
    unless: [EVERYDAY_SECRET, OWN_CONFIDENCE],
    examples: {
      match: [
        "don't tell anyone about us",
        'dont tell ur parents ok?',
        "don't tell ur mom about me",
        'you cant tell anyone that we talk',
        'promise u wont tell',
        'just dont tell anyone 🤫',
        'ok but dont tell ur parents',
        'never tell your friends about this chat',
        'dont mention me to anyone ok',
        'u didnt tell anyone about me right?',
        'dont show anyone our chats',
        'dont tell anyone but i think ur cute',
        'if u ever tell ur mom about this its over',
        'seriously dont tell ur coach',
        'dont show anyone what i texted u',
      ],
      noMatch: [
        "don't tell anyone about the surprise party!!",
        'dont tell mom i ate the last cookie',
        "promise you won't tell her about the present",
        'dont tell me the ending i havent watched it',
        'can u tell your mom im coming at 6',
        "i won't tell anyone about this, promise",
        'dont talk about me like that',
        'i cant talk rn, tell me about this later',
        "don't tell anyone about this but i'm moving to utrecht",
      ],
    },
  },
  {
    id: 'en.secrecy.our-secret',
    category: 'secrecy',
    severity: 'medium',
    note: 'Frames the contact as a shared secret ("our little secret", "just between us").',
    patterns: [
      /\bour (?:little |lil |special |own |tiny )?secret\b(?! (?:santa|handshake|menu|level|ending|recipe|code for the|base|hideout))/,
      /\b(?:this|it|that|us|we) (?:is|'?s|are|r|will be|stays?|has to be|must be) (?:a |our )(?:little |lil |special )?secret\b/,
      /\b(?:just|only|stays?|keep (?:it|this|that)|is|it'?s|strictly|all) between (?:us|you and me|u and me|me and you|me and u|ourselves|us two|the two of us)\b/,
      /\bbetween (?:us|you and me|u and me|me and you|me and u|ourselves)(?: (?:ok|okay|k|kk|right|yeah|alright|promise|secret|sh{1,2})){0,3} ?\??$/,
      /\bkeep (?:this|it|us|that|everything|our (?:chats?|convo|talks?|thing)) (?:a )?(?:secret{1,2}|private|quiet|hidden|on the (?:low|down ?low|dl)|to (?:yourself|urself|ur self)|(?:just )?(?:between|among) (?:us|ourselves))\b/,
      /\b(?:no ?one|nobody|no1) (?:else )?(?:can|needs to|has to|must|should|will ever|is allowed to|gotta) (?:ever )?know\b(?: (?:about )?(?:us|this|about this|we|that we|what we)\b| ?\??$| ok\b| right\b)/,
      /\bit'?s (?:better|safer) if no ?one knows\b/,
      /\b(?:your|ur) (?:parents|mom|mum|dad|friends|family|fam|teachers?) (?:don'?t|do not|dnt|doesn'?t) (?:need|have|gotta) (?:to )?know (?:about (?:us|me|this|our)|(?:that )?(?:we|we'?re|we r|u|you|ur|you'?re) (?:talk|talking|chat|chatting|text|texting|speak|dating|friends|together|know each other))\b/,
      /\bour (?:chats?|convos?|conversations?|talks?|messages|msgs|thing|relationship|friendship) (?:stay|stays|are|is|should stay|has to stay|have to stay|must stay|need to stay) (?:private|secret|between us|hidden|just ours)\b/,
    ],
    unless: [EVERYDAY_SECRET, OWN_CONFIDENCE, /\b(?:points?|goals?|difference|gap|places?|spots?|seconds?|metres?|meters?) between (?:us|you and me|u and me)\b|\bbetween (?:us|you and me|u and me) and\b/],
    examples: {
      match: [
        'this is our little secret',
        'keep this between us ok',
        'just between u and me 🤫',
        'keep it a secret from ur parents',
        'no one needs to know about us',
        'keep our chats private',
        'ur mom doesnt need to know we r talking',
        'its just our thing, nobody needs to know',
        'our convos stay private ok?',
      ],
      noMatch: [
        "it's a secret santa so keep it a secret",
        'keep it a secret, its her birthday surprise',
        'there are 3 points between us and ajax',
        'the secret level in mario is so hard',
        'the final is between us and the blue team',
        'keep your phone on silent in class',
        'keep it between us but i think i like tom',
        'can u keep a secret? i got a dog!!',
        'between you and me the new teacher is kinda mean',
        'keep this a secret but im getting a puppy!!',
      ],
    },
  },
  {
    id: 'en.secrecy.delete-chat',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks the teen to delete the chat or messages, removing the evidence an adult could find.',
    patterns: [
      /\b(?:delete|del|delet|clear|erase|wipe|remove|unsend) (?:all )?(?:of )?(?:this|our|these|the|ur|your|my|those|all) (?:whole |entire )?(?:chats?|convos?|conversations?|messages|msgs|texts|dms|chat history)\b(?! (?:in|from|of) the (?:group|class|team))/,
      /\b(?:delete|del|clear|erase|wipe) (?:it|this|them|every ?thing|that|these|those|the chat|our chat|the messages|my messages|(?:the|my|these|those) (?:pics?|photos?|vids?|videos?|snaps?))(?: all| now)? (?:after|once|when|before|right after|as soon as) (?:you|u|ya|reading|ur|you'?re|u r|u read|you read|you see|looking|watching)\b/,
      /\b(?:remember|make sure|don'?t forget) to (?:delete|clear|erase|wipe|unsend) (?:everything|it all|all of it|our (?:chats?|messages|convos?|texts)|the chat|this chat|these messages|my messages)\b/,
      /\bhide (?:our|this|these|my) (?:chats?|convos?|messages|msgs|texts|dms|conversation|conversations)\b/,
      /\b(?:after|once|when) (?:you|u|ya) (?:read|see|seen|saw|have read|'?ve read) (?:this|it|these|them|my (?:messages|texts|msgs))\b.{0,10}\b(?:delete|del|clear|erase|unsend)\b/,
      /\b(?:delete|clear|erase) (?:\w{1,15} )?(?:so|before) (?:no ?one|nobody|your (?:parents|mom|mum|dad)|ur (?:parents|mom|mum|dad|mam)|they|anyone) (?:\w{1,15} )?(?:sees?|finds?|reads?|checks?)\b/,
    ],
    unless: [/\b(?:group ?chat|class chat|team chat|group|groups|class|team|squad|spam|pics? of (?:me|my)|upload(?:ed)?|drive|i?cloud|backup)\b/],
    examples: {
      match: [
        'delete this chat after',
        'pls delete our messages',
        'delete everything when ur done reading',
        'delete this so ur mom doesnt see',
        'clear ur dms before ur parents check',
        'unsend these msgs',
        'after u read this delete it',
        'remember to delete everything',
        'hide our chat',
        'del my vids once u watched them ok',
      ],
      noMatch: [
        'delete the group chat photo pls its ugly',
        'i deleted tiktok to focus on exams',
        'can you delete that pic of me from ur story',
        'delete the spam messages in the group chat',
        'delete the chat with the old group',
        'remember to delete the old photos from the laptop',
        'delete the vids after u uploaded them to the drive',
      ],
    },
  },
  {
    id: 'en.secrecy.hide-from',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks the teen to hide the contact from parents or others ("so your parents don\'t see").',
    patterns: [
      /\bso (?:your|ur|ya) (?:parents|mom|mum|mam|dad|mother|father|family|fam|friends|sister|brother|teacher) (?:\w{1,15} )?(?:don'?t|won'?t|can'?t|do not|will not|doesn'?t|never) (?:\w{1,15} )?(?:see|find|read|know|notice|check|catch)\b/,
      /\b(?:hide|hidden|hiding) (?:\w{1,15} )?(?:from|frm) (?:your|ur) (?:parents|mom|mum|mam|dad|family|friends)\b/,
      /\b(?:don'?t|do not|never) let (?:your|ur|ya) (?:parents|mom|mum|mam|dad|family|friends|sister|brother) (?:\w{1,15} )?(?:see|find|read|know|catch)\b/,
      /\b(?:make sure|be careful|check) (?:that )?(?:no ?one|nobody|your (?:parents|mom|mum|dad)|ur (?:parents|mom|mum|dad)) (?:doesn'?t |don'?t |won'?t |can'?t |never |ever |else |can |will )?(?:sees?|reads?|finds? out|knows?)\b.{0,15}\b(?:us|me|this|our|chat|messages|texts|phone|talking)\b/,
      /\bchange my (?:name|contact name) (?:in|on) (?:your|ur) (?:phone|contacts)\b/,
      /\b(?:tell|say to|text) (?:your|ur) (?:parents|mom|mum|mam|dad|folks|family) (?:that )?(?:you'?re|ur|u r|you are|u are|you'?ll be|u'?ll be|you were|u were|you r) (?:(?:sleeping|staying) )?(?:over )?(?:at|with) (?:a |ur |your |some )?(?:friend|mate|bestie|bff|school|practice|library|training)/,
      /\bsave me (?:as|under) (?:a |another |some |a different |a girl'?s |a fake )?(?:name|girl|friend|contact)\b/,
    ],
    unless: [EVERYDAY_SECRET],
    examples: {
      match: [
        'so ur parents dont see',
        'hide it from your mom',
        "don't let your parents see our chat",
        'make sure nobody sees our messages',
        'make sure ur mom doesnt see this',
        'save me under a girls name in ur phone',
        'say to ur mum u r sleeping over at ur bestie',
        'change my name in ur contacts',
      ],
      noMatch: [
        'hide the present from your mom till sunday',
        "don't let your dog eat the cake",
        'make sure nobody sees the answers during the test',
        'so your mom knows where we are, text her',
      ],
    },
  },
  {
    id: 'en.secrecy.disappearing',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks to turn on disappearing messages, vanish mode or secret chats so no record of the conversation stays.',
    patterns: [
      /\b(?:turn|switch|put|set|use|go|enable|activate|try|start|change) (?:\w{1,15} )?(?:on |to |in |into |onto )?(?:disappearing|dissapearing|disapearing|vanish|vanishing|self ?destruct(?:ing|ion|s|ed)?|secret|view once|ephemeral|timed|auto ?delete) ?(?:messages|msgs|mode|chats?|texts|timer|setting|option|msg)?\b/,
      /\b(?:let'?s|can we|could we|we should|should we|pls|plz|please|you should|u should) (?:\w{1,15} )?(?:disappearing|vanish|secret chat|view once|self ?destruct)\b/,
      /\b(?:messages|msgs|chat|chats) (?:on|to) (?:24 ?h|24 ?hours|7 days|one day|1 day|disappear|delete after)\b/,
    ],
    unless: [
      /\b(?:turn|switch|put|take|get|set) (?:\w{1,15} )?off\b/,
      /\b(?:how do i|how to|why did|why is|why are|why r|who turned|i accidentally|by accident)\b/,
      /\bsecret (?:santa|level|ending|menu|recipe|base|hideout|room|passage)\b/,
    ],
    examples: {
      match: [
        'turn on disappearing messages',
        'put it on vanish mode',
        'lets use vanish mode',
        'can we do disappearing msgs',
        'switch to secret chat',
        'set the messages to 24h',
      ],
      noMatch: [
        'how do i turn off vanish mode',
        'why did u turn on disappearing messages lol',
        'use the secret level glitch',
        'turn off the messages notifications pls',
      ],
    },
  },
];
