import type { RuleDef } from '../../types';

/**
 * Moving the conversation to a more private channel (Winters et al. 2020, gaining access and
 * isolation): away from moderated platforms and from parents, often to apps where messages
 * disappear. Asking for someone's Snapchat is everyday talk too, so a plain request is low; a
 * request that gives privacy as the reason is medium.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.platform_switch.add-me',
    category: 'platform_switch',
    severity: 'low',
    note: 'Asks the teen to add or message them on another app (Snapchat, Kik, Telegram, Discord, WhatsApp, Instagram).',
    patterns: [
      /\b(?:add|hmu|hit me up|text|txt|dm|msg|message|talk to|chat with|call|contact|find|reach|snap|ping|write|facetime|inbox) (?:me |us )?(?:up )?(?:on|at|via|over|thru|through|in) (?:snap ?chat|snap|sc|snp|kik|telegram|tele|whats ?app|insta|instagram|ig|signal|wickr|threema|wechat|viber|skype|discord|omegle|facebook|fb|messenger)\b/,
      /\b(?:what'?s|wats|what is|wat is|wuts|drop|send me|send|give me|gimme|lemme get|let me get|can i get|can i have|may i have|tell me|need) (?:your|ur|ya|yo|u) (?:snap ?chat|snap|sc|snp|kik|telegram|whats ?app|insta|instagram|ig|wickr|threema|wechat|viber|skype|discord|signal)(?: ?(?:name|username|user|handle|id|tag|number|acc|account|addy))?\b/,
      /\b(?:do|d|have|got|u|you|r|are|ru) (?:you |u |ya )?(?:have|got|on|use|using) (?:a |an )?(?:snap ?chat|snap|sc|kik|telegram|whats ?app|insta|instagram|ig|wickr|threema|wechat|viber|signal|discord)(?: or (?:snap ?chat|snap|sc|kik|telegram|whats ?app|insta|ig|discord))?\b ?\?/,
      /^(?:snap ?chat|snap|sc|kik|telegram|insta|ig|discord)\b ?\?$/,
      /^(?:just |pls |plz |so |ok |k )?snap me\b(?! (?:the|a|an|ur|your|that|those|this|it|when|pics? of|homework|hw|notes))/,
      /^(?:got|have|u got|you got|u have|you have|u on|you on|on) (?:a )?(?:snap ?chat|snap|sc|kik|telegram|whats ?app|insta|instagram|ig|signal|wickr|discord)\b ?\?/,
      /\b(?:(?:switch|move|come|hop|jump|go) (?:over )?(?:to|onto)|come on) (?:snap ?chat|snap|sc|kik|telegram|whats ?app|signal|wickr|threema|discord)\b(?! (?:group|server|channel|is|was|keeps|isnt)\b)/,
      /\b(?:add|follow|text|dm|msg) my (?:snap ?chat|snap|sc|kik|telegram|insta|ig|discord|whats ?app)\b/,
      /\b(?:here'?s|this is) my (?:snap ?chat|snap|sc|kik|telegram|insta|ig|discord|whats ?app|number)\b/,
      /\b(?:let'?s|let us|can we|could we|we should|should we|wanna|want to|we can|pls|plz|i'?d rather) (?:just |maybe |please |pls |plz |rather |actually |all |maybe just )?(?:talk|chat|continue|move|switch|go|text|speak|carry on|keep talking|take this|take it|continue this|dm|call|talk more) (?:more |privately |instead |this |it |the chat |our chat |the convo |there )?(?:on|to|over to|onto|in|via|over on) (?:snap ?chat|snap|sc|kik|telegram|tele|whats ?app|insta|instagram|ig|signal|wickr|threema|wechat|viber|skype|discord|omegle)\b/,
    ],
    unless: [
      /\b(?:group ?chat|class chat|class group|team chat|the group|for (?:the|our) (?:project|homework|assignment|class|team|group))\b/,
      /\b(?:for the (?:game|match|raid|tournament)|we need a|our squad|duo|trio|\dth (?:player|person)|a \dth)\b/,
      /\b(?:group|groups|class|school trip|team)\b/,
    ],
    examples: {
      match: [
        'come on kik its easier',
        'add me on snap',
        'hmu on 👻',
        'whats ur snap?',
        'do u have kik?',
        'u on telegram?',
        'do u have kik or snap?',
        'sc?',
        'text me on whatsapp instead',
        'lets move to discord, this app is boring',
        'can we talk on snapchat',
        'got discord?',
        'switch to whatsapp',
        'snap me',
      ],
      noMatch: [
        'come on snap is down again?? ugh',
        'add the pics to the shared drive',
        'text me when youre on the bus',
        'did you see my snap lol',
        'add me to the group chat for the project',
        'oh snap i forgot my gym clothes',
        'ig ur right about the test',
        'follow me on insta',
        'snap me the homework',
        'whats your discord? we need a 5th for the game',
        'can we talk on whatsapp for the school trip group',
      ],
    },
  },
  {
    id: 'en.platform_switch.private-account',
    category: 'platform_switch',
    severity: 'low',
    note: 'Asks about or suggests a private, second or secret account (finsta, alt, spam account).',
    patterns: [
      /\b(?:have|got|make|create|open|use|get|start|making|creating) (?:a |an |another |ur |your |a new |ya )?(?:private|second|2nd|secret|spam|alt|backup|separate|hidden|priv|fake|side) (?:acc|account|accounts|acct|insta|ig|snap|profile|page)\b/,
      /\b(?:do|d|u|you|have|got) (?:you |u )?(?:have|got) (?:a )?(?:finsta|spam ?(?:acc|account))\b/,
      /\b(?:secret|second|2nd|burner|hidden|spare) (?:phone|sim|number)\b.{0,20}\?/,
    ],
    examples: {
      match: [
        'do u have a private account',
        'make a second account so we can talk',
        'you got a finsta?',
        'got a spam acc?',
        'do you have a secret phone?',
      ],
      noMatch: [
        'my insta is private now',
        'the second half of the game was crazy',
        'i made a spam account for memes lol',
        'open the other tab',
      ],
    },
  },
  {
    id: 'en.platform_switch.privacy-reason',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Gives privacy as the reason to move: "so no one can see", "messages disappear there", "it\'s safer on Telegram".',
    patterns: [
      /\b(?:snap ?chat|snap|sc|kik|telegram|whats ?app|insta|ig|signal|wickr|threema|discord|there|that app|other app|this app|account|acc|dms?|private chat|secret chat)\b.{0,20}\bso (?:(?:no ?one|nobody|no1) (?:else )?(?:can|will|could|would|is gonna|gonna|ever)|(?:your (?:parents|mom|mum|dad|family|friends)|ur (?:parents|mom|mum|dad|family|fam|friends)|they|people|anyone) (?:ever |really |even )?(?:can'?t|cannot|won'?t|will not|don'?t|doesn'?t|can never|will never|never)) (?:ever )?(?:see|read|find|know|check|track|notice|screenshot|trace|catch)\b/,
      /\bso (?:(?:no ?one|nobody|no1) (?:else )?(?:can|will|could|would|is gonna|gonna|ever)|(?:your (?:parents|mom|mum|dad|family|friends)|ur (?:parents|mom|mum|dad|family|fam|friends)|they|people|anyone) (?:ever |really |even )?(?:can'?t|cannot|won'?t|will not|don'?t|doesn'?t|can never|will never|never)) (?:ever )?(?:see|read|find|know|check|track|notice|screenshot|trace|catch)\b.{0,20}\b(?:on|in|to|use|via) (?:snap ?chat|snap|sc|kik|telegram|whats ?app|insta|ig|signal|wickr|threema|discord|there|that app|other app|this app|account|acc|dms?|private chat|secret chat)\b/,
      /\b(?:messages|msgs|chats?|texts|snaps|pics|photos|convo|everything|it all) (?:\w{1,15} )?(?:disappear|disappears|dissapear|dissapears|disapear|disapears|vanish|vanishes|delete (?:itself|themselves|automatically)|deletes (?:itself|automatically)|auto ?deletes?|self ?destructs?|get deleted|gets deleted|are deleted|are gone after)\b/,
      /\b(?:snap ?chat|snap|sc|kik|telegram|whats ?app|insta|signal|wickr|threema|discord|there|it) (?:is|'?s|are|iz|r) (?:\w{1,15} )?(?:more private|safer|more secure|untraceable|more anonymous|better for privacy|more lowkey)\b/,
      /\b(?:it'?s|it is|way|much|so much|more) (?:more )?(?:private|safer|secure|discreet|lowkey) (?:on|over|in) (?:there|snap ?chat|snap|sc|kik|telegram|whats ?app|signal|wickr|threema|discord)\b/,
      /\b(?:talk|chat|continue|go|move|take (?:this|it)) (?:somewhere|some where|someplace|some place|elsewhere)(?: else)? (?:more )?(?:private|safer|where no ?one)\b|\b(?:let'?s|can we|could we|we should|should we|wanna|want to) (?:go|take (?:this|it)|move (?:this|it)|talk|chat) (?:private|priv|privately)\b(?! on)/,
      /\b(?:account|acc|insta|snap|phone|number|profile|app)\b (?:that |which )?(?:your|ur) (?:parents|mom|mum|dad|family|fam) (?:don'?t|do not|doesn'?t|won'?t|can'?t) (?:know about|see|check|find|know)\b/,
    ],
    unless: [
      /\b(?:update|bug|glitch|glitched|crashed|reinstall|homework|notes|screenshot (?:it|the|them))\b/,
      /\b(?:make|set|put|switch|turn) (?:your|ur|my|it|the) (?:\w{1,15} )?(?:to |on )?private\b/,
    ],
    examples: {
      match: [
        'should we take this private? too many ppl here',
        'add me on snap so no one can see our chats',
        'messages disappear on snap so its fine',
        'telegram is more private',
        'its safer on there',
        'lets talk somewhere more private',
        'make an account your parents dont know about',
        'on kik nobody can read it, so ur mom wont find out',
        'so ur parents cant see, lets use telegram',
      ],
      noMatch: [
        'u should go private on insta, randoms keep following u',
        'my messages disappeared after the update ugh',
        'is telegram safe to download?',
        'instagram is more fun than tiktok',
        'make your account private so no one can see your posts',
        'lets go somewhere quiet to study',
        'the messages disappear on snap so screenshot the homework',
      ],
    },
  },
];
