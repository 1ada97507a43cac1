/**
 * Dutch word classes shared by the nl rules, as regular-expression source (each a non-capturing
 * group, no anchors, no unbounded repetition), so that every rule that names a class gets the
 * whole list instead of its own partial copy. They run on normalised text (normalise.ts): lower
 * case, no accents, `'` only between letters, the clitic k before a verb already "ik".
 * Put them in a pattern with `new RegExp(\`\\b${PARENT}\\b\`)`.
 */

/** A word followed by a space, 0 to 2 times: the chat fillers that sit inside a request ("zeg maar gewoon niks", "stuur nou eens"). */
export const FILLER = '(?:(?:echt|toch|gewoon|gwn|ff|effe|efkes|even|eventjes|wel|eens|es|ns|nou|maar|dan|nog|sws|snel) ){0,2}';

/** "you" as a subject or object, Flemish included. */
export const YOU = '(?:je|jij|jou|u|ge|gij|jy)';

/** "your" (possessive), Flemish and English chat included. */
export const YOUR = '(?:je|jouw|jou|uw|ur|ye)';

/** Parents and family who could find out: the words teens use for them. */
export const PARENT =
  "(?:ouders|ouwers|pa en ma|ma en pa|moeder|moedertje|mama|mam|mams|mammie|mamma|ma|vader|papa|pap|paps|pappie|pa|ouwe|familie|stiefvader|stiefmoeder)";

/** A photo or short video, as teens write it. */
export const PIC =
  "(?:(?:gezichts)?foto(?:otjes?|tjes?|'tjes?|'s|s|o|os)?|fto'?s?|fotje|photos?|pictures?|(?:face ?)?pics?|pix|pict|piccas?|(?:(?:spiegel|mirror) ?)?selfies?|selfietjes?|plaatjes?|kiekjes?|snapjes?|snaps?|filmpjes?|vidjes?|video'?s?|vids?)";

/** One picture, for messages that are nothing but the request ("pic?", "fotootje?"). */
export const ONE_PIC =
  "(?:foto|fotootje|fototje|foto'tje|fotje|fto|photo|pic|pict|(?:(?:spiegel|mirror) ?)?selfie|selfietje|snapje|plaatje|kiekje|filmpje|gezichtsfoto|face ?pic)";

/** Sending or giving something over chat. */
export const SEND = '(?:stuur|stuurt|sturen|stuurde|send|zend|app|deel|geef|doe|drop)';

/** Money, as teens and recruiters write it. */
export const MONEY =
  '(?:\\d{1,5} ?(?:euro|eur|e)|geld|cash|money|poen|doekoe|doekoes|centen|centjes|knaken|paper|zakgeld|wat extra)';

/** Presents that are money in all but name: gift cards, credit, vouchers. */
export const GIFT_CARD =
  '(?:cadeaukaart|cadeaukaartje|cadeaubon|giftcard|gift card|giftcode|paysafe ?card|paysafecard|paysafe ?kaart|paysafe|beltegoed|tegoed|bol ?bon|steam ?kaart|psn ?kaart|google play ?kaart|itunes ?kaart)';

/** Nothing / not, with chat and Flemish spellings. */
export const NOTHING = '(?:niks|niets|nix|nie|ni|niet|nooit)';

/** Nobody. */
export const NOBODY = '(?:niemand|geen mens|geen een|geen kat|nobody)';

/** Telling someone (imperative and second person, Flemish "zegt gij"). */
export const TELL = '(?:zeg|zegt|zeggen|vertel|vertelt|vertellen|verklap|verklapt|verklappen|doorvertellen)';

/**
 * Passwords, PIN codes and login details. Not the bare "pin" and "pass": "zet je pin ff in bij de
 * kassa", "heb je je season pass?" (add them where the rest of the pattern rules that out).
 */
export const PASSWORD =
  '(?:wachtwoord|wachtwoorden|ww|paswoord|paswoorden|password|passwords|pw|passcode|pincode|inlog|inloggegevens|inlog gegevens|login|logins|inlogcode|toegangscode|ontgrendelcode|schermcode)';

/** Accounts and apps whose login matters. */
export const ACCOUNT =
  '(?:account|acc|insta|instagram|snap|snapchat|tiktok|whatsapp|app|mail|gmail|icloud|apple id|google account|discord|telegram|facebook|fb|telefoon|mobiel|gsm|iphone|phone)';

/** Body words that make a photo or a question sexual. */
export const BODY =
  '(?:lichaam|lijf|lijfje|body|buik|buikje|benen|billen|kont|kontje|borsten|borst|tieten|tietjes|boobs|voeten|dijen|heupen|onderlichaam|bovenlichaam|navel|piemel|pik|lul|kut|kutje|poesje|vagina|penis|ballen|nek|lippen)';

/**
 * Put right before a family name that signs a message off. normalise() drops the dash and the
 * comma of "zet je telefoon weg - mama", so a sign-off is only the name ending the message; "zeg
 * niks tegen je mama", "bel papa", "vertel het aan mama" end in the name too and are no sign-off.
 * This lookbehind refuses a name right after an owner, a preposition or a verb of telling or
 * calling (English ones too, for mixed chats), like en/words.ts's NOT_OWNED.
 */
export const NOT_OWNED =
  "(?<!\\b(?:je|jouw|uw|ur|jullie|tegen|aan|van|met|bij|naar|de|die|mijn|mn|m'n|bel|app|zeg|vertel|laat|ziet|weet|weten|krijgt|tell|your|my|to|the) )";

/** The greeting a family sign-off may start with ("liefs", "xx", "dikke kus"). */
const SIGN_OFF_GREETING = '(?:(?:x|xx|xxx|liefs|groetjes|kus|kusjes|dikke kus|love|gr) )?';

/**
 * A parent or grandparent signing the message off ("… hoop dat je beter wordt, liefs oma",
 * "geef me je pincode ff, ik moet je telefoon updaten - mama"): the name, with an optional
 * greeting before it, ends the message and is nobody's ("… zeg niks tegen je mama" is no sign-off).
 */
export const SIGNED_OFF = `(?:^|\\s)${NOT_OWNED}${SIGN_OFF_GREETING}(?:oma|opa|mama|mams|mam|papa|paps|pap)\\W{0,4}$`;

/**
 * The sender's own family, not the teen's: "mijn mama", a grandparent named bare ("zegt oma altijd"),
 * or a parent signing off. A bare "mama" or "papa" is no excuse: "mama hoeft het niet te weten" is
 * how a groomer says it.
 */
export const OWN_FAMILY = new RegExp(String.raw`\b(?:mijn|mn|m'n) (?:mama|papa|moeder|vader|oma|opa)\b|(?<!\b(?:je|jouw|uw|ur|tegen|aan) )\b(?:oma|opa)\b|${SIGNED_OFF}`);

/** A brother or sister signing the message off ("… ik wil alleen je skins zien - je broertje"). */
export const SIBLING_SIGNED_OFF = `(?:^|\\s)${SIGN_OFF_GREETING}(?:je|jouw|ur) (?:broertje|zusje|broer|zus|grote broer|grote zus)\\W{0,4}$`;
