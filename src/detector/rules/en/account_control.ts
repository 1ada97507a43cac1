import type { RuleDef } from '../../types';

/**
 * Taking over the teen's accounts (post-abuse maintenance, Winters et al. 2020): passwords,
 * login and verification codes, access to the phone. With access someone can read every chat,
 * pose as the teen, lock them out or take images; a "code you just got" request is also the
 * standard account-hijack scam. Wi-Fi passwords and school logins are everyday talk.
 */
export const rules: RuleDef[] = [
  {
    id: 'en.account_control.password',
    category: 'account_control',
    severity: 'high',
    note: 'Asks for the teen\'s password, passcode, PIN or login details.',
    patterns: [
      /\b(?:what'?s|wats|what is|wat is|give me|gimme|send me|send|tell me|share|can i have|can i get|lemme get|let me have|let me get|i need|i want|need|drop|type|text me|dm me|give|i wanna know|whats the) (?:\w{1,15} )?(?:your|ur|ya|yo) (?:\w{1,15} )?(?:password|passw|pasword|passwd|pw|pwd|passcode|pass code|pin ?code|pin|login|log in|login details|login info|credentials|apple id|icloud)\b/,
      /\b(?:your|ur|ya) (?:\w{1,15} )?(?:password|pasword|passwd|pw|passcode|login)\b ?\?|^(?:and |so |ok )?(?:password|pasword|pw|pwd|passcode|pin)\b ?\?/,
      /(?<!never |don'?t |dont |do not |shouldn'?t |not )\b(?:share|exchange|swap|trade) (?:our |your |ur )?(?:passwords|passcodes|pws|logins|pins)\b/,
      /\bif (?:you|u) (?:really )?(?:love|trust|liked?) me (?:you'?d|u would|you would|u'?d)? ?(?:just |already |happily )?(?:give|share|tell|send)\b.{0,20}\b(?:password|passcode|pw|login|pin|phone)\b/,
    ],
    unless: [
      /\b(?:wi ?fi|wlan|network|hotspot|locker|lock|bike|door|gate|guest|netflix|disney|spotify|quiz|exam|test|kahoot|game)\b/,
      /\b(?:change|changed|reset|forgot|forget|update|updated|strong|stronger|secure|safe|hacked|remember|remembered)\b/,
      /\b(?:school|magister|somtoday|smartschool|teams|classroom|canvas|it desk|helpdesk) (?:account|login|password)\b/,
      /\b(?:never|don'?t|do not|shouldn'?t) (?:ever )?(?:give|share|tell|send) (?:\w{1,15} )?(?:your|ur|ya) (?:\w{1,15} )?(?:password|pw|passcode|pin|login|code)\b/,
    ],
    examples: {
      match: [
        "what's your password",
        'give me ur insta password',
        'send me ur pw',
        'tell me ur passcode',
        'whats ur phone pin',
        'ur snap login?',
        'couples share passwords, its normal',
        'if u loved me youd give me ur password',
        'what is ur pin? i just wanna check smth',
        'pw? i need it to fix ur acc',
      ],
      noMatch: [
        "what's the wifi password",
        'whats ur wifi password, im at ur place',
        'i forgot my password again ugh',
        'change your password, you got hacked',
        'never share passwords with anyone!',
        'did u change ur password?',
        'never give anyone your password',
        'whats ur kahoot pin',
      ],
    },
  },
  {
    id: 'en.account_control.login-code',
    category: 'account_control',
    severity: 'high',
    note: 'Asks for a verification, login or 2FA code, or to forward the SMS that just arrived (account hijack).',
    patterns: [
      /\b(?:send|give|tell|read|forward|text|dm|screenshot|what'?s|what is|type|share|need|want|can i (?:have|get)|gimme|pass)\b.{0,20}\b(?:verification|verify|verifying|confirmation|confirm|log ?in|security|sms|otp|2 ?fa|two ?factor|6 ?digit|six ?digit|4 ?digit|auth|authentication|access|one ?time|backup|recovery|reset|whatsapp|snap|snapchat|insta|instagram|google|apple|tiktok|discord) (?:code|codes|pin|number|link|key)\b/,
      /\b(?:what'?s|what is|read me|tell me|send me|read out) the (?:\d ?digit )?code (?:on|in) (?:your|ur) (?:screen|phone|sms|texts|messages|email|inbox)\b/,
      /\b(?:the |that |a )?code (?:you|u|ya) (?:just )?(?:got|received|recieved|get|will get|'?ll get|gonna get|should get|should have|just got)\b/,
      /\b(?:i (?:sent|send|texted|just sent|accidentally sent)|(?:i'?ll|i will|gonna|i'?m gonna) (?:send|text)) (?:you|u|ya) (?:a |an |the )?(?:code|sms|text|link|verification|message with)\b.{0,20}\b(?:send|tell|give|forward|read|screenshot|what|back)\b/,
      /\b(?:forward|screenshot|send|read) (?:me )?(?:the )?(?:sms|text|message|code|email|link) (?:you|u) (?:just )?(?:got|received|recieved|get)\b/,
      /\bcode\b.{0,20}\b(?:send|forward|give|tell|screenshot|read) (?:it|that|the code|me the code|me that)(?: (?:to me|back|me|over)\b| ?\?|$)/,
    ],
    unless: [/\b(?:school|didn'?t (?:get|send)|didnt (?:get|send)|never got|kahoot|quiz|game pin|blooket|quizizz|discount|promo|coupon|creator code|friend code|referral|class code|classroom code|dress code|zip code|post ?code)\b/],
    examples: {
      match: [
        'send me the code you just got',
        'whats the verification code',
        'i sent u a code by accident, can u send it back',
        'tell me the 6 digit code',
        "what's the code on ur screen",
        'forward me the sms u just got',
        'give me the whatsapp code pls',
        'u got a text with a code? send it to me',
        'u just got a code from whatsapp, send it',
      ],
      noMatch: [
        'i never got the verification code ugh',
        'whats the kahoot code',
        'the code you got for the quiz is wrong',
        'use my creator code in the shop lol',
        'whats the verification code for the school app? it didnt send me one',
      ],
    },
  },
  {
    id: 'en.account_control.account-access',
    category: 'account_control',
    severity: 'high',
    note: 'Asks to log into the teen\'s accounts, to log in on their device, or to add their own email or face to the teen\'s account.',
    patterns: [
      /\b(?:log|sign) ?(?:in|into|on|onto)\b.{0,20}\b(?:on|with|from|using|via) my (?:phone|laptop|device|pc|computer|ipad|tablet|email|mail|number|cell)\b/,
      /\b(?:let me|lemme|can i|could i|may i|i'?ll|i will|i need to|i want to|i wanna|i have to|i gotta|i'?m gonna) (?:just )?(?:log ?in(?:to)?|log ?on|sign ?in(?:to)?|get into|access|acces|control|take over|hack|hack into|go into|have access to|manage|run) (?:to |into |in |on )?(?:your|ur|ya) (?:\w{1,15} )?(?:account|acc|acct|accounts|insta|instagram|ig|snap|snapchat|tiktok|whatsapp|discord|email|gmail|icloud|apple id|phone|profile|socials|messages|dms|chats)\b/,
      /\b(?:give|send) me (?:\w{1,15} )?(?:access|acces|admin|the login|ur login|your login)\b(?! (?:to|for) (?:the|our|this|that|my)\b)/,
      /\b(?:add|put|link|change) (?:\w{1,15} )?(?:my|the) (?:email|mail|number|phone number|face ?id|fingerprint|recovery email|device) (?:to|on|in|as) (?:your|ur|ya) (?:account|acc|phone|insta|snap|icloud|apple id|profile)\b/,
      /\blog ?in(?:to| to| on) my (?:account|acc|insta|snap|whatsapp|tiktok)\b.{0,20}\b(?:with|using|on) (?:your|ur) (?:phone|number|phone number|email|device)\b/,
      /\bchange (?:your|ur) (?:email|mail|number|phone number|recovery (?:email|number)|password|login) to (?:mine|my (?:email|mail|number|one))\b/,
      /\b(?:can i|let me|lemme) (?:borrow|use|have) (?:your|ur) (?:insta|instagram|snap|snapchat|tiktok|whatsapp|discord|email|icloud|apple id) (?:account|acc)\b/,
    ],
    unless: [/\b(?:school|teacher|portal|magister|somtoday|classroom|canvas|to see (?:your|ur) grades)\b/],
    examples: {
      match: [
        'log into your account on my phone',
        'let me log into ur insta',
        'can i get into ur snap for a sec',
        'give me access to ur account',
        'add my face id to your phone',
        'sign in with my email on ur phone',
        'log in to my account with ur phone number',
        'change ur email to mine',
      ],
      noMatch: [
        'log into your account to see your grades',
        'can i use your phone to call my mom',
        "i can't log into my account",
        'my insta got hacked',
        'give me access to the google doc pls',
      ],
    },
  },
];
