import type { RuleDef } from '../../types';

/**
 * Gifts and money create a debt and a secret (Winters et al. 2020, trust development). Game
 * currency and gift cards are the common currency with younger teens; "quick money" offers lead
 * to money-mule recruitment; paying for dates, pictures or company is exploitation outright.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.gifts_money.game-currency',
    category: 'gifts_money',
    severity: 'low',
    note: 'Offers game currency, skins or gift cards (V-Bucks, Robux, Nitro): a small gift that builds trust and a sense of owing something.',
    patterns: [
      /\b(?:i'?ll|ill|i will|i can|i could|i'?d|id|lemme|let me|i'?m gonna|im gonna|gonna|i wanna|i want to|i'?m going to) (?:\w+ )?(?:buy|get|give|send|gift|pay for|drop|transfer|trade) (?:you |u |ya )?(?:\w+ )?(?:some |free |a |an |the )?(?:v ?bucks|vbux|robux|rbx|nitro|gift ?cards?|steam (?:cards?|credit|gift)|psn (?:cards?|credit)|xbox (?:cards?|credit)|battle ?pass|skins?|minecoins|cod points|fifa points|riot points|valorant points|gems|diamonds|primogems|apple (?:card|credit))\b/,
      /\b(?:want|wanna|need|u want|you want|do you want|do u want|do u wanna|want some|wan) (?:some |free |a |an )?(?:\d+ )?(?:v ?bucks|vbux|robux|rbx|nitro|gift ?cards?|steam cards?|battle ?pass|skins?|minecoins|gems|diamonds|primogems)\b/,
      /\b\d+ (?:v ?bucks|vbux|robux|rbx|gems|diamonds|minecoins)\b.{0,25}\b(?:if|for) (?:you|u|ya)\b/,
    ],
    unless: [/\b(?:trade|swap|sell|selling|scam|scammed|scams|generator)\b/],
    examples: {
      match: [
        'i can get u vbucks if u want',
        'ill buy you the battle pass',
        'want some free robux?',
        'do u want nitro? i have an extra one',
        'i could send you a steam gift card',
        '1000 vbucks for you if u add me',
      ],
      noMatch: [
        'i bought vbucks with my birthday money',
        'how many robux do you have',
        'my mom got me a gift card for christmas',
        'the new skin in fortnite is ugly',
        'wanna trade skins?',
        'free robux sites are all scams lol',
      ],
    },
  },
  {
    id: 'en.gifts_money.gifts',
    category: 'gifts_money',
    severity: 'low',
    note: 'Offers to buy the teen things (phone, clothes, "anything you want"): gifts that create obligation and a secret.',
    patterns: [
      /\b(?:i'?ll|ill|i will|i can|i could|i'?d|id|lemme|let me|i'?m gonna|im gonna|i wanna|i want to) (?:\w+ )?(?:buy|get|send|gift|order) (?:you|u|ya) (?:anything|whatever|everything|something nice|smth nice|sth nice|stuff|a present|a gift|presents|gifts|a new (?:phone|iphone|ipad|laptop|console|ps5|switch|outfit|wardrobe)|new (?:clothes|shoes|sneakers|makeup|airpods)|airpods|an iphone|makeup|clothes|jewelry|jewellery|sneakers|jordans|designer)\b/,
      /\bwhat (?:do|d) (?:you|u|ya) want me to (?:buy|get|send) (?:you|u|ya)\b/,
      /\b(?:wanna|want to|gonna|like to|love to|will|'?ll|ill|let me|lemme|can|i|i'?d|id) spoil (?:you|u|ya)\b(?! (?:the|it|this)\b)/,
      /\b(?:send|give) me (?:your|ur) (?:address|addy) (?:so|and) (?:i|ill|i'?ll) (?:can )?(?:send|mail|ship) (?:you|u) (?:a |something|smth|sth|it|the)/,
    ],
    unless: [/\b(?:birthday|bday|christmas|xmas|sinterklaas|secret santa)\b.{0,20}\b(?:list|party|dinner)\b/],
    examples: {
      match: [
        "i'll buy you anything you want",
        'i can get u new airpods',
        'what do u want me to buy u',
        'i just wanna spoil u 😘',
        'send me ur addy so i can send you a present',
      ],
      noMatch: [
        "mom said she'll buy me new shoes",
        'i need to buy a gift for my sister',
        'what should i get my dad for his birthday',
        'my grandma spoils me so much lol',
      ],
    },
  },
  {
    id: 'en.gifts_money.quick-money',
    category: 'gifts_money',
    severity: 'medium',
    note: 'Offers "quick/easy money" or a job: the entry line of money-mule and drug-runner recruitment aimed at teens.',
    patterns: [
      /\b(?:want|wanna|tryna|trying|tryin|like|how to|way to|chance to|help (?:you|u)|can|could|u|you|ya) (?:to )?(?:make|earn|get|score|win) (?:some |sum |a lot of |alot of |loads of |lots of )?(?:quick|easy|fast|extra|free|real|big|serious|ez) (?:money|cash|bread|bucks|income|racks|dough|\$|€|euros?|dollars?)\b/,
      /\b(?:quick|easy|fast|ez) (?:money|cash|bread|racks|dough)\b.{0,20}\?/,
      /\b(?:you|u|ya) (?:can|could|will|'?ll|ll) (?:easily |ez |quickly )?(?:make|earn|get) (?:up to )?(?:€|\$|£)?\d+ ?k? ?(?:euro|euros|dollars|bucks|pounds)? ?(?:a|per|every|in a|in one) ?(?:day|week|hour|hr|night|weekend|daily|weekly)\b/,
      /\bi (?:can|could|will|'?ll|ll) (?:get|find|give|hook) (?:you|u|ya) (?:up with )?(?:a |an |some )?(?:job|gig|work|side hustle|hustle)\b/,
      /\b(?:easy|quick|simple|small|little|paid) (?:job|gig|task|errand|work)\b.{0,20}\b(?:for (?:you|u|ya)|pays?|paid|cash|money|€|\$)\b/,
      /\b(?:easy|quick|fast|ez) (?:money|cash|bread|racks)\b(?=.{0,30}\b(?:dm|hmu|text|msg|message|contact|add) me\b)/,
    ],
    unless: [/\b(?:babysitting|babysit|paper ?round|newspaper|chores|dishes|lawn|mow|car wash|bake sale|lemonade)\b/],
    examples: {
      match: [
        'want to make some quick money?',
        'u tryna make easy cash',
        'you can make 500 a day with this',
        'i can get you a job, easy money',
        'easy job for u, pays cash',
        'easy money, dm me for info',
      ],
      noMatch: [
        'babysitting for the neighbours is easy money lol',
        'i make 10 an hour at the bakery',
        'i got a job at the supermarket!!',
        'mom pays me for doing the dishes',
        'the quiz was easy',
      ],
    },
  },
  {
    id: 'en.gifts_money.money-mule',
    category: 'gifts_money',
    severity: 'medium',
    note: 'Asks to use or borrow the teen\'s bank card, PIN or account to receive and pass on money (money mule): criminal exploitation that lands on the teen.',
    patterns: [
      /\b(?:use|borrow|lend me|lend|rent|need|give me|gimme|send me|hand over|i need|can i have|can i get) (?:your|ur|ya) (?:bank ?(?:card|account|acc|details|info|login|app|pass)|debit ?card|pin ?(?:code|number)?|pincode|card (?:and|&|n) pin|bankpas|pinpas|bank)\b/,
      /\b(?:receive|recieve|take|hold|accept|move|transfer|park|cash out) (?:\w+ )?(?:money|cash|payments?|transfers?|funds|deposits?|a deposit)(?: \w+)? (?:for me|on my behalf|through (?:your|ur)|via (?:your|ur)|in (?:your|ur)|into (?:your|ur)|on (?:your|ur)|to (?:your|ur))\b/,
      /\b(?:you|u|ya) (?:can |get to |'?ll |will )?keep (?:\d+(?: ?(?:%|percent|procent))?\b(?! (?:of|pieces|stickers|cards|minutes|mins|euros? of the change))|a cut|\d+ ?% ?cut)/,
      /\b(?:open|make|set up) (?:a |an )?(?:new )?(?:bank ?account|account at (?:a|the) bank)\b.{0,20}\b(?:for me|and (?:give|send))\b/,
    ],
    unless: [/\b(?:pay (?:you|u) back|for the (?:tickets?|pizza|cinema|movie|trip|gift))\b/],
    examples: {
      match: [
        'can i borrow ur bank card for a day',
        'give me your pin code and i send 50',
        'i need to receive some money in your account',
        'you can keep 20%',
        'lend me ur debit card i pay u',
        'can u open a bank account for me',
      ],
      noMatch: [
        'can i borrow your charger',
        'mom put my pocket money in my account',
        'send me your iban and i will pay u back for the tickets',
        'my bank card expired ugh',
        'use your student card for the discount',
        'u can keep 2 of them, i have loads',
      ],
    },
  },
  {
    id: 'en.gifts_money.paid-dates',
    category: 'gifts_money',
    severity: 'high',
    note: 'Offers money for dates, company, pictures or sex, or a "sugar daddy" arrangement: sexual exploitation framed as a deal.',
    patterns: [
      /\bsugar ?(?:daddy|daddies|dady|mommy|mummy|mama|baby|babe|babies|dating|relationship)\b/,
      /\b(?:i'?ll|ill|i will|i can|i could|i'?d|id|i would|let me|lemme|i wanna|i want to)? ?(?:pay|give|send|venmo|cashapp|paypal|tikkie|transfer)(?: (?:you|u|ya))? (?:\w+ )?(?:good|well|a lot|big|(?:€|\$|£)?\d+ ?(?:euro|euros|bucks|dollars|pounds|k)?)? ?(?:if|for|to) (?:you |u |ya )?(?:meet|a date|date|dating|hang(?:ing)? out|your company|ur company|company|a night|the night|spend the night|sleep|come over|pics?|pictures?|photos?|nudes?|vids?|videos?|see you|see u|your time|ur time|kiss|touch)\b/,
      /\bhow much (?:for|do you want for|would you want for|u want for|would it cost for|to) (?:a |some |ur |your |those |more |1 |one |the night |a night |an hour )?(?:pics?|pictures?|photos?|nudes?|vids?|videos?|meet|date|night|hour with (?:you|u)|your time|ur time)\b/,
      /\b(?:paid|pay per) (?:date|dates|dating|meet|meetups?|hangouts?)\b/,
      /\b(?:€|\$|£)?\d+ ?(?:euro|euros|bucks|dollars|pounds|k)? for (?:a |one |1 |some |ur |your )?(?:pics?|nudes?|vids?|videos?|photos?|pictures?|meet|date|kiss|night)\b/,
    ],
    unless: [/\bpay (?:you|u|ya|me) back\b|\bfor the (?:school|class|team|group) (?:photos?|pics?|pictures?)\b|\bphotographer\b/],
    examples: {
      match: [
        'looking for a sugar baby, interested?',
        "i'll pay you 100 to meet me",
        'i pay good for pics',
        'how much for nudes',
        'i would pay u for your company',
        '50 euro for a pic?',
      ],
      noMatch: [
        "i'll pay you back for the pizza tomorrow",
        'how much for the hoodie',
        'how much for the school photos this year',
        'sugar is so bad for your teeth',
        'i paid 20 euro for the concert ticket',
      ],
    },
  },
];
