import type { RuleDef } from '../../types';

/**
 * Location control: Winters et al. (2021) post-abuse maintenance and the loverboy method's
 * control phase (Dutch research on binnenlandse seksuele uitbuiting): the exploiter wants to
 * know where the teen is at all times, through live location, Snap Map, Find My or Life360.
 * Lookalikes: the location of a party, a parent sharing their own location, a friend who lost
 * the group at a festival.
 */
export const rules: RuleDef[] = [
  {
    id: 'nl.location_control.share-location',
    category: 'location_control',
    severity: 'low',
    note: 'Asks the teen to share (live) location or to switch location on. Low on its own: friends and parents ask this all day to find each other; the control families are in watch-me.',
    patterns: [
      /\b(?:deel|stuur|drop|geef|share|send|zet|app|stuurt|deelt|laat me|laat mij) (?:.{0,20} )?(?:je|jouw|ur|een) ?(?:live ?)?(?:locatie|location|loc|locatievoorziening|gps|pin|pinnetje|live ?locatie|live ?location)\b/,
      /\b(?:zet|doe) (?:je|jouw|ur) (?:.{0,12} )?(?:locatie|location|locatievoorziening|gps|live ?locatie|locatie delen) (?:.{0,12} )?(?:aan|an|open)\b/,
      /\b(?:je|jouw|ur) (?:live )?(?:locatie|location|loc) (?:.{0,12} )?(?:delen|sturen|aanzetten|aan zetten|doorsturen|aan)\b/,
      /\b(?:wat is|wat's|wats|waar is) (?:je|jouw) (?:live |precieze |exacte )?(?:locatie|location)\b/,
      /\b(?:waarom|wrm|hoezo) (?:staat|zet|heb|is) (?:je|jouw) (?:locatie|location|gps|snap ?map|live locatie) (?:.{0,6} )?(?:uit|af|niet aan|op ghost|verborgen)\b/,
      /^(?:(?:je|jouw|ur) )?(?:live )?(?:locatie|location|loc|live location) ?\?/,
      /\b(?:stuur|deel|drop|geef) (?:me |mij |ff |even )*(?:live ?)?(?:locatie|loc|location)\b/,
      /\bwaar (?:ben|zit|hang) (?:je|jij) (?:nu |uit |nu uit )?(?:precies|exact|echt)\b/,
    ],
    unless: [/\bzodat (?:je|jij) (?:.{0,10} )?(?:maps|navigatie|de route|google maps|waze)\b|\b(?:voor (?:google )?maps|de route|navigatie)\b/, /\bop (?:de|het) (?:camping|festival|feest|strand|kermis|concert|schoolreis|kamp|markt)\b/, /\b(?:bezorger|pizzabezorger|thuisbezorgd|pizza)\b/, /\bmet (?:mama|papa|je moeder|je vader|je ouders|je mam|je pap)\b/, /\b(?:verdwaald|kwijt|kan (?:je|jullie|jouw)(?: [a-z]{2,10})? niet vinden|zie (?:je|jullie) niet(?! meer op)|waar staan jullie|bij de ingang)\b/, /\b(?:de|het|van de|van het) (?:locatie|adres) (?:van|voor)\b/],
    examples: {
      match: ['stuur me je live locatie', 'deel je locatie met mij', 'deel je live locatie', 'zet je locatie aan', 'stuur je locatie', 'stuur ff je live location', 'je locatie?', 'zet je gps aan', '📍?', 'stuur ff een live loc als je daar bent', 'laat me je locatie zien dan geloof ik je', 'ik zie je niet meer op snap map, zet je gps aan'],
      noMatch: [
        'app je locatie, ik kan jouw straat niet vinden',
        'zet je locatie aan voor maps anders vind je het nooit',
        'wat is je locatie op de camping',
        'stuur je locatie voor de pizzabezorger',
        'deel je locatie met mama zodat ze weet waar je bent',
        'zet je locatie aan zodat je maps kan gebruiken',
        'waar is het feest',
        'stuur de locatie van het feest ff',
        'ik deel mijn locatie met mama',
        'stuur je locatie ik ben jullie kwijt bij het festival',
        'de locatie van de training is veranderd',
        'zet je wekker aan',
      ],
    },
  },
  {
    id: 'nl.location_control.tracking-app',
    category: 'location_control',
    severity: 'medium',
    note: 'Asks the teen to be visible on Snap Map, to switch off Ghost Mode, or to add them on Find My, Life360 or Google Maps location sharing.',
    patterns: [
      /\b(?:zet|doe) (?:je|jouw|ur) (?:.{0,12} )?(?:ghost ?mode|spookmodus|spook modus|ghostmode) (?:.{0,12} )?(?:uit|af)\b/,
      /\b(?:add|voeg|zet|deel|share) (?:me|mij|je|jouw) (?:.{0,25} )?(?:op|in|via|met|toe op|toe in) (?:life ?360|find ?my|zoek ?mijn|zenly|snap ?map|google maps|google ?maps locatie)\b/,
      /\b(?:installeer|download|zet|neem) (?:.{0,10} )?(?:life ?360|find ?my|zenly)\b|\b(?:life ?360|find ?my|zoek ?mijn|zenly|snap ?map)\b.{0,20}\b(?:aanzetten|aan zetten|toevoegen|delen|installeren|downloaden|zichtbaar|aan)\b/,
      /\b(?:ik wil|laat me|mag ik|ik moet) (?:je|jou) (?:.{0,8} )?(?:volgen|zien|vinden|tracken|kunnen volgen|kunnen zien) (?:op|via|met) (?:snap ?map|life ?360|find ?my|zoek mijn|google maps|de kaart|je locatie)\b/,
      /\b(?:ik wil|laat) (?:je|jou|me|mij) (?:.{0,12} )?(?:op de kaart|op snap ?map|op de map) (?:.{0,12} )?(?:zien|staan)\b/,
    ],
    unless: [/\b(?:mijn moeder|mijn vader|mijn ouders|mama|papa|ik zag|ik heb)\b/],
    examples: {
      match: ['zet je snapmap aan', 'doe je ghost mode uit', 'zet je ghost mode uit op snap', 'voeg me toe op life360', 'deel je locatie met mij via find my', 'snap map aanzetten zodat ik je zie', 'ik wil je op de kaart zien', 'download ff zenly, dan zie ik je', 'neem find my dan kan ik je volgen'],
      noMatch: [
        'mijn moeder heeft life360 op mn telefoon haha',
        'ik zag op snap map dat lisa in de stad is',
        'ghost mode is chill',
        'zet je wekker uit',
        'hoe werkt zoek mijn iphone als je hem kwijt bent, ik heb hem verloren',
      ],
    },
  },
  {
    id: 'nl.location_control.always-know',
    category: 'location_control',
    severity: 'medium',
    note: 'Demands to always know where the teen is and with whom, or asks for proof (a photo of where they are): control, typical of loverboy relationships.',
    patterns: [
      /\b(?:ik |k'? ?)(?:wil|wl|moet) (?:altijd|elke dag|steeds|de hele tijd|constant|precies|gewoon) (?:.{0,12} )?weten waar (?:je|jij) (?:bent|bnt|zit|uithangt|heen gaat|bent en met wie)\b/,
      /\b(?:ik |k'? ?)(?:wil|wl|moet) (?:.{0,8} )?weten waar (?:je|jij) (?:bent|zit|uithangt)(?: en met wie| altijd| de hele tijd| elke dag| steeds| ?\??$)/,
      /\b(?:laat|stuur|app) (?:me|mij) (?:altijd|steeds|elke dag|elk uur|de hele tijd|constant) (?:.{0,8} )?(?:zien|weten) waar (?:je|jij) (?:bent|zit|uithangt)\b/,
      /\b(?:je|jij) (?:moet|gaat) (?:me|mij) (?:altijd|elke dag|steeds|de hele tijd|constant|elk uur) (?:.{0,12} )?(?:laten weten|vertellen|sturen|appen|melden) waar (?:je|jij) (?:bent|zit|heen gaat)\b/,
      /\b(?:stuur|maak) (?:.{0,14} )?(?:foto|pic|selfie|bewijs|filmpje) (?:.{0,14} )?(?:van )?waar (?:je|jij) (?:nu )?(?:bent|zit)\b/,
      /\b(?:bewijs|laat zien) (?:.{0,12} )?dat (?:je|jij) (?:echt )?(?:thuis|alleen|daar|op school|bij je oma|bij je vriendin) (?:bent|zit)\b/,
      /\bmet wie (?:ben|bn|zit) (?:je|jij) (?:nu )?(?:en waar|waar ben je|ik wil het weten|zeg op)\b|\bmet wie (?:ben|bn|zit) (?:je|jij)\b.{0,20}\b(?:stuur|bewijs)\b.{0,10}\b(?:foto|pic|selfie|bewijs|filmpje)\b/,
    ],
    unless: [/\b(?:ik weet niet waar je|we staan|we zitten|ik sta|bij de ingang)\b/],
    examples: {
      match: [
        'ik wil weten waar je bent, altijd',
        'ik wil altijd weten waar je bent en met wie',
        'ik wil altijd weten waar je bent',
        'je moet me altijd laten weten waar je bent',
        'stuur een foto van waar je nu bent',
        'bewijs dat je echt thuis bent',
        'met wie ben je en waar',
      ],
      noMatch: [
        'mama wil altijd weten waar ik ben',
        'laat ff weten als je thuis bent',
        'ik weet niet waar je bent we staan bij de ingang',
        'weet je waar het feest is',
        'waar ben je? we beginnen zo',
      ],
    },
  },
  {
    id: 'nl.location_control.watch-me',
    category: 'location_control',
    severity: 'medium',
    note: 'Location as control: wants the location on all the time, checks it, asks why it is off, or wants to see where the teen is ("zet je locatie aan, ik wil zien waar je bent", "ik check je locatie elke dag").',
    patterns: [
      /\b(?:locatie|location|loc|gps|snap ?map|live ?locatie)\b.{0,30}\b(?:altijd|steeds|de hele tijd|voor altijd|elke dag|24 ?7|24\/7|aan laten|aanlaten|laten aanstaan|laten staan|aan houden|nooit (?:meer )?uit|ik wil (?:kunnen )?zien waar|zodat ik (?:altijd )?(?:kan )?zien waar|zodat ik altijd weet waar|dan weet ik altijd waar|ik check|ik controleer|ik hou (?:je )?in de gaten)\b/,
      /\b(?:ik check|ik controleer|ik kijk|ik zie) (?:je|jouw) (?:locatie|loc|snap ?map|gps)\b|\b(?:ik |k'? ?)zie (?:je|jou) (?:niet|nie|nergens) (?:meer )?op (?:de )?(?:map|kaart|snap ?map|snapchat)\b/,
      /\b(?:waarom|wrm|hoezo) (?:staat|zet|heb|is|sta) (?:je|jouw|jij) (?:locatie|location|loc|gps|snap ?map|live locatie)\b.{0,12}\b(?:uit|af|niet aan|ghost|verborgen|weg)\b/,
      /\bwaar (?:ben|zit|hang) (?:je|jij)(?: uit| nu)? ?\??\b.{0,6}\b(?:ik wil het (?:nu )?weten|zeg op|nu meteen|antwoord)\b/,
    ],
    unless: [/\b(?:mama|papa|mijn moeder|mijn vader|mn moeder|mn vader|je moeder|je vader|ouders|speurtocht|festival|kwijt)\b/],
    examples: {
      match: [
        'zet je locatie aan, ik wil zien waar je bent',
        'ik check je locatie elke dag',
        'laat je live locatie altijd aanstaan',
        'ik zie je niet meer op de map',
        'waarom staat je snapmap uit?',
        'waar hang je uit? ik wil het nu weten',
        'deel je locatie met mij voor altijd',
      ],
      noMatch: [
        'mama checkt mijn locatie altijd zo irritant',
        'ik zie je niet, waar sta je',
        'laat je locatie aan tot je thuis bent zegt je moeder',
        'waar ben je? de les begint',
      ],
    },
  },
  {
    id: 'nl.location_control.i-see-you',
    category: 'location_control',
    severity: 'medium',
    note: '"Ik weet waar je bent, ik zie je op de kaart", "waarom zie ik je niet op snapmap", "ik wil dat je me laat weten waar je bent", "in welke straat ben je nu".',
    patterns: [
      /\b(?:ik |k'? ?)(?:weet|zie) (?:precies )?waar (?:je|jij) (?:nu )?(?:bent|zit|uithangt)\b|\bwaarom zie ik (?:je|jou) niet (?:meer )?op (?:snap ?map|de kaart|de map)\b/,
      /\b(?:ik |k'? ?)wil dat (?:je|jij) (?:me|mij) (?:altijd )?(?:laat weten|vertelt|appt|stuurt) waar (?:je|jij) (?:bent|zit|heen gaat)\b|\bin welke straat (?:ben|zit|loop) (?:je|jij) (?:nu|nou)\b/,
    ],
    unless: [/\b(?:mama|papa|ouders|kwijt|verstoppertje|speurtocht)\b/],
    examples: {
      match: ['ik weet waar je bent, ik zie je op de kaart', 'waarom zie ik je niet op snapmap?', 'ik wil dat je me laat weten waar je bent', 'in welke straat ben je nu'],
      noMatch: ['ik weet waar je woont, ik kom je boek brengen met mama', 'ik zie je niet, we spelen verstoppertje', 'welke straat is het feest'],
    },
  },
];
