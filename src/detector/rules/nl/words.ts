import { FACE_WORDS } from '../../normalise';

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
/**
 * A class or school the sender shares with the teen ("in deze klas", "de hele klas", "onze jaarlaag"):
 * a classmate's talk, not a stranger's ("de enige die me snapt in deze klas", "ik wil niet dat de
 * hele klas het weet"), and a class named by its code ("tim uit 3b!! zweer dat je het aan niemand
 * vertelt"). Not "je klas" or "jij uit 3b": that is the teen's own.
 */
export const SHARED_CLASS =
  /\b(?:de hele klas|heel de klas|(?:deze|onze) (?:hele )?(?:klas|school|jaarlaag|mentorklas|groepsapp)|ons (?:hele )?(?:klasje|jaar)|de klassenapp|de klasapp)\b|(?<!\b(?:je|jouw|jullie|jij|ge|gij|u) (?:\w{1,15} )?)\b(?:uit|in|van) (?:klas )?(?:[1-6](?:[a-h]\d?| ?(?:havo|vwo|vmbo|mavo|gym|tl))|[hvmagt][1-6][a-h]?)\b/;

/**
 * The sender's own sibling or parent reads along on their phone ("mijn zusje leest altijd mee",
 * "mn moeder checkt alles"): the reason for privacy is the sender's family, not the teen's.
 */
export const OWN_READS_ALONG =
  /\b(?:mijn|mn|m'n|mijne) (?:zusje|broertje|zus|broer|moeder|vader|ma|pa|mama|papa|ouders|stiefvader|stiefmoeder) (?:\w{1,8} )?(?:leest|lezen|kijkt|kijken|zit|zitten|checkt|checken|snuffelt|pakt|pakken) (?:\w{1,8} )?(?:mee|in|op|door|altijd|steeds)\b/;

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
 * A counsellor's or mentor's confidentiality with its safety exception ("blijft tussen ons, behalve
 * als ik me zorgen maak over je veiligheid"): the promise that says it will be broken to keep the
 * teen safe is not a groomer's secrecy (session 31, fresh batch t52).
 */
export const SAFETY_EXCEPTION = new RegExp(String.raw`\b(?:behalve|tenzij) (?:als|wanneer) (?:ik|we|wij) (?:me |mij )?(?:zorgen (?:maak|maken)|denk dat je (?:in gevaar|niet veilig))|\b(?:je|jouw) veiligheid\b.{0,60}\b(?:bespreken|erbij (?:halen|betrekken)|betrekken|samen)\b`);

/** Words before a parent that make them the teen's ("je mama", "jouw papa"), not the sender's. */
const NOT_THE_TEENS = "(?<!\\b(?:je|jouw|uw|ur|jullie) )";

/** Words before a family word that make it the teen's (or someone's the sender hides things from): "je mama", "tegen je vader", "aan oma", "voor papa". */
const NOT_THE_SENDERS = "(?<!\\b(?:je|jouw|uw|ur|jullie|tegen|aan|voor) )";

/** A grandparent named bare, nobody's ("zegt oma altijd", "we gaan naar opa"): the sender's own. */
export const OWN_GRANDPARENT = `${NOT_THE_SENDERS}\\b(?:oma|opa)\\b`;

/**
 * The sender's own parent or grandparent, or one who is writing, as regular-expression source:
 * "mijn mama", "mn ouders", a grandparent named bare ("zegt oma altijd"), a parent saying or doing
 * something ordinary ("mama vraagt of je blijft eten", "papa maakt zich zorgen", "zegt mama", "dan
 * weet papa waar we zijn", "is papa er al?", "mama is er ook", "mama moet nog werken", "mama kan je
 * ophalen", "vraag het aan papa", "mama checkt mijn locatie"), a parent one is with ("met mama naar
 * de stad", "met mij en papa"), a parent opening ("mam: zet je locatie aan") or signing off ("… -
 * mama"). Never the teen's parent named by the other person ("je moeder hoeft het niet te weten",
 * "niks tegen je mama zeggen"), which is a secrecy move in itself, never a bare "mama" or "papa"
 * otherwise ("mama hoeft het niet te weten" is how a groomer says it), never parents who are away
 * ("mijn ouders zijn er niet", "de auto van mijn pa"), not when the message goes on to the teen's
 * parents ("mijn moeder brengt ons, zeg tegen je ouders dat je bij een vriendin bent"), nor the
 * claimed errand ("mijn moeder haalt je op van het station"). The one excuse for a parent in the nl
 * rules' \`unless\` lists.
 */
export const OWN_PARENT = `(?:(?<!\\b(?:auto|wagen|busje|huis|flat|appartement|kamer|caravan|boot) van )\\b(?:mijn|mn|m'n) (?:mama|papa|mam|pap|mams|paps|moeder|vader|ma|pa|ouders|oma|opa)\\b(?! (?:\\w{1,8} )?(?:haalt|halen|komt|komen|pikt|wacht|wachten) (?:je|jou|u)\\b| (?:zijn|is|zitten|zit|gaan|gaat)\\b.{0,30}\\b(?:er niet|er nooit|er toch nooit|er toch niet|weg|niet thuis|nooit thuis|op vakantie|naar|in \\w{3,14}|heel (?:de|het) (?:week|weekend|nacht)|de hele (?:week|nacht|dag)|het hele weekend)\\b| (?:werkt|werken|slaapt|slapen)\\b)|${OWN_GRANDPARENT}|${NOT_THE_TEENS}\\b(?:mama|papa|mam|pap|oma|opa) (?:zegt|zei|vraagt|vroeg|vindt|vond|wil|wou|haalt|brengt|bracht|kookt|betaalt|trakteert|rijdt|komt|maakt zich)\\b|\\b(?:met|bij|van|door|(?:mij|me|ons) en|(?:dan|zodat) (?:weet|ziet|kan)|zegt|zei|vraagt|vroeg|vindt) (?:mama|papa|mam|pap)\\b|\\b(?:is|komt) (?:mama|papa|mam|pap) (?:er|al|nog|thuis|terug)\\b|${NOT_THE_TEENS}\\b(?:mama|papa|mam|pap) (?:is (?:er )?(?:dan |toch |gewoon )?(?:ook|thuis|erbij)|moet (?:nog |vandaag |ook )?werken|werkt|heeft (?:de|het|een|vandaag) \\w{1,12}|kan (?:je|jou|u|ons) (?:\\w{1,8} )?(?:ophalen|brengen|halen))\\b|${NOT_THE_TEENS}\\b(?:mama|papa|mam|pap) (?:checkt|volgt|ziet|leest|bekijkt|kijkt) (?:\\w{1,6} )?(?:mijn|mn|m'n|me|mij)\\b|\\baan (?:mama|papa|mam|pap|oma|opa) (?:geven|vragen|laten zien)\\b|\\b(?:vraag|vragen) (?:het|dat|t|m) (?:ff |even |maar )?aan (?:mama|papa|mam|pap|oma|opa)\\b|^(?:mam|mama|mams|pap|papa|paps) (?=(?:zet|doe|kom|bel|app|eet|neem|vergeet|hoe|waar|wanneer|ben|heb|wil)\\b)|${SIGNED_OFF})(?!.{0,80}\\b(?:tegen|aan|voor) ${YOUR} (?:ouders|moeder|vader|mama|papa|ma|pa|mam|pap)\\b)`;

/** {@link OWN_PARENT} as a pattern, for an \`unless\` list. */
export const OWN_FAMILY = new RegExp(OWN_PARENT);

/** The teen's parent or grandparent, as the other person names them ("je moeder", "jouw opa"). */
const THEIR_PARENT = `${YOUR} (?:${PARENT}|oma|opa)`;

/**
 * What a groomer tacks onto a short request without changing it: a laugh, a joke marker or a face
 * (😏 "smirk", 😉 "wink", 😇 "halo"), or a hush
 * about the teen's parent ("… je moeder hoeft het niet te weten"). For patterns anchored to the
 * whole message ("leeftijd?"), see {@link tagged}.
 */
const TAG = `(?:(?:ha){2,5}h?|hihi|lol|lool|xd|xdd|jk|grapje|${FACE_WORDS}|${THEIR_PARENT} (?:hoeft|hoeven|moet|moeten|mag|mogen) (?:dit|dat|het|er) (?:niet|niks|niets|nie) (?:van )?(?:te )?(?:weten|zien|horen)|${THEIR_PARENT} (?:merkt|merken|weet|weten|ziet|zien|hoort) (?:er )?(?:niks|niets|nix|nie|niet)|(?:zeg )?(?:niks|niets|nix) (?:tegen|aan) ${THEIR_PARENT}(?: (?:zeggen|vertellen))?)`;

/**
 * \`pattern\` with a laugh or a hush about the teen's parent allowed before each \`^\` and after each
 * \`$\`, so that a request anchored to the whole message ("leeftijd?", "laatste kans") still counts
 * with "haha" or "je moeder hoeft het niet te weten" added.
 */
export function tagged(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/(\\.)|\[(?:\\.|[^\]])*\]|\^|\$/g, (m, escaped: string | undefined) => {
    if (escaped !== undefined || m.startsWith('[')) return m;
    return m === '^' ? `^(?:${TAG} )?` : `(?: ${TAG})?$`;
  });
  return new RegExp(source, pattern.flags);
}

/** A brother or sister signing the message off ("… ik wil alleen je skins zien - je broertje"). */
export const SIBLING_SIGNED_OFF = `(?:^|\\s)${SIGN_OFF_GREETING}(?:je|jouw|ur) (?:broertje|zusje|broer|zus|grote broer|grote zus)\\W{0,4}$`;
