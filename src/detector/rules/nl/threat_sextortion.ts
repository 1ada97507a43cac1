import type { RuleDef } from '../../types';
import { inContext } from '../shared';

/**
 * Threats and sextortion: Winters et al. (2021) "post-abuse maintenance" — keeping control and
 * preventing disclosure. Financial sextortion of teenage boys and coercion of girls for more
 * images follow the same script (Helpwanted; Europol/NCMEC reports on sextortion): threaten to
 * send images to friends, parents or school, demand money, more images or sex, set a deadline,
 * punish blocking. Everything here is `high`; the teen gets the urgent nudge.
 * Lookalikes: banter ("hou je mond joh", "ik maak je kapot in fortnite"), a relative sending the
 * wedding photos to mum.
 */

/** Images the threat is about. */
const IMG =
  "(?:foto(?:'s|s|tje|tjes)?|fotos|pics?|nudes?|naaktfoto(?:'s|s)?|naaktfotos|filmpjes?|video'?s?|vids?|screenshots?|screens|beelden|plaatjes|chats?|berichten|gesprekken|alles|dit|het|ze)";
/** The audience the teen fears. */
const AUDIENCE =
  '(?:je|jouw|jou|al je) (?:hele )?(?:vrienden|vriendinnen|ouders|ouwers|moeder|mama|vader|papa|familie|school|klas|klasgenoten|volgers|followers|contacten|mentor|broer|zus|opa|oma|leraren|docenten|trainer|team|vriendje|vriend|vriendin)';

export const rules: RuleDef[] = [
  {
    id: 'nl.threat_sextortion.share-threat',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Threatens to send or post the teen\'s images or chats to friends, parents, school or online.',
    patterns: [
      new RegExp(`\\b(?:stuur|zet|post|deel|verspreid|lek|upload|plaats|mail|tag|laat) (?:ik )?(?:je|jouw|al je|ur) (?:.{0,8} )?${IMG}\\b.{0,10}\\b(?:naar|aan|op|in|bij|met|online|rond|openbaar|overal|viral)\\b.{0,10}\\b(?:${AUDIENCE}|internet|insta|instagram|snap|tiktok|twitter|facebook|reddit|telegram|pornosites?|groepsapp|klassenapp|story|online|openbaar|iedereen|rond|overal)\\b`),
      new RegExp(`\\b(?:stuur|zet|post|deel|verspreid|lek|upload|plaats|mail|laat) (?:ik )?(?:het|dit|alles|ze|die|deze|al die|de|alle) (?:.{0,12} )?(?:.{0,12} )?(?:naar|aan|op|bij|in) (?:al )?(?:je|jouw) (?:vrienden|vriendinnen|klas|klasgenoten|school|volgers|followers|contacten|ouders|familie|groepsapp|klassenapp)\\b`),
      /\b(?:stuur|zet|post|deel|verspreid|lek|upload|laat) (?:ik )?(?:je|jouw|die|deze|de|al je|alle) (?:nudes?|naaktfoto[a-z']{0,6}|naakt ?pics?|naakt ?filmpjes?|pikante foto[a-z']{0,6}|sexy foto[a-z']{0,6}|blote foto[a-z']{0,6})\b/,
      /\b(?:ik |k'? ?)(?:ga |zal )?(?:verspreid(?:en)?|lek(?:ken)?|upload(?:en)?) (?:ik )?(?:je|jouw|al je|die|deze) (?:foto'?s?|pics?|filmpjes?|video'?s?|nudes?|naaktfoto'?s|screenshots?|chats?)\b|\b(?:ik |k'? ?)(?:ga|zal|kan) (?:je|jouw|al je) (?:foto'?s?|fotos|pics?|filmpjes?|video'?s?|nudes?|naaktfoto'?s|screenshots?|chats?) (?:\w{1,12} )?(?:verspreiden|lekken|uploaden|posten|online zetten|rondsturen|openbaar maken)\b|\b(?:ik |k'? ?)(?:maak|ga|zal)(?: \w{1,12})? (?:een )?(?:nepaccount|nep account|fake account|nepprofiel|nep profiel)\b.{0,16}\b(?:met|van) (?:je|jouw)\b/,
      /\b(?:zet|post|gooi|upload|verspreid|lek|plaats) (?:ik )?(?:je|jouw|al je) (?:foto[a-z']{0,6}|pics?|filmpjes?|video[a-z']{0,6}|screenshots?) (?:.{0,12} )?(?:online|rond|overal|openbaar|op internet|viral)\b/,
      new RegExp(`\\b(?:iedereen|${AUDIENCE}|heel (?:je )?school|de hele school|de hele klas|je hele klas|al je volgers) (?:.{0,12} )?(?:gaat|gaan|zal|zullen|krijgt|krijgen|ziet|zien) (?:.{0,8} )?(?:je|jouw|die|deze) (?:nudes?|naaktfoto[a-z']{0,6}|foto'?s?|fotos|pics?|filmpjes?|video'?s?)\\b`),
      /\b(?:ik heb|heb ik|kheb) (?:nog )?(?:al )?(?:je|jouw|die|al je) (?:filmpjes?|video'?s?|screens(?:hots?)?|foto'?s|pics)\b.{0,20}\b(?:opgeslagen|bewaard|gescreenshot|gescreend|gesaved|gedownload|nog steeds|allemaal nog|toch)\b/,
      new RegExp(`\\b(?:je|jouw) (?:foto'?s|fotos|pics|nudes|naaktfoto'?s|filmpjes?|video'?s?) (?:gaan|gaat|komen|komt) (?:.{0,6} )?(?:naar (?:${AUDIENCE}|iedereen)|online|rond|overal|viral|op (?:internet|insta|tiktok|snap|twitter))\\b`),
      /\b(?:ik heb|heb ik|kheb) (?:nog |al )?(?:screenshots?|screens|opnames?|alles|een opname|een video|bewijs) (?:.{0,8} )?(?:van|gemaakt van|opgenomen van) (?:je|jouw|al je|onze|ons) (?:nudes?|naaktfoto'?s|chats?|gesprekken|berichten|cam|videocall|video|filmpjes?|foto'?s|fotos|pics)\b/,
      /\b(?:ik heb|heb ik|kheb) (?:nog )?(?:al )?(?:je|jouw|die|de|alle|al je) (?:nudes?|naaktfoto[a-z']{0,6}|naakt ?pics?|naakt ?filmpjes?)\b/,
      /\b(?:denk|dacht|denkt) (?:je|jij) (?:echt |nou )?dat ik (?:je|jouw|die|deze|al je) (?:foto'?s|fotos|foto|pics?|nudes?|naaktfoto'?s|filmpjes?|video'?s?) (?:niet|nie) (?:verstuur|stuur|post|deel|verspreid|doorstuur|online zet|rondstuur)\b/,
      new RegExp(`\\b(?:ik |k'? ?)(?:laat|zal|ga) (?:iedereen|${AUDIENCE}|de hele school|je hele klas) (?:.{0,6} )?(?:je|jouw|die|deze) (?:foto'?s?|fotos|pics?|nudes?|naaktfoto'?s?|filmpjes?|video'?s?) (?:zien|sturen|laten zien)\\b`),
      /\biedereen (?:gaat|zal|gaan) (?:.{0,6} )?(?:zien|weten) (?:wat voor|hoe) (?:een )?(?:slet|hoer|slettebak|sloerie|vieze|viespeuk|bitch)\b|\biedereen (?:gaat|zal|krijgt) (?:ze|ze allemaal|je (?:foto'?s|fotos|pics|nudes|filmpjes?)) (?:te )?(?:zien|krijgen)\b/,
      /\b(?:gaat|gaan) (?:alles|ze|(?:je|het|die|dat|de|jouw) (?:foto'?s?|fotos|pics?|nudes?|filmpjes?|video'?s?)) (?:.{0,6} )?(?:naar (?:je|jouw|al je) (?:school|klas|ouders|moeder|vader|vrienden|vriendinnen|familie|volgers)|online|rond|op internet)\b/,
      /\b(?:je|jij) (?:hebt|heb) (?:nog )?(?:tot (?:uiterlijk )?)?(?:\d{1,2}(?: uur| min(?:uten)?)?|een uur|morgen|vanavond|vannacht|middernacht)\b.{0,20}\b(?:stuur ik|zet ik|post ik|deel ik|ziet iedereen|weet iedereen|krijgt iedereen|gaat alles|gaan je)\b/,
      new RegExp(`\\b(?:ik |k'? ?)(?:ga|zal|kan|wil) (?:je|jouw|al je|die|deze|alle) (?:foto'?s?|fotos|pics?|nudes?|naaktfoto'?s?|filmpjes?|video'?s?|screenshots?) (?:.{0,6} )?(?:naar|aan|op|in|bij|met) (?:${AUDIENCE}|iedereen|internet|insta|tiktok|snap|de hele school|online) (?:.{0,4} )?(?:sturen|posten|zetten|laten zien|doorsturen|delen|verspreiden|uploaden|gooien)\\b`),
      /\b(?:je gaat|je zal|jij gaat|jij zal) (?:hier |er )?spijt (?:van )?krijgen (?:.{0,6} )?als (?:je|jij) (?:.{0,8} )?(?:niet|nie|geen) (?:.{0,8} )?(?:betaalt|stuurt|doet|luistert|overmaakt)\b/,
      /\b(?:je (?:leven|reputatie) is (?:voorbij|kapot|verpest)|ik (?:maak|ga) (?:je|jouw) (?:leven|reputatie) (?:kapot|verpesten|ruineren|ruïneren)|ik ruineer je(?: leven)?)\b/,
    ],
    unless: [/\b(?:bruiloft|vakantie|kamp|schoolreis|verjaardag|feest|gala|diploma|uitreiking|wedstrijd|toernooi|oma|opa|tante|kerst|familiedag)\b/, /\b(?:als grap|grapje|haha|lol|xd)\b.{0,5}$/],
    examples: {
      match: [
        'je hebt nog 30 min, dan post ik alles',
        'ik heb je pics toch, iedereen krijgt ze te zien',
        'doe wat ik zeg anders gaan die filmpjes online',
        'ik deel je fotos met je hele school',
        'ik stuur je naaktfoto naar je moeder',
        'ik stuur je foto\'s naar je vrienden',
        'ik zet je nudes online',
        'iedereen gaat je naaktfoto zien',
        'ik heb je filmpjes opgeslagen hoor',
        'ik heb je nudes nog',
        'je hele klas krijgt je pics',
        'ik stuur alles naar je ouders',
        'ik ga je leven kapot maken',
      ],
      noMatch: [
        'ik stuur je de foto\'s van de bruiloft',
        'de foto\'s van het kamp staan online',
        'ik stuur de foto\'s ook naar je moeder',
        'ik post de foto van het elftal op insta',
        'iedereen gaat je nieuwe kapsel zien morgen',
        'ik heb je foto\'s van de vakantie nog',
      ],
    },
  },
  {
    id: 'nl.threat_sextortion.conditional-threat',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Conditional threats: "betaal of ik post het", "als je niet stuurt, ziet iedereen het", "houd je mond of…", "als je me blokkeert…".',
    patterns: [
      /\b(?:anders|of ik|of anders|en anders|of iedereen|want anders|of) (?:.{0,12} )?(?:stuur|zet|post|deel|verspreid|lek|upload|plaats|krijgt|krijgen|ziet|zien) (?:.{0,16} )?(?:online|iedereen|je ouders|je moeder|je vader|je vrienden|je vriendinnen|je school|je klas|je familie|je volgers|internet|insta|snap|tiktok|rond|overal)\b/,
      /\b(?:of ik|of anders) (?:.{0,12} )?(?:stuur|zet|post|deel|verspreid|lek|leak|upload|plaats|gooi) (?:ik )?(?:het|ze|dit|alles|je|jouw|die|deze)\b/,
      /\banders (?:post|verspreid|lek|upload|deel) ik\b/,
      /\bals (?:je|jij) (?:.{0,6} )?(?:niet|nie|geen|niks|niets) (?:.{0,14} )?(?:betaalt|stuurt|overmaakt|doet|luistert|komt|reageert|antwoordt|opstuurt|geeft) (?:.{0,6} )?(?:stuur|zet|post|deel|verspreid|lek|upload) ik\b/,
      /\bals (?:je|jij) (?:.{0,6} )?(?:niet|nie|geen|niks|niets) (?:.{0,4} )?(?:betaalt|stuurt|overmaakt|doet|luistert|komt|reageert|antwoordt|opstuurt|geeft)\b.{0,18}\b(?:iedereen|je ouders|je moeder|je vader|je vrienden|je school|je klas|je familie|online|internet)\b/,
      /\bals (?:je|jij) (?:.{0,10} )?(?:blokkeert|blockt|blokt|deletet|verwijdert|weggaat|stopt met (?:praten|reageren|appen)|naar de politie gaat)\b.{0,18}\b(?:stuur|zet|post|deel|verspreid|lek|upload|iedereen|je ouders|je vrienden|je school|online|internet)\b/,
      /\bals (?:je|jij) (?:het |dit |iets )?(?:aan |tegen )?(?:iemand|je ouders|de politie|je moeder|je vader|je vrienden)(?: iets| het| dit)? (?:.{0,8} )?(?:vertelt|zegt|laat zien|verteld)\b.{0,14}\b(?:stuur|zet|post|deel|verspreid|lek|upload|iedereen|online|internet|rond|ziet|zien|krijgt|krijgen)\b/,
      /\b(?:(?:houd|hou) (?:je|jouw) (?:mond|bek|kop|smoel) (?:dicht )?|zwijg |zeg niks )(?:of|anders|tenzij|en niemand)\b.{0,25}\b(?:stuur|zet|post|deel|iedereen|ziet|zien|online|ouders|school|vrienden)\b/,
      /\b(?:blokkeer|block|blok) (?:me|mij) (?:niet|nie|maar) (?:.{0,20} )?(?:anders|of)\b/,
    ],
    unless: [/\b(?:fortnite|minecraft|roblox|fifa|potje|game|serie|film|afwas|kamer opruimen|huiswerk|vaatwasser)\b/],
    examples: {
      match: [
        'als je het tegen je moeder zegt krijgt je klas alles',
        'zwijg anders ziet iedereen wat je stuurde',
        'betaal nu of ik leak alles',
        'als je niet meer stuurt zet ik alles online',
        'als je iemand iets vertelt post ik je foto\'s',
        'betaal of ik post het',
        'houd je mond of iedereen ziet dit',
        'als je niet betaalt stuur ik het naar je ouders',
        'stuur meer anders zet ik je nudes online',
        'als je me blokkeert post ik alles',
        'als je het iemand vertelt dan stuur ik de foto\'s rond',
        'blokkeer me niet anders ziet je moeder alles',
      ],
      noMatch: [
        'hou je mond joh haha',
        'als je niet komt dan start ik het potje zonder jou',
        'doe je huiswerk anders krijg je straf',
        'als je niet reageert ga ik slapen',
        'ik maak je kapot in fortnite',
        'je gaat spijt krijgen als je die serie niet kijkt',
      ],
    },
  },
  {
    id: 'nl.threat_sextortion.money-demand',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Demands money, gift cards or crypto to keep images private, often with a deadline: financial sextortion, mostly aimed at teenage boys.',
    patterns: [
      /\b(?:betaal|betaalt|maak|stuur|geef) (?:me |mij |nu |maar |gewoon |eerst )?(?:een |n )?(?:\d{1,4} ?(?:euro|eur)?|geld|money|bitcoin|crypto|btc|cadeaukaart|giftcard|gift card|paysafe ?card|paysafe|itunes|steam ?kaart|google play)\b.{0,20}\b(?:of ik|anders (?:stuur|post|zet|deel|ziet|zien|krijgt|lek|verspreid)|of iedereen|dan verwijder ik|dan delete ik|dan wis ik|en dan verwijder|voordat ik|of ze)\b/,
      /\b(?:\d{1,4} ?(?:euro|eur)|geld|money|bitcoin|crypto) (?:of|anders) (?:ik |iedereen |je |al je )?(?:.{0,20} )?(?:stuur|post|zet|deel|krijgt|ziet|zien|krijgen|lek|verspreid|gaat online|gaan online|staat online)\b/,
      /\bals (?:je|jij) (?:.{0,10} )?(?:betaalt|overmaakt|betaald|stuurt) (?:.{0,18} )?(?:verwijder|delete|wis|haal|gooi) ik\b/,
      /\b(?:ik )?(?:verwijder|delete|wis) (?:ik )?(?:.{0,10} )?(?:alles|ze|het|de foto'?s|de fotos|de video|je foto'?s|je nudes) (?:.{0,8} )?(?:als|zodra|wanneer) (?:je|jij|ik) (?:.{0,10} )?(?:betaalt|overmaakt|heb ontvangen|binnen heb|krijg)\b/,
      /\b(?:je|jij) (?:hebt|heb) (?:nog )?(?:\d{1,3}|een|1|twee|drie|tien|vijf) (?:uur|uren|minuten|min|dagen|dag) (?:.{0,12} )?(?:om|de tijd om|voordat|voor|anders) (?:.{0,13} )?(?:betalen|betaal|over te maken|overmaken|te sturen)\b|\b(?:je|jij) (?:hebt|heb) (?:nog )?tot (?:vanavond|morgen|middernacht|vannacht|\d{1,2} uur) (?:.{0,12} )?(?:om|de tijd om|voordat|anders) (?:.{0,13} )?(?:betalen|betaal|over te maken|overmaken|te sturen)\b|\bbetaal (?:nu |gewoon |maar )?(?:of iedereen|anders (?:ziet|stuur ik|post ik|zet ik|deel ik|krijgt)|of ik (?:stuur|post|zet|deel))\b/,
    ],
    unless: [/\btikkie\b(?!.{0,30}\b(?:iedereen|naakt|nudes?|online)\b)|\b(?:pizza|kantine|schoolreis|cadeau voor|juf|meester|mentor|inleveren|werkstuk|opdracht|toets|boete van de bieb|bibliotheek|jaarboek|schoolfoto)\b/],
    examples: {
      match: [
        'maak 50 euro over via tikkie of iedereen krijgt je nudes',
        'betaal 300 euro of iedereen ziet je nudes',
        'stuur geld anders ziet je familie alles',
        '500 euro of iedereen op school krijgt je pics',
        'je hebt 1 uur om te betalen',
        'betaal 200 euro anders stuur ik het naar je familie',
        'als je betaalt verwijder ik alles',
        'stuur een paysafecard van 100 of ik post je video',
        'ik verwijder het zodra je betaalt',
      ],
      noMatch: [
        'je moet nog 5 euro betalen voor de pizza',
        'betaal je tikkie ff',
        'stuur geld voor het cadeau van juf',
        'je hebt 24 uur om het werkstuk in te leveren',
        'ik verwijder die app als ik tijd heb',
        'geef me 5 euro anders koop ik geen chips',
      ],
    },
  },
  {
    id: 'nl.threat_sextortion.demand-more',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Demands more images, video or sex under pressure ("je moet meer sturen", "je bent van mij", "je doet wat ik zeg") — coercion after a first image (Winters et al. 2021).',
    patterns: [
      /\b(?:stuur|maak|doe) (?:er )?(?:nu )?(?:meer|nog meer|nieuwe|nog een paar|er nog een|nog een) (?:.{0,12} )?(?:foto'?s?|fotos|pics?|nudes?|filmpjes?|video'?s?)?\b.{0,15}\b(?:anders|of|want anders) (?:ik (?:stuur|post|zet|deel|laat|lek|verspreid)|iedereen|ziet|zien|krijgt|krijgen|stuur ik|post ik|zet ik|deel ik|je (?:ouders|vrienden|moeder|vader|school|klas|familie))\b/,
      /\b(?:je|jij) (?:moet|gaat|zal) (?:.{0,14} )?(?:meer|nieuwe|nog meer|nog een) (?:foto'?s|fotos|pics|nudes?|filmpjes?|video'?s?)\b.{0,14}\b(?:sturen|maken|opsturen)\b/,
      /\b(?:je|jij) (?:bent|bn) (?:nu van mij|nu helemaal van mij|van mij nu|mijn bezit|mn bezit|mijn eigendom|van mij en van niemand anders)\b/,
      /\b(?:je|jij) (?:doet|moet doen|gaat doen) (?:precies |gewoon |nu )?wat (?:ik|ik je) (?:zeg|vraag|wil|zeg dat je moet doen)\b.{0,25}\b(?:anders|of ik|of iedereen|foto|fotos|pics|nudes|filmpje)\b/,
      /\b(?:je|jij) (?:moet|gaat) (?:.{0,10} )?(?:seks met me hebben|met me naar bed|met mijn vrienden|voor mij werken|voor me werken|klanten)\b.{0,18}\b(?:anders|of ik|of iedereen|foto|fotos|pics|nudes|filmpje)\b/,
    ],
    unless: [/\b(?:huiswerk|werkstuk|opdracht|toets|school|les)\b/],
    examples: {
      match: [
        'stuur meer foto\'s anders ziet iedereen ze',
        'je moet nieuwe filmpjes voor me sturen',
        'je bent nu van mij',
        'je doet wat ik zeg anders gaan je foto\'s rond',
        'stuur er nog een of ik stuur deze naar je vader',
      ],
      noMatch: [
        'stuur meer foto\'s van het feest in de groep',
        'je moet nieuwe foto\'s maken voor het werkstuk',
        'mijn hond is van mij',
        'doe wat ik zeg en pak de rechterkant bij het potje',
        'stuur nog een foto van de kat haha',
      ],
    },
  },
  {
    id: 'nl.threat_sextortion.intimidation',
    category: 'threat_sextortion',
    severity: 'high',
    note: 'Intimidation that shows the teen can be found or exposed ("ik weet waar je woont", "ik weet op welke school je zit", "ik weet wie je ouders zijn").',
    patterns: [
      /\b(?:ik |k'? ?)(?:weet|ken) (?:heus |precies |echt |allang |al |ook )?(?:waar (?:je|jij) (?:woont|woon|zit|slaapt|op school zit|naar school gaat)|op welke school (?:je|jij) (?:zit|gaat)|wie (?:je|jouw) (?:ouders|vrienden|moeder|vader|vriendinnen) zijn|je adres|jouw adres|waar je school is)\b(?! (?:niet|nie|meer niet|ook niet|niet meer))/,
      /\b(?:ik |k'? ?)(?:krijg|pak) (?:je|jou) (?:nog|heus|toch|echt)(?: wel| nog)?\b(?! (?:even|ff|een|op|bij|mee|terug|wel op|nog op))/,
      /\b(?:ik |k'? ?)weet (?:je|jou) (?:heus |wel |echt |altijd )?te vinden\b/,
      /\b(?:ik |k'? ?)vind (?:je|jou) (?:heus |toch |echt )?(?:wel|overal)$/,
      /\b(?:je zal|je gaat|jij gaat|jij zal) (?:hier |er |daar )?(?:spijt van krijgen|voor boeten|voor betalen)\b(?! (?:als je (?:die|de|dat) (?:serie|film|game|show)))/,
    ],
    unless: [/\b(?:haha|hahaha|lol|xd|grapje|jk)\b/, /\b(?:ik |k'? ?)weet (?:toch )?waar je woont toch\b/, /\b(?:fortnite|minecraft|roblox|fifa|potje|game|serie|film|show|toets|uitje|snoep)\b/],
    examples: {
      match: ['ik weet op welke school je zit, ik stuur ze naar je school', 'ik weet waar je woont', 'ik weet op welke school je zit', 'ik weet wie je ouders zijn', 'ik vind je heus wel', 'je zal hier spijt van krijgen'],
      noMatch: [
        'ik weet je adres niet meer',
        'ik weet waar je woont toch, ik kom langs',
        'ik weet waar je woont haha ik kom taart brengen',
        'ik pak je nog wel op van school',
        'je gaat spijt krijgen als je die serie niet kijkt',
        'ik weet niet waar je woont, stuur je adres voor de uitnodiging',
        'ik weet waar de school is',
        'ik vind je heus wel aardig hoor',
      ],
    },
  },
  {
    id: 'nl.threat_sextortion.share-or-else',
    category: 'threat_sextortion',
    severity: 'medium',
    note: 'A threat built from parts: a share verb or "everyone will see" aimed at the teen\'s people or online, together with a condition ("als je niet…", "tenzij", "anders", "je wil toch niet…"). Either part alone is everyday talk; both together are sextortion.',
    unless: [/\b(?:haha|hihi|lol|groep|groepsapp|groepschat|tekening|zonder jou|kamp|vakantie|schoolfeest|rapport|cijfer|cijfers|kamer|toets)\b/],
    patterns: [
      inContext(/\b(?:(?:ik|dan) (?:stuur|post|zet|deel|verspreid|upload|gooi)|(?:stuur|post|zet|deel|verspreid|upload|gooi) ik)\b.{0,30}\b(?:naar|aan|op|met|door naar)? ?(?:iedereen|je ouders|je vrienden|je vriendinnen|je school|je klas|heel de school|heel je school|het internet|internet|insta|tiktok|snap|je familie|uw ouders|uw vrienden|online)\b/, /\b(?:als (?:je|ge|gij|jij) (?:niet|nie|ni|geen|nooit|weigert|stopt|blokt|blokkeert)|tenzij|anders|of ik|denk (?:daar|er) (?:maar )?aan|je wil toch niet)\b/),
      inContext(/\b(?:gaat|gaan|zal|zullen) (?:iedereen|je ouders|je vrienden|je vriendinnen|je school|je klas|heel de school|heel je school|het internet|internet|insta|tiktok|snap|je familie|uw ouders|uw vrienden|online)(?: \w{1,20}){0,2} (?:zien|krijgen|weten)\b/, /\b(?:als (?:je|ge|gij|jij) (?:niet|nie|ni|geen|nooit|weigert|stopt|blokt|blokkeert)|tenzij|anders|of ik|denk (?:daar|er) (?:maar )?aan|je wil toch niet)\b/),
      inContext(/\b(?:iedereen|je ouders|je vrienden|je vriendinnen|je school|je klas|heel de school|heel je school|het internet|internet|insta|tiktok|snap|je familie|uw ouders|uw vrienden|online)(?: \w{1,20}){0,3} (?:gaat|gaan|zal|zullen|gaat ze|krijgt|krijgen)(?: \w{1,20}){0,2} (?:zien|krijgen|weten|ontvangen)\b/, /\b(?:als (?:je|ge|gij|jij) (?:niet|nie|ni|geen|nooit|weigert|stopt|blokt|blokkeert)|tenzij|anders|of ik|denk (?:daar|er) (?:maar )?aan|je wil toch niet)\b/),
      /\bwil (?:je|jij|ge) (?:dat|da) (?:iedereen|je ouders|je moeder|je vader|je vrienden|je vriendinnen|je school|je klas|heel de school|je familie|uw ouders|uw ma)(?: \w{1,12}){0,2} (?:dit|dat|deze|die|het|ze|je) ?(?:fotos|foto|filmpje|video|chats)? ?(?:ziet|zien|krijgt|krijgen|leest|lezen)\b|\bwat (?:denk|zou) (?:je|jij)(?: dat)? (?:je|jouw) (?:ouders|moeder|vader|ma|pa|vrienden|vriendinnen|school|klas)(?: \w{1,12}){0,2} (?:zeggen|zegt|doen|doet|vinden|vindt|denken|denkt) als (?:hij|ze|zij|die) (?:dit|dat|deze|die|het|je)\b|\b(?:ik |k'? ?)heb (?:je|jouw|uw) (?:account |telefoon |insta |snap |webcam |camera |laptop )?(?:gehackt|gehacked|gehakt|overgenomen)\b/,
      /\b(?:ik |k'? ?)(?:stuur|post|zet|deel|verspreid|upload|lek) (?:je|jouw|al je|die|de) (?:fotos|foto|pics|nudes|filmpjes|filmpje|video|videos|chats|screenshots)\b.{0,20}\bals (?:je|jij|ge) (?:niet|nie|ni|geen|niks)\b/,
      /\b(?:je|ge) (?:wil|wilt) (?:toch |echt )?(?:niet|nie|ni) dat ik (?:het|ze|dit|je fotos|alles) (?:\w{1,12} )?(?:post|deel|verstuur|doorstuur|online zet|rondstuur|laat zien|stuur)\b|\b(?:je|ge) (?:wil|wilt) (?:toch |echt )?(?:niet|nie|ni) dat (?:iedereen|je ouders|je moeder|je vader|je vrienden|je vriendinnen|je school|je klas|heel de school|je familie|uw ouders) (?:dit|dat|het|ze) (?:ziet|zien|krijgt|krijgen|weet|weten|leest|lezen)\b/,
      /\b(?:je|ge) (?:wil|wilt) (?:toch |echt )?(?:niet|nie|ni) dat (?:iedereen|je ouders|je vrienden|je vriendinnen|je school|je klas|heel de school|heel je school|het internet|internet|insta|tiktok|snap|je familie|uw ouders|uw vrienden|online)(?: \w{1,20}){0,2} (?:die|de|je|jouw|deze|uw) (?:fotos|foto|filmpjes|filmpje|video|videos|beelden|pics|naaktfotos|chats|berichten)(?: \w+)? (?:zien|ziet|krijgen|krijgt|te zien)\b/,
    ],
    examples: {
      match: ['als je niet doet wat ik zeg stuur ik die foto naar iedereen', 'je wil toch niet dat je ouders die fotos zien', 'ik zet het online als je niet reageert', 'als ge nie betaalt gaat heel de school het zien', 'wil je dat je moeder dit ziet?', 'ik post je fotos als je niet reageert', 'je wilt toch niet dat ik het post', 'wat denk je dat je vader zegt als hij dit ziet', 'ik heb je gehackt'],
      noMatch: ['stuur het naar iedereen in de groep, anders weet niemand het', 'als je niet opschiet post ik de foto zonder jou op insta haha', 'deel het op insta anders ziet niemand je tekening', 'wat denk je dat je moeder zegt als ze je rapport ziet', 'wil je dat je moeder je ophaalt?', 'ik heb je gehackt haha grapje'],
    },
  },
  {
    id: 'nl.threat_sextortion.veiled',
    category: 'threat_sextortion',
    severity: 'low',
    note: 'Low on its own: a veiled threat without its condition ("ik heb je fotos nog he", "iedereen op je school gaat het zien", "ge weet wat er gebeurt als…", "dan maak ik je kapot"). Friends joke like this too; it counts at `high` and in combinations.',
    patterns: [
      /\b(?:ik |k'? ?)heb (?:je|jouw|uw|die|de|al je) (?:fotos|foto|filmpjes|filmpje|video|videos|beelden|pics|naaktfotos|chats|screenshots) (?:nog|allemaal|opgeslagen|bewaard|gescreenshot)\b/,
      /\b(?:iedereen|je ouders|je vrienden|je vriendinnen|je school|je klas|heel de school|heel je school|het internet|internet|insta|tiktok|snap|je familie|uw ouders|uw vrienden|online)(?: \w{1,20}){0,3} (?:gaat|gaan|zal|zullen)(?: \w{1,20}){0,2} (?:zien|krijgen|weten)\b/,
      /\b(?:je|ge|gij) weet (?:toch |wel |heel goed )?wat er (?:gebeurt|zal gebeuren|gaat gebeuren) als\b/,
      /\b(?:ik maak|maak ik) (?:je|jou|u) (?:kapot|af)\b|\b(?:ik |k'? ?)ga (?:je|jou|u) (?:kapot maken|afmaken|slopen|ruineren|vernietigen)\b|\b(?:je|ge|gij|jij) (?:gaat|zal|gaan) (?:hier |dit |daar )?spijt (?:van )?(?:krijgen|hebben)\b|\bweet (?:je|jij|ge) (?:wel |toch )?wat er (?:gebeurt|zal gebeuren|gaat gebeuren)\b|\b(?:denk maar niet|denk niet) dat (?:je|jij) (?:hier |er |ervan |daar )?(?:vanaf|van af|af komt|afkomt|mee weg|zomaar)\b|\b(?:je|jij) (?:komt|kom) (?:hier |er |daar )?(?:niet|nooit|nie) (?:zomaar |zo makkelijk )?(?:vanaf|van af|mee weg)\b/,
      /\b(?:ik |k'? ?)heb (?:alles|ze|ze allemaal|alles allemaal) (?:nog|bewaard|opgeslagen)\b|\b(?:ik |k'? ?)heb (?:alles|al je|al onze|onze|de|een|je) (?:chats |gesprekken |berichten |videocall |call |facetime )?(?:opgenomen|opgeslagen|gescreenshot|gescreend|bewaard|gerecord)\b|\b(?:ik |k'? ?)heb (?:screenshots|screens|opnames|een opname|een video|een filmpje|fotos|beelden|bewijs) (?:van|gemaakt van) (?:alles|je|jou|ons|onze)\b|\b(?:ik |k'? ?)(?:heb|ken|zie|weet) (?:al )?(?:je|jouw|al je) (?:volgers|contacten|vriendenlijst|followers|klasgenoten)\b|\b(?:ik |k'? ?)(?:heb|weet|ken) (?:de )?(?:namen|nummers|accounts|adressen) van (?:je|jouw|al je) (?:familie|ouders|vrienden|vriendinnen|klasgenoten|contacten)\b|\b(?:1|een) (?:klik|klikje)\b.{0,20}\b(?:ziet|zien|iedereen|weet|weten)\b/,
      /\b(?:ik |k'? ?)(?:zet|post|gooi|plaats|upload) (?:het|ze|dit|dat|alles|hem) (?:gewoon |zo |nu |meteen )?(?:op|online|in) (?:insta|instagram|tiktok|snap|snapchat|internet|twitter|facebook|reddit|telegram|je story|mijn story)\b|\bstaat (?:het|alles|ze|dit) (?:op (?:insta|tiktok|snap|internet|twitter)|online)\b|\b(?:ik |k'? ?)(?:tag|tagg) (?:je|jouw) (?:school|ouders|moeder|vader|familie|vrienden|klas)\b|\b(?:ik |k'? ?)(?:ga|zal)(?: \w{1,12})? (?:het|dit|dat|ze|alles) (?:\w{1,12} )?(?:laten zien|sturen|doorsturen|rondsturen) (?:aan|naar) (?:je|jouw|al je|iedereen)\b|\b(?:ik |k'? ?)(?:ga|zal|kan) (?:het|dit|dat|ze|alles|die|deze) (?:\w{1,12} )?(?:naar|aan) (?:je|jouw|al je|iedereen)(?: \w{1,12}){0,2} (?:sturen|laten zien|doorsturen|rondsturen|tonen|opsturen)\b/,
      /\b(?:ik |k'? ?)(?:stuur|zet|post|deel|gooi) (?:de|die|deze|je|jouw|al je|alle|het|ze|alles)(?: \w{1,12})? (?:naar|in|op) (?:je|jouw) (?:hele |heel je )?(?:klas|school|ouders|moeder|vader|familie|vrienden|vriendinnen|volgers|contacten|klasgenoten)\b|\b(?:het is|is het) (?:jouw|je|uw) eigen schuld\b|\bjouw schuld als\b|\bniemand (?:gaat|zal) (?:je|jou|u) (?:ooit )?geloven\b|\b(?:ze|iedereen) (?:gaan|gaat|zullen|zal) (?:je|jou) uitlachen\b|(?:^|\b(?:dit is |is je |je |jouw ))laatste kans(?: ?\??$| (?:anders|of ik|om te betalen)\b)|^(?:je hebt |nog )?(?:tot (?:\d{1,2}(?: uur)?|vanavond|morgen|middernacht|vannacht)|(?:\d{1,2}|een) (?:uur|uren|minuten|min)(?: de tijd)?)(?: ?\??$| (?:anders|om te betalen|om te sturen|voordat ik)\b)|\bdenk (?:je|jij) (?:echt |nou )?dat ik (?:het|dat) (?:niet|nie) (?:doe|ga doen|durf|meen)\b|\bdoe (?:gewoon |nou |maar |nu )?wat (?:ik|ik je) (?:zeg|vraag|wil)\b.{0,10}\banders\b|\bals (?:je|jij) (?:niet|nie) (?:doet|luistert naar) wat (?:ik|ik je) (?:zeg|vraag|wil)\b/,
    ],
    unless: [/\b(?:fortnite|game|potje|match|wedstrijd|voetbal|toernooi|feest|schoolfeest|musical|voorstelling|fifa|spel|minecraft|roblox|mario ?kart|uitreiking|verjaardag|film|serie|show|aflevering|haha|hahaha|lol|xd|grapje|jk)\b/],
    examples: {
      match: ['ik heb je fotos nog he, denk daar maar aan', 'iedereen op je school gaat het zien', 'ge weet wat er gebeurt als ge nie luistert', 'dan maak ik je kapot', 'ik ga je kapot maken', 'ge gaat spijt hebben', 'denk maar niet dat je ervan af komt', 'ik heb alles opgenomen', 'ik heb screenshots van alles', 'ik heb al je volgers, 1 klik en ze zien alles', 'ik ken je klasgenoten allemaal', 'ik zet het op tiktok', 'binnen een uur staat het op insta', 'ik ga het laten zien aan je vriendinnen', 'ik stuur de fotos naar je hele klas', 'niemand gaat je geloven', 'het is jouw schuld als iedereen het ziet', 'het is je eigen schuld', 'laatste kans', 'je hebt 24 uur', 'je hebt tot 12 uur', 'ik heb alles nog hoor', 'denk je dat ik het niet doe?', 'doe wat ik zeg anders', 'als je het aan iemand vertelt dan weet je wat er gebeurt'],
      noMatch: ['ik maak je kapot in fortnite', 'iedereen gaat het zien op het schoolfeest', 'ik heb de fotos van de vakantie nog niet gezien', 'ik heb een video van je gemaakt bij de musical', 'ik ga je kapot maken met fifa', 'laatste kans om je in te schrijven voor de excursie', 'je hebt 10 minuten voor de bus', 'het is jouw schuld dat we te laat zijn', 'niemand gaat je geloven als je zegt dat je een 10 hebt haha', 'ik zet de fotos van het feest op insta'],
    },
  },
];
