import type { RuleDef } from '../../types';
import { ACCOUNT, PASSWORD, SIBLING_SIGNED_OFF, SIGNED_OFF, YOUR, OWN_PARENT } from './words';

/**
 * Account control: Winters et al. (2021) post-abuse maintenance and Elliot's (2017) risk
 * management. Passwords and login codes let the other person read every chat, lock the teen out,
 * impersonate them or take over the account (the WhatsApp "per ongeluk een code gestuurd" scam).
 * Everything here is `high`. Lookalikes: the school wifi password, a forgotten Magister password,
 * a locker code, a Kahoot pin, a discount code.
 */

/** Codes that have nothing to do with an account. */
const HARMLESS_CODE =
  /\bje (?:telefoon|mobiel|gsm|phone) (?:ligt|lag) (?:nog )?(?:hier|bij mij|bij ons|op (?:tafel|de bank|je bed))\b|\b(?:wekker|timer|wifi|wi fi|wlan|netwerk|router|hotspot|kluisje|kluis|fietsenstalling|fietsenhok|garage|poort|alarm|fietsslot|slot|dresscode|kortingscode|kortings code|discount|promo ?code|coupon|kahoot|quizlet|blooket|gimkit|wooclap|game ?pin|spel ?pin|qr|cadeaucode|giftcode|friend ?code|vriendcode|brawl|clash|supercell|fortnite|roblox|minecraft|switch|netflix|disney|spotify|videoland|youtube premium)\b/;

/** Not after a threat ("…anders bel ik papa") and not the "new number" scam ("nieuw nummer, papa"). */
const NO_THREAT_OR_NEW_NUMBER = String.raw`^(?!.*\b(?:anders|of ik|dan (?:stuur|laat|zie|vertel|krijgt|weet|bel|app)|nieuw nummer|nieuwe nummer|ander nummer|nieuwe telefoon)\b)`;

/** A parent who signs the message ("geef me je pincode ff, ik moet je telefoon updaten - mama"). */
const PARENT_SIGNED = new RegExp(`${NO_THREAT_OR_NEW_NUMBER}.*${SIGNED_OFF}`);

/** A brother or sister who signs it ("mag ik je epic wachtwoord? ik wil alleen je skins zien - je broertje"). */
const SIBLING_SIGNED = new RegExp(`${NO_THREAT_OR_NEW_NUMBER}.*${SIBLING_SIGNED_OFF}`);

/**
 * A warning about codes, not a request ("stuur je magister inlogcode nooit door aan anderen, er gaan
 * nepmails rond"), or a parent doing the household's paperwork with the teen at home ("stuur die
 * digid code maar naar mij, dan regel ik die zorgverzekering aan de keukentafel").
 */
const CODE_WARNING_OR_FAMILY_ADMIN =
  /\b(?:(?:geef|deel|stuur|zeg) (?:\w{1,16} ){0,3}nooit|nooit (?:\w{1,16} ){0,3}(?:sturen|doorsturen|delen|geven|doorgeven)|nepmails?|nep mails?|nepberichten|phishing|oplichters?|oplichting|scammers?|keukentafel|zorgverzekering|zorgverzekeraar|eigen risico)\b|\b(?:niet|nie|ni) (?:aan|naar|met) (?:iemand|anderen|vreemden)\b (?:\w{1,8} )?(?:geven|sturen|doorsturen|delen|doorgeven)\b(?!.{0,30}\b(?:behalve|alleen|wel) (?:aan |naar |met )?(?:mij|me)\b)/;

/**
 * The code or password of something shared, not the teen's account ("stuur ff de inlogcode van
 * de huiswerkclub", "de inlogcode van het gedeelde document").
 */
const SHARED_LOGIN =
  /\b(?:van|voor|tot|in) (?:de|het|onze|ons) (?:gedeelde |gezamenlijke )?(?:huiswerkclub|club|document|doc|docs|drive|map|bestand|klas|klassenaccount|vereniging|website|site|vergadering|meeting|zoom|lokaal|bijles|studiegroep)\b|\bgedeelde? (?:document|doc|docs|drive|map|bestand)\b/;

/**
 * A classmate who wants to see a task on a subject's learning site ("mag ik jouw login van wiskunde
 * online? ik wil zien hoe de opdracht eruit ziet"): the subject and the task are both named.
 */
const SUBJECTS =
  '(?:wiskunde|engels|frans|duits|nederlands|bio|biologie|scheikunde|natuurkunde|geschiedenis|aardrijkskunde|economie|latijn|grieks|de methode)';
const SCHOOL_TASK = '(?:opdracht|opdrachten|huiswerk|hoofdstuk|paragraaf|oefeningen|oefening|sommen)';
const SCHOOL_LOGIN = new RegExp(
  `\\b(?:inlog|login|wachtwoord|ww|account|code|inloggegevens) (?:van|voor) ${SUBJECTS}\\b.{0,50}\\b${SCHOOL_TASK}\\b|\\b${SCHOOL_TASK}\\b.{0,50}\\b(?:inlog|login|wachtwoord|ww|account|code|inloggegevens) (?:van|voor) ${SUBJECTS}\\b`,
);

export const rules: RuleDef[] = [
  {
    id: 'nl.account_control.password',
    category: 'account_control',
    severity: 'high',
    note: 'Asks for the teen\'s password, PIN or login details.',
    patterns: [
      new RegExp(`\\b(?:wat is|wat zijn|wat's|wats|wa is|geef|geeft|deel|stuur|stuurt|zeg|app|tik|vertel|noem|mag ik|kan ik|krijg ik|wil) (?:me |mij |ff |even |eens |nou |gewoon ){0,2}(?:je|jouw|jou|ur|uw|u) (?:.{0,12} )?(?:${PASSWORD}|pin|pass|telefooncode|telefoon code|ontgrendel code|code van je telefoon|wachtwoord van je|digid|digi d|itsme)\\b`),
      new RegExp(`\\b(?:je|jouw) (?:.{0,12} )?${PASSWORD} ?(?:\\?|ff|even|sturen|geven|doorsturen|delen|pls|plz)`),
      new RegExp(`\\b(?:wat is|wat's|wats|wa is|wat was|stuur|geef|zeg) (?:me |mij |ff |efkes |eens )?(?:de|het|ne) (?:${PASSWORD}|code|pin) (?:van|voor|op) (?:je|jouw|uw) (?:telefoon|mobiel|gsm|iphone|phone|laptop|ipad|account|insta|instagram|snap|snapchat|tiktok|mail|gmail|icloud|apple id|whatsapp|discord|pas|bankpas|pinpas|betaalpas|bankkaart|betaalkaart|bankapp|bank app)\\b`),
      // "ge moet mij uw paswoord geven", "je moet me je ww sturen".
      new RegExp(`\\b(?:je|jij|ge|gij) (?:moet|mag|kan|kunt|moogt|gaat) (?:me |mij )?${YOUR} (?:[a-z]{2,12} )?${PASSWORD} (?:geven|sturen|zeggen|doorsturen|doorgeven|delen|opsturen|geve)\\b`),
      new RegExp(`^(?:je |jouw |en |dan )?${PASSWORD} ?\\?|\\b(?:deel|geef|stuur|mag ik|kan ik|krijg ik|wat is) (?:me |mij |ff )?(?:je|jouw|uw) (?:apple id|icloud|google account|e ?mail en wachtwoord|mail en ww|gebruikersnaam en wachtwoord)\\b|\\b(?:geef|stuur|zeg|wat is) (?:me |mij |ff |eens )?(?:je|jouw|uw) code(?: eens| ff| even| pls| nou)? ?\\??$|\\bik (?:heb|moet)(?: \\w{1,10})? (?:je|jouw|uw) (?:${PASSWORD}|verificatiecode|apple id|icloud|google account|accountgegevens)\\b(?: \\w{1,10})? (?:nodig|hebben|weten)\\b`),
    ],
    unless: [/^(?!.*\b(?:jouwe|uwe|van jou|van u|(?:jouw|uw|je) (?:login|wachtwoord|ww|inlog)|en jij|dan jij)\b).*\bik geef (?:je|jou|u) (?:mijn|mn|m'n) (?:login|wachtwoord|ww|inlog|inloggegevens)\b/, 
      // t38: a game's or a ticket's pass, not a password ("ik geef jou de battle pass als je me helpt").
      /\b(?:battle|season|seizoens|festival|bus|ov|museum|dag|week) ?pass\b/,
      /\b(?:bieb|bibliotheek|schoolapp|rooster|lesrooster)\b/, HARMLESS_CODE, PARENT_SIGNED, SIBLING_SIGNED, SHARED_LOGIN, SCHOOL_LOGIN, CODE_WARNING_OR_FAMILY_ADMIN,
      // t22/t23: a dropped pin for a place ("wil je de locatie van het feest? ik stuur je een pin").
      /\bpin(?:netje)?\b.{0,40}\b(?:(?:huis|adres|straat|plek|locatie|feest|feestje) (?:\w{1,8} )?(?:niet|nie|ni) (?:vinden|terugvinden|gevonden)|(?:niet|nie|ni) (?:vinden|terugvinden|gevonden))\b|\bik (?:stuur|drop|deel|app) (?:je |jou |jullie )?(?:een |de |mijn |m'n |mn )?pin(?:netje)?\b|\b(?:locatie|adres|maps|google maps)\b.{0,40}\bpin(?:netje)?\b/, /\b(?:wachtwoord|paswoord|ww|password|code)\b.{0,24}\b(?:nie|niet|ni) (?:he|hoor|eh|e)\b|\bik bedoelde\b/, /\b(?:vergeten|kwijt|veranderen|veranderd|gewijzigd|wijzigen|reset|resetten|sterk|sterker|change|changed|forgot|nooit (?:.{0,24} )?(?:delen|geven|doorgeven|sturen|invullen|zeggen)|(?:geef|deel|stuur|zeg) (?:\w{1,12} ){0,2}nooit)\b/,
      // t16: a dropped pin on the map, to find the teen ("stuur je pin ff, ik kom naar je toe").
      /\bpin(?:netje)?\b.{0,40}\b(?:(?:ik|dan) (?:kom|fiets|loop|rij|rijd) (?:ik )?(?:naar (?:je|jou) toe|eraan|je halen|langs)|kom ik (?:naar (?:je|jou) toe|eraan|je halen)|waar (?:je|jij) (?:nu )?(?:precies )?(?:staat|bent|zit))\b|\b(?:waar (?:je|jij) (?:nu )?(?:staat|bent|zit)|ik (?:kom|fiets|loop|rij) naar (?:je|jou) toe)\b.{0,40}\bpin(?:netje)?\b/],
    examples: {
      match: [ "geef me je digid ff, ik regel die toeslag wel voor je", "wat is je digid wachtwoord? dan vraag ik het aan, krijg jij de helft", "wa is de pin van uw bankkaart", "geef ff de pincode van je pinpas", "wa is de code van uw gsm", 'geef me je wachtwoord of ik bel je papa', 'geef je pincode, anders laat ik het aan mama zien', 'hoi lieverd nieuw nummer, wat is je pincode ff? papa', 'stuur je steam wachtwoord nu, anders zie je je skins nooit meer. groetjes je broer', 'deel je inlog met mij', 'jij geeft mij je ww, ik geef jou de mijne', 'wat zijn je inloggegevens van snap', 'ge moet mij uw paswoord geven', 'je moet me je snap ww sturen', 'geef je wachtwoord van insta', 'wat is het wachtwoord van je snap', 'wat is je wachtwoord', 'geef me je wachtwoord', 'stuur je inloggegevens', 'wat is de code van je telefoon', 'je ww?', 'mag ik je insta wachtwoord', 'wat is je pincode', 'pw? dan log ik even in', 'en je inlog?', 'wat is uw paswoord', 'geef uw code eens', 'mag ik je apple id', 'ik heb je wachtwoord nodig om je te helpen', 'geef je telefoon code', 'stuur me je pin, anders kan ik je telefoon niet ontgrendelen en vind ik je fotos niet'],
      noMatch: ['ik ben op kamp, ik geef je mijn wachtwoord van insta dan kan jij posten', 'kun jij mijn streaks houden? ik geef je mijn login', 
        "ik heb nog 800 v-bucks van mn verjaardag, ik geef jou de battle pass als je me helpt met die quests",
        "mag ik je season pass lenen voor de efteling? die van mij is verlopen", "nooit je ww sturen naar iemand die zegt dat hij van snapchat is, zo is mijn nicht haar account kwijt", "geef je wachtwoord nooit aan iemand, ook niet aan je beste vriendin", "wat is de code van je fietsslot", "wat is de pincode van de fietsenstalling", "mag ik jouw login van wiskunde online? ik wil zien hoe de opdracht eruit ziet", "kan ik ff je inlog van engels lenen? ik wil de opdracht zien", "mag ik je login van bio, ik wil ff zien welk huiswerk we hebben", "stuur je inlog van frans ff, ik kan de oefeningen van hoofdstuk 3 niet vinden", "ik snap de opdracht niet, mag ik je wachtwoord van geschiedenis ff", 
        'geef mij uw wachtwoord van smartschool nie he, ik bedoelde alleen de taak doorsturen 😅',
        'wat is het wifi ww?',
        'drop je pin ff, ik kan jullie straat niet vinden voor het feestje',
        'wat is de pincode van je telefoon, ik moet je wekker uitzetten hij gaat al 10 min af',
        'je telefoon ligt hier nog, wat is je code? je moeder belt',
        'wat is je pincode van de fietsenstalling',
        'stuur je snapchat wachtwoord nooit door aan anderen, er gaan nepberichten rond',
        'geef me je digid wachtwoord, dan vullen we je zorgverzekering in aan de keukentafel',
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
        'geef me je pincode ff, ik moet je telefoon updaten, hij doet raar - mama',
        'wat is je pincode? ik moet je ipad resetten voor school. xx mam',
        'stuur ff je wachtwoord van je apple id, ik moet een app op je telefoon zetten - papa',
        'wat is je code ff, ik wil je telefoon bijwerken vanavond. liefs mama',
        'wat is je pincode van je tablet lieverd? dan zet ik dat spelletje erop. dikke kus oma',
        'stuur ff je pin dan fiets ik naar je toe',
        'geef je pin, waar sta je nu precies? ik kom eraan',
        'deel je pin ff, ik loop naar je toe',
        'stuur je pin, dan kom ik eraan met de oplader',
        'ik kom naar je toe, stuur je pin ff',
        'hier is het adres van het feest, ik stuur je ook een pinnetje',
        'wat is de inlog van de studiegroep map? ik wil de samenvatting',
        'geef je tiktok wachtwoord ff, ik wil die dansjes zien die je hebt opgeslagen - je zusje',
        'digid aanvragen moet je zelf doen met je ouders',
      ],
    },
  },
  {
    id: 'nl.account_control.verification-code',
    category: 'account_control',
    severity: 'high',
    note: 'Asks for a verification or login code the teen just received (SMS, WhatsApp, Instagram, 2FA): an account takeover, often disguised as "I sent my code to your number by mistake".',
    patterns: [
      // "je wachtwoord is toch je verjaardag? zeg het ff": the guess that asks for it.
      /\b(?:wachtwoord|ww|pincode) (?:is )?(?:toch |zeker )?(?:je|jouw) (?:verjaardag|geboortedatum|naam)\b.{0,20}\b(?:zeg|stuur|geef|typ)\b/,
      /\b(?:[a-z]{0,12}code|sms|smsje|sms code|berichtje|nummer|cijfers) (?:die|dat|wat)? ?(?:je|jij) (?:net |zojuist |zo |nu |straks |zometeen |zo meteen |daarnet |gisteren |via sms |via whatsapp |via de mail |per sms |op je telefoon |in je sms )?(?:hebt |heb |gaat )?(?:gekregen|krijgt|kreeg|ontvangen|ontvangt|ontving|krijgen|binnenkrijgt|binnenkreeg)\b/,
      /\b(?:je|jij|ge|gij|u) (?:krijgt|ontvangt|kreeg|hebt gekregen|hebt ontvangen) (?:zo |nu |net |straks |zometeen |zo meteen |seffens |direct )?(?:een |de |n |ne )?(?:code|sms|smsje|verificatiecode|berichtje met (?:een )?code)\b.{0,20}\b(?:stuur|geef|zeg|tik|doorsturen|door|naar mij|aan mij)\b|\b(?:code|sms|smsje|verificatiecode|inlogcode)\b (?:\w{1,8} )?(?:komt|kwam) (?:zo |nu |straks |net |zometeen |zo meteen )?binnen\b.{0,30}\b(?:stuur|geef|zeg|tik|doorsturen|door|naar mij|aan mij)\b/,
      /\bper ongeluk (?:.{0,40} )?(?:code|sms|verificatiecode|inlogcode|sms code|smsje)\b|^(?:de |je |die )?(?:verificatiecode|verificatie code|inlogcode|sms code|smscode|whatsapp code|bevestigingscode) (?:ff |even |snel |nu )?(?:doorsturen|sturen|geven|doorgeven)\b|\b(?:screenshot|screen|foto|ss) van (?:de|die|je|jouw|het) (?:code|sms|smsje|verificatiecode|inlogcode|wachtwoord)\b/,
      new RegExp(`\\b(?:je|jij) (?:hebt|heb|krijgt) (?:net |zojuist |als het goed is |zo )?(?:een |de |n )?(?:code|sms|smsje|verificatiecode|berichtje) (?:gekregen|ontvangen|binnen)\\b.{0,20}\\b(?:stuur|geef|zeg|tik|door|naar mij|aan mij)\\b|\\b(?:support|helpdesk|klantenservice|beveiligingsteam|security team|moderator|admin|medewerker)\\b.{0,40}\\b(?:stuur|geef|deel|zeg|bevestig) (?:me |mij |ff |even |ons )?(?:je|jouw|de|die|uw) (?:${PASSWORD}|code|verificatiecode)\\b|\\b(?:verifieren|bevestigen|beveiligen|herstellen|ontgrendelen)\\b.{0,20}\\b(?:geef|stuur|zeg|tik) (?:me |mij |ff |even )?(?:de|die|je|jouw) (?:code|sms|cijfers)\\b`),
      /\b(?:stuur|geef|zeg|tik|app|forward|stuurt|doorsturen|door sturen|sturen) (?:me |mij |ff |even |snel |eens |nou )?(?:de|die|je|jouw|het|dat) (?:.{0,12} )?(?:verificatiecode|verificatie code|inlogcode|inlog code|bevestigingscode|beveiligingscode|2fa ?code|sms ?code|whatsapp ?code|insta ?code|snap ?code|login ?code|6 cijferige code|zescijferige code|code van 6 cijfers|verificatie)\b/,
      /\b(?:stuur|geef|zeg|tik) (?:me |mij |ff |even |snel |eens |nou )?(?:die|de) code (?:.{0,12} )?(?:door|die je kreeg|die je krijgt|uit de sms|uit je sms|van whatsapp|van insta|van snap|van tiktok)\b/,
      /\b(?:6|zes) cijferige code\b|\bcode van (?:6|zes) cijfers\b|\b(?:stuur|geef|zeg|tik) (?:me |mij |ff |even )?(?:die|de|het) (?:4|5|6|8|vier|zes|acht) cijfers\b/,
      /\b(?:zet|doe|haal) (?:je |jouw |de |die )?(?:tweestapsverificatie|twee ?staps ?verificatie|2fa|2 ?staps|authenticator|face id|vingerafdruk|schermvergrendeling|beveiliging) (?:.{0,10} )?(?:uit|af|weg|eraf)\b/,
      /^(?:stuur|geef|zeg) (?:me |mij )?(?:ff |even |snel |nou |eens )?(?:je|jouw|die|de) code(?: (?:ff|even|nu|snel|door|pls|plz))? ?\??$/,
    ],
    unless: [/\b(?:deel|geef|stuur) (?:die|deze|hem|m|het|die code|je code|em) (?:met|aan|naar) niemand\b|\bnooit (?:delen|doorsturen|geven|doorgeven)\b|\b(?:is|dat is) (?:altijd |dus |gwn |gewoon )?(?:scam|oplichting|nep|fraude)\b/, HARMLESS_CODE, PARENT_SIGNED, SHARED_LOGIN, CODE_WARNING_OR_FAMILY_ADMIN],
    examples: {
      match: [ 'je pincode is zeker je verjaardag? geef hem ff',  'ge krijgt seffens een code via sms, stuur die ne keer door', 'gij ontvangt nu een sms, geef die cijfers aan mij voor de verificatie','om je account te verifiëren, geef me de code', 
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
        'je krijgt zo een sms code, kan je die naar mij doorsturen? is voor je nieuwe account',
        'je krijgt zo een code, stuur die naar mij, ik zal hem nooit misbruiken',
        'je digid code komt zo binnen, stuur die ff door dan regel ik die toeslag',
      ],
      noMatch: ['je krijgt soms een code van 6 cijfers, deel die met niemand btw, ook niet met mij, dat is altijd scam', 'je wachtwoord is toch niet je verjaardag? verander het dan', 'ge krijgt een sms van de bank, stuur die nooit door aan niemand, zegt de politie',
        'je krijgt zo een sms code van de tandarts app, stuur die ff door dan regel ik de afspraak. mama',
        'deel je sms code nooit met iemand, er zijn oplichters bezig op insta',
        'stuur je verificatiecode nooit naar iemand door, ook niet als het je beste vriendin lijkt',
        'je krijgt zo een code voor de zorgverzekering, stuur die maar dan doen we het samen',
        'stuur ff de inlogcode van de bijles, die stond in de groepsapp',
        'zeg ff de verificatiecode voor het gedeelde document, ik kom er niet in',
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
      /\b(?:geef|gun) (?:me|mij) (?:.{0,12} )?toegang tot (?:je|jouw)\b|\b(?:je|jij|ge) (?:moet|mag|kan|kunt|gaat) (?:me|mij) (?:\w{1,8} )?toegang (?:geven|gunnen) (?:tot|op|in) (?:je|jouw|uw)\b|\b(?:mag|kan|laat) (?:ik|mij|me) (?:ff |even |eens |heel ff )?(?:je|jouw|uw) (?:account|insta|instagram|snap|snapchat|tiktok|whatsapp|apple id|icloud|google account|gmail)(?: account)? (?:ff |even |eens |heel ff )?(?:gebruiken|lenen|hebben|overnemen)(?: ?\??$| (?:ff|even|pls|plz|dan|voor (?:mij|me|een (?:dag|uurtje|paar dagen|weekje))|om (?:in te loggen|iets te checken|te posten))\b)|\b(?:ik (?:moet|wil|ga|kan)|(?:moet|wil|ga|kan|mag) ik) (?:ff |even |effe |eens |heel ff |efkes )?(?:op|in) (?:je|jouw|uw) (?:account|insta|instagram|snap|snapchat|tiktok|whatsapp|mail|gmail|icloud|apple id|discord) (?:\w{1,8} )?(?:inloggen|in loggen)\b|\b(?:ik (?:moet|wil|ga|kan)|(?:moet|wil|ga|kan) ik) (?:ff |even |effe |eens |heel ff |efkes )?(?:inloggen |in loggen |erin |erop )?(?:op|in|bij) (?:je|jouw|uw) (?:account|insta|instagram|snap|snapchat|tiktok|whatsapp|mail|gmail|icloud|apple id|discord)\b/,
      new RegExp(`\\b(?:ik (?:moet|wil|wl|krijg)|mag ik|geef me|stuur me) (?:je|jouw) (?:[a-z]{2,10} )?${PASSWORD}\\b`),
      /\b(?:ik (?:wil|ga|kan)|laat (?:me|mij)|mag ik) (?:.{0,10} )?(?:je|jouw) (?:account|insta|snap|snapchat|tiktok|whatsapp|discord) (?:.{0,6} )?(?:overnemen|beheren|hacken)\b/,
      /\b(?:kijk|lees|check|scroll) ik (?:ff |even |wel )?(?:in|door) (?:je|jouw) (?:chats|berichten|appjes|dms|dm'?s|telefoon|gesprekken|whatsapp|snap|insta|mail)\b|\bik (?:wil|wl|moet|ga) (?:je|jouw|al je) (?:chats|berichten|appjes|dms|gesprekken) (?:lezen|zien|checken|doorlezen|bekijken)\b|\b(?:screenshots?|screens) (?:van|of) (?:je|jouw|al je) (?:chats|berichten|appjes|dms|gesprekken)\b/,
      /\b(?:laat|stuur) (?:me|mij) (?:.{0,12} )?(?:al je|alle|je|jouw) (?:chats|berichten|dms|appjes|gesprekken|screenshots van je chats) (?:.{0,15} )?(?:zien|lezen|met)\b(?! (?:lisa|sanne|de groep|haar|hem)\b)/,
      /\b(?:voeg|zet) (?:mijn|mn|m'n) (?:gezicht|vingerafdruk|face id) (?:.{0,12} )?(?:toe|op je|aan je)\b/,
    ],
    unless: [
      // Schoolwork on a classmate's laptop: "log ff in op je account op mijn laptop voor de presentatie".
      /\bvoor (?:de|het|onze|ons|je|jouw|mijn|mn) (?:presentatie|werkstuk|project|spreekbeurt|opdracht|groepsopdracht|groepswerk|taak|les)\b/,
      /\b(?:oefentoets|de toets|huiswerk|opdracht|werkstuk|presentatie) (?:voor je |voor jou )?(?:klaargezet|klaar gezet|staat|openen|maken)\b|\b(?:op|in) (?:je|jouw) eigen account\b/, SCHOOL_LOGIN, HARMLESS_CODE, PARENT_SIGNED, /\blog (?:uit|out|ff uit|even uit)\b|\bopen laten staan\b|\bingelogd laten\b/, /\b(?:magister|somtoday|teams|classroom|itslearning|studiewijzer|zermelo|smartschool|schoolmail|schoolaccount|school account|wiskunde ?platform)\b|\b(?:de|het|onze|ons) (?:presentatie|werkstuk|project|spreekbeurt|groepsopdracht|verslag) (?:\w{1,8} )?(?:samen )?(?:afmaken|maken|doen|afronden)\b/, /\b(?:niet|nie) (?:kan|kunnen) inloggen\b|\bkan (?:niet|nie) inloggen\b/, SIBLING_SIGNED,
      // t22/t23: the sender's own account on the teen's phone ("kan ik ff op jouw telefoon op mijn insta? mijn batterij is dood").
      /\b(?:op|in|met) (?:jouw|je|uw) (?:telefoon|gsm|mobiel|laptop|ipad|tablet) (?:\w{1,6} )?(?:op|in) (?:mijn|mn|m'n) (?:eigen )?(?:insta|instagram|snap|snapchat|account|acc|mail|tiktok|whatsapp|discord)\b|\b(?:mijn|mn|m'n) (?:batterij|accu|telefoon|gsm|mobiel) (?:is |was )?(?:\w{1,6} )?(?:dood|leeg|plat|kapot)\b.{0,30}\b(?:mijn|mn|m'n) (?:eigen )?(?:insta|snap|account|mail|tiktok|whatsapp)\b/],
    examples: {
      match: [ "moet ik ff inloggen op je discord om de rollen te fixen?", "moet ik effe op je snap inloggen", "mag ik ff op jouw insta inloggen", "wil ik even op je insta, dan post ik het",  "je moet me toegang geven tot je tiktok, ik regel je content wel", "je kan me beter toegang geven tot je insta", "jij moet mij ff toegang geven op je snap",
        'ik moet even inloggen op je account',
        'kan ik ff op jouw telefoon op je insta kijken? ik wil weten met wie je praat',
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
      noMatch: [ "moet ik inloggen op je account op mijn laptop voor de presentatie?", "kan ik je insta volgen?", "moet ik je snap wachtwoord nog veranderen voor je? nee hoor", "moet ik inloggen op magister voor het rooster?", "mag ik jouw login van wiskunde online? ik wil zien hoe de opdracht eruit ziet", "kan ik ff je inlog van engels lenen? ik wil de opdracht zien", "mag ik je login van bio, ik wil ff zien welk huiswerk we hebben", "stuur je inlog van frans ff, ik kan de oefeningen van hoofdstuk 3 niet vinden", "ik snap de opdracht niet, mag ik je wachtwoord van geschiedenis ff", 
        'log ff in op mijn laptop met je schoolaccount, dan kunnen we de presentatie samen afmaken',
        'log maar in op mijn pc, dan kunnen we het verslag afmaken voor maandag',
        "mag ik je wachtwoord van smartschool? ik ben het mijne kwijt en wil de taak zien",
        'bro log uit op mijn laptop, je hebt je insta open laten staan 😂',
        'log ff in op je account op mijn laptop voor de presentatie, de mijne doet het niet',
        'kan je inloggen op magister?',
        'ik kan niet inloggen op teams',
        'mag ik je netflix account gebruiken',
        'mag ik je oplader even lenen',
        'mag ik je insta even gebruiken om dat filmpje te zoeken',
        'ik moet even inloggen op magister',
        'log in op teams voor de les',
        'laat me je chat met lisa zien',
        'ik wil ook op tiktok',
        'mag ik ff op je gsm in mijn snap? mn accu is plat',
        'mijn telefoon is leeg, kan ik even op jouw telefoon op mijn eigen insta inloggen?',
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
    unless: [new RegExp(String.raw`\b(?:kwijt|vergeten|juf|meester|kahoot)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "geef je telefoon ff aan mij, niet tegen je ouders zeggen he",'geef je telefoon ff aan mij', 'laat me je dm\'s zien', 'wat is je code om je telefoon te ontgrendelen', 'log in op mijn account voor mij'],
      noMatch: ['mijn telefoon is kwijt', 'geef je telefoon aan de juf', 'laat me je nieuwe schoenen zien'],
    },
  },
  {
    id: 'nl.account_control.check-your-phone',
    category: 'account_control',
    severity: 'low',
    note: 'Low on its own: wants to go through the teen\'s phone or accounts ("ik wil je telefoon kunnen checken"). Parents say it too; it counts at `high` and in combinations.',
    patterns: [
      /\b(?:ik (?:wil|moet|ga|mag)|laat (?:mij|me)|mag ik)(?: elke dag| ff| even| af en toe| soms| gewoon)? (?:al )?(?:je|jouw|uw) (?:telefoon|gsm|mobiel|phone|insta|snap|account|accounts|chats|berichten|whatsapp|gesprekken|appjes|dms|dm's|mails|snaps)(?: \w{1,20})? (?:checken|controleren|doorzoeken|bekijken|nakijken|doorlezen|zien|lezen|meelezen)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:schermtijd|de mentor|de leraar|reparatie|kapot|update)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "ik wil je gesprekken kunnen lezen, je moeder hoeft da nie te weten",'ik wil je gesprekken kunnen lezen', 'ik wil je telefoon doorzoeken als we elkaar zien', 'ik wil je telefoon kunnen checken', 'ik wil je chats zien', 'ik moet je insta ff checken', 'laat mij je telefoon checken', 'ik wil elke dag je telefoon zien'],
      noMatch: ['ik wil je telefoon ff bekijken want hij is kapot', 'papa wil je schermtijd checken', 'ik wil jouw mening'],
    },
  },
  {
    id: 'nl.account_control.access-wide',
    category: 'account_control',
    severity: 'high',
    note: 'More routes into the teen\'s accounts: trading passwords ("jij geeft mij je ww", "elkaars wachtwoorden"), a code sent to the teen\'s number, admin rights, the groomer\'s fingerprint or recovery mail on the teen\'s phone or account, the teen\'s account on the groomer\'s device, WhatsApp Web linking, "verander je wachtwoord naar wat ik zeg".',
    patterns: [
      new RegExp(`\\belkaars (?:${PASSWORD}|codes|pincodes|telefooncode|telefooncodes)\\b|\\b(?:ruilen|wisselen|uitwisselen) (?:we |wij )?(?:onze |elkaars )?(?:${PASSWORD}|codes)\\b|\\b(?:onze|jullie) (?:${PASSWORD}) (?:ruilen|wisselen|uitwisselen|delen)\\b`),
      /\b(?:op|naar) (?:je|jouw|uw) (?:nummer|telefoon|gsm|mobiel|mail|e ?mail|06)\b.{0,40}\b(?:code|cijfers|verificatie)\b|\b(?:code|sms|cijfers) (?:\w{1,10} ){0,2}(?:naar|op) (?:je|jou|jouw)(?: \w{1,10})? (?:gestuurd|verstuurd|gestuurt|gesmst|laten sturen)\b.{0,30}\b(?:stuur|geef|zeg|tik|door|terug)\b/,
      /\b(?:je|jij) (?:krijgt|ontvangt|kreeg|hebt gekregen) (?:zo |nu |net |straks )?(?:een |de |n )?(?:code|sms|smsje|verificatiecode)\b.{0,36}\b(?:aan (?:mij|me) (?:geven|sturen|doorsturen)|naar (?:mij|me) (?:sturen|doorsturen))\b/,
      /\b(?:geef|maak) (?:me|mij) (?:ff |even )?(?:admin|beheerder|mede ?beheerder|co ?admin|moderator)(?: rechten)? (?:op|van|voor|in) (?:je|jouw|uw) (?:account|insta|instagram|snap|snapchat|tiktok|pagina|kanaal|youtube)\b/,
      /\b(?:voeg|zet|doe) (?:(?:ff|even|maar|gewoon) )?(?:mijn|mn|m'n) (?:gezicht|vingerafdruk|face id|duim) (?:.{0,12} )?(?:toe|op je|aan je|in je|erbij)\b|\b(?:mijn|mn|m'n) (?:mail|e ?mail|nummer|telefoonnummer|06)\b.{0,30}\b(?:herstelmail|herstel mail|herstelnummer|herstel ?adres|recovery|als herstel|koppelen aan je|toevoegen aan je)\b/,
      /\b(?:zet|installeer|log|doe) (?:ff |even )?(?:je|jouw|uw) (?:snap|snapchat|insta|instagram|tiktok|whatsapp|icloud|apple id|google account|account|discord|gmail) (?:\w{1,8} )?(?:op|in) (?:mijn|mn|m'n) (?:telefoon|mobiel|gsm|ipad|laptop|pc|computer|tablet|iphone)\b|\b(?:meelezen|mee lezen|meekijken|mee kijken)\b.{0,16}\b(?:je|jouw) (?:chats|berichten|whatsapp|snap|insta|dms|appjes|telefoon|gesprekken)\b|\b(?:je|jouw) (?:chats|berichten|whatsapp|snap|insta|dms|appjes|gesprekken)\b.{0,24}\b(?:meelezen|mee lezen|meekijken|mee kijken)\b/,
      /\b(?:scan|scannen|scant)\b.{0,20}\bcode\b.{0,20}\b(?:whatsapp|snap|insta|tiktok|discord|telegram)\b|\bwhatsapp web\b.{0,24}\b(?:scan|scannen|koppelen|koppel|inloggen)\b|\b(?:koppel|koppelen)\b.{0,16}\b(?:je|jouw) whatsapp\b/,
      new RegExp(`\\b(?:verander|wijzig) (?:je|jouw|uw) ${PASSWORD} (?:naar|in) (?:wat ik|dit|mijn|mn|het mijne|\\d{3,})\\b`),
      /\blog (?:ff |even )?uit\b.{0,20}\b(?:geef|stuur) (?:me|mij) (?:je|jouw) (?:gegevens|inloggegevens|inlog|login)\b/,
      /\bcode die (?:\w{1,10} )?(?:je|jou) (?:\w{1,8} )?(?:stuurde|stuurt|gestuurd|heeft gestuurd|smste|gaf)\b|\b(?:je|jouw) (?:account|insta|snap|snapchat|tiktok|acc|whatsapp) (?:\w{1,8} )?(?:aan|naar) (?:mij|me) (?:geven|overdragen|lenen|uitlenen|afstaan|overmaken)\b|\b(?:geef|leen) (?:je|jouw) (?:account|insta|snap|snapchat|tiktok|acc|whatsapp) (?:ff |even |maar |nu )?(?:aan|naar) (?:mij|me)\b/,
      // t22/t23: a remote-viewing app ("installeer ff deze app, dan kan ik op afstand meekijken op je scherm").
      /\b(?:installeer|download|zet)\b.{0,30}\b(?:app|appje|programma|apk)\b.{0,40}\b(?:meekijken|mee kijken|meelezen|mee lezen|op afstand|alles zien)\b|\bop afstand (?:\w{1,8} )?(?:meekijken|mee kijken|meelezen|mee lezen|bedienen|overnemen|inloggen)\b|\b(?:meekijken|mee kijken) (?:op|in|met) (?:je|jouw|uw) (?:scherm|telefoon|gsm|mobiel|laptop|pc)\b/,
      new RegExp(`\\bals (?:je|jij|ge) (?:mij|me) (?:echt |wel )?(?:vertrouwt|vertrouwd|liefhebt|lief vindt|van (?:me|mij) houdt|om (?:me|mij) geeft)\\b.{0,20}\\b(?:geef|stuur|zeg|vertel|deel)(?: (?:je|jij|ge))?(?: (?:me|mij))? (?:je|jouw|uw) (?:${PASSWORD}|code|pin|telefoon|account)\\b`),
    ],
    unless: [/\b(?:surveillance|surveillant|online toets|proctor\w{0,4}|examen ?camera)\b/,
      // t38: a parent who set screen time on the teen's phone ("ik heb schermtijd op je telefoon gezet, de code heb ik").
      /\b(?:schermtijd|ouderlijk toezicht|family ?link)\b/,
      /\b(?:wifi|wi fi|kluisje|kluis|fietsenstalling|fietsslot|kahoot|quizlet|blooket|kortingscode|magister|somtoday|teams|classroom|nooit|vergeten|kwijt|minecraft|roblox|fortnite|server|groepsapp|groep)\b/],
    examples: {
      match: [
        "ik heb een code naar je telefoon gestuurd, stuur die ff door",
        'we moeten elkaars wachtwoorden weten, dat doen stelletjes',
        'ik heb het even op jouw nummer laten sturen, wat is de code',
        'ik heb een code naar je gestuurd, stuur die terug',
        'je krijgt een code van insta, die moet je aan mij geven',
        'geef me admin op je account',
        'zet ff mn vingerafdruk op je telefoon',
        'voeg mijn mail toe als herstelmail op je account',
        'zet je snap op mijn telefoon, dan kan ik meelezen',
        'zet je icloud op mijn ipad',
        'ik wil meekijken met je whatsapp via web',
        'scan ff de qr code van whatsapp web voor me',
        'verander je wachtwoord naar wat ik zeg',
        'stuur me de code die insta je net stuurde',
        'kan je ff je account aan mij geven voor vanavond',
        'geef je snap ff aan mij dan regel ik je streaks',
        'als je mij vertrouwt geef je me je code',
        'log uit en geef mij je gegevens',
        'download ff dit appje, dan kan ik op afstand meekijken',
        'zet die app erop die ik je stuurde, dan kan ik meekijken op je scherm',
      ],
      noMatch: ['Tijdens de online toets mag niemand meekijken op je scherm en zit je in een rustige kamer. Camera aan voor de surveillance.',
        "ik heb schermtijd op je telefoon gezet, de code heb ik. vanavond praten we erover, niet boos zijn",
        'we weten elkaars wifi wachtwoorden',
        'scan de qr code voor de kahoot',
        'geef me admin van de groepsapp',
        'zet je wachtwoord nooit op een briefje',
        'ik stuur de code van het kluisje naar je nummer',
        'mag ik meekijken met je boek bij de les',
        'installeer de app van de bieb, dan kun je boeken lenen',
        'de it man van school kan op afstand je laptop updaten',
      ],
    },
  },
  {
    id: 'nl.account_control.login-wide',
    category: 'account_control',
    severity: 'high',
    note: 'Login details asked for in more wordings: mail and password together ("welke mail en ww gebruik je"), "de inloggegevens van je instagram nodig", the SMS code of a fake verification or the "stuur me die cijfers" takeover, the code of a banking app, a password changed to "iets wat ik ook weet", the Flemish "geeft mij ne keer uw wachtwoord".',
    patterns: [
      /\b(?:je|jouw|uw) (?:mail|e ?mail|mailadres|gebruikersnaam|username) (?:en |plus )?(?:je |jouw |uw |het )?(?:ww|wachtwoord|pw|password|paswoord|wachtwoord van)\b|\bwelke (?:mail|e ?mail|gebruikersnaam) (?:en )?(?:welk )?(?:ww|wachtwoord|pw|password)\b/,
      new RegExp(`\\b(?:inloggegevens|inlog gegevens|logingegevens|login gegevens|inlog|login|wachtwoord|ww) (?:van|voor) ${YOUR} (?:insta|instagram|snap|snapchat|tiktok|account|acc|fortnite|roblox|discord|mail|gmail|bankapp|bank|steam|psn|whatsapp)\\b.{0,20}\\b(?:nodig|hebben|sturen|geven|doorsturen)\\b|\\b(?:wat is|wat's|geef|stuur|zeg) ${YOUR} (?:inlog|login) (?:van|voor) \\w{2,12}\\b`),
      /\b(?:zescijferige|zes cijferige|6 ?cijferige|verificatie ?code|verificatiecode|sms ?code|bevestigingscode|beveiligingscode)\b.{0,50}\b(?:nodig|door te sturen|doorsturen|stuur|sturen|geven|delen|gelieve)\b|\b(?:sms|smsje|sms'je)\b.{0,40}\bstuur (?:me|mij) (?:ff |even )?(?:die|de|deze) (?:cijfers|code|nummers|getallen)\b/,
      /\b(?:code|pincode|inlogcode|wachtwoord|ww) (?:van|voor) (?:je|jouw|uw) (?:bankapp|bank|bankrekening|pinpas|bankpas|betaalpas)\b|\bverander (?:je|jouw|uw) (?:ww|wachtwoord|code|pincode|pw)\b.{0,20}\b(?:wat ik (?:ook )?weet|ik ook weet|mijn naam|wat ik zeg|dat ik (?:het )?(?:ook )?weet)\b/,
      new RegExp(`\\b(?:geef|geeft|geefde|zeg|zegt|stuur|stuurt) (?:mij|me) (?:ne keer |eens |ff |efkes |even )?${YOUR} ${PASSWORD}\\b`),
    ],
    unless: [
      /\b(?:bieb|bibliotheek|schoolapp|rooster|lesrooster)\b/, SCHOOL_LOGIN, HARMLESS_CODE, PARENT_SIGNED, CODE_WARNING_OR_FAMILY_ADMIN, /\b(?:vergeten|kwijt|nooit (?:.{0,24} )?(?:delen|geven|doorsturen|sturen)|geef (?:nooit|niet)|deel (?:nooit|niet)|magister|somtoday|smartschool|school ?mail)\b/,
      // t22/t23: a parent's advice passed on ("die sms code is voor jou, niet doorsturen hoor, zegt mijn vader altijd").
      /\b(?:niet|nie|ni) (?:\w{1,6} )?(?:doorsturen|door te sturen|doorgeven|delen)\b|\bzegt? (?:mijn|mn|m'n) (?:vader|moeder|pa|ma|papa|mama|ouders)\b/],
    examples: {
      match: ['je krijgt zo een verificatiecode, niet aan iemand geven behalve aan mij, stuur hem door', 'stuur je e-mail & wachtwoord', 'wat is je username + ww', 'welke e-mail & welk wachtwoord gebruik je', 'ik heb de 6-cijferige code nodig die je net kreeg', 
        'welke mail en ww gebruik je voor insta',
        'ik moet even je mail en ww hebben voor je modellencontract',
        'om je profiel te verifiëren hebben we de inloggegevens van je instagram nodig',
        'wat is je inlog van insta?',
        'Voor verificatie van je account hebben we de zescijferige code nodig die je per sms ontvangt.',
        'U ontvangt zo een verificatiecode per sms, gelieve die hier door te sturen',
        'er komt zo een sms van snapchat, stuur me die cijfers',
        'zeg ff de code van je bankapp, ik zet het geld er zelf op',
        'verander je wachtwoord naar iets wat ik ook weet',
        'geeft mij ne keer uw wachtwoord van tiktok',
        'die sms code die je krijgt is voor mij, stuur hem ff door',
      ],
      noMatch: ['je krijgt zo een inlogcode van fortnite, niet aan iemand doorsturen he, dat zijn scammers', 'je krijgt een verificatiecode van je digid, stuur die maar dan regelen we je zorgverzekering', 'deel je verificatiecode nooit met mensen die je online kent, er gaan nepmails rond', "mag ik jouw login van wiskunde online? ik wil zien hoe de opdracht eruit ziet", "kan ik ff je inlog van engels lenen? ik wil de opdracht zien", "mag ik je login van bio, ik wil ff zien welk huiswerk we hebben", "stuur je inlog van frans ff, ik kan de oefeningen van hoofdstuk 3 niet vinden", "ik snap de opdracht niet, mag ik je wachtwoord van geschiedenis ff", 
        'nooit je verificatiecode doorsturen, ook nie als iemand zegt dat hij die per ongeluk naar jou stuurde',
        'je mail en wachtwoord van smartschool moet je nooit delen',
        'ik ben de inlog van mijn fortnite vergeten',
        'de verificatiecode van de wifi staat op de router',
        'stuur me die cijfers van de toets ff',
        'geef nooit je wachtwoord aan iemand',
        'die verificatiecode is alleen voor jou, nie doorsturen zegt mijn moeder',
        'een sms code moet je niet zomaar delen, ook niet als iemand zegt dat het dringend is',
      ],
    },
  },
  {
    id: 'nl.account_control.code-by-mistake',
    category: 'account_control',
    severity: 'high',
    note: 'The account-takeover trick: "I sent a code to your number by mistake, can you forward it?" The code is the login code of the teen\'s own WhatsApp or Instagram.',
    patterns: [
      /\bcode (?:\w{1,12} ){0,2}(?:doorsturen|door te sturen|terugsturen|sturen|geven) (?:die|dat) (?:naar (?:je|jouw) (?:telefoon|nummer|mobiel|gsm)|(?:je|jij) (?:net )?(?:kreeg|kreegt|hebt gekregen|krijgt))\b/,
      /\b(?:per ongeluk|perongeluk)\b.{0,40}\bcode\b.{0,50}\b(?:doorsturen|door te sturen|terugsturen|terug te sturen|doorgeven)\b/,
      /\bcode\b.{0,40}\b(?:naar (?:je|jouw|uw) (?:nummer|telefoon|mobiel|gsm|mail)|per ongeluk|perongeluk)\b.{0,50}\b(?:doorsturen|door te sturen|terugsturen|terug te sturen|doorgeven|sturen|geven)\b/,
    ],
    unless: [HARMLESS_CODE, /\b(?:nooit|niet|nie) (?:.{0,12} )?(?:doorsturen|door te sturen|doorgeven|geven)\b|\b(?:oplichters|phishing|scam|trap er niet in)\b/],
    examples: {
      match: [
        "kun je de code doorsturen die naar je telefoon kwam? per ongeluk naar jou gestuurd",
        'ik heb een code naar je nummer gestuurd per ongeluk, kun je hem doorsturen? ik ben mn account kwijt',
        'sorry er komt zo een code naar je telefoon, die was per ongeluk, kan je hem ff doorsturen',
        'ik heb per ongeluk een code naar jou gestuurd, wil je die terugsturen',
      ],
      noMatch: [
        'als iemand vraagt een code door te sturen die per ongeluk naar je nummer kwam, nooit doorsturen, dat zijn oplichters',
        'ik heb de code van de wifi per ongeluk verkeerd ingetypt',
        'stuur ff de code van het lokaal door, ik ben te laat',
      ],
    },
  },
  {
    id: 'nl.account_control.takeover-more',
    category: 'account_control',
    severity: 'high',
    note: 'Account takeover in other words: the game account\'s password ("stuur je roblox wachtwoord, dan zet ik er robux op"), "ge moet mij gewoon uw wachtwoord geven", recovery codes, a login link ("log daar ff in met je insta"), the same password as theirs, their phone as a trusted device, the verification code for a "giveaway", a Discord token.',
    patterns: [
      new RegExp(`\\b(?:stuur|geef|deel|zeg|wat is|app|mag ik|kan ik|krijg ik) (?:(?:me|mij|ff|even|eens|dan) ){0,2}(?:je|jouw|uw|ur) (?:roblox|fortnite|epic|epic games|minecraft|steam|brawl stars|clash|psn|xbox|playstation|nintendo|valorant|riot|fifa|ea) ?(?:${PASSWORD}|inloggegevens|accountgegevens|gegevens)\\b`),
      new RegExp(`\\b(?:je|jij|ge|gij) (?:moet|mag|kan|kunt|moogt|gaat) (?:(?:me|mij|gewoon|gwn|ff|even|echt|maar|dan|toch) ){1,3}${YOUR} (?:[a-z]{2,12} )?${PASSWORD} (?:\\w{1,6} ){0,3}(?:geven|sturen|zeggen|doorsturen|doorgeven|delen|opsturen|geve)\\b`),
      /\b(?:herstelcodes?|backup ?codes?|back up ?codes?|reservecodes?|herstelsleutel|recovery ?codes?|2fa ?codes?|herstel ?code)\b/,
      new RegExp(`\\b(?:link|linkje|site|pagina|formulier)\\b.{0,40}\\blog (?:daar |hier |er |dan )?(?:\\w{1,6} )?in (?:met|via|op) (?:je|jouw|uw) ${ACCOUNT}\\b|\\blog (?:daar|hier|er) (?:\\w{1,6} )?in met (?:je|jouw|uw)\\b`),
      new RegExp(`\\b(?:maak|zet|verander|wijzig) (?:je|jouw|uw) ${PASSWORD} (?:\\w{1,8} ){0,4}(?:het mijne|de mijne|mijn ${PASSWORD}|wat ik (?:zeg|kies|stuur|bedenk))\\b|\\b(?:je|jouw|uw) ${PASSWORD} (?:\\w{1,6} ){0,2}(?:hetzelfde|zelfde|gelijk) (?:als|aan) (?:het mijne|de mijne|mijn)\\b`),
      /\b(?:vertrouwd apparaat|vertrouwde apparaten|trusted device|gekoppeld apparaat)\b|\bvoeg (?:mijn|mn|m'n) (?:telefoon|apparaat|laptop|gsm|nummer|mail|e ?mail|mailadres) (?:\w{1,6} ){0,2}toe (?:aan|op|als|bij) (?:je|jouw|uw)\b|\b(?:mijn|mn|m'n) (?:mail|e ?mail|mailadres|nummer) (?:\w{1,6} ){0,2}(?:als )?(?:herstel|recovery|back ?up)\w{0,8}\b/,
      /\bwat is (?:de|die|je|jouw|uw) (?:verificatiecode|verificatie code|inlogcode|sms ?code|2fa ?code|beveiligingscode|bevestigingscode)\b|\b(?:discord ?token|je token|jouw token|session ?cookie)\b/,
      // t21: the hacker's opening ("ik heb toegang tot je instagram. kijk maar, je laatste dm was…", "ik zit in je account").
      new RegExp(`\\bik (?:heb|had) (?:nu |al |ook |gewoon )?(?:toegang tot|controle over) ${YOUR} ${ACCOUNT}\\b|\\bik (?:heb|had) ${YOUR} ${ACCOUNT} (?:\\w{1,6} )?(?:gehackt|gehacked|overgenomen)\\b|\\bik (?:zit|ben) (?:al |nu |gewoon )?(?:in|op) ${YOUR} (?:account|acc|insta|instagram|snap|snapchat|icloud|gmail|mail|whatsapp)\\b(?! (?:story|stories|comments|reacties|dms|volgers|lijst)\\b)`),
    ],
    unless: [/\b(?:magister|smartschool|somtoday|zermelo|itslearning|(?:aan|naar) de (?:mentor|juf|meester|helpdesk))\b/,
      // A warning, Dutch or English ("never give anyone ur 2fa code btw, my cousin got hacked", "geef nooit je herstelcodes aan iemand").
      /\b(?:never|dont|don't|do not|nooit|niet|nie|geen)\b (?:\w{1,10} ){0,3}(?:give|share|send|geven|delen|sturen|doorgeven|doorsturen)\b.{0,30}\b(?:2fa|code|codes|herstelcodes?|backup ?codes?|recovery)\b(?!.{0,30}\b(?:only me|except me|behalve (?:mij|aan mij)|alleen (?:aan |met )?(?:mij|me))\b)|\b(?:2fa|herstelcodes?|backup ?codes?|recovery ?codes?)\b.{0,20}\b(?:nooit|never|niet|nie) (?:\w{1,10} )?(?:delen|geven|share|give|sturen|doorgeven)\b(?!.{0,30}\b(?:only me|except me|behalve (?:mij|aan mij)|alleen (?:aan |met )?(?:mij|me))\b)/,
      // A class's shared code ("wat is de inlogcode voor de methode van wiskunde? hij stond op het bord").
      /\b(?:methode|lesmethode|werkboek|licentie|op het bord|op de beamer|de docent|de leraar|de lerares|leerlingnummer|wifi)\b|\bvoor (?:de|het) (?:site|website|boek|les) van (?:wiskunde|engels|frans|duits|nederlands|bio|biologie|geschiedenis|aardrijkskunde|scheikunde|natuurkunde|economie|school)\b/,
      // t16: an account the teen made for a group, so its code goes to the teen's phone.
      /\b(?:jij|je) (?:hebt|heb|had) (?:het|dat|dit|ons|onze|de) (?:\w{1,12} )?(?:account|acc|kanaal|pagina|profiel) (?:\w{1,8} )?(?:gemaakt|aangemaakt)\b|\b(?:klassen|groeps|team|club|familie|gezins|project)(?:account|acc|kanaal)\b|\baccount van (?:de|het|ons|onze) (?:klas|team|club|project|groep|band|vereniging)\b/,
      // An automated notice quoting its own code ("your recovery code is 557201. if you didn't request this…") and advice to switch two-step login on.
      /\b(?:code|codes)(?: is| are)? \d{4,8}\b|\bif you didn'?t request\b|\bignore this (?:message|email|mail)\b|\bnegeer (?:dit|deze) (?:bericht|mail|sms)\b|\bals (?:je|u) dit niet (?:zelf )?(?:hebt |heeft )?aangevraagd\b|\b(?:2fa|tweestaps\w{0,12}|two ?factor|twee ?factor)\b.{0,16}\b(?:aanzetten|aan zetten|aan te zetten|inschakelen|instellen|activeren)\b/,
      // t21: the code shows on the sender's own screen ("je 2fa code staat op mn scherm … log uit pls"), or a shared account's code ("our shared fortnite acc").
      /\b(?:staat|verscheen|kwam|komt) (?:\w{1,6} )?op (?:mijn|mn|m'n) (?:scherm|telefoon|laptop|gsm|mobiel|pc|tablet)\b|\blog (?:ff |even |snel )?(?:uit|af)\b|\buitloggen\b|\b(?:our|ons|onze) (?:shared|gedeelde|gezamenlijke)\b|\b(?:shared|gedeeld|gedeelde) (?:acc|account)\b|\b(?:my|mijn|mn|m'n) (?:2fa|herstel|verificatie|sms|inlog) ?codes? (?:\w{1,6} )?(?:isnt|isn't|is not|doesnt|doesn't|wont|won't|komt niet|komt nie|kwam niet|niet|nie)\b/, /\b(?:wifi|wi fi|kluisje|kluis|fietsenstalling|fietsslot|kahoot|quizlet|blooket|gimkit|wooclap|game ?pin|kortingscode|promo ?code|vergeten|kwijt|nooit|deel nooit|phishing|scam|oplichters?|oplichting|trap er niet in|nep ?link|pas op|melden|niet delen|nie delen)\b/, SIBLING_SIGNED],
    examples: {
      match: [
        'stuur je roblox wachtwoord, dan zet ik er gratis robux op',
        'dont give anyone else ur 2fa code, only me ok',
        'geef ff je fortnite inloggegevens, ik speel je battle pass vol',
        'allez da is toch nie erg, ge moet mij gewoon uw wachtwoord geven van insta en snap',
        'je moet me echt je ww sturen',
        'stuur ff een screenshot van je herstelcodes',
        'ik stuur je een linkje, log daar ff in met je insta',
        'maak je wachtwoord hetzelfde als het mijne, dan kunnen we elkaars account checken',
        'voeg mijn telefoon toe als vertrouwd apparaat op je account',
        'zet mijn mail als herstelmail op je insta',
        'ik heb jouw account nodig voor een giveaway, wat is de verificatiecode',
        'kopieer je discord token en stuur m naar mij',
        'ik heb toegang tot je snap, kijk maar naar je laatste chat',
        'ik zit in je insta, je wachtwoord is veranderd',
        'ik heb je account gehackt, doe wat ik zeg',
        'mag ik je epic wachtwoord? ik wil alleen je skins zien',
      ],
      noMatch: ['Your recovery code: 557201', 'geef nooit je herstelcodes aan iemand, mijn neef is zo zijn fortnite kwijt', 'dont share ur backup codes with anyone, my friend got hacked', 'wat is de inlogcode voor het werkboek van engels? ik was er nie toen hij op het bord stond', 'wat is de inlogcode van de wifi in de aula?', 
        '2fa code aan zetten op je insta is echt slim, mijn account is gehackt omdat ik dat niet had 😭',
        'tweestapsverificatie inschakelen op je snap, echt doen, dan kan niemand erin',
        'Roblox: Your account recovery code is 557201. If you didn\'t request this, ignore this message.',
        'Instagram: je herstelcode is 448120. Negeer dit bericht als je dit niet hebt aangevraagd.',
        'de herstelcode van magister moet je aan de mentor doorsturen',
        'ik ben mijn roblox wachtwoord vergeten, hoe reset ik dat',
        'wat is de verificatiecode van de kahoot?',
        'deel nooit je herstelcodes met iemand',
        'log in met je schoolaccount op de site van de bieb, zegt de mentor',
        'die link is phishing, log daar niet in met je insta',
        'wat is de 2fa code? jij hebt het account van de klas gemaakt, dus hij komt bij jou binnen',
        'de inlogcode van het teamaccount ging naar jouw nummer, wat is ie?',
        'wat is de verificatiecode? jij hebt ons tiktok account toch aangemaakt',
        'stuur ff de 2fa code van het groepsaccount, die gaat naar jouw telefoon',
        'wat is de sms code? het account van het project staat op jouw nummer',
        'je herstelcode verscheen op mijn telefoon, heb jij op mijn gsm ingelogd? log uit',
        'de 2fa code van ons gedeelde minecraft account kwam bij jou binnen, stuur ff',
        'ik zit in je insta comments te lachen haha',
        'mijn 2fa code komt niet binnen, werkt jouw snap wel?',
        'mag ik je roblox wachtwoord? ik wil alleen je avatar aanpassen xx je zusje',
        'stuur je steam wachtwoord, ik wil je inventory zien. groetjes je broer',
      ],
    },
  },
  {
    id: 'nl.account_control.share-passwords',
    category: 'account_control',
    severity: 'medium',
    note: 'Sharing passwords framed as love or trust ("echte koppels delen toch alles? ook wachtwoorden", "als je me vertrouwt geef je me je inlog"): the step before control of every chat (coercive control in teen relationships).',
    patterns: [
      /\b(?:koppels|stelletjes|geliefden|vriend en vriendin|relatie|houdt van me|hou je van me|vertrouw je me|vertrouwt ge mij|vertrouw je mij|me vertrouwt|mij vertrouwt|niks te verbergen|niets te verbergen)\b.{0,60}\b(?:wachtwoorden|wachtwoord|paswoord|ww|inlog|inloggegevens|codes|pincode)\b|\b(?:wachtwoorden|wachtwoord|paswoord|ww|inlog)\b.{0,60}\b(?:niks te verbergen|niets te verbergen|vertrouw je me|vertrouwt ge mij|koppels|stelletjes)\b/,
      // t14: a money mule's "leen me ff je bankpas en pincode, ik stort er iets op".
      /\b(?:leen|geef|stuur|breng|mag ik|kan ik|wil ik) (?:me |mij )?(?:ff |even |eens |effe )?(?:je|jouw|uw) (?:bankpas|pinpas|betaalpas|bankkaart|debitcard|creditcard|pasje)\b.{0,30}\b(?:pincode|pin|code|stort|storten|zet er|geld op|erop)\b|\b(?:bankpas|pinpas|betaalpas|bankkaart)\b.{0,12}\b(?:en|plus|met) (?:je |de )?(?:pincode|pin|code)\b|\b(?:bankpas|pinpas|betaalpas|bankkaart) (?:pincode|pin|code)\b/,
    ],
    unless: [/\b(?:geen|nooit|niet|nie) (?:\w{1,6} )?(?:delen|geven|wachtwoorden)\b|\b(?:red flag|toxic|controlerend|pas op)\b/],
    examples: {
      match: ['ik heb alleen je bankpas + pincode nodig, morgen krijg je hem terug', "leen me ff je bankpas en pincode, ik stort er iets op", "geef je pinpas en code, ik zet er geld op", 
        'echte koppels delen toch alles? ook wachtwoorden. ik heb niks te verbergen, jij toch ook niet?',
        'als je me vertrouwt geef je me je inlog',
        'ik heb niks te verbergen, dus we kunnen onze ww gewoon delen',
      ],
      noMatch: ["leen me ff je pasje voor de kantine", 
        'echte koppels delen geen wachtwoorden, dat is een red flag',
        'mijn vriend wil mijn wachtwoord, is dat toxic?',
        'vertrouw je me? ik ben er om 8 uur',
      ],
    },
  },
  {
    id: 'nl.account_control.credentials-t11',
    category: 'account_control',
    severity: 'high',
    note: 'Login details "to verify your profile" (username and password) and a recovery code sent to the teen\'s number "by mistake" to be forwarded.',
    patterns: [
      /\b(?:gebruikersnaam|inlognaam|username|e ?mail|mailadres) en (?:wachtwoord|ww|paswoord|password)\b.{0,30}\b(?:nodig|sturen|geven|doorsturen|door)\b|\b(?:nodig|stuur|geef)\b.{0,20}\b(?:gebruikersnaam|inlognaam|username) en (?:wachtwoord|ww|paswoord|password)\b/,
      /\b(?:herstelcode|herstel code|resetcode|reset code|inlogcode|login code|verificatiecode|beveiligingscode)\b.{0,60}\b(?:doorsturen|door ?sturen|naar mij|aan mij|ff sturen|geven|cijfers)\b/,
    ],
    unless: [/\b(?:nooit|niet (?:delen|geven|doorsturen)|phishing|oplichters?|neppe?|let op|magister|smartschool|somtoday|wifi)\b/, CODE_WARNING_OR_FAMILY_ADMIN],
    examples: {
      match: ['Om je profiel te verifiëren hebben we je Instagram-gebruikersnaam en wachtwoord nodig. Dit is standaardprocedure.', 'help ik ben mijn account kwijt en ze sturen de herstelcode naar jou omdat je mijn vriend bent op insta. kan je hem ff doorsturen? is maar 6 cijfers, supersnel', 'stuur je gebruikersnaam en wachtwoord, dan zet ik je account op verified', 'je krijgt zo een herstelcode, kan je die naar mij sturen'],
      noMatch: ['er komt zo een verificatiecode van roblox, nie met iemand delen, groetjes je zus', 'geef nooit je gebruikersnaam en wachtwoord aan iemand', 'wat is de gebruikersnaam en wachtwoord van de wifi', 'stuur nooit een herstelcode door, dat is phishing'],
    },
  },
  {
    id: 'nl.account_control.access-t12',
    category: 'account_control',
    severity: 'high',
    note: 'Account access in the words the other rules miss: Flemish "wa is je wachtwoord", "ik ga je roblox account levelen" (account boosting needs the login), "zet mijn vingerafdruk ook in jouw telefoon", "voor de coaching app heb ik je inloggegevens nodig".',
    patterns: [
      new RegExp(`\\b(?:wa|wa's|wad) (?:is|zijn|was) (?:je|jouw|uw|u|ur) (?:\\w{1,12} )?${PASSWORD}\\b`),
      /\blaat (?:(?:me|mij|ff|even|eens|maar|dan) ){0,2}(?:je|jouw|al je|uw) (?:berichten|chats|dms|dm's|gesprekken|appjes) (?:(?:ff|even|eens|maar|dan|nu) )?zien\b(?! (?:van|met|in|uit)\b)/,
      /\bik (?:ga|kan|zal|wil) (?:je|jouw|uw|ur) (?:\w{1,12} )?(?:account|acc|profiel) (?:\w{1,8} )?(?:levelen|boosten|grinden|upgraden|farmen|ranken|carryen|opwaarderen)\b/,
      /\b(?:voeg|zet|registreer|scan) (?:(?:ff|even|ook|gewoon|maar) )?(?:mijn|mn|m'n) (?:gezicht|vingerafdruk|vinger|duim|face ?id|touch ?id)\b.{0,20}\b(?:in|op|aan|bij) (?:je|jouw|uw) (?:telefoon|gsm|mobiel|iphone|phone|ipad|laptop|tablet|face ?id|touch ?id|ontgrendeling|schermslot)\b/,
      // "voeg mijn vinger toe aan je touch id, dan kan ik erin als jij slaapt".
      /\b(?:mijn|mn|m'n) (?:vingerafdruk|vinger|duim|gezicht|face ?id|touch ?id)\b.{0,40}\bdan (?:kan|kom) ik (?:er ?in|erop|erin|in je (?:telefoon|gsm|mobiel|iphone)|je (?:telefoon|gsm|mobiel|iphone) (?:openen|ontgrendelen|in))\b/,
      new RegExp(`\\b(?:heb|moet) ik (?:je|jouw|uw) (?:\\w{1,12} )?(?:${PASSWORD}|gegevens|accountgegevens) (?:\\w{1,8} )?(?:nodig|hebben|weten)\\b|\\bik (?:heb|moet) (?:je|jouw|uw) (?:\\w{1,12} )?(?:${PASSWORD}|accountgegevens) (?:\\w{1,8} )?(?:nodig|hebben|weten)\\b`),
    ],
    unless: [/\b(?:fietsenstalling|fietsenhok|fietsslot|slot|kluis|kluisje|wekker|alarm|garage|poort|netflix|spotify|disney|videoland|router|hotspot)\b/, new RegExp(String.raw`\b(?:magister|smartschool|somtoday|zermelo|itslearning|schoolaccount|schoolapp|rooster|bieb|bibliotheek|wifi|wi fi|kluisje|kahoot|vergeten|kwijt|nooit|phishing|scam|oplichters?|pas op|niet delen)\b|${OWN_PARENT}`),
      // t22/t23: "ik heb je steam wachtwoord niet nodig, log gwn zelf in".
      /\b(?:niet|nie|ni|geen) (?:eens )?nodig\b|\blog (?:\w{1,6} )?zelf in\b/],
    examples: {
      match: [ "wa is je wachtwoord, ik ga je roblox account levelen haha",
        'wa is je wachtwoord, ik ga je roblox account levelen',
        'wa is uw pw? ik boost uw account ff',
        'ik ga je account grinden vannacht',
        'zet mijn vingerafdruk ook in jouw telefoon',
        'dan mag ik toch weten met wie je praat. laat je berichten ff zien',
        'voor de coaching app heb ik je inloggegevens nodig',
        'ik heb je steam wachtwoord nodig, dan zet ik er skins op',
        'zet ff mn duim op je touch id, dan kan ik erin als je je telefoon vergeet',
        'voeg mijn gezicht toe aan jouw face id',
        'met mijn vingerafdruk erop kom ik er altijd in, dan kan ik erin wanneer ik wil',
      ],
      noMatch: [
        'wat is het wifi wachtwoord hier',
        'laat je berichten ff zien van de groepsapp, ik zit er niet in',
        'wa is je pincode van de fietsenstalling',
        'wa is je login voor de bieb? ik verleng dat boek voor je',
        'ik heb mijn wachtwoord van magister nodig, weet jij hoe dat moet',
        'zet je eigen vingerafdruk erin, dat is veiliger',
        'ik heb je wachtwoord echt niet nodig hoor, log zelf maar in',
        'nee joh ik heb je steam ww nie nodig, ik kijk wel op je profiel',
        'zet je vinger op de scanner, dan kan ik de deur openen',
        'mama zet haar gezicht op de ipad, dan kan ik erin voor school',
      ],
    },
  },
  {
    id: 'nl.account_control.screen-share-messages',
    category: 'account_control',
    severity: 'medium',
    note: 'Asks the teen to share their screen and open their messages, chats or gallery: reading everything without the password.',
    patterns: [
      /\b(?:deel|share|stream|toon|laat) (?:(?:ff|even|eens|es|gewoon|me|mij|maar|nu) ){0,2}(?:je|jouw|uw|ur|het) (?:scherm|screen|beeldscherm)\b.{0,40}\b(?:open|opent|ga naar|toon|laat (?:me |mij )?zien|scroll door|klik op)\b.{0,12}\b(?:je|jouw|uw|ur|al je) (?:berichten|chats|chat|dm'?s|dms|inbox|whatsapp|insta|snap|snapchat|galerij|gallerij|camerarol|fotorol|foto'?s|fotos|contacten|privechats|gesprekken|messages)\b|\b(?:open|laat (?:me|mij) zien) (?:ff |even )?(?:je|jouw) (?:berichten|chats|dms|inbox|galerij|camerarol)\b.{0,30}\b(?:scherm ?delen|deel (?:je )?scherm|screen ?share|screenshare)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:les|klas|teams|zoom|juf|meester|docent|mentor|presentatie|werkstuk|project|opdracht|vakantie|helpdesk|ict)\b|${OWN_PARENT}`), new RegExp(SIGNED_OFF)],
    examples: {
      match: [ "share je screen en open je dms, ik wil zien met wie je praat, uw ouders moeten dat nie weten",
        'share je screen en open je dms, ik wil zien met wie je praat',
        'deel even je scherm en scroll door je chats',
        'open ff je galerij en deel je scherm',
      ],
      noMatch: [
        'deel je scherm en open je presentatie, de juf wacht',
        'deel je scherm ff, open de game dan help ik je',
        'deel je scherm en open je opdracht voor de les',
      ],
    },
  },
  {
    id: 'nl.account_control.hand-over-phone-or-login',
    category: 'account_control',
    severity: 'medium',
    note: 'Session 30 (fresh batch t50): the phone handed over "to check and set things up" ("ik moet je telefoon morgen ff hebben"), a guess at the code ("je code is toch je geboortedatum?"), a login handed over ("ik wil dat je je snapchat login aan mij geeft").',
    patterns: [
      /\bik (?:moet|wil|ga) (?:je|jouw|uw) (?:telefoon|mobiel|gsm|fone|foon|iphone) (?:\w{1,8} ){0,3}(?:hebben|lenen|checken|instellen|doorzoeken|nakijken)\b/,
      /\b(?:je|jouw|uw) (?:code|pincode|pin|wachtwoord|ww|toegangscode|schermcode|ontgrendelcode) (?:is|was) (?:toch|zeker|vast|gewoon|natuurlijk) (?:je|jouw) (?:geboortedatum|verjaardag|naam|postcode|huisnummer|1234|0000)\b/,
      /\b(?:je|jouw|uw) (?:\w{1,12} )?(?:login|inlog|inloggegevens|logins|wachtwoord|ww|pincode|code) (?:\w{1,6} )?aan (?:mij|me) (?:geeft|geven|doorgeeft|stuurt|sturen|geef)\b/,
    ],
    unless: [new RegExp(OWN_PARENT), new RegExp(SIGNED_OFF), /\b(?:juf|meester|mentor|reparatie|repareren|scherm kapot|winkel|wifi)\b/],
    examples: {
      match: ['ik moet je telefoon morgen ff hebben, geef m gewoon mee na school, ik wil alleen wat dingen checken en instellen', 'je code is toch je geboortedatum? haha of welke is het', 'ik wil dat je je snapchat login aan mij geeft, zodat ik weet dat je niks achter mijn rug doet'],
      noMatch: ['ik moet je telefoon ff hebben voor de reparatie, de winkel belt', 'je code is toch je geboortedatum zeg je? verander die, groetjes mentor', 'geef de wifi code aan mij, ik zit bij je thuis'],
    },
  },
  {
    id: 'nl.account_control.login-or-fingerprint',
    category: 'account_control',
    severity: 'medium',
    note: 'Session 31 (fresh batch t52): the login asked for in a few words ("zomerkamp zonder wifi?? ik hou je streaks wel bij, gooi ff je login hier") and the sender\'s fingerprint or face added to the teen\'s phone ("ik wil dat je mijn vingerafdruk toevoegt aan je telefoon").',
    patterns: [
      /\b(?:gooi|drop|dump|plak) (?:ff |even |effe |efkes |maar |me |mij |hier ){0,3}(?:je|jouw|uw) (?:login|inlog|inloggegevens|inlognaam en wachtwoord|wachtwoord|ww|pw)\b/,
      /\b(?:mijn|m'?n|mn) (?:vingerafdruk|duim|gezicht|face ?id)\b.{0,20}\b(?:toevoegt|toevoegen|toevoeg|instelt|instellen|zet|zetten|erbij)\b.{0,30}\b(?:je|jouw|uw) (?:telefoon|gsm|mobiel|iphone|phone)\b|\b(?:voeg|zet) (?:mijn|m'?n|mn) (?:vingerafdruk|duim|gezicht|face ?id) (?:toe |erbij |op )?(?:aan |in |op )?(?:je|jouw|uw) (?:telefoon|gsm|mobiel|iphone)\b/,
    ],
    unless: [new RegExp(SIGNED_OFF), new RegExp(OWN_PARENT), /\b(?:magister|somtoday|smartschool|school ?account|schoolmail|teams|classroom|wifi ?wachtwoord|wifi code|de wifi|gastnetwerk)\b/],
    examples: {
      match: ['zomerkamp zonder wifi?? ik hou je streaks wel bij, gooi ff je login hier', 'als je hier bent wil ik dat je mijn vingerafdruk toevoegt aan je telefoon', 'voeg mijn face id toe aan je telefoon, dan kan ik erin als je slaapt'],
      noMatch: ['zet je wachtwoord op iets sterkers, zei de mentor', 'gooi je login van magister hier, ik kijk welk cijfer je hebt voor je', 'zet mijn vingerafdruk op de ipad van mijn moeder', 'gooi ff het wifi wachtwoord hier'],
    },
  },
];
