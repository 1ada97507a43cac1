import type { RuleDef } from '../../types';
import { PASSWORD, OWN_PARENT, tagged } from './words';

/**
 * Moving the chat somewhere more private: Winters et al. (2020) "gaining access and isolation";
 * groomers pull contact from a public or moderated place (a game, comments, a group) to
 * Snapchat, Telegram, Kik, Wickr or a second account. Asking for a handle is `low` (teens swap
 * handles all day); pointing at privacy ("daar kan niemand meelezen", "daar verdwijnt alles",
 * a secret account) is `medium`.
 */
const APP =
  '(?:snapp?|snapchat|sc|insta|instagram|ig|telegram|tele|tg|kik|wickr|signal|discord|dc|whatsapp|wapp|tiktok|threema|viber|skype|omegle|yubo|wizz|session|line|messenger|wire)';
/** Handles that are only ever app names, for messages that consist of nothing else ("snap?"). */
const APP_STRICT = '(?:snap|snapchat|sc|insta|instagram|telegram|kik|wickr|signal|discord|whatsapp)';
/** "there", or "on <app>", as the place where nobody reads along. */
const THERE = `(?:daar|op ${APP}|in die app|op die app|in dat app)`;

/** Others read along here (said to move the chat): "iedereen leest hier mee", "zonder pottekijkers". */
const WATCHED =
  '(?:\\b(?:iedereen|iedereen hier|mensen|de mods|mods|de admins|admins|ze) (?:kan |kunnen |leest |lezen |kijkt |kijken )?(?:hier |alles )?(?:mee|meelezen|meekijken)\\b|\\bte veel (?:volk|mensen|pottekijkers|ogen|mods) (?:hier|in deze (?:groep|chat|server)|in de (?:chat|groep|server))\\b|\\b(?:' + APP + '|deze app|die app|de app|dit platform) (?:leest|lezen|kijkt|kijken|checkt|checken|scant|scannen) (?:hier |alles |echt alles |ook |gewoon |gwn |nu )?(?:mee|meelezen|meekijken)\\b|\\bzonder pottekijkers\\b|\\bhier (?:kunnen|kan) (?:we|wij) (?:.{0,8} )?(?:niet|nie|ni) (?:echt |goed |zo )?(?:rustig|vrij|normaal|ongestoord) (?:praten|chatten|kletsen)\\b)';
/** Somewhere else to talk. */
const WAY_OUT = `(?:${APP}|dm|pb|prive|privebericht|server|call|nummer|toevoegen|voeg|adden|add|download|andere app|ergens anders)`;

export const rules: RuleDef[] = [
  {
    id: 'nl.platform_switch.add-me',
    category: 'platform_switch',
    severity: 'low',
    note: 'Asks the teen to add them or for their handle on another app ("add me op snap", "wat is je insta", "heb je telegram").',
    patterns: [
      tagged(new RegExp(`\\b(?:(?:add|adde|adden|voeg|toevoegen) (?:me|mij|mn|jou|je|ff|even)|zet (?:me|mij)|addme) (?:.{0,12} )?(?:op|via|in|toe op) ${APP}\\b|^add (?:me|mij)(?: ff| pls| dan| daar)? ?\\??$`)),
      // "kik je me?": Kik is a groomers' favourite, but friends say it about homework too.
      /\bkik (?:je |jij |ge )?(?:me|mij)\b/,
      // "wrm zit je nie op snap, download het ff": pushing the app itself.
      new RegExp(`\\b${APP}\\b.{0,30}\\b(?:download|installeer|instaleer|haal) (?:het|die|dat|m|hem|em) (?:ff|even|dan|snel|gewoon|gwn|maar|nu)\\b`),
      // Moving to a new app: "download anders wickr of session".
      /\b(?:download|installeer|instaleer|haal|neem) (?:anders |ff |even |dan |maar |gewoon |gwn )?(?:wickr|session|signal|threema|kik|wire|telegram)\b/,
      // The phone number "in a dm": off the public chat.
      /\b(?:zet|stuur|geef|gooi|drop|doe) (?:me |mij )?(?:je|jouw|ur|uw) (?:nummer|06|telefoonnummer|nr)(?: ?(?:ff|even|maar|dan))? (?:in (?:een |de |mijn |m'n |mn )?(?:dm|pb|prive|privebericht)|prive|via (?:dm|pb|prive))\b/,
      new RegExp(`\\b(?:wat is|wat's|wats|whats|wa is|geef|stuur|drop|zeg|tik|zet) (?:me |mij |ff |even )?(?:je|jouw|jou|ur|u|uw) ${APP}(?: ?naam| ?name| ?username| ?account| ?acc| ?id| ?nummer)?\\b(?! (?:${PASSWORD}|code)\\b)`),
      new RegExp(`\\b(?:(?:heb|hb|hebt|heeft|zit|ben|gebruik|praat) (?:je|jij|u)|hebde(?: gij)?) (?:ook |al |toevallig |eigenlijk )?(?:op )?${APP}\\b(?! (?:gezien|van|story|verwijderd|gehackt|gedownload|bericht|berichtje|gestuurd|geopend|geblokt|uitgezet))`),
      tagged(new RegExp(`^(?:je |jouw |ur |uw )?${APP_STRICT}(?: of ${APP_STRICT})? ?\\??$`)),
      new RegExp(`\\b(?:wat is|wats|whats|wa is|geef|drop) (?:me |ff )?(?:je|jouw|uw|ur) (?:username|user ?name|gebruikersnaam|tag|handle|gamertag|account)\\b(?! (?:van (?:je|jouw) (?:kat|hond)|voor de))|\\bwat is (?:je|jouw|uw|ur) (?:op|on) ${APP}\\b`),
      new RegExp(`\\b(?:je|jouw|ur) ${APP} ?(?:naam|name|username|account|acc)? ?\\?`),
      // t15: "voor de castingdetails moet je me op whatsapp toevoegen", "snap is veiliger bro".
      new RegExp(`\\b(?:moet|kan|kun|kunt|mag|moogt) (?:je|jij|ge) (?:me|mij) (?:\\w{1,8} )?(?:op|via|in) ${APP} (?:toevoegen|adden|add|appen|volgen|followen)\\b|\\b${APP} is (?:echt |gewoon |veel |wel |toch )?(?:veiliger|safer|priver|chiller|beter voor ons|prive)\\b`),
    ],
    unless: [/\bmet (?!(?:mij|me|mn|jou|je|ons|z'n)\b)[a-z]{2,12} (?:erbij |samen |ook )?(?:in (?:een|de) (?:call|groep|vc|voice|party|server)|callen|gamen)\b/, /\b(?:kat|hond|huisdier|fanaccount|fan account|art account|kunstaccount|snap ?map|snapmap)\b/, /\b(?:story|storie|post|reel|filmpje|video|gezien|verwijderd|gehackt|streak|filter|update|geupdate|geupdatet|updaten|groep|groepschat|klassenapp|klasgenoten|trainer)\b/, /\b(?:samen gamen|potje|lobby|server van de klas|huiswerk|de opdracht|het rooster|samenvatting)\b/],
    examples: {
      match: [ "heb je discord? dan kunnen we met ons tweeen in een call, je moeder hoeft da nie te weten",
        'heb je discord? dan kunnen we met ons tweeen in een call', 
        "voor de castingdetails moet je me op whatsapp toevoegen, niet via insta", "kun je me ff op telegram adden? daar stuur ik de info", "snap is veiliger bro, gooi die van jou", "telegram is echt veiliger, heb je dat?", 'kik je me? zelfde username',
        'wrm zit je nie op snap, download het ff',
        'heb je geen telegram? installeer het dan gwn','drop ff je snap', 'hebde gij snap', 'addme op snap', 'zet me op snap', 'wat is je tag op discord', 'wickr of telegram?', 'gebruik je ook discord', 'heb je snapchat?', 'wat is je discord', 'add me op snap', 'wat is je snap', 'heb je telegram?', 'voeg me toe op insta', '👻?', 'wat is je insta naam', 'zit je op kik'],
      noMatch: [
        'heb je discord? dan kunnen we straks met tim in een call', "zet je snap map aan dan zie ik wanneer je er bent", "doe je snapmap ff aan, dan weet ik dat je veilig thuis bent", 'wat is je insta naam van je kat account haha',
        'heb je snapchat al geupdate',
        'heb je die snap van lisa gezien',
        'mijn insta is gehackt',
        'post het op je story',
        'ik heb snapchat verwijderd want te veel tijd',
        'heb je discord? dan kunnen we samen gamen',
        'voeg me toe aan de klassenapp',
        'volg je mij al op insta?',
        'add me op snap, dan stuur ik de huiswerk foto',
        'wat is je snapscore haha',
        'heb je whatsapp geupdate',
        'wat is je naam op de klassenlijst',
      ],
    },
  },
  {
    id: 'nl.platform_switch.move-chat',
    category: 'platform_switch',
    severity: 'low',
    note: 'Proposes continuing the conversation elsewhere or in private messages ("laten we verder praten op kik", "stuur me een dm").',
    patterns: [
      /\b(?:laten we|zullen we|gaan we|kom|we gaan) (?:ff |even |maar |gewoon |gwn )?(?:naar|in) (?:de |mn |mijn |je )?(?:dms?|dm's|pms?|prive|prive chat|whispers?)\b/,
      new RegExp(`\\b(?:laten we|zullen we|kunnen we|kom|gaan we|we gaan|beter|liever|praat|praten|chat|chatten|verder|app|appen|spreek|spreken|ga je mee|kun je|kan je|kunde|ik zit (?:vaker|meer|meestal|altijd|vooral)|ik ben (?:vaker|meer|meestal|altijd|vooral)|(?:niet|nie|ni) hier) (?:.{0,20} )?(?:op|via|naar|in) ${APP}\\b`),
      new RegExp(`\\b(?:(?:niet|nie|ni) (?:hier|in deze (?:app|chat)|op deze (?:app|site))|ik ben hier (?:bijna )?(?:nooit|niet vaak|weinig))\\b.{0,20}\\b(?:dm|pm|pb|prive|app me|add me|${APP})\\b|\\b(?:appen|whatsappen|snappen|bellen|dmen|chatten|praten) (?:ipv|in plaats van|i p v) (?:hier|deze|in de game)\\b|\\b(?:zullen|kunnen|gaan) (?:we|wij) (?:.{0,10} )?(?:whatsappen|snappen|telegrammen)\\b|\\b(?:dan|en) (?:kunnen|kan|gaan) (?:we|wij) daar (?:.{0,10} )?(?:praten|chatten|verder|appen)\\b|\\b(?:iets|een app|ergens) anders (?:dan|als) (?:deze app|hier|dit)\\b|\\bik (?:stuur|app|dm) (?:je|jou) (?:wel |zo |straks |ff )?(?:een )?(?:berichtje |bericht |dm |dmtje )?(?:op|via) ${APP}\\b`),
      tagged(/\b(?:prive|ergens anders|ergens rustiger|iets rustigers|ergens waar niemand) (?:.{0,6} )?(?:verder|praten|chatten|spreken|appen|kletsen)\b|^(?:prive|pv|pm|dm|pb|priv)(?: (?:verder|praten|chat|ff|pls))? ?\??$|\b(?:check|open|kijk in|kijk ff in) (?:je|jouw|ur|mijn|mn) (?:dm|dms|pb|pm)\b|\bslide in (?:my|mijn|je|ur) dms?\b|\b(?:ik heb|heb ik) (?:je|jou) (?:een |n )?(?:dm|dmtje|pb|pm|priveberichtje|privebericht) (?:gestuurd|gedaan)\b|\b(?:naar|in) (?:de|mijn|mn|je) (?:dms|dm|pm|pb)\b/),
      /\b(?:hier|op deze (?:app|site)|in deze (?:app|chat)|in de game|in het spel|in de chat) (?:.{0,12} )?(?:lezen|leest|kijken|kijkt|kan|kunnen|ziet|zien) (?:.{0,14} )?(?:mods|moderators|iedereen|je ouders|mensen|anderen|admins) (?:.{0,8} )?(?:mee|meelezen|meekijken|zien|lezen)\b|\b(?:deze app|deze chat|deze site|dit platform|het hier)\b.{0,10}\b(?:te (?:openbaar|publiek)|niet (?:prive|veilig) genoeg)\b|\b(?:join|invite|uitnodiging|link)\b.{0,20}\b(?:prive|private|eigen|geheime) (?:server|groep|chat|kanaal|channel|room)\b|\b(?:geheime|secret) chats?\b/,
      new RegExp(`\\b${APP}\\b.{0,20}\\b(?:beter|makkelijker|chiller|fijner|handiger|rustiger|sneller|priver) (?:.{0,12} )?(?:praten|chatten|kletsen|appen)\\b|\\b(?:op|via) ${APP} (?:is het|gaat het|praat het|chat het) (?:.{0,6} )?(?:makkelijker|chiller|fijner|handiger|rustiger|priver|beter)\\b|\\b(?:je|jouw|uw|ur) (?:nummer|nr|06|06 nummer|telefoonnummer|gsm ?nummer)\\b.{0,25}\\b(?:app ik|bel ik|sms ik|appen|whatsappen|dan praten we|${APP})\\b`),
      /\b(?:stuur|send|dm|pm|app) (?:me|mij) (?:ff |even |eens |maar |gewoon )?(?:een |n )?(?:dm|dmtje|pb|pm|privebericht|priveberichtje|berichtje prive|prive)\b/,
      /\b(?:hier|op deze app|in deze app|op deze site|in de game|in het spel) (?:kan|kun|kunnen) (?:ik|we|wij|je) (?:.{0,12} )?(?:niet|nie|ni) (?:goed |echt |fijn |vrij )?(?:praten|chatten|alles zeggen|zeggen)\b/,
      /\b(?:dm|pm|prive) (?:me|mij)\b/,
      /\b(?:een )?(?:andere|nieuwe|geheime|veiligere|betere|andere chat) (?:app|chatapp|site) (?:waar|waarop|daar) (?:we|wij|je) (?:.{0,10} )?(?:praten|chatten|kunnen praten|appen|alles)\b/,
      new RegExp(`\\b(?:download|installeer|instaleer|neem|get) (?:ff |even |eens |gewoon |maar )?${APP}\\b`),
    ],
    unless: [/\b(?:groep|groepschat|groepsapp|klassenapp|klassenlijst|het huiswerk|huiswerk|de opdracht|de les|het werkstuk|samen gamen|potje|gamen|game|lobby|server van de klas|update|updaten|mentor|juf|meester|verjaardag|met de meiden|groepsproject)\b/, /\b(?:in de game|in het spel)\b(?!.{0,30}\b(?:mee|meelezen|meekijken|ipv)\b)/],
    examples: {
      match: [ "laten we ff naar de dms gaan, uw ouders moeten dat nie weten",'laten we ff naar de dms gaan', 'zullen we in prive verder? hier is het zo druk', 'kom naar mn dms', 'ik stuur je zo een berichtje via snap', 'gaan we naar iets rustigers? app me op tele', 'zullen we ergens anders verder praten', 'niet hier, op snap', 'ik zit vaker op snap, add me daar', 'hier lezen moderators mee', 'op snap kunnen we beter praten', 'geef je nummer ff dan kunnen we whatsappen', 'join mijn prive server', 'check je dm', 'prive?', 'laten we verder op telegram', 'laten we naar whatsapp gaan', 'laten we verder praten op kik', 'kom op whatsapp', 'stuur me ff een dm', 'hier kan ik niet goed praten', 'dm me', 'zullen we naar telegram gaan'],
      noMatch: [
        'de dm van de juf was best streng', 'laten we naar de les gaan', 'kom je op discord voor het potje',
        'post het op je story',
        'ik app je vanavond over het huiswerk',
        'ga naar de groepschat',
        'kom je morgen naar school',
        'laten we verder praten in de groep',
        'ik praat er morgen wel over op school',
        'zet het in de groepsapp',
        'join de server van de klas',
        'mag ik je nummer voor het groepsproject',
        'ik stuur je een dm over de verjaardag van lisa',
        'op insta is het leuker want daar zijn de memes',
      ],
    },
  },
  {
    id: 'nl.platform_switch.second-account',
    category: 'platform_switch',
    severity: 'low',
    note: 'Asks about or for a second, secret or fake account, phone or SIM: contact that parents cannot see. Loverboys sometimes give a second phone.',
    patterns: [
      /\b(?:ga|kom|stap) (?:ff |even |maar |snel )?(?:op|naar) (?:je|jouw) (?:(?:andere|tweede|2e|geheime|fake|prive) (?:account|acc|insta|snap|tiktok)|finsta|spam ?acc(?:ount)?|alt ?acc(?:ount)?|priv ?acc(?:ount)?)\b/,
      /\b(?:heb|hb|hebt) (?:je|jij|u) (?:.{0,12} )?(?:een )?(?:tweede|2e|2de|ander|andere|extra|geheim|geheime|fake|nep|spam|backup) (?:account|acc|profiel|insta|snap|nummer|telefoon|mobiel|simkaart|sim|telefoontje)\b|\b(?:heb|hb|hebt|maak|gebruik) (?:je|jij|een|ff) (?:.{0,8} )?(?:finsta|alt ?account|alt ?acc|spamaccount)\b|\bik heb (?:een |ne |nen )?(?:aparte|andere|tweede|2e|2de|extra|prive|priv) (?:snap|snapchat|insta|account|acc|tiktok|telegram|nummer|telefoon)\b(?! (?:voor|van|met) (?:mn|mijn|m'n|memes|kunst|art|tekeningen|fotos|foto's|school|de klas|het team)\b)(?: (?:voor|van) (?:\w{1,10} ){0,2})?.{0,20}\b(?:voeg|add|adden|toevoegen|volg|stuur)\b/,
      /\b(?:maak|regel|neem|koop|gebruik) (?:.{0,12} )?(?:een )?(?:tweede|2e|2de|extra|geheim|geheime|fake|nep|spam|ander|nieuw) (?:account|acc|profiel|insta|snap|nummer|simkaart|sim|telefoon)\b/,
      /\bik (?:geef|regel|koop|stuur) (?:je|jou) (?:een )?(?:eigen |tweede |extra |geheime |nieuwe )?(?:telefoon|telefoontje|mobiel|simkaart|sim|nummer)\b|\b(?:tweede|2e|2de|extra|geheim|geheime|fake|nep|spam) (?:account|acc|profiel|insta|snap|nummer) (?:aan ?)?(?:maken|aanmaken|nemen|regelen)\b/,
      // t14: "wat is je finsta? die echte", "stuur je priv acc ff".
      /\b(?:wat is|wat's|wats|geef|stuur|deel|zeg|drop|app) (?:me |mij |ff |even |eens ){0,2}(?:je|jouw|ur|uw) (?:finsta|priv|prive|private|spam|alt|tweede|2e|andere|echte) ?(?:account|acc|insta|snap|tiktok|profiel)?\b(?! (?:van|voor) (?:school|de klas))|\b(?:je|jouw|ur) (?:finsta|priv ?acc|priv ?account|prive ?account|spam ?acc|spam ?account|alt ?acc)\b.{0,8}\?/,
    ],
    unless: [/\b(?:school|schoolaccount|magister|teams|voor de klas|kapot|gebarsten|verjaardag)\b/],
    examples: {
      match: ['ik heb een aparte snap voor werk, voeg die toe', 'ik heb ne tweede insta, add die maar', "wat is je finsta? die echte", "stuur je priv acc ff", "wat is je spam account", "geef je tweede insta", "je finsta?", 
        "ga ff op je andere account, deze wordt misschien gecheckt door je ma",
        "kom maar naar je tweede acc", "ga ff op je finsta, daar praat het makkelijker", "kom op je spam acc",'heb je een finsta', 'heb je een geheim account', 'heb je een tweede snap', 'heb je een tweede account', 'maak een fake account', 'heb je een geheime snap', 'ik geef je een eigen telefoontje', 'heb je een 2e nummer?'],
      noMatch: ['ik heb een aparte insta voor mn tekeningen', 'ik heb een tweede account voor memes, volg je die?', 'ik heb een nieuwe telefoon, stuur je nummer opnieuw', "wat is je account van school", 
        'ik heb een nieuw account voor school',
        'mijn telefoon is kapot ik koop een nieuwe',
        'heb je een andere oplader',
        'maak een account aan op magister',
        'heb je een extra pen voor de toets',
      ],
    },
  },
  {
    id: 'nl.platform_switch.move-for-privacy',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Moves the chat to an app named for its privacy, or says why here is not private enough: "stap over naar threema, hier is nie safe", "ga naar wickr of session, die kan niemand lezen", "een app waar berichten vanzelf verdwijnen", "een andere app, deze is zo openbaar", "kik me", a private server "alleen jij en ik", a fake recruiter who "werkt alleen via WhatsApp" or asks to be contacted "via Telegram". A secret account "alleen voor ons".',
    patterns: [
      /\b(?:dms?|dm's|pms?|prive|privechat|whispers?)\b.{0,30}\b(?:(?:de|die|deze|het|in de|hier in de) (?:lobby|groeps|server|game|openbare|algemene|team) ?(?:chat|kanaal)? (?:ziet|leest|kan lezen|kan zien) iedereen|iedereen (?:kan|ziet|leest) (?:het |dit |alles )?(?:hier|mee(?:lezen|kijken)?|in de (?:lobby|chat|server))|(?:hier|daar) (?:kan|ziet|leest) iedereen (?:het |dit |alles )?(?:mee(?:lezen|kijken)?|alles)?)\b/,
      /\b(?:stap|ga|gaan|kom|switch|switchen|verhuis|verhuizen|overstappen) (?:\w{1,6} )?(?:over )?(?:naar|op) (?:threema|wickr|session|signal|kik|wire|element|telegram)\b.{0,50}\b(?:safe|veilig|veiliger|niemand|meelezen|meekijken|mee lezen|verdwijn\w{0,3}|prive|geheim|ouders|openbaar|versleuteld)\b/,
      /\b(?:naar|op|in) (?:een|die|zo'?n|een andere|een app) ?(?:app|chat)? (?:gaan |praten |verder |chatten )?(?:waar|waarin|die|waarop) (?:de |alle |je |onze )?(?:berichten|chats|fotos|foto'?s|alles) (?:vanzelf |automatisch |meteen |na het lezen )?(?:verdwijnen|verdwijnt|weg gaan|weggaan|verwijderd worden|gewist worden)\b/,
      /\b(?:kunnen|zullen|laten|gaan|moeten) (?:we|wij) (?:ff |even |anders |liever |niet )?(?:naar|op|via|in) (?:een )?(?:andere|prive|veiligere|rustigere|eigen) (?:app|chat|plek|platform|server)\b.{0,30}\b(?:openbaar|niet veilig|nie veilig|nie safe|niet safe|meelezen|meekijken|mee kijken|mee lezen|iedereen|niemand|alleen (?:jij en ik|wij|ons))\b/,
      /\b(?:hier|deze app|dit) (?:is|is het) (?:\w{1,6} )?(?:niet|nie|ni|te) (?:safe|veilig|prive|openbaar)\b.{0,30}\b(?:threema|wickr|session|signal|kik|telegram|snap|snapchat|whatsapp|andere app|ergens anders)\b|\b(?:threema|wickr|session|signal|kik|telegram)\b.{0,30}\b(?:niemand|geen mens) (?:kan |kunnen )?(?:\w{1,6} )?(?:lezen|meelezen|zien|meekijken|vinden|hacken)\b/,
      /\b(?:prive ?server|prive ?chat|prive ?groep|aparte server|eigen server|geheime server)\b.{0,30}\balleen (?:jij en ik|wij|wij twee|wij tweeen|ons twee|ons)\b|\b(?:finsta|tweede account|2e account|geheim account|geheime account|nep account|fake account|prive account)\b.{0,20}\b(?:alleen voor ons|voor ons tweeen|voor ons twee|alleen voor mij|zodat niemand|waar niemand)\b|\b(?:zet|maak) (?:ff |even |snel |dan )?(?:een )?(?:finsta|geheim account|nep account|fake account)(?: aan| op)?\b/,
      /\b(?:benaderen|contact (?:met ons )?opnemen|contacteren|bereiken|communiceren|communicatie|verder (?:praten|chatten|gaan))\b (?:\w{1,8} ){0,2}(?:via|op|over) (?:telegram|whatsapp|signal|snapchat|snap|kik|wickr|session|discord)\b|\b(?:werken|werkt|communiceren|praten|chatten) (?:alleen|enkel|uitsluitend) (?:via|op|met) (?:telegram|whatsapp|signal|snapchat|snap|kik|wickr|session|discord|dm)\b/,
      // An account kept just for the teen: "volg ff mijn fake accountje op tiktok, die gebruik ik om met jou te praten".
      /\b(?:fake|nep|neppe|geheim|geheime|tweede|2e|2de|prive|priv|ander|andere|extra|anoniem|anonieme) ?(?:account|accountje|acc|accje|insta|instaatje|tiktok|snap|snapje|profiel|profieltje|nummer)\b.{0,40}\b(?:(?:gebruik|heb|hou) ik|is|dient) (?:\w{1,6} )?(?:alleen |enkel |speciaal |puur |gewoon )?(?:om met (?:jou|je|u|jullie) te (?:praten|chatten|appen|kletsen|babbelen|snappen)|voor (?:jou en mij|ons tweeen|ons twee|ons tweetjes|onze gesprekken|onze chats))\b/,
    ],
    unless: [/\b(?:streak|streaks|bug|update|storing|school|klas|team|groepsapp|project|mentor|de juf|de trainer)\b/],
    examples: {
      match: [
        'kom naar de dms, de groepschat leest iedereen', 'laten we naar pm gaan, hier kan iedereen meelezen', 'stap over naar threema, hier is nie safe',
        'ga ff naar wickr of session, die kan niemand lezen',
        'kom op session, daar kan niemand iets zien',
        'laten we naar een app gaan waar berichten vanzelf verdwijnen',
        'kunnen we naar een andere app, deze is zo openbaar',
        'zullen we liever naar een andere app, hier kan iedereen meelezen',
        'kunnen we in een privéserver verder praten, alleen jij en ik',
        'zet ff een finsta op, alleen voor ons',
        'maak een fake account aan zodat niemand het weet',
        'Voor verdere communicatie verzoeken wij je ons te benaderen via Telegram.',
        'Onze recruiters werken alleen via WhatsApp, dus stuur je nummer',
        'we communiceren alleen via signal',
        'volg ff mijn fake accountje op tiktok? die gebruik ik om met jou te praten',
        'add mijn tweede snap, die heb ik alleen om met jou te chatten',
        'mijn nep insta gebruik ik alleen om met jou te praten, volg die maar',
      ],
      noMatch: [
        'laten we naar de dms gaan, de lobby chat is vol spam', 'check je dms, iedereen heeft de uitnodiging al', 'kik me later voor het huiswerk',
        'ga naar signal, de familiegroep zit daar nu',
        'de klas gaat over naar whatsapp voor het project',
        'ik stap over op de bus naar huis',
        'zullen we naar een andere app, discord doet raar',
        'ik heb een finsta voor memes lol',
        'de trainer werkt alleen via whatsapp, zit je al in de groep?',
        'hier is het niet veilig fietsen in het donker',
        'kik is zo oud lol, niemand gebruikt dat nog',
        'mijn tweede account gebruik ik om met mijn oma te praten',
        'ik heb een fake account om memes te posten, volg je die?',
      ],
    },
  },
  {
    id: 'nl.platform_switch.private-app',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Argues for an app because nobody can read along, messages disappear or it is "safer": the privacy is the point of the switch.',
    patterns: [
      new RegExp(`\\b${THERE} (?:kan|kunnen|ziet|zien|leest|lezen|checkt|checken) (?:niemand|je ouders|je moeder|je vader|je mam|ze|niemand anders|geen mens|jouw ouders) (?:.{0,12} )?(?:mee|meelezen|meekijken|zien|lezen|vinden|checken|het zien|het lezen|iets zien|niks zien|niets zien)\\b`),
      new RegExp(`\\b${THERE} (?:verdwijnen|verdwijnt) (?:de |alle |je |onze |mijn |ook )?(?:berichten|chats|fotos|foto's|pics|snaps|alles|het|ze)\\b|\\b${APP} (?:verwijdert|wist) (?:alles|de berichten|berichten|chats|het) (?:automatisch|vanzelf|meteen|direct)\\b`),
      new RegExp(`\\b${THERE} (?:gaan|wordt|worden) (?:de |alle |je |onze )?(?:berichten|chats|fotos|foto's|pics|snaps|alles|het) (?:automatisch |vanzelf |meteen )?(?:weg|verwijderd|gewist)\\b`),
      new RegExp(`\\b${APP}\\b.{0,25}\\b(?:dat|die|daar|het) (?:is|werkt) (?:het )?(?:veel |echt |wel |gwn |gewoon )?(?:veiliger|priver|prive|safer|beter voor ons|anoniemer|anoniem)\\b`),
      /\bdaar (?:kunnen|kan) (?:we|wij) (?:.{0,12} )?(?:vrij|vrijer|ongestoord|rustig|alles) (?:.{0,12} )?(?:praten|zeggen|chatten|sturen)\b/,
      // Watched here, said beside a way out: "iedereen leest hier mee, kom op snap", "te veel volk in
      // deze groep, hebt ge snapchat?", "download wickr, zonder pottekijkers".
      new RegExp(`${WATCHED}.{0,60}\\b${WAY_OUT}\\b|\\b${WAY_OUT}\\b.{0,60}${WATCHED}`),
      // A private server or call, just the two of them: "kom in mijn privé discord", "een privé call, alleen jij en ik".
      new RegExp(`\\b(?:mijn|m'n|mn|een|ne|nen) (?:eigen )?(?:prive|priv|geheime) (?:${APP} ?)?(?:server|call|chat|groep|gc|kanaal|voicechat|vc)\\b.{0,60}\\b(?:alleen|enkel|gewoon) (?:jij|jou|gij|u) en (?:ik|mij)\\b|\\b(?:kom|join|ga) (?:anders |ff |even |dan |maar )?(?:in|naar|op) (?:mijn|m'n|mn) (?:eigen )?(?:prive|priv|geheime) (?:${APP} ?)?(?:server|call|chat|groep|gc|kanaal)\\b`),
      /\b(?:maak|heb|neem|gebruik) (?:je |jij )?(?:.{0,6} )?(?:een )?(?:geheim|geheime) (?:account|acc|profiel|insta|snap|nummer|telefoon|telefoontje|simkaart|sim|chat)\b/,
      /\b(?:account|acc|profiel|nummer|telefoon|telefoontje|app) (?:.{0,8} )?(?:waar|waarvan|wat|dat|die) (?:je ouders|jouw ouders|je moeder|je vader|niemand) (?:.{0,8} )?(?:niet|nie|niks|nooit) (?:van |op )?(?:weten|weet|kennen|kent|zien|ziet|vinden|vindt|kijken|kijkt|checken)\b/,
    ],
    unless: [/\b(?:streak|streaks|bug|update|storing|als je (?:niet )?snapt)\b/],
    examples: {
      match: ['kom op telegram, dat is veel privé', 
        'snap verwijdert alles automatisch',
        'download telegram daar is het veiliger',
        'op snap verdwijnt alles dus niemand ziet het',
        'kom op signal daar kan niemand meelezen',
        'op snap verdwijnen de berichten dus dat is beter',
        'laten we naar telegram, dat is veiliger',
        'op snapchat kunnen je ouders niks zien',
        'daar verdwijnt alles na het lezen',
        'daar kunnen we vrij praten',
        'iedereen leest hier mee, kom op snap',
        'te veel volk in deze groep, hebt ge snapchat?',
        'download anders wickr, dan praten we zonder pottekijkers',
        'hier kunnen we niet echt rustig praten, stuur je nummer ff in een dm',
        'kom anders in mijn privé discord server',
        'zin in een prive call? alleen jij en ik',
        'maak een geheim account aan',
        'neem een telefoon waar je ouders niks van weten',
        'maak een account waar je ouders niet op kijken',
        'ga je mee naar snap? insta leest alles mee',
        'tiktok kijkt gwn mee, add me op telegram',
        'kom ff op discord, deze app leest echt alles mee',
      ],
      noMatch: [
        'de mods lezen mee dus niet schelden in de chat',
        'lekker chillen zonder pottekijkers vanavond',
        'te veel mensen hier in de kantine, ik ga naar buiten',
        'ik heb een prive server voor ons team gemaakt, kom je ook?',
        'op snap verdwijnen je streaks als je niet snapt',
        'mijn berichten verdwijnen steeds raar',
        'daar kan niemand bij, het is een geheime verstopplek',
        'whatsapp werkt niet er is een storing',
        'dan zien we elkaar morgen',
        'daar kan niemand tegenop',
        'insta leest alles mee voor die reclames, zo creepy',
        'de app kijkt mee met je stappen, handig voor gym',
      ],
    },
  },
  {
    id: 'nl.platform_switch.elsewhere',
    category: 'platform_switch',
    severity: 'low',
    note: 'Low on its own: more ways to ask for another channel, which friends use too: "hebt ge telegram?", "heb je facetime? veel chiller", "ben je ook ergens anders te bereiken?", "stuur me ff je snapnaam", "mijn discord is x, add me", "gebruik je dat andere account nog? praat liever daar", "laten we in een privechat verder ipv in de groep".',
    patterns: [
      new RegExp(`\\b(?:heb|hebt|hebde|hebben) (?:je|jij|ge|gij|u) (?:eigenlijk |ook |toevallig |nog |al )?(?:${APP}|facetime|imessage)\\b(?: of zo| ofzo)? ?(?:\\?|$)|\\b(?:heb|hebt|hebde) (?:je|jij|ge|gij) (?:eigenlijk |ook |toevallig )?(?:${APP}|facetime)\\b.{0,30}\\b(?:chiller|makkelijker|beter|fijner|daar|dan)\\b`),
      /\b(?:ben|bn|zit|zijt) (?:je|jij|ge|gij|u) (?:ook |nog )?(?:ergens anders|elders|nog ergens|op een andere app|op andere apps)(?: te (?:bereiken|vinden|spreken))?\b|\b(?:waar|hoe) (?:ben|kan ik) (?:je|jij|jou) (?:nog|anders|verder|ergens anders) (?:te )?(?:bereiken|vinden|spreken)\b/,
      new RegExp(`\\b(?:stuur|geef|drop|zeg|app|tik) (?:(?:me|mij|ff|even|eens|maar) ){0,3}(?:je|jouw|ur|uw) ${APP} ?(?:naam|name|username|account|acc|id|tag)\\b|\\b(?:mijn|mn|m'n) ${APP} is \\w{2,30}\\b.{0,30}\\b(?:add|voeg|stuur|praten|bericht|chatten)\\b|\\badd (?:me|mij)\\b.{0,30}\\b(?:praten|chatten|spreken) (?:we|wij) (?:daar |verder|wel)\\b`),
      /\b(?:andere|tweede|2e|oude|fake|prive|geheime) (?:account|acc|insta|profiel)\b.{0,40}\b(?:praat|praten|chatten|appen|spreken|daar)\b/,
      // t16: "voeg me toe op mijn andere account, deze gebruik ik alleen voor werk".
      /\b(?:voeg|add|volg) (?:me|mij) (?:ff |even |maar |dan |gwn )?(?:toe )?(?:op|via) (?:mijn|mn|m'n) (?:andere|tweede|2e|prive|echte|persoonlijke) (?:account|acc|insta|snap|profiel|nummer|tiktok)\b|\bdeze (?:account |acc |app |insta |snap )?(?:gebruik ik|is) (?:alleen|enkel|vooral) (?:maar )?(?:voor )?(?:werk|zaken|mijn werk|business|zakelijk)\b/,
      // t16: the sender's own app, installed from a link they send ("ik heb een aparte app voor mijn klanten, ik stuur je zo de downloadlink").
      /\b(?:aparte|apart|eigen|speciale|speciaal|prive|geheime) (?:chat ?)?(?:app|appje)\b.{0,50}\b(?:download ?link|installeer|installeren|downloaden|download|link)\b|\b(?:stuur|geef|app|drop|zend) (?:je|jou|u) (?:zo |ff |even |straks |nu |dan )?(?:de|een|mijn|mn|m'n) ?(?:download ?link|apk|installatielink|installatie link)\b/,
      // A call for the two of them, away from the group: "discord call? dan kunnen we gamen zonder de rest van de squad, alleen wij".
      new RegExp(`\\b(?:${APP}|facetime|snap) ?(?:call|callen|vc|voice|voicechat|bellen)\\b.{0,60}\\b(?:alleen (?:wij|jij en ik|wij twee|wij tweeen|ons twee|met ons twee)|zonder (?:de rest|de anderen|de squad|de groep|de rest van (?:de|het|onze) \\w{2,10}))\\b`),
      /\bin (?:een |de |ons )?(?:privechat|prive chat|pb|dm|dms|prive)\b.{0,12}\bverder\b|\b(?:verder|door) (?:\w{1,6} )?in (?:een |de )?(?:privechat|prive chat|pb|dm)\b|\b(?:privechat|prive chat|pb|dm|dms)\b.{0,20}\b(?:ipv|in plaats van|niet in) (?:de|deze) (?:groep|groepsapp|chat|server)\b/,
    ],
    unless: [/\bmet (?!(?:mij|me|mn|jou|je|ons|z'n)\b)[a-z]{2,12} (?:erbij |samen |ook )?(?:in (?:een|de) (?:call|groep|vc|voice|party|server)|callen|gamen)\b/, new RegExp(String.raw`\b(?:huiswerk|opdracht|project|werkstuk|groepje|rooster|toets|de klas|de juf|mentor|training|trainingen|wedstrijd|de club|vereniging|scouting|school)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "amai ge zijt grappig. zeg, ik zit eigenlijk nie veel op insta, hebt ge telegram? je mams merkt er niks van",
        'amai ge zijt grappig. zeg, ik zit eigenlijk nie veel op insta, hebt ge telegram?',
        'heb je facetime? veel chiller dan dit',
        'heb jij signal?',
        'ik ben hier bijna nooit online eigenlijk, ben je ook ergens anders te bereiken? 👀',
        'waar kan ik je nog bereiken behalve hier',
        'stuur me ff je snapnaam',
        'mijn discord is xdarkwolf, add me dan praten we verder',
        'gebruik je dat andere account van je nog? praat liever daar',
        'laten we in een privechat verder ipv in de groep',
        'verder in dm?',
        'ik heb een aparte app voor mijn klanten, ik stuur je zo de downloadlink',
        'voeg me toe op mijn andere account, deze gebruik ik alleen voor werk',
        'add me op mn prive insta, deze is voor werk',
        'voeg mij maar toe op mijn echte snap',
        'deze acc is alleen voor zaken, stuur me daar een dm',
        'we hebben een eigen app voor onze talenten, ik stuur je de link om te installeren',
        'ik stuur je ff de downloadlink, daar praten we verder',
        'ik heb een apart appje voor de modellen, wil je de link?',
        'installeer die prive app die ik stuur, ik stuur je zo de apk',
        'snap call vanavond? zonder de anderen, alleen jij en ik',
        'discord vc? alleen wij twee, de rest hoeft niet',
      ],
      noMatch: [
        'heb je discord? dan kunnen we straks met tim in een call', 'heb je whatsapp? voor de groep van het project',
        'stuur me je snapnaam voor de klassengroep, zegt de mentor',
        'ik ben ergens anders, bel je zo',
        'mijn andere account is voor mijn tekeningen',
        'de kampleiding zet alles in de app van de scouting, download hem ff',
        'mijn tiktok is gehackt, volg mijn nieuwe account aub',
        'ik heb een tweede account gemaakt alleen voor mijn edits, volg je die ook?',
        'de club heeft een eigen app voor de trainingen, de link staat in de mail',
        'ik stuur je de downloadlink van de fotoapp - mama',
        'heeft je school een eigen app? die van ons is echt slecht',
        'discord call? zonder de rest van het team, voor het werkstuk',
        'facetime vanavond met de hele klas, niet alleen wij',
      ],
    },
  },
  {
    id: 'nl.platform_switch.unwatched-app',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Moving to a place without moderators or records: "een app waar de berichten niet opgeslagen worden", "praten zonder al die mods", "zonder pottenkijkers".',
    patterns: [
      /\b(?:app|chat|plek|site|server)\b (?:\w{1,6} )?(?:waar|waarop|waarin) (?:de |je |onze )?(?:berichten|chats|gesprekken|alles) (?:\w{1,6} ){0,2}(?:niet|nie|nooit) (?:\w{1,6} )?(?:opgeslagen|bewaard|bijgehouden|gelezen|gecheckt|gemodereerd)\b|\b(?:berichten|chats) (?:worden |blijven )?(?:niet|nooit) (?:opgeslagen|bewaard|bijgehouden)\b.{0,30}\b(?:link|app|download|daar)\b/,
      /\b(?:app|link|server|discord|telegram|snap|snapchat|dm|dms|prive|babbelen|praten|chatten|kletsen|praat|spreken)\b.{0,60}\bzonder (?:die |al die |de |alle |al de )?(?:mods|moderators|moderatoren|admins|pottenkijkers|pottekijkers|meelezers|meekijkers)\b|\bzonder (?:die |al die |de |alle )?(?:mods|moderators|admins|pottenkijkers|pottekijkers|meelezers)\b.{0,40}\b(?:app|link|server|discord|telegram|snap|dm|prive|add|voeg)\b/,
    ],
    unless: [/\b(?:melden|meld|report|rapporteer|ban|gebanned|geband|scam|onveilig|eng|pas op|toxic|chaos|eruit|geleaved|geleft)\b/],
    examples: {
      match: [
        'ik heb een app waar de berichten niet opgeslagen worden, zal ik de link sturen?',
        'ik stuur je een link naar een app waar we kunnen praten zonder al die mods',
        'mijn discord is xdarkwolf, add me dan praten we verder zonder die mods',
        'hebt ge telegram? daar kunnen we babbelen zonder pottenkijkers',
        'kom naar mijn server, zonder mods, alleen wij',
      ],
      noMatch: [
        'die server zonder mods is echt toxic, ik ben eruit',
        'meld hem bij de mods, die app is eng',
        'mijn berichten worden niet opgeslagen, bug?',
      ],
    },
  },
  {
    id: 'nl.platform_switch.other-account',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Moves the chat to a second or fake account because this one is watched ("kom ff naar mn andere account, deze wordt in de gaten gehouden", "maak een snap aan met een andere naam, dan zien je ouders het niet").',
    patterns: [
      /\b(?:mijn|mn|m'n|ander|andere|tweede|2e|prive|geheime) (?:account|acc|insta|snap|nummer|profiel)\b.{0,30}\b(?:in de gaten (?:gehouden|houden)|gecontroleerd|gemonitord|bekeken|meegelezen|gevolgd)\b|\b(?:heb|hebt|gebruik|gebruikt) (?:je|jij|ge) (?:signal|telegram|threema|session|kik|wickr|discord|snap|whatsapp)\b.{0,20}\b(?:insta|tiktok|snap|whatsapp|discord|hier|deze app|dit account) (?:leest|lezen|kijkt|kijken) mee\b/,
      /\bmaak (?:ff |even |snel )?(?:een |n |ne )?(?:nieuwe |tweede |2e |geheime |fake |andere )?(?:snap|snapchat|insta|account|tiktok|acc|discord|profiel)\w{0,4} aan\b.{0,30}\b(?:andere naam|nepnaam|fake naam|niet (?:zien|weten)|nie (?:zien|weten))\b|\b(?:met|onder) een (?:andere|nep|fake|valse) naam\b.{0,30}\b(?:ouders|niemand|niet zien|met mij)\b/,
    ],
    unless: [/\b(?:school|project|klas|voor de les|werkstuk|hackers?|gehackt|spam)\b/],
    examples: {
      match: ['mattie kom ff naar mn andere account, deze wordt in de gaten gehouden', 'maak een snap aan met een andere naam, dan zien je ouders niet dat je met mij praat', 'maak een nieuwe insta aan met een nepnaam', 'heb je signal? insta leest mee', 'app me op mijn prive nummer, deze wordt gecontroleerd'],
      noMatch: ['mijn account is gehackt, volg mijn nieuwe', 'maak een account aan voor het project', 'ik heb een andere naam in de game'],
    },
  },
  {
    id: 'nl.platform_switch.move-t12',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Moving the teen to a more private place in the words the other rules miss: "ge hebt toch snapchat? stuurt ge uw username", "wat is je user op andere apps", "kom ff in mijn telegram groep", "join mijn vc op discord, alleen jij en ik", "insta is te openbaar, heb je een app waar berichten vanzelf verdwijnen?".',
    patterns: [
      new RegExp(`\\b(?:(?:heb|hebt|hebde|gebruik|gebruikt|zit) (?:je|jij|ge|gij)|(?:ge|gij|je|jij) (?:hebt|heb|gebruikt|zit)) (?:toch |ook |nog |eigenlijk )?(?:op )?${APP}\\b.{0,30}\\b(?:stuur|stuurt|geef|zeg|drop|app) (?:(?:ge|gij|me|mij|ff|dan|even|eens) ){0,2}(?:je|jouw|uw|ur) (?:username|gebruikersnaam|naam|handle|tag|snapnaam|user|nummer|nr)\\b`),
      new RegExp(`\\b(?:wat is|wat's|wats|wa is|geef|stuur|drop) (?:(?:me|mij|ff|dan|even) )?(?:je|jouw|uw|ur) (?:user|username|gebruikersnaam|naam|handle|tag|snapnaam|id) (?:op|van|voor|in) (?:${APP}|andere apps|andere dingen|ander spul|andere sites|iets anders)\\b`),
      new RegExp(`\\b(?:kom|join|joint|ga) (?:(?:ff|even|gwn|gewoon|dan|maar) )?(?:(?:in|bij|naar) )?(?:mijn|mn|m'n|onze|de|die|een) (?:${APP} ?)?(?:groep|gc|groepschat|server|kanaal|channel|vc|voicechat|call)\\b.{0,60}\\b(?:alleen (?:jij en ik|wij tweeen|wij twee|wij 2)|daar (?:leg|vertel|laat) ik|hoe je (?:aan )?(?:geld|cash|money)|geld (?:verdienen|komt))\\b`),
      new RegExp(`\\b(?:kom|join|joint) (?:(?:ff|even|gwn|gewoon|dan|maar) )?(?:in )?(?:mijn|mn|m'n) ${APP} ?(?:groep|gc|server|kanaal|channel)\\b`),
      /\b(?:app|chat|plek|site)\b.{0,24}\b(?:berichten|chats|alles|foto'?s) (?:\w{1,8} )?(?:vanzelf |automatisch |na het lezen )?(?:verdwijnen|verdwijnt|weg gaan|weggaan|gewist worden|zichzelf wissen)\b|\b(?:te openbaar|te publiek|te public|niet prive genoeg|te veel pottekijkers) (?:voor|om)\b|\b(?:andere|een|mijn) (?:app|site|chat|plek|appje)\b.{0,12}\b(?:waar|waarop) (?:het|we|wij|je) (?:\w{1,8} )?(?:veiliger|rustiger|priver|prive|ongestoorder|ongestoord)\b/,
      // t15: a vault app that looks like a calculator; a private voice channel "alleen wij twee".
      /\b(?:app|appje)\b.{0,30}\b(?:rekenmachine|calculator|vault|kluisje)\b|\b(?:rekenmachine|calculator|vault) ?(?:app|appje)\b|\b(?:kom|join|ga) (?:ff |even |gwn |maar )?(?:in|naar) (?:de |een |mijn |mn )?(?:voice|vc|call|voicechat|voice chat)\b.{0,40}\b(?:alleen (?:wij twee|wij 2|jij en ik|wij tweeen|wij tweetjes)|apart kanaal|prive kanaal|eigen kanaal|apart channel)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:werkstuk|project|presentatie|huiswerk|klas|klassen ?(?:groep|app|chat)|team|teamgenoten|de meiden|de jongens|training|toets|wiskunde|rekenen|sommen|som|examen|natuurkunde|scheikunde|mentor|juf|meester)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "pak die app die eruitziet als een rekenmachine, dan ziet niemand dat je chat, niet tegen je ouders zeggen he",
        "pak die app die eruitziet als een rekenmachine, dan ziet niemand dat je chat", "download een vault app, dan kunnen we veilig chatten", "kom in voice met mij, apart kanaal, alleen wij twee", "join ff de vc, apart kanaal, alleen jij en ik", 'ge hebt toch snapchat? stuurt ge uw username',
        'heb je insta? geef me je naam dan',
        'wat is je user op andere apps, ik add je',
        'kom ff in mijn telegram groep, daar leg ik alles uit',
        'join mijn vc op discord, alleen jij en ik',
        'ik heb een andere app waar het veiliger is, zal ik de link sturen?',
        'insta is te openbaar voor dit. heb je een app waar berichten vanzelf verdwijnen?',
      ],
      noMatch: [
        "pak je rekenmachine voor de toets", "heb je de rekenmachine app al op je nieuwe telefoon voor wiskunde?", 'kom ff in de klassen groep, de juf heeft het rooster gestuurd',
        'join de vc met de jongens, we gaan valorant doen',
        'wat is je naam op je zwemdiploma?',
        'hoe verdwijnen die berichten bij jou?',
      ],
    },
  },
  {
    id: 'nl.platform_switch.hidden-account',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Asks about or for an account the parents do not see ("heb je een priveaccount waar je ouders niet op zitten?", "maak een tweede account aan dat je moeder niet kent").',
    patterns: [
      /\b(?:ik heb|ik geef|krijg je|ik regel|ik koop) (?:\w{1,6} )?(?:een )?(?:aparte|tweede|2e|extra|geheime) (?:telefoon|gsm|mobiel|simkaart|sim|prepaid)\b.{0,30}\b(?:voor (?:je|jou|u)|van mij|geregeld|gekocht|gekregen)\b/,
      /\b(?:prive ?account|priveaccount|tweede account|ander account|geheim account|geheime account|nep ?account|finsta|spam ?account|extra account)\b.{0,30}\b(?:(?:je|jouw|uw) (?:ouders|moeder|vader|ma|pa|mama|papa)|niemand) (?:\w{1,8} )?(?:niet|nie|ni|nooit)? ?(?:op zit|op zitten|van weet|van weten|kent|kennen|ziet|zien|meekijkt|meekijken|volgt|volgen|weet|weten)\b/,
      // Verb first: "ga ff op je finsta, die volgt je moeder nie toch".
      /\b(?:prive ?account|priveaccount|tweede account|ander account|geheim account|geheime account|nep ?account|finsta|spam ?acc(?:ount)?|extra account|alt ?acc(?:ount)?)\b.{0,30}\b(?:volgt|volgen|kent|kennen|ziet|zien|checkt|checken|weet|weten) (?:je|jouw|uw) (?:ouders|moeder|vader|ma|pa|mama|papa|mams|paps) (?:\w{1,8} )?(?:niet|nie|ni|nooit)\b/,
    ],
    unless: [/\b(?:mijn|mn|m'n) (?:prive ?account|priveaccount|tweede account|finsta)\b/],
    examples: {
      match: [
        'ik heb een extra gsm voor u geregeld, gebruik die maar', 'ik regel een tweede simkaart voor je, dan ziet niemand het', 'heb je een priveaccount waar je ouders niet op zitten?',
        'maak een tweede account aan dat je moeder niet kent',
        'heb je een finsta waar niemand van weet?',
        'ga ff op je finsta, die volgt je moeder nie toch',
        'praat op je spam account, die kennen je ouders niet',
      ],
      noMatch: ['ik heb een tweede telefoon voor mijn werk', 'mijn moeder heeft een aparte telefoon voor haar werk', 'mijn finsta is alleen voor mijn beste vriendinnen', 'heb je een tweede account voor je kunst?', 'heb je een tweede account? mijn moeder vraagt of je die voor school gebruikt', 'mijn finsta volgt je moeder niet hoor, relax', 'je moeder volgt mijn finsta niet eens, ze zit niet op insta'],
    },
  },
  {
    id: 'nl.platform_switch.borrowed-phone',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Moves the contact to someone else\'s phone or a fake account so a parent cannot see it ("gebruik de telefoon van je vriendin of een fake account, dan ziet je ma het nie").',
    patterns: [
      /\b(?:gebruik|pak|leen|neem|app|chat) (?:\w{1,6} ){0,3}(?:de|het|een) (?:telefoon|gsm|mobiel|ipad|tablet|laptop|account) van (?:je|jouw|uw|een) (?:vriendin|vriend|zus|broer|nicht|neef|vriendinnen|bff|bestie)\b.{0,50}\b(?:dan|zodat) (?:\w{1,10} ){0,3}(?:ziet|weet|merkt|zien|weten|merken|checkt|checken|leest|lezen)\b|\b(?:fake|nep|neppe|tweede|geheim|geheime) (?:account|acc|profiel|insta|snap)\b.{0,30}\b(?:dan|zodat) (?:ziet|weet|merkt|checkt|leest) (?:je|jouw|uw) (?:ouders|ma|pa|moeder|vader|mama|papa|mams|paps)\b/,
    ],
    unless: [/\b(?:batterij|accu|leeg|kapot|opladen|oplader)\b/],
    examples: {
      match: ['gebruik maar ff de telefoon van je vriendin of een fake account, dan ziet je ma het nie', 'app me gewoon via de gsm van je zus, dan weet niemand het', 'maak een fake account, dan ziet je moeder het niet'],
      noMatch: ['gebruik de telefoon van je vriendin, je batterij is toch leeg', 'neem de laptop van je broer voor het werkstuk', 'maak een fake account voor de giveaway haha'],
    },
  },
  {
    id: 'nl.platform_switch.account-without-parent',
    category: 'platform_switch',
    severity: 'medium',
    note: 'Session 30 (fresh batch t50): a new account out of a parent\'s sight ("dat account van je is toch gekoppeld aan je moeders mail? maak een nieuwe aan zonder haar").',
    patterns: [
      /\bmaak (?:\w{1,6} )?(?:een |ff |even |gewoon )?(?:nieuwe?|ander|andere|tweede|2e|geheim|geheime|nep) (?:account|acc|mail|mailadres|profiel|insta|snap)?\s?aan\b.{0,30}\bzonder (?:haar|hem|je moeder|je vader|je ouders|je ma|je pa|hun|dat (?:je|jouw) (?:moeder|vader|ouders))\b/,
      /\b(?:account|acc|mail|profiel|insta|snap) (?:\w{1,6} )?zonder (?:dat )?(?:je|jouw) (?:moeder|vader|ouders|ma|pa|mama|papa) (?:het )?(?:weet|weten|ziet|zien|meekijkt|meekijken)\b/,
    ],
    examples: {
      match: ['dat account van je is toch gekoppeld aan je moeders mail? maak een nieuwe aan zonder haar', 'maak gwn een tweede insta aan zonder dat je ouders het weten', 'een account zonder dat je moeder meekijkt is chiller'],
      noMatch: ['maak een nieuw account aan voor magister, de juf stuurt de link', 'ik heb een nieuw account zonder reclame', 'maak een nieuwe aan met je moeder erbij'],
    },
  },
];
