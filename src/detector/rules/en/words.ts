import { FACE_WORDS } from '../../normalise';

/**
 * Word classes shared by the English rules, as regex source (non-capturing groups, no `\b`).
 * Each class lists the ways teens and the people who target them really type a word, after
 * normalise() (lower case, leet undone: "n00ds" → "noods", "$" → "dollar", "£" gone, tripled
 * letters cut to two). A rule that says "a photo" or "your parents" uses the class, so that a
 * spelling added here reaches every rule at once instead of one rule's own partial list.
 *
 * Every class is a plain alternation of fixed words with at most a bounded optional space, so a
 * pattern built from them stays linear-time (tests/unit/redos-en.test.ts).
 */

/** "you" as a subject or object. */
export const YOU = String.raw`(?:you|u|ya|yu|yuo)`;

/** "your", and the "you're"/"youre"/"ure" that chat writes for it. */
export const YOUR = String.raw`(?:your|ur|yr|ya|yur|youre|you'?re|ure)`;

/** "you're" as a verb ("ur done", "u r gonna", "youre"). */
export const YOURE = String.raw`(?:you'?re|youre|ur|u r|ure|you are|u are)`;

/** Yourself. */
export const YOURSELF = String.raw`(?:yourself|urself|ur self|your self|yaself|uself)`;

/** A photo or video (singular and plural); includes nudes. */
export const PHOTO = String.raw`(?:pics?|pix|pictures?|photos?|fotos?|selfies?|snaps?|vids?|videos?|clips?|nudes?|noods?|noodz|nudez|nudz|nudies|recordings?|screen ?recordings?)`;

/** Nudes and naked images only. */
export const NUDES = String.raw`(?:nudes?|noods?|noodz|nudez|nudz|nudies|naked (?:pics?|photos?|vids?|videos?)|nude (?:pics?|photos?|vids?|videos?)|spicy pics?|dirty pics?)`;

/** Parents and family, as a teen's own people. */
export const PARENTS = String.raw`(?:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parents|folks|family|fam|step ?(?:mum|mom|dad)|nan|gran|grandma|grandpa)`;

/** The teen's people an image could be shown to. */
export const PEOPLE = String.raw`(?:mum|mom|mam|mother|dad|father|parents|folks|family|fam|friends|mates|followers|contacts|school|whole school|class|classmates|year|year group|whole year|teachers?|brother|sister|bf|gf|boyfriend|girlfriend|team|coach)`;

/** Everyone, as a threat's audience. */
export const EVERYONE = String.raw`(?:every ?one|everybody|every1|every single (?:one|person)|all (?:of )?(?:your|ur) (?:friends|followers|contacts|mates|classmates)|the whole school|the internet)`;

/** Verbs for sending or spreading something. */
export const SHARE = String.raw`(?:send|sen|snd|drop|show|post|leak|share|spread|upload|forward|dm|expose|put)`;

/** Money, payment apps and game currency ("£" is dropped by normalise, "$" becomes "dollar"). */
export const MONEY = String.raw`(?:cash|money|quid|dollars?|bucks|pounds|euros?|robux|rbx|v ?bucks|vbux|gift ?cards?|paypal|cash ?app|venmo|crypto|bitcoin|btc)`;

/** Game currency and gifts that stand in for money with younger teens. */
export const GAME_MONEY = String.raw`(?:v ?bucks|vbux|robux|rbx|nitro|gift ?cards?|gift ?card codes?|steam (?:cards?|credit|gift)|psn (?:cards?|credit)|xbox (?:cards?|credit)|battle ?pass|skins?|minecoins|cod points|fifa points|riot points|valorant points|gems|primogems)`;

/** Telling someone. */
export const TELL = String.raw`(?:tell|tel|say (?:anything|a word|owt|nothing) to|mention (?:it|this|me|us) to|show)`;

/** Somebody, as in "don't tell anyone". */
export const ANYONE = String.raw`(?:any ?one|any1|anybody|no ?one|nobody|no1|people|ppl)`;

/** Sexual body words. */
export const BODY = String.raw`(?:body|boobs|tits|titties|breasts|chest|ass|butt|booty|bum|thighs|nipples|pussy|vagina|dick|cock|penis|privates|private parts)`;

/** Underwear and barely-dressed clothes. */
export const UNDERWEAR = String.raw`(?:underwear|undies|bra|panties|thong|boxers|bikini|swimsuit|swim suit|bathing suit|lingerie|towel|pjs|pj's|pyjamas|pajamas|nightie)`;

/** Accounts and login secrets. */
export const ACCOUNT = String.raw`(?:password|pass ?word|passcode|pin|login|log in|code|verification code|2fa code|otp)`;

/** Location words, including emoji ("📍" → "location"). */
export const LOCATION = String.raw`(?:location|loc|live loc|live location|gps|whereabouts)`;

/** "I will / I'm going to", as chat writes it. */
export const I_WILL = String.raw`(?:i'?ll|ill|i will|i'?m gonna|im gonna|imma|ima|i'?ma|i'?m going to|im going to|gonna|i'?m about to|im about to)`;

/** "I'll / I can / let me / want me to": the offering voice of a gift, a lift or a plan. */
export const I_OFFER = String.raw`(?:i'?ll|ill|i will|i can|i could|i'?d|lemme|let me|i'?m gonna|im gonna|imma|ima|i'?ma|gonna|i wanna|i want to|want me to|should i|shall i|can i)`;

/** Things a groomer offers to buy: phones, clothes, shoes, beauty, consoles, vapes. */
export const GIFT_ITEM = String.raw`(?:airpods|air pods|headphones|earbuds|beats|phone|iphone|new phone|ipad|laptop|macbook|ps4|ps5|xbox|switch|console|games?|fit|fits|outfit|outfits|drip|clothes|wardrobe|hoodie|jacket|dress|top|skirt|bag|purse|shoes|sneakers|trainers|kicks|jordans|dunks|nikes|uggs|makeup|lashes|nails|hair|perfume|jewelry|jewellery|necklace|bracelet|ring|watch|vapes?|juul|stanley|skincare|sephora)`;

/** The teen's own people (parents, family, friends, teachers), after "ur". */
export const THEIR_PEOPLE = String.raw`(?:parents|mum|mom|mam|mother|dad|father|folks|family|fam|step ?(?:mum|mom|dad)|stepdad|stepmom|friends|mates|bestie|besties|bff|bffs|squad|sister|brother|siblings|teachers?|classmates)`;

/**
 * The sender says they are the teen's family ("mum here", "granny here", "im ur mum",
 * "… pls mum", "love, dad x"): a parent's own check-in, not a stranger's.
 * A groomer rarely signs as the teen's mum; when one does, the low twins still count at `high`.
 */
export const FAMILY_VOICE = String.raw`(?:^(?:hi |hey |hello |hiya |oi )?(?:\w{1,12} )?(?:it'?s |its )?(?:ur |your )?(?:mum|mom|mam|mama|dad|papa|granny|gran|grandma|nan|nana|nanna|grandad|granddad|grandpa|auntie|aunty|aunt|uncle) here\b|\b(?:i'?m|im|i am|it'?s|its) (?:ur|your) (?:mum|mom|mam|dad|granny|gran|grandma|nan|nana|grandad|grandpa|auntie|aunt|uncle|big sister|big sis|older sister|big brother|big bro|older brother)\b(?!'?s\b)|\b(?:pls|plz|please|thanks|thx|ty|love|luv|lots of love|x{1,4}) (?:ur |your )?(?:mum|mom|mam|dad|granny|gran|grandma|nan|nana|grandad|grandpa|auntie|uncle)(?: x{1,4})? ?$)`;

/**
 * Put right before a family name that signs a message off, as `${NOT_OWNED}\b(?:mum|dad)(?: x{1,4})?$`.
 * normalise() drops the dash and the comma of "put ur phone away - mum" and "love, dad", so a
 * sign-off is only the name ending the message. "dont tell ur mum", "ask my dad", "say hi to mum",
 * "me and dad" end in the name too and are no sign-off: this lookbehind refuses a name right
 * after an owner, a preposition, a joiner or a verb of telling (Dutch ones too, for mixed chats).
 */
export const NOT_OWNED = String.raw`(?<!\b(?:ur|your|yr|ya|yur|my|me|our|his|her|their|the|a|tell|tel|told|telling|show|showed|ask|asked|call|text|message|msg|ring|to|than|like|and|n|or|nor|with|not|even|about|bout|from|for|at|of|by|without|je|jouw|mijn|tegen|aan|zeg) )`;

/**
 * Put right before a family word in an `unless`, as `${NOT_THEIRS}\b(?:mum|dad)\b`: refuses the
 * teen's parent or grandparent named by the other person ("ur mum", "your nan", "tell ur dad",
 * Dutch "je/jouw/tegen" in mixed chats). "dont tell ur mum" and "your mom doesnt need to know" are
 * a secrecy move in themselves, so they must never let a message off; "my mum", "mum says",
 * "love, dad" and "me and dad" (the writer's own parent) still can.
 */
export const NOT_THEIRS = String.raw`(?<!\b(?:ur|your|yr|ya|yur|youre|you'?re|ure|u r|ye|tell|tel|telling|je|jouw|tegen) )`;

/** A parent or grandparent as the writer's own ("my mum", "mum says", "- dad"), never "ur mum" (see NOT_THEIRS). */
export const OWN_PARENT = String.raw`${NOT_THEIRS}\b(?:mum|mom|mam|mama|dad|papa|parents|folks|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|granddad)\b`;

/** A laugh, a joke marker or a face ("haha", "lol", "xd", "jk", 😏 "smirk", 😉 "wink"): a groomer adds one to any move, so it is never an excuse. */
export const LAUGH = String.raw`(?:a?(?:ha){2,5}h?|(?:he){2,4}|lol|lool|lols|lmao|lmfao|rofl|xd|xdd|jk|jks|just kidding|kidding|${FACE_WORDS})`;

/** A hush about the teen's parents added to a move: "dont tell ur mum", "your nan doesnt have to see this". */
export const HUSH = String.raw`(?:(?:and |but |just |ok |pls |so )?(?:dont|don'?t|do not|dnt|never|no need to) (?:tell|show|say anything to|say nothing to) ${YOUR} (?:\w{1,12} )?\w{1,12}|${YOUR} (?:\w{1,12} )?\w{1,12} (?:doesnt|doesn'?t|dont|don'?t|wont|won'?t|will never|never|cant|can'?t|shouldnt|aint|ain'?t) (?:need to |have to |hafta |gotta |ever )?(?:know|find out|see (?:this|it|them|these)|hear (?:about )?(?:this|it)))`;

/**
 * What may follow a bare ask that a pattern anchors at the message's end (`^pics\??${ASIDE}$`):
 * a laugh or a hush ("pics? lol", "send pics dont tell ur mum") leaves it the same bare ask.
 */
export const ASIDE = String.raw`(?: (?:${LAUGH}|${HUSH})){0,2}`;
