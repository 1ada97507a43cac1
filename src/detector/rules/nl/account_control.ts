import type { RuleDef } from '../../types';
import { PASSWORD, YOUR } from './words';

/**
 * Account control: Winters et al. (2021) post-abuse maintenance and Elliot's (2017) risk
 * management. Passwords and login codes let the other person read every chat, lock the teen out,
 * impersonate them or take over the account (the WhatsApp "per ongeluk een code gestuurd" scam).
 * Everything here is `high`. Lookalikes: the school wifi password, a forgotten Magister password,
 * a locker code, a Kahoot pin, a discount code.
 */

/** Codes that have nothing to do with an account. */
const HARMLESS_CODE =
  /\b(?:wifi|wi fi|wlan|netwerk|router|hotspot|kluisje|kluis|fietsenstalling|fietsenhok|garage|poort|alarm|fietsslot|slot|dresscode|kortingscode|kortings code|discount|promo ?code|coupon|kahoot|quizlet|blooket|gimkit|wooclap|game ?pin|spel ?pin|qr|cadeaucode|giftcode|friend ?code|vriendcode|brawl|clash|supercell|fortnite|roblox|minecraft|switch|netflix|disney|spotify|videoland|youtube premium)\b/;

export const rules: RuleDef[] = [
  {
    id: 'nl.account_control.password',
    category: 'account_control',
    severity: 'high',
    note: 'Asks for the teen\'s password, PIN or login details.',
    patterns: [
      new RegExp(`\\b(?:wat is|wat's|wats|wa is|geef|stuur|zeg|app|tik|vertel|noem|mag ik|kan ik|krijg ik|wil) (?:me |mij |ff |even |eens |nou |gewoon ){0,2}(?:je|jouw|jou|ur|uw|u) (?:.{0,12} )?(?:${PASSWORD}|pin|pass|telefooncode|telefoon code|ontgrendel code|code van je telefoon|wachtwoord van je)\\b`),
      new RegExp(`\\b(?:je|jouw) (?:.{0,12} )?${PASSWORD} ?(?:\\?|ff|even|sturen|geven|doorsturen|delen|pls|plz)`),
      new RegExp(`\\b(?:wat is|wat's|wats|stuur|geef|zeg) (?:me |mij |ff )?(?:de|het) (?:${PASSWORD}|code) (?:van|voor|op) (?:je|jouw) (?:telefoon|mobiel|gsm|iphone|phone|laptop|ipad|account|insta|instagram|snap|snapchat|tiktok|mail|gmail|icloud|apple id|whatsapp|discord)\\b`),
      // "ge moet mij uw paswoord geven", "je moet me je ww sturen".
      new RegExp(`\\b(?:je|jij|ge|gij) (?:moet|mag|kan|kunt|moogt|gaat) (?:me |mij )?${YOUR} (?:[a-z]{2,12} )?${PASSWORD} (?:geven|sturen|zeggen|doorsturen|doorgeven|delen|opsturen|geve)\\b`),
      new RegExp(`^(?:je |jouw |en |dan )?${PASSWORD} ?\\?|\\b(?:deel|geef|stuur|mag ik|kan ik|krijg ik|wat is) (?:me |mij |ff )?(?:je|jouw|uw) (?:apple id|icloud|google account|e ?mail en wachtwoord|mail en ww|gebruikersnaam en wachtwoord)\\b|\\b(?:geef|stuur|zeg|wat is) (?:me |mij |ff |eens )?(?:je|jouw|uw) code(?: eens| ff| even| pls| nou)? ?\\??$|\\bik (?:heb|moet)(?: \\w{1,10})? (?:je|jouw|uw) (?:${PASSWORD}|verificatiecode)\\b(?: \\w{1,10})? (?:nodig|hebben|weten)\\b`),
    ],
    unless: [HARMLESS_CODE, /\b(?:vergeten|kwijt|veranderen|veranderd|gewijzigd|wijzigen|reset|resetten|sterk|sterker|change|changed|forgot|nooit (?:.{0,12} )?(?:delen|geven))\b/],
    examples: {
      match: ['ge moet mij uw paswoord geven', 'je moet me je snap ww sturen', 'geef je wachtwoord van insta', 'wat is het wachtwoord van je snap', 'wat is je wachtwoord', 'geef me je wachtwoord', 'stuur je inloggegevens', 'wat is de code van je telefoon', 'je ww?', 'mag ik je insta wachtwoord', 'wat is je pincode', 'pw? dan log ik even in', 'en je inlog?', 'wat is uw paswoord', 'geef uw code eens', 'mag ik je apple id', 'ik heb je wachtwoord nodig om je te helpen', 'geef je telefoon code'],
      noMatch: [
        'wat is het wifi ww?',
        'wat is je pincode van de fietsenstalling',
        'ik heb je wachtwoord nodig voor de wifi',
        'wat is het wifi wachtwoord van school?',
        'ik ben mijn wachtwoord vergeten van magister',
        'wat was het wachtwoord van de wifi',
        'de code van mijn kluisje is 1234',
        'wat is je wifi wachtwoord, ik ben bij je thuis',
        'je moet je wachtwoord nooit delen zei de mentor',
        'did u change ur password?',
        'je moet mij je wifi wachtwoord geven als ik bij je ben',
        'je moet je wachtwoord nooit delen met iemand',
        'zet je pin ff in bij de kassa',
        'heb je je season pass?',
      ],
    },
  },
  {
    id: 'nl.account_control.verification-code',
    category: 'account_control',
    severity: 'high',
    note: 'Asks for a verification or login code the teen just received (SMS, WhatsApp, Instagram, 2FA): an account takeover, often disguised as "I sent my code to your number by mistake".',
    patterns: [
      /\b(?:[a-z]{0,12}code|sms|smsje|sms code|berichtje|nummer|cijfers) (?:die|dat|wat)? ?(?:je|jij) (?:net |zojuist |zo |nu |straks |zometeen |zo meteen |daarnet |gisteren |via sms |via whatsapp |via de mail |per sms |op je telefoon |in je sms )?(?:hebt |heb |gaat )?(?:gekregen|krijgt|kreeg|ontvangen|ontvangt|ontving|krijgen|binnenkrijgt|binnenkreeg)\b/,
      /\b(?:je|jij) (?:krijgt|ontvangt|kreeg|hebt gekregen) (?:zo |nu |net |straks |zometeen |zo meteen )?(?:een |de |n )?(?:code|sms|smsje|verificatiecode|berichtje met (?:een )?code)\b.{0,20}\b(?:stuur|geef|zeg|tik|doorsturen|door|naar mij|aan mij)\b/,
      /\bper ongeluk (?:.{0,40} )?(?:code|sms|verificatiecode|inlogcode|sms code|smsje)\b|^(?:de |je |die )?(?:verificatiecode|verificatie code|inlogcode|sms code|smscode|whatsapp code|bevestigingscode) (?:ff |even |snel |nu )?(?:doorsturen|sturen|geven|doorgeven)\b|\b(?:screenshot|screen|foto|ss) van (?:de|die|je|jouw|het) (?:code|sms|smsje|verificatiecode|inlogcode|wachtwoord)\b/,
      new RegExp(`\\b(?:je|jij) (?:hebt|heb|krijgt) (?:net |zojuist |als het goed is |zo )?(?:een |de |n )?(?:code|sms|smsje|verificatiecode|berichtje) (?:gekregen|ontvangen|binnen)\\b.{0,20}\\b(?:stuur|geef|zeg|tik|door|naar mij|aan mij)\\b|\\b(?:support|helpdesk|klantenservice|beveiligingsteam|security team|moderator|admin|medewerker)\\b.{0,40}\\b(?:stuur|geef|deel|zeg|bevestig) (?:me |mij |ff |even |ons )?(?:je|jouw|de|die|uw) (?:${PASSWORD}|code|verificatiecode)\\b|\\b(?:verifieren|verifiëren|bevestigen|beveiligen|herstellen|ontgrendelen)\\b.{0,20}\\b(?:geef|stuur|zeg|tik) (?:me |mij |ff |even )?(?:de|die|je|jouw) (?:code|sms|cijfers)\\b`),
      /\b(?:stuur|geef|zeg|tik|app|forward|stuurt|doorsturen|door sturen|sturen) (?:me |mij |ff |even |snel |eens |nou )?(?:de|die|je|jouw|het|dat) (?:.{0,12} )?(?:verificatiecode|verificatie code|inlogcode|inlog code|bevestigingscode|beveiligingscode|2fa ?code|sms ?code|whatsapp ?code|insta ?code|snap ?code|login ?code|6 cijferige code|zescijferige code|code van 6 cijfers|verificatie)\b/,
      /\b(?:stuur|geef|zeg|tik) (?:me |mij |ff |even |snel |eens |nou )?(?:die|de) code (?:.{0,12} )?(?:door|die je kreeg|die je krijgt|uit de sms|uit je sms|van whatsapp|van insta|van snap|van tiktok)\b/,
      /\b(?:6|zes) cijferige code\b|\bcode van (?:6|zes) cijfers\b|\b(?:stuur|geef|zeg|tik) (?:me |mij |ff |even )?(?:die|de|het) (?:4|5|6|8|vier|zes|acht) cijfers\b/,
      /\b(?:zet|doe|haal) (?:je |jouw |de |die )?(?:tweestapsverificatie|twee ?staps ?verificatie|2fa|2 ?staps|authenticator|face id|vingerafdruk|schermvergrendeling|beveiliging) (?:.{0,10} )?(?:uit|af|weg|eraf)\b/,
      /^(?:stuur|geef|zeg) (?:me |mij )?(?:ff |even |snel |nou |eens )?(?:je|jouw|die|de) code(?: (?:ff|even|nu|snel|door|pls|plz))? ?\??$/,
    ],
    unless: [HARMLESS_CODE],
    examples: {
      match: [
        'verificatiecode doorsturen',
        'stuur ff een screenshot van de code',
        'je hebt een sms gekregen stuur die ff',
        'ik ben van snapchat support, stuur je code',
        'ik moet je account verifieren geef de code',
        'zeg ff de inlogcode die je nu krijgt',
        'stuur me de code uit de sms',
        'ik heb per ongeluk mijn code naar jou gestuurd',
        'stuur die code die je net kreeg',
        'ik heb per ongeluk een code naar jou gestuurd kan je die doorsturen',
        'stuur me de verificatiecode',
        'je krijgt zo een sms, stuur die code door',
        'wat is de 6 cijferige code',
        'stuur ff de whatsapp code',
      ],
      noMatch: [
        'stuur je code van brawl stars dan voeg ik je toe',
        'stuur me de kortingscode van shein',
        'wat is de code van de kahoot',
        'de dresscode is zwart wit',
        'ik moet coderen bij informatica',
        'wat is de pin van de kahoot ik ben te laat',
        'heb je de code van het fietsslot',
        'stuur ff een screenshot van de planning',
        'de klantenservice zei dat je je wachtwoord moet resetten',
      ],
    },
  },
  {
    id: 'nl.account_control.account-access',
    category: 'account_control',
    severity: 'high',
    note: 'Asks to log in to the teen\'s accounts, to have the teen log in on their device, or to see all of the teen\'s chats and phone.',
    patterns: [
      /\b(?:log|login|inloggen|in loggen) (?:.{0,20} )?(?:in )?(?:op|met) (?:mijn|mn|m'n) (?:telefoon|mobiel|gsm|laptop|pc|computer|fone|phone|ipad|tablet)\b/,
      /\b(?:log|inloggen) (?:.{0,8} )?in (?:op|met) (?:je|jouw) (?:account|insta|snap|snapchat|tiktok|whatsapp|gmail|mail|icloud|apple id)\b.{0,20}\b(?:op mijn|op mn|bij mij|voor mij)\b/,
      /\b(?:mag|kan|laat) (?:ik|mij|me) (?:.{0,12} )?(?:in|op|inloggen op|inloggen in|in loggen op) (?:je|jouw) (?:account|insta|instagram|snap|snapchat|tiktok|telefoon|mobiel|gsm|whatsapp|berichten|chats|dms|mail|icloud|google account|apple id|discord)\b/,
      /\bik (?:wil|wl|moet) (?:.{0,12} )?(?:in|door|op) (?:je|jouw) (?:telefoon|mobiel|gsm|phone|berichten|chats|dms|appjes|account|insta|snap|whatsapp) (?:.{0,15} )?(?:kijken|lezen|zien|scrollen|gaan|kunnen)\b/,
      /\b(?:geef|gun) (?:me|mij) (?:.{0,12} )?toegang tot (?:je|jouw)\b|\b(?:mag|kan|laat) (?:ik|mij|me) (?:ff |even |eens |heel ff )?(?:je|jouw|uw) (?:account|insta|instagram|snap|snapchat|tiktok|whatsapp|apple id|icloud|google account|gmail)(?: account)? (?:ff |even |eens |heel ff )?(?:gebruiken|lenen|hebben|overnemen)(?: ?\??$| (?:ff|even|pls|plz|dan|voor (?:mij|me|een (?:dag|uurtje|paar dagen|weekje))|om (?:in te loggen|iets te checken|te posten))\b)|\bik (?:moet|wil|ga|kan) (?:ff |even |eens |heel ff )?(?:inloggen |in loggen |erin |erop )?(?:op|in|bij) (?:je|jouw|uw) (?:account|insta|instagram|snap|snapchat|tiktok|whatsapp|mail|gmail|icloud|apple id|discord)\b/,
      new RegExp(`\\b(?:ik (?:moet|wil|wl|krijg)|mag ik|geef me|stuur me) (?:je|jouw) (?:[a-z]{2,10} )?${PASSWORD}\\b`),
      /\b(?:ik (?:wil|ga|kan)|laat (?:me|mij)|mag ik) (?:.{0,10} )?(?:je|jouw) (?:account|insta|snap|snapchat|tiktok|whatsapp|discord) (?:.{0,6} )?(?:overnemen|beheren|hacken)\b/,
      /\b(?:kijk|lees|check|scroll) ik (?:ff |even |wel )?(?:in|door) (?:je|jouw) (?:chats|berichten|appjes|dms|telefoon|gesprekken)\b|\bik (?:wil|wl|moet|ga) (?:je|jouw|al je) (?:chats|berichten|appjes|dms|gesprekken) (?:lezen|zien|checken|doorlezen|bekijken)\b|\b(?:screenshots?|screens) (?:van|of) (?:je|jouw|al je) (?:chats|berichten|appjes|dms|gesprekken)\b/,
      /\b(?:laat|stuur) (?:me|mij) (?:.{0,12} )?(?:al je|alle|je|jouw) (?:chats|berichten|dms|appjes|gesprekken|screenshots van je chats) (?:.{0,15} )?(?:zien|lezen|met)\b(?! (?:lisa|sanne|de groep|haar|hem)\b)/,
      /\b(?:voeg|zet) (?:mijn|mn|m'n) (?:gezicht|vingerafdruk|face id) (?:.{0,12} )?(?:toe|op je|aan je)\b/,
    ],
    unless: [HARMLESS_CODE, /\b(?:magister|somtoday|teams|classroom|itslearning|studiewijzer|zermelo)\b/, /\b(?:niet|nie) (?:kan|kunnen) inloggen\b|\bkan (?:niet|nie) inloggen\b/],
    examples: {
      match: [
        'ik moet even inloggen op je account',
        'mag ik je insta even gebruiken',
        'ik wil je account overnemen',
        'mag ik inloggen op je account',
        'log in op mijn telefoon',
        'mag ik op je insta account',
        'ik wil in je telefoon kunnen kijken',
        'geef me toegang tot je snap',
        'laat me al je chats zien',
        'log ff in met je snap op mijn telefoon',
      ],
      noMatch: [
        'kan je inloggen op magister?',
        'ik kan niet inloggen op teams',
        'mag ik je netflix account gebruiken',
        'mag ik je oplader even lenen',
        'mag ik je insta even gebruiken om dat filmpje te zoeken',
        'ik moet even inloggen op magister',
        'log in op teams voor de les',
        'laat me je chat met lisa zien',
        'ik wil ook op tiktok',
      ],
    },
  },
  {
    id: 'nl.account_control.phone-access',
    category: 'account_control',
    severity: 'high',
    note: 'Wants the phone itself, its unlock code, the DMs, or the teen to log in to the groomer\'s account: "geef je telefoon ff aan mij", "laat me je dm\'s zien", "wat is je code om je telefoon te ontgrendelen".',
    patterns: [
      /\bgeef (?:je|jouw) (?:telefoon|mobiel|gsm|fone) (?:ff |even |nou )?(?:aan (?:mij|me)|hier)\b|\blaat (?:me|mij) (?:je|jouw|al je) (?:dm'?s|dms|chats|berichten|appjes|gesprekken) (?:ff |even )?zien\b/,
      new RegExp(`\\b(?:${PASSWORD}|code|patroon) (?:om|van|voor) (?:je|jouw) (?:telefoon|mobiel|gsm|iphone|scherm) (?:te )?(?:ontgrendel|open)[a-z]{0,3}\\b|\\blog (?:ff |even )?in op (?:mijn|mn|m'n) account (?:voor (?:mij|me)|met je)\\b`),
    ],
    unless: [/\b(?:kwijt|vergeten|mama|papa|juf|meester|kahoot)\b/],
    examples: {
      match: ['geef je telefoon ff aan mij', 'laat me je dm\'s zien', 'wat is je code om je telefoon te ontgrendelen', 'log in op mijn account voor mij'],
      noMatch: ['mijn telefoon is kwijt', 'geef je telefoon aan de juf', 'laat me je nieuwe schoenen zien'],
    },
  },
  {
    id: 'nl.account_control.check-your-phone',
    category: 'account_control',
    severity: 'low',
    note: 'Low on its own: wants to go through the teen\'s phone or accounts ("ik wil je telefoon kunnen checken"). Parents say it too; it counts at `high` and in combinations.',
    patterns: [
      /\b(?:ik (?:wil|moet|ga|mag)|laat (?:mij|me)|mag ik)(?: elke dag| ff| even| af en toe| soms| gewoon)? (?:je|jouw|uw) (?:telefoon|gsm|mobiel|phone|insta|snap|account|accounts|chats|berichten|whatsapp)(?: \w{1,20})? (?:checken|controleren|doorzoeken|bekijken|nakijken|doorlezen|zien)\b/,
    ],
    unless: [/\b(?:mama|papa|mam|pap|ouders|schermtijd|de mentor|de leraar|reparatie|kapot|update)\b/],
    examples: {
      match: ['ik wil je telefoon kunnen checken', 'ik wil je chats zien', 'ik moet je insta ff checken', 'laat mij je telefoon checken', 'ik wil elke dag je telefoon zien'],
      noMatch: ['ik wil je telefoon ff bekijken want hij is kapot', 'papa wil je schermtijd checken', 'ik wil jouw mening'],
    },
  },
];
