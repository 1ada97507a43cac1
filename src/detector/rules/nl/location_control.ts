import type { RuleDef } from '../../types';
import { OWN_FAMILY, OWN_PARENT, SIGNED_OFF, tagged } from './words';

/**
 * Location control: Winters et al. (2021) post-abuse maintenance and the loverboy method's
 * control phase (Dutch research on binnenlandse seksuele uitbuiting): the exploiter wants to
 * know where the teen is at all times, through live location, Snap Map, Find My or Life360.
 * Lookalikes: the location of a party, a parent sharing their own location, a friend who lost
 * the group at a festival.
 */
/** A friend looking for the group they are meeting ("zijn jullie al bij het zwembad?"). */
/** A friend who answers their own question: the phone is dead, not hiding ("je batterij is leeg toch"). */
const BATTERY = /\b(?:batterij|accu|telefoon|gsm|mobiel) (?:\w{1,8} )?(?:leeg|dood|op|plat)\b|\b(?:opladen|oplader|batterij op|accu op)\b/;

const MEET_UP = /\b(?:zijn jullie|staan jullie|zitten jullie|waar zijn jullie|jullie al)\b|\bhoe (?:ver|lang) (?:je|jij|jullie) (?:nog|er nog)\b|\bof (?:je|jij|jullie) (?:al )?(?:bij|op|in) (?:de |het )?(?:training|school|club|zwembad|bios|station|sporthal|kantine)\b|\bof (?:je|jij|jullie) al (?:bij|op|in|aan) (?:de|het) [a-z]{2,14}\b/;

/** A friend waiting for the teen to arrive ("dan zie ik wanneer je er bent", "hoe ver je nog bent"). */
const ARRIVING =
  /\b(?:wanneer|of|als|zodra) (?:je|jij|jullie|ge) (?:er (?:al |bijna )?(?:bent|zijt|zijn|bn)|(?:er |hier )?(?:aankomt|aankomen|bent aangekomen))\b|\bhoe ver (?:je|jij|jullie) (?:nog )?(?:bent|zit|zijn)\b/;

/** A friend who will join the teen at a party or place ("dan zie ik wanneer je bij het feest bent, dan kom ik ook"). */
const JOINING =
  /\b(?:wanneer|als|zodra|of) (?:je|jij|jullie|ge|gij) (?:er |al )?(?:bij|op|in|aan) (?:de|het|t) [a-z]{2,14} (?:bent|zijt|zijn|staat|staan|aankomt)\b.{0,24}\b(?:kom ik|ik kom|ga ik|fiets ik|loop ik)(?: (?:ook|er ook|ook langs|eraan))?\b|\bdan (?:kom|fiets|loop) ik (?:er )?ook\b/;

/** A friend whose own map is empty: a glitch, not a hiding teen ("ik zie niemand meer lol"). */
const MAP_GLITCH =
  /\bik zie (?:niemand|niks|niets|nix) (?:meer )?\b|\b(?:iedereen|niemand) (?:is |staat )?(?:weg|verdwenen|uit|onzichtbaar)\b|\b(?:bug|buggy|glitch|glitcht|kapot|doet (?:ff |weer )?raar|update)\b/;

/** An errand on the way ("ben je nog bij de ah? neem chips mee"). */
const ERRAND =
  /\bneem (?:ff |even |jij |je |nog )?(?:\w{1,12} ){0,2}(?:voor (?:mij|me|ons) )?mee\b|\b(?:boodschappen|boodschapje|ik betaal (?:je|jou|het) (?:wel )?terug)\b/;

export const rules: RuleDef[] = [
  {
    id: 'nl.location_control.share-location',
    category: 'location_control',
    severity: 'low',
    note: 'Asks the teen to share (live) location or to switch location on. Low on its own: friends and parents ask this all day to find each other; the control families are in watch-me.',
    patterns: [
      /\b(?:deel|stuur|drop|geef|share|send|zet|app|stuurt|deelt|laat me|laat mij) (?:.{0,20} )?(?:je|jouw|ur|een|uw) ?(?:live ?)?(?:locatie|location|loc|locatievoorziening|gps|pin|pinnetje|live ?locatie|live ?location)\b/,
      /\b(?:zet|doe) (?:je|jouw|ur|uw) (?:.{0,12} )?(?:locatie|location|locatievoorziening|gps|live ?locatie|locatie delen) (?:.{0,12} )?(?:aan|an|open)\b/,
      /\b(?:je|jouw|ur) (?:live )?(?:locatie|location|loc) (?:.{0,12} )?(?:delen|sturen|aanzetten|aan zetten|doorsturen|aan)\b/,
      /\b(?:wat is|wat's|wats|waar is) (?:je|jouw) (?:live |precieze |exacte )?(?:locatie|location)\b/,
      // t22/t23: "stuur ff een screenshot van waar ge nu zijt op maps".
      /\b(?:screenshot|screen|ss|schermafbeelding) (?:\w{1,6} )?van waar (?:je|jij|ge|gij|u) (?:nu |precies |nu precies )?(?:bent|zit|zijt|staat|uithangt|woont)\b/,
      /\b(?:waarom|wrm|hoezo) (?:staat|zet|heb|is) (?:je|jouw) (?:locatie|location|gps|snap ?map|live locatie) (?:.{0,6} )?(?:uit|af|niet aan|op ghost|verborgen)\b/,
      tagged(/^(?:(?:je|jouw|ur|uw) )?(?:live )?(?:locatie|location|loc|live location)(?: delen| sturen| aan)? ?\?|\blaat (?:me|mij) (?:ff |even )?weten waar (?:je|jij) (?:bent|zit|uithangt)\b|\bmet wie (?:ben|bn|zit|was) (?:je|jij|ge)(?: (?:nu|vandaag|gisteren|daar))? ?(?:\?|$)/),
      /\b(?:stuur|deel|drop|geef) (?:me |mij |ff |even )*(?:een )?(?:live ?)?(?:locatie|loc|location|dropje|locatiedropje)\b/,
      /\bwaar (?:ben|zit|hang) (?:je|jij) (?:nu |uit |nu uit )?(?:precies|exact|echt)\b/,
      // t14: "stuur screenshot van je google maps", "zet je snapkaart ff aan voor alleen mij", "locatie delen is normaal in een relatie".
      /\b(?:screenshot|screen|ss|schermafbeelding|printscreen)\b.{0,12}\b(?:van |uit )?(?:je|jouw|ur|uw) (?:google maps|maps|locatie|loc|snap ?map|snap ?kaart|kaart)\b|\b(?:zet|doe) (?:je|jouw|ur|uw) (?:snap ?kaart|snap ?map|locatie op snap|snaplocatie)\b.{0,16}\b(?:voor (?:alleen )?(?:mij|me)|alleen (?:voor )?(?:mij|me))\b|\b(?:locatie|loc|live ?locatie|snap ?map)\b.{0,30}\b(?:normaal|hoort|doet iedereen|doen alle)\b.{0,20}\b(?:relatie|koppel|koppels|stel|stelletjes|verkering)\b|\b(?:in een relatie|met verkering|echte koppels|stelletjes|als je van (?:me|mij) houdt)\b.{0,30}\b(?:deel|delen|deelt) (?:je|jij|jullie|hun|gewoon|ze) (?:\w{1,6} )?(?:locatie|loc)\b/,
      // t16: a fake agency's or "team" rule: "locatie delen in de app is verplicht voor alle talenten" (not a school trip's or a family's rule;
      // a parent named is no excuse: "locatie aan is verplicht, niks tegen je mama zeggen").
      /^(?!.*\b(?:mentor|juf|meester|school|schoolreis|werkweek|kamp|gezin|familie|thuis)\b).*(?:\b(?:locatie|loc|live ?locatie|gps|snap ?map)\b.{0,30}\b(?:verplicht|de regel|een regel|huisregel)\b|\bverplicht\b.{0,40}\b(?:locatie|loc|live ?locatie|gps|snap ?map)\b)/,
    ],
    unless: [/\bzodat (?:je|jij) (?:.{0,10} )?(?:maps|navigatie|de route|google maps|waze)\b|\b(?:voor (?:google )?maps|de route|navigatie)\b/, /\bop (?:de|het) (?:camping|festival|feest|strand|kermis|concert|schoolreis|kamp|markt)\b/, /\b(?:bezorger|pizzabezorger|thuisbezorgd|pizza)\b/, /\bmet (?:mama|papa|je moeder|je vader|je ouders|je mam|je pap)\b|\b(?:mama|papa|mam|pap|je moeder|je vader|oma|opa) (?:haalt|komt|brengt|rijdt)\b/, /\b(?:verdwaald|kwijt|kan (?:je|jullie|jouw)(?: [a-z]{2,10})? niet vinden|zie (?:je|jullie) niet(?! meer op)|waar staan jullie|bij de ingang)\b/, /\b(?:de|het|van de|van het) (?:locatie|adres) (?:van|voor)\b/, MEET_UP, OWN_FAMILY],
    examples: {
      match: [ "stuur een screenshot van waar je nu bent op snap map, je vader hoeft het niet te weten", "stuur een screenshot van waar je nu bent op snap map", "ss van waar je zit pls",  "waar zit je? stuur ff een dropje", "drop me ff een dropje waar je bent", "stuur een dropje van waar je nu bent","stuur screenshot van je google maps", "stuur een ss van je maps", "screenshot van je locatie ff", "zet je snapkaart ff aan voor alleen mij", "zet je snapmap aan, alleen voor mij", "locatie delen is normaal in een relatie, dus doe het gewoon", "in een relatie deel je gewoon je locatie", "echte koppels delen hun locatie toch", 'deel uw locatie efkes', 'locatie delen?', 'laat me weten waar je bent', 'met wie ben je nu', 'deel je locatie ff dan weet ik dat je veilig thuis bent', 'stuur me je live locatie', 'deel je locatie met mij', 'deel je live locatie', 'zet je locatie aan', 'stuur je locatie', 'stuur ff je live location', 'je locatie?', 'zet je gps aan', '📍?', 'stuur ff een live loc als je daar bent', 'laat me je locatie zien dan geloof ik je', 'ik zie je niet meer op snap map, zet je gps aan',
        'live locatie aan is verplicht voor al onze modellen',
        'je locatie moet altijd aan staan, dat is de regel bij ons',
        'gps aan is verplicht zolang je voor het bureau werkt',
        'snap map delen met mij is een regel, geen discussie',
        'verplicht voor iedereen die voor mij werkt: locatie altijd delen'],
      noMatch: [ "stuur een screenshot van waar de fout staat", "maak een screenshot van de route naar school", "stuur een screenshot van google maps met de route", 
        'zet je locatie ff aan in google maps, dan zie ik hoe ver je nog moet fietsen',
        'app je locatie, ik kan jouw straat niet vinden',
        'zet je locatie aan voor maps anders vind je het nooit',
        'wat is je locatie op de camping',
        'stuur je locatie voor de pizzabezorger',
        'deel je locatie met mama zodat ze weet waar je bent',
        'zet je locatie aan zodat je maps kan gebruiken',
        'waar is het feest',
        'stuur de locatie van het feest ff',
        'ik deel mijn locatie met mama',
        'mama zegt locatie aan is verplicht als je naar dat feest gaat',
        'stuur je locatie ik ben jullie kwijt bij het festival',
        'de locatie van de training is veranderd',
        'zet je wekker aan',
        'deel je locatie, papa haalt je op',
        'stuur je locatie, ik kan je niet vinden bij de ingang',
        'laat me weten als je thuis bent',
        'met wie ben je in de groep voor het project',
        'op schoolreis is locatie delen verplicht van de mentor',
        'locatie delen is bij ons verplicht als je uitgaat, liefs mama',
        'bij ons thuis is gps aan de regel, ook voor papa',
      ],
    },
  },
  {
    id: 'nl.location_control.tracking-app',
    category: 'location_control',
    severity: 'medium',
    note: 'Asks the teen to be visible on Snap Map, to switch off Ghost Mode, or to add them on Find My, Life360 or Google Maps location sharing.',
    patterns: [
      /\b(?:zet|doe|haal) (?:(?:je|jouw|ur|uw) )?(?:.{0,12} )?(?:ghost ?mode|spookmodus|spook modus|ghostmode) (?:.{0,12} )?(?:uit|af|eraf|weg)\b|\b(?:waarom|wrm|hoezo) (?:sta|zit|ben|staat) (?:je|jij|ge) (?:nu |weer |steeds |altijd )?(?:op|in) (?:ghost ?mode|spookmodus|ghost)\b/,
      /\b(?:add|voeg|zet|deel|share) (?:me|mij|je|jouw) (?:.{0,25} )?(?:op|in|via|met|bij|aan|toe op|toe in|toe bij|toe aan) (?:life ?360|find ?my|zoek ?mijn|zenly|snap ?map|google maps|google ?maps locatie)\b|\b(?:ghost ?mode|spookmodus|spook modus) (?:\w{1,6} )?(?:eruit|eraf|off)\b/,
      /\b(?:installeer|download|zet|neem) (?:.{0,10} )?(?:life ?360|find ?my|zenly)\b|\b(?:life ?360|find ?my|zoek ?mijn|zenly|snap ?map)\b.{0,20}\b(?:aanzetten|aan zetten|toevoegen|delen|installeren|downloaden|zichtbaar|aan)\b/,
      /\b(?:ik wil|laat me|mag ik|ik moet) (?:je|jou) (?:.{0,8} )?(?:volgen|zien|vinden|tracken|kunnen volgen|kunnen zien) (?:op|via|met) (?:snap ?map|life ?360|find ?my|zoek mijn|google maps|de kaart|je locatie)\b/,
      /\b(?:ik wil|laat) (?:je|jou|me|mij) (?:.{0,12} )?(?:op de kaart|op snap ?map|op de map) (?:.{0,12} )?(?:zien|staan)\b|\b(?:snap ?map|snap ?kaart|snapmap|locatie)\b.{0,20}\b(?:alleen ik|alleen mij|alleen voor mij|only me|alleen (?:ik|mij) (?:kan|mag))\b.{0,30}\bzodat ik (?:je|jou) (?:altijd |steeds |wel )?(?:kan |kon )?(?:zien|volgen|vinden)\b/,
    ],
    unless: [/\b(?:je|jouw) (?:moeder|vader|ma|pa|mama|papa|mam|pap) (?:belt|appt|vraagt|zoekt) (?:mij|me|ons)\b/,
      /\b(?:kermis|pretpark|festival|concert|met z'?n allen|we zoeken je|elkaar (?:\w{1,10} )?(?:vinden|zien) op|the fair|funfair|theme park|find each other|meet up)\b/, new RegExp(String.raw`\b(?:ik zag|ik heb)\b|${OWN_PARENT}`), MEET_UP, ARRIVING, JOINING, /\bveilig (?:bij [a-z]{2,12} |thuis |op school |op kamp )?(?:bent |bn )?(?:aangekomen|aankomt|thuiskomt)\b/, /\b(?:je licht|fietslicht|(?:gaat|gaan|ga) fietsen|als je fietst|met de fiets|op de fiets|het is (?:al )?donker)\b/,
      // A lost phone, or the teen finding friends ("dan zie je wie er allemaal bij het strand is"), a friend nearby.
      // t21: the sender's own map, for the teen to see them ('mijn snap map staat aan, zie je mij bij de bieb?').
      /\bzie (?:je|jij|ge|gij) (?:mij|me|ons)\b|\b(?:mijn|mn|m'n) (?:snap ?map|locatie|loc|live locatie) staat (?:\w{1,6} )?aan\b(?!.{0,30}\b(?:jij ook|jouw ook|zet jij|doe jij)\b)/,
      /\b(?:kwijt|kwijtgeraakt|kwijt geraakt|kwijtraken|verloren|gestolen|kwijtraakt|verliest|lost|stolen)\b|\bdan (?:zie|kan|weet|vind) (?:je|jij) (?:\w{1,8} )?(?:wie|waar) (?:er|we|wij|iedereen|de rest)\b|\b(?:if ur nearby|if u r nearby|of (?:je|jij) in de buurt (?:bent|bn|zit))\b/,
      // The whole family on one app, a parent setting it up ("ik zet life360 aan voor de hele familie").
      /\b(?:(?:de|het|onze|ons) (?:hele )?(?:familie|gezin)|(?:voor|met) (?:de|het) (?:hele )?(?:familie|gezin)|(?:voor|met) (?:ons|iedereen) (?:allemaal|van thuis)|familiegroep|familieapp|gezinsapp|(?:de|je|jullie) kinderen)\b/],
    examples: {
      match: [ "zet je snap map aan, ik wil zien wanneer je bij het station bent en met wie, je ma hoeft dit nie te weten", "zet je snap map aan, ik wil zien wanneer je bij het station bent en met wie", "zet je snapmap op 'alleen ik' zodat ik je kan zien", "zet je snap map op alleen mij, zodat ik je altijd kan zien", "locatie delen met alleen ik, zodat ik je kan volgen",'haal je ghost mode eraf', 'waarom sta je op ghost mode', 'zet ghost mode uit', 'zet je snapmap aan', 'doe je ghost mode uit', 'zet je ghost mode uit op snap', 'voeg me toe op life360', 'deel je locatie met mij via find my', 'snap map aanzetten zodat ik je zie', 'ik wil je op de kaart zien', 'download ff zenly, dan zie ik je', 'neem find my dan kan ik je volgen'],
      noMatch: ["zet je life360 weer aan, je moeder belt mij steeds lol",  'zet je snapmap aan, als je op het plein bent kom ik ook', 'doe je snap map aan? dan fiets ik ook naar het strand',
        'ik heb life360 geinstalleerd voor het hele gezin, dan weten we waar iedereen is op vakantie',
        'zet find my aan, dat doen we met de hele familie sinds de reis',
        'zet ghost mode uit op snap, dan kan ik zien of je al bij de training bent',
        'zet je locatie ff aan in google maps, dan zie ik hoe ver je nog moet fietsen',
        'mijn moeder heeft life360 op mn telefoon haha',
        'ik zag op snap map dat lisa in de stad is',
        'ghost mode is chill',
        'zet je locatie aan in life360 zegt mama',
        'zet je wekker uit',
        'hoe werkt zoek mijn iphone als je hem kwijt bent, ik heb hem verloren',
        'zet je zoek mijn aan als je naar dat feest gaat, dan weet ik dat je veilig bent. love mam',
        'neem je licht mee, het is al donker. zet je zoek mijn aan als je gaat fietsen?',
        'zet je locatie aan op find my, ik wil weten of je veilig bij oma bent aangekomen',
        'zet zoek mijn aan, je bent je telefoon anders weer kwijt',
        'zet snap map aan, dan zie je wie er allemaal bij het strand is',
        "zet 'zoek mijn iphone' aan aub, je bent hem al 2 keer kwijtgeraakt deze maand",
        'zet find my ff aan, als je hem weer kwijtraakt kunnen we hem tenminste vinden',
        'turn ghost mode off so we can find each other at the fair',
        'zet je snap map aan dan zie ik wanneer je er bent',
        'zet je locatie ff aan in life360 schat, je gaat toch met de fiets naar het feestje?',
        'zet find my aan als je op de fiets naar training gaat',
        'doe life360 ff aan, je gaat met de fiets door de polder',
        'zet je snapmap ff aan, dan zie ik hoe ver je nog bent',
        'doe je snap map aan zodat ik zie wanneer je er bijna bent, dan kom ik naar beneden',
        'zet snap map aan, dan weet ik of je er al bent bij de bios',
        'waarom sta je op ghost mode, ik wil zien of je al bij de ingang bent',
        'zet je ghost mode ff uit, dan check ik of je al op het plein bent',
        'haal ghost mode eraf haha, wil weten of je al bij de mac zit',
        'doe je ghost mode uit? ik kijk of jullie al in de stad zijn',
      ],
    },
  },
  {
    id: 'nl.location_control.always-know',
    category: 'location_control',
    severity: 'medium',
    note: 'Demands to always know where the teen is and with whom, or asks for proof (a photo of where they are): control, typical of loverboy relationships.',
    patterns: [
      /\bik (?:wil|wl|moet) (?:altijd|elke dag|steeds|de hele tijd|constant|precies|gewoon) (?:.{0,12} )?weten waar (?:je|jij) (?:bent|bnt|zit|uithangt|heen gaat|bent en met wie)\b/,
      /\bik (?:wil|wl|moet) (?:.{0,8} )?weten waar (?:je|jij) (?:bent|zit|uithangt)(?: en met wie| altijd| de hele tijd| elke dag| steeds| ?\??$)/,
      /\b(?:laat|stuur|app) (?:me|mij) (?:altijd|steeds|elke dag|elk uur|de hele tijd|constant) (?:.{0,8} )?(?:(?:zien|weten) )?waar (?:je|jij) (?:bent|zit|uithangt)\b/,
      /\b(?:je|jij) (?:moet|gaat) (?:me|mij) (?:(?:altijd|elke dag|steeds|de hele tijd|constant|elk uur) )?(?:.{0,12} )?(?:laten weten|vertellen|zeggen|sturen|appen|melden) waar (?:je|jij) (?:bent|zit|heen gaat)\b/,
      /\b(?:dan|zodat) (?:weet|kan|zie) ik (?:altijd |precies |steeds )?(?:zien )?waar (?:je|jij) (?:bent|zit|uithangt|heen gaat)\b|\bzodat ik (?:altijd |precies |steeds )?(?:kan )?(?:zien|weet|weten|volgen|checken) waar (?:je|jij) (?:bent|zit|uithangt|heen gaat)\b|\bik wil (?:je )?(?:altijd |steeds )?(?:kunnen )?(?:zien|weten|volgen|tracken|checken) waar (?:je|jij) (?:bent|zit|uithangt)\b|\bik wil (?:je|jou) (?:kunnen volgen|kunnen tracken|tracken)\b|\bik wil (?:je|jou) volgen ?$/,
      /\b(?:stuur|maak) (?:.{0,14} )?(?:foto|pic|selfie|bewijs|filmpje) (?:.{0,14} )?(?:van )?waar (?:je|jij) (?:nu )?(?:bent|zit)\b/,
      /\b(?:bewijs|laat zien) (?:.{0,12} )?dat (?:je|jij) (?:echt )?(?:thuis|alleen|daar|op school|bij je oma|bij je vriendin) (?:bent|zit)\b/,
      /\bwaar (?:ben|zit|hang) (?:je|jij|ge)(?: nu| uit)?\?? (?:en )?met wie\b|\bmet wie (?:ben|bn|zit) (?:je|jij)\?? (?:nu )?(?:en waar|waar ben je|ik wil het weten|zeg op)\b|\bmet wie (?:ben|bn|zit) (?:je|jij)\b.{0,20}\b(?:stuur|bewijs)\b.{0,10}\b(?:foto|pic|selfie|bewijs|filmpje)\b/,
    ],
    unless: [
      /\b(?:met z'?n allen|we zoeken je|kermis|pretpark|festival)\b/, /\b(?:ik weet niet waar je|we staan|we zitten|ik sta|bij de ingang|vakantie)\b|\bwaar (?:je|jij) (?:bent|was) gebleven\b/],
    examples: {
      match: [
        'ik wil weten waar je bent, altijd',
        'ik wil altijd weten waar je bent en met wie',
        'ik wil altijd weten waar je bent',
        'je moet me altijd laten weten waar je bent',
        'stuur een foto van waar je nu bent',
        'bewijs dat je echt thuis bent',
        'met wie ben je en waar',
        'met wie ben je? en waar?',
        'waar zit je nu en met wie',
        'je moet me laten weten waar je bent',
        'je moet me altijd zeggen waar je bent',
        'app me elk uur waar je bent',
        'installeer ff die app, dan kan ik zien waar je bent',
        'zodat ik altijd weet waar je bent',
        'ik wil je kunnen volgen',
      ],
      noMatch: [
        'mama wil altijd weten waar ik ben',
        'laat ff weten als je thuis bent',
        'ik weet niet waar je bent we staan bij de ingang',
        'weet je waar het feest is',
        'waar ben je? we beginnen zo',
        'ik wil je volgen op insta',
        'ik wil je volgen voor de memes',
        'je moet me laten weten wanneer je klaar bent met het werkstuk',
        'ik wil weten waar je bent gebleven met je verhaal',
        'stuur me een foto van waar je bent op vakantie',
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
      /\b(?:ik check|ik controleer|ik kijk|ik zie) (?:(?:elke dag|altijd|steeds|elk uur|soms) )?(?:je|jouw) (?:locatie|loc|snap ?map|gps)\b|\bik (?:zie|zag|vind|vond|kan|kon) (?:je|jou) (?:niet|nie|nergens) (?:meer )?(?:vinden |zien )?op (?:de )?(?:map|kaart|snap ?map|snapchat)\b|\b(?:waarom|wrm|hoezo) (?:kan|zie) ik (?:je|jouw|jou) (?:live )?(?:locatie |loc )?(?:niet|nie|nergens) (?:meer )?(?:zien|vinden|op (?:de )?(?:map|kaart|snap ?map))\b/,
      /\b(?:je|jouw|uw) (?:live )?(?:locatie|loc|gps|snap ?map) (?:staat|is|stond|was) (?:weer |nog |al )?(?:uit|af|niet aan)\b|\b(?:je|jouw|uw) (?:live )?(?:locatie|loc|gps|snap ?map) (?:weer |nog |al )?(?:uit|af) (?:staat|stond|hebt|gezet)\b|\b(?:niet|nooit) (?:meer )?(?:je|jouw|uw) (?:locatie|loc|gps|snap ?map) (?:uitzetten|uit zetten|uitdoen)\b|\bals (?:je|jij) (?:je|jouw) (?:locatie|loc|gps|snap ?map) (?:uitzet|uit zet|uitdoet)\b/,
      /\b(?:waarom|wrm|hoezo) (?:staat|zet|heb|is|sta) (?:je|jouw|jij) (?:je |jouw )?(?:locatie|location|loc|gps|snap ?map|live locatie)\b.{0,12}\b(?:uit|af|niet aan|ghost|verborgen|weg|uitgezet|uitgedaan)\b/,
      /\bwaar (?:ben|zit|hang) (?:je|jij)(?: uit| nu)? ?\??\b.{0,6}\b(?:ik wil het (?:nu )?weten|zeg op|nu meteen|antwoord)\b/,
      // The sharing option that never ends: "zet 'voor altijd delen' aan, niet dat 1 uur ding".
      /\b(?:zet|kies|klik|doe|druk)\b.{0,10}\b(?:voor altijd|voor onbepaalde tijd|onbeperkt|oneindig) delen\b|\bdelen (?:voor altijd|voor onbepaalde tijd)\b.{0,16}\b(?:aan|niet|nie)\b/,
      // t14: "stuur ff je live, ik wil zien of je echt thuis bent": location as proof.
      /\b(?:stuur|deel|geef|drop|app) (?:me |mij )?(?:ff |even |nu |eens |effe )?(?:je|jouw|ur|uw) (?:live|live ?loc|live ?locatie|locatie|loc|pin)\b.{0,30}\b(?:(?:of|dat) (?:je|jij|ge) (?:echt|wel|niet|nie) (?:\w{1,8} )?(?:thuis|daar|alleen|liegt|lieg)|bewijs)\b|\bik wil (?:zien|checken|weten|controleren) of (?:je|jij|ge) (?:echt|wel) (?:thuis|daar|alleen) (?:bent|zit|zijt)\b.{0,30}\b(?:locatie|loc|live|pin)\b/,
    ],
    unless: [
      // A friend nearby asking for a snack ("ben je bij de jumbo? neem ff chips mee").
      /\b(?:ik kom eraan|ik betaal (?:je|jou|het) (?:wel )?terug|neem (?:ff |even |jij |je )?(?:\w{1,12} ){0,2}(?:voor mij )?mee)\b/,
      // A parent or teacher checking that a school trip arrived ("lukt de schoolreis? app als jullie zijn aangekomen").
      /\b(?:schoolreis|schoolreisje|schoolkamp|excursie|werkweek|kampweek)\b|\b(?:als|of|wanneer) (?:jullie|je|jij) (?:\w{1,8} )?(?:zijn |bent |veilig )?aangekomen\b/,
      // t22/t23: a parent signing off ("ik zie dat je locatie uit staat, zet hem aan voor vanavond ok? je fietst in het donker terug. mam").
      new RegExp(SIGNED_OFF),new RegExp(String.raw`\b(?:speurtocht|festival|kwijt|ingang|kassa|we staan|wij staan)\b|${OWN_PARENT}`), MEET_UP, BATTERY, MAP_GLITCH, ARRIVING, JOINING,
      // t18: a parent who opens with who they are ("mam: je locatie staat uit, alles goed?"). Not "ma":
      // in chat that is mostly "maar" ("ma je locatie staat weer uit, zet hem nu aan").
      /^(?:mam|mams|pap|paps|pa|oma|opa)\b/,
      // t21: a scouting dropping ('zet ff aan voor de dropping zegt de leiding').
      /\b(?:dropping|de leiding|kampleiding|scouting|scouts|speltak|hike|tocht|fietstocht|wandeltocht|fietsrit|toertocht|mountainbiketocht|wandeling|groepsrit)\b/,
      // The "steeds" is the asking, not the location: a parent on a long drive ("deel je ff je live locatie? dan hoef ik nie steeds te vragen").
      /^(?!.*\b(?:altijd|24 ?7|de hele dag|elke dag|ik check|ik controleer|in de gaten|echt thuis|alleen bent|met wie)\b).*\bdan hoef (?:ik|je) (?:(?:je|jou|jullie|het) )?(?:niet|nie|ni) (?:steeds|telkens|de hele tijd|elke keer|zo vaak) (?:te )?(?:vragen|bellen|appen|sms'?en|vragen waar)\b/],
    examples: {
      match: [ "uw locatie staat uit, zet hem aan, ik wil weten waar ge zit, zeg niks tegen je pa he", "uw locatie staat uit, zet hem aan, ik wil weten waar ge zit", "kies voor altijd delen, niet voor 1 uur", "zet delen voor onbepaalde tijd aan", "deel je live locatie, dan hoef ik je niet steeds te bellen, ik check hem elke dag", "je locatie staat weer uit, zet hem aan, ik wil zien waar je bent", "waarom staat je locatie weer uit? ik check dat elke dag",  "ma je locatie staat weer uit, zet hem nu aan", "waarom staat je locatie uit? ik wil zien waar je bent", "stuur ff je live, ik wil zien of je echt thuis bent", "deel je live locatie, ik wil checken of je wel thuis bent", "stuur je loc als bewijs", "ik wil zien of je echt thuis bent, stuur je locatie", 
        'zet je locatie aan, ik wil zien waar je bent',
        'ik check je locatie elke dag',
        'laat je live locatie altijd aanstaan',
        'ik zie je niet meer op de map',
        'waarom staat je snapmap uit?',
        'waar hang je uit? ik wil het nu weten',
        'deel je locatie met mij voor altijd',
        'ik kan je niet vinden op snapmap',
        'ik zag dat je locatie uit stond',
        'waarom kan ik je locatie niet zien',
        'je locatie staat uit, zet m aan',
        'waarom heb je je locatie uitgezet',
        'als je je locatie uitzet word ik boos',
      ],
      noMatch: [ "die video wil ik voor altijd bewaren", "deel je locatie 1 uur, tot je thuis bent", "je locatie staat uit, zet hem aan voor de wandeltocht zodat we niemand kwijtraken", "je gps staat uit he, zet aan voor de fietsrit zondag", "zet je locatie ff aan tijdens de rit? dan hoef ik niet telkens te appen hoe ver jullie zijn", "je locatie staat uit, zet hem ff aan als je terugfietst, het is donker. xx mama", "waarom staat je locatie uit? zet hem aan tot je thuis bent, liefs pap",  "pap: je locatie staat uit, bel je even?", "oma: je locatie staat uit, ben je al thuis?", "waarom staat je locatie uit? oh wacht je batterij is leeg toch", "je locatie staat uit, is je telefoon dood?", "waarom staat je locatie uit? batterij op?", "je locatie staat uit, moest je opladen?", 
        'ik zie dat je locatie uit staat, lukt de schoolreis? stuur ff een berichtje als jullie zijn aangekomen',
        'je locatie staat uit, zijn jullie al aangekomen bij de excursie? app ff',
        "ik zie je locatie op snap, ben je bij de jumbo? neem ff chips mee ik betaal je terug",
        'mama checkt mijn locatie altijd zo irritant',
        'ik zie je niet, waar sta je',
        'laat je locatie aan tot je thuis bent zegt je moeder',
        'waar ben je? de les begint',
        'je locatie staat uit, ik kan je niet vinden bij de ingang',
        'je locatie staat uit, zijn jullie al bij het zwembad?',
        'wrm staat je snap map uit? ik zie niemand meer lol',
        'waarom staat je snapmap uit? bij mij is iedereen weg, is het een bug?',
        'hoezo staat je snap map uit, ik zie niks meer op de kaart haha',
        'waarom staat je locatie uit? snap doet weer raar bij mij',
      ],
    },
  },
  {
    id: 'nl.location_control.where-were-you',
    category: 'location_control',
    severity: 'low',
    note: 'Low on its own: checking up on where the teen was and with whom ("waarom was je niet thuis", "je zei dat je thuis was", "ik zag dat je bij die jongen was", "waar was je gisteren"). A controlling "boyfriend" or loverboy asks this again and again; friends sometimes do too, so it counts at `high` and in combinations.',
    patterns: [
      /\b(?:waarom|wrm|hoezo) (?:ben|was|zat|bn) (?:je|jij|ge) (?:niet|nie) (?:thuis|waar je zei)\b|\bje zei (?:dat )?(?:je|jij) (?:thuis|bij [a-z]{2,12}) (?:was|bent|zat)\b|\bik (?:zie|zag) dat (?:je|jij) (?:bij|in|op) |\bop (?:de )?(?:map|kaart|snap ?map) dat (?:je|jij) |\bwie (?:was|is|waren) (?:die|dat) (?:jongen|man|gast|kerel|jongens) (?:bij|naast|met) (?:je|jou)\b/,
      tagged(/\bwaar (?:was|ben|zat|hing) (?:je|jij|ge) (?:gisteren|vannacht|vandaag|de hele dag|allemaal|gisteravond)(?: geweest| uit)? ?(?:\?|$)|\bwaar (?:ben|was|zat) (?:je|jij) (?:geweest|heen geweest)(?: (?:vandaag|gisteren|vannacht))? ?(?:\?|$)|\bwaar (?:zit|hang|ben) (?:je|jij|ge) (?:allemaal|de hele dag|steeds|altijd)\b|^waar (?:hang|zit|ben) (?:je|jij|ge) (?:nu )?uit ?\??$/),
    ],
    unless: [new RegExp(String.raw`\b(?:school|les|training|vakantie|ziek|feest|de juf|de meester|mentor)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "waarom ben je niet thuis, je vader hoeft het niet te weten",'waarom ben je niet thuis', 'je zei dat je thuis was maar ik zie je in de stad', 'ik zie op de map dat je bij de mac bent', 'ik zag dat je bij die jongen was', 'wie was die jongen bij jou', 'waar was je gisteren', 'waar ben je geweest vandaag', 'waar zit je allemaal de hele dag', 'waar hang je uit'],
      noMatch: ['waar was je gisteren? je was niet op school', 'waar ben je geweest op vakantie', 'waarom ben je niet op school vandaag? ben je ziek', 'ik zag je op snap map bij de efteling, leuk!'],
    },
  },
  {
    id: 'nl.location_control.i-see-you',
    category: 'location_control',
    severity: 'medium',
    note: '"Ik weet waar je bent, ik zie je op de kaart", "waarom zie ik je niet op snapmap", "ik wil dat je me laat weten waar je bent", "in welke straat ben je nu".',
    patterns: [
      /\bik (?:weet|zie) (?:precies )?waar (?:je|jij) (?:nu )?(?:bent|zit|uithangt)\b|\bwaarom zie ik (?:je|jou) niet (?:meer )?op (?:snap ?map|de kaart|de map)\b/,
      /\bik wil dat (?:je|jij) (?:me|mij) (?:altijd )?(?:laat weten|vertelt|appt|stuurt) waar (?:je|jij) (?:bent|zit|heen gaat)\b|\b(?:in welke straat|op welk adres|in welk huis|in welke wijk) (?:ben|zit|loop) (?:je|jij|ge)\b/,
      /\bik (?:zie|weet) alles (?:wat|waar) (?:je|jij) (?:doet|bent|gaat)\b|\bik (?:hou|houd) (?:je|jou) (?:goed |altijd |wel )?in de gaten\b|\bik (?:heb|zie|check) (?:je|jouw) (?:live )?(?:locatie|loc)\b|\bik (?:track|tracke) (?:je|jou)\b|\bik (?:volg|zie) (?:je|jou) (?:via|met|op) (?:je|jouw) (?:telefoon|gsm|mobiel|locatie|gps)\b|\b(?:je|jouw) (?:telefoon|gsm|mobiel) (?:vertelt|laat) (?:me|mij) (?:.{0,6} )?(?:zien )?waar (?:je|jij) bent\b/,
    ],
    unless: [
      /\b(?:ik kom eraan|ik betaal (?:je|jou|het) (?:wel )?terug|neem (?:ff |even |jij |je )?(?:\w{1,12} ){0,2}(?:voor mij )?mee)\b/,
      // A parent or teacher checking that a school trip arrived ("lukt de schoolreis? app als jullie zijn aangekomen").
      /\b(?:schoolreis|schoolreisje|schoolkamp|excursie|werkweek|kampweek)\b|\b(?:als|of|wanneer) (?:jullie|je|jij) (?:\w{1,8} )?(?:zijn |bent |veilig )?aangekomen\b/, new RegExp(String.raw`\b(?:kwijt|verstoppertje|speurtocht)\b|${OWN_PARENT}`), /\b(?:gedeeld|delen|deel) met (?:oma|opa|tante|oom|je (?:oma|opa|tante|oom|moeder|vader|broer|zus))\b|\bmet (?:oma|opa|tante|oom|je (?:oma|opa|tante|oom|moeder|vader)) (?:gedeeld|delen)\b/],
    examples: {
      match: [ "ik zie alles wat je doet, je mams merkt er niks van",'ik zie alles wat je doet', 'ik hou je in de gaten', 'ik heb je locatie', 'ik track je', 'ik volg je via je telefoon', 'je telefoon vertelt me waar je bent', 'op welk adres ben je nu', 'ik weet waar je bent, ik zie je op de kaart', 'waarom zie ik je niet op snapmap?', 'ik wil dat je me laat weten waar je bent', 'in welke straat ben je nu'],
      noMatch: ["ik heb je locatie gedeeld met oma, dan weet ze wanneer je komt", "ik heb je locatie met papa gedeeld zodat hij je kan ophalen", "ik heb je locatie gedeeld met je tante, voor als je bij haar logeert", 'ik hou je op de hoogte', 'ik volg je op insta', 'volg je me al op insta? ik volg jou', 'ik weet waar je woont, ik kom je boek brengen met mama', 'ik zie je niet, we spelen verstoppertje', 'welke straat is het feest'],
    },
  },
  {
    id: 'nl.location_control.check-in',
    category: 'location_control',
    severity: 'medium',
    note: 'Regular proof of where the teen is: updates, selfies or a pin every hour or every time they go somewhere, checking every evening where they were, a frozen or paused location ("ik wil elke 2 uur een update waar je bent", "stuur elke keer een selfie als je ergens anders bent", "waarom heb je je locatie bevroren"): control, typical of loverboy relationships.',
    patterns: [
      /\b(?:elke|elk|ieder|iedere|altijd|steeds|ik wil|je moet|jij moet)\b.{0,24}\b(?:update|updates|berichtje|appje|bericht|foto|selfie|pic|pin|pinnetje)\b.{0,14}\b(?:van )?waar (?:je|jij) (?:bent|zit|uithangt|heen gaat|naartoe gaat|was)\b/,
      /\b(?:elke keer|iedere keer|steeds|altijd|elk uur|elke \d{1,2} uur)\b.{0,20}\b(?:selfie|foto|pic|bewijs|locatie|loc|pin|pinnetje)\b.{0,20}\b(?:als|wanneer|zodra) (?:je|jij) (?:ergens|weggaat|buiten|van huis|de deur uit|aankomt|op een andere plek)\b/,
      /\bik (?:check|controleer|bekijk|kijk na|track|volg) (?:elke \w{1,8} |altijd |steeds |iedere \w{1,8} |elk uur |de hele dag |s avonds |s nachts )(?:ff |even )?waar (?:je|jij) (?:bent|was|zit|bent geweest|heen gaat|uithangt)\b/,
      /\bheb (?:je|jij) (?:je |jouw )?(?:ghost ?mode|spookmodus|locatie|loc|snap ?map|live locatie) (?:weer |nou |nu )?(?:aangezet|aan gezet|uitgezet|uit gezet|uitgedaan|aangedaan)\b|\bik (?:hou|houd) (?:\w{1,6} )?bij waar (?:je|jij) (?:bent|zit|uithangt|heen gaat|was)\b|\b(?:locatie|loc|snap ?map|gps)\b.{0,30}\b(?:iets verbergt|iets te verbergen|wat verberg je|verberg je iets|wat heb je te verbergen)\b|\bik (?:wil|moet) (?:\w{1,8} )?weten met wie (?:je|jij) (?:bent|zit|was|praat|afspreekt)\b/,
      /\b(?:locatie|loc|snap ?map|gps)\b.{0,30}\b(?:(?:ik )?vertrouw (?:je|jou) (?:niet|nie|ni)|ik geloof (?:je|jou) (?:niet|nie|ni)|lieg niet|niet liegen)\b|\b(?:selfie|foto|pic|filmpje|bewijs)\b.{0,20}\b(?:zodat|dan) (?:ik )?(?:weet|zie|geloof)\b.{0,12}\b(?:dat (?:je|jij) (?:echt )?(?:thuis|alleen|daar)|waar (?:je|jij) (?:bent|zit))\b/,
      /\b(?:waarom|wrm|hoezo|niet|nooit)\b.{0,20}\b(?:je|jouw) (?:live )?(?:locatie|loc|snap ?map)\b.{0,12}\b(?:bevroren|bevriezen|bevriest|op pauze|pauzeren|gepauzeerd|freezen|gefreezed|frozen|verbergen|verborgen|verstoppen)\b/,
    ],
    unless: [
      /\b(?:mijn|mn|m'n) (?:moeder|vader|ma|pa|ouders)\b|\bmee (?:wil |komt )?eten\b/, new RegExp(String.raw`\b(?:vakantie|kamp|schoolreis|excursie|festival|kwijt|verdwaald|aangekomen)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "zet je locatie aan, ik vertrouw je niet, niet tegen je ouders zeggen he",'zet je locatie aan, ik vertrouw je niet', 'stuur een foto dan weet ik dat je echt thuis bent', 'heb je je ghost mode weer aangezet?', 'ik hou bij waar je bent via snap', 'als je locatie uit gaat weet ik dat je iets verbergt', 'ik wil weten met wie je bent en waar', 'ik wil elke 2 uur een update waar je bent', 'stuur elke keer een selfie als je ergens anders bent', 'ik check elke avond waar je bent geweest', 'waarom heb je je locatie bevroren', 'je moet me altijd een foto sturen van waar je bent'],
      noMatch: ['stuur elke dag een foto van waar je bent op vakantie, leuk!', 'mama wil elk uur een update waar je bent op het festival', 'ik check elke avond het weer', 'waarom is mijn locatie bevroren, stomme app'],
    },
  },
  {
    id: 'nl.location_control.report-in',
    category: 'location_control',
    severity: 'low',
    note: 'Low on its own: wants to be told where the teen goes or went, or to share locations both ways ("als je weggaat stuur je me eerst een berichtje", "je gaat nergens heen zonder het mij te zeggen", "vertel me waar je de hele dag geweest bent", "mn locatie staat ook aan voor jou, doe jij het ook"). Parents say much of this too, so it counts at `high` and in combinations.',
    patterns: [
      /\b(?:als|voordat|voor|zodra) (?:je|jij) (?:weggaat|weg gaat|de deur uitgaat|ergens heen gaat|naar buiten gaat|niet thuis bent|ergens anders bent)\b.{0,36}\b(?:waar (?:je|jij) (?:heen gaat|naartoe gaat|bent|zit)|(?:laten weten|zeggen|vertellen|melden|appen)\b)/,
      /\b(?:je|jij) (?:gaat|mag|gaan) (?:nergens|niet (?:meer )?weg|nooit (?:meer )?weg|de deur niet uit) (?:meer )?(?:heen )?(?:zonder|voordat|tenzij) (?:het |dat )?(?:mij|me|ik)\b/,
      /\b(?:vertel|zeg|app) (?:me|mij) (?:(?:precies|eerlijk|alles|maar) )?waar (?:je|jij) (?:de hele dag|vandaag|gisteren|allemaal|vannacht|gisteravond) (?:bent |was )?(?:geweest|was|uithing|zat)\b/,
      /\b(?:mijn|mn|m'n) (?:locatie|loc|live locatie|snap ?map) (?:staat|is|deel ik)\b.{0,30}\b(?:jij ook|doe jij|nu jij|jij het ook|jij dan ook|zet jij|deel jij|jouw ook)\b|\b(?:je|jouw) (?:live )?(?:locatie|loc|gps)\b.{0,12}\b(?:aanstaat|aan staat|uitstaat|uit staat)\b.{0,24}\bik (?:zie|vind|zag) (?:je|jou) (?:nergens|niet)\b/,
    ],
    unless: [/\b(?:school|les|training|vakantie|festival|ingang|kwijt|verdwaald|pizza|feest)\b/],
    examples: {
      match: ['als je weggaat stuur je me eerst een berichtje waar je heen gaat', 'je gaat nergens heen zonder het mij te zeggen', 'vertel me waar je de hele dag geweest bent, alles', 'mn locatie staat ook aan voor jou, doe jij het ook', 'als je niet thuis bent moet je mij dat laten weten', 'kijk ff of je locatie aanstaat, ik zie je nergens'],
      noMatch: ['als je weggaat van school laat het ff weten aan de juf', 'mijn locatie staat aan, we staan bij de ingang', 'vertel me waar je op vakantie bent geweest', 'kijk ff of je locatie aanstaat, ik zie je nergens bij de ingang'],
    },
  },
  {
    id: 'nl.location_control.on-the-map',
    category: 'location_control',
    severity: 'medium',
    note: 'Watching the teen on the map, in any wording: "waarom kon ik je gisteren niet zien op de kaart", "ik zie alles op snap map", "vanaf nu wil ik altijd je locatie zien".',
    patterns: [
      /\b(?:waarom|wrm|wat deed|wat deedt|met wie|wie was|bij wie)\b.{0,40}\bik zag (?:je|jou|u) (?:\w{1,6} )?op (?:de )?(?:snap ?)?(?:kaart|map)\b|\bik zag (?:je|jou|u) (?:\w{1,6} )?op (?:de )?(?:snap ?)?(?:kaart|map)\b.{0,40}\b(?:waarom|wrm|wat deed|met wie|bij wie|wie (?:was|is|waren) (?:die|dat|dat meisje|die jongen))\b|\b(?:je|jouw|uw) (?:live )?(?:locatie|loc|pin|puntje) (?:staat|stond|is|was) (?:\w{1,6} )?(?:op|bij|in)\b.{0,60}\b(?:(?:je|jij|ge) zou (?:toch )?thuis|waarom ben (?:je|jij|ge) daar|wat moet (?:je|jij) daar|met wie ben (?:je|jij|ge))\b/,
      /\b(?:kon|kan|zag|zie|vond|vind) ik (?:je|jou) (?:\w{1,10} ){0,2}(?:niet|nie|nergens) (?:meer )?(?:zien |vinden )?op (?:de )?(?:kaart|map|snap ?map|snapchat|life ?360|find my)\b/,
      /\bik (?:zie|check|weet|volg) (?:alles|je|jou|precies|het|dat) (?:\w{1,6} )?(?:op|via|met) (?:de )?(?:snap ?map|kaart|map|life ?360|find my|je locatie)\b|\b(?:waarom|wrm|hoezo) (?:heb|deel|stuur) (?:je|jij) (?:je |jouw )?(?:locatie|loc|live locatie) (?:niet|nie|nooit) (?:meer )?(?:gedeeld|gestuurd|aangezet|aan|delen|sturen)\b/,
      /\b(?:altijd|steeds|de hele tijd|elke dag|24 ?7|vanaf nu)\b.{0,20}\b(?:je|jouw) (?:live )?(?:locatie|loc|gps)\b(?! (?:van|voor) )/,
    ],
    unless: [new RegExp(String.raw`\b(?:vakantie|festival|kwijt|verdwaald|ingang|speurtocht|verstoppertje|efteling|strand|feest|pretpark)\b|${OWN_PARENT}`), MEET_UP, ERRAND,
      // t21: a parent calling the teen home for dinner ('ik zie je op life360 dat je nog bij sanne bent, eten om 6 uur he').
      /\b(?:eten om|eten is klaar|avondeten|we eten|kom eten|thuis om \d{1,2})\b/],
    examples: {
      match: [ "ik zag je op de snapmap bij de mac, wie was dat meisje, je moeder hoeft da nie te weten", "ik zag je op de snapmap bij de mac, wie was dat meisje", "je locatie stond bij die gast thuis, waarom ben je daar? je zou toch thuis blijven", "met wie was je daar? ik zag je gewoon op de map", "ik zag u op snap map bij die gast, waarom", 'waarom heb je je locatie niet meer gedeeld', 'je zit niet thuis he, ik zie het op de map', 'waarom kon ik je gisteren niet zien op de kaart', 'ik zie alles op snap map, dus lieg niet', 'vanaf nu wil ik altijd je locatie zien', 'ik volg je op snap map hoor'],
      noMatch: [ "ik zie je op de map bij lisa, kom je eten om half 7?", "je locatie staat op het station, wat doe je daar leuk, kom je ook naar de stad", "ik zag je op de kaart bij de ingang, ik kom naar je toe", "waarom staat je fiets hier? ik zag je nergens", 'lol kzag je gister op snapmap bij de bios, ik zat er vlakbij! Had ik het geweten, waren we samen popcorn gaan halen. Volgende keer appen!', 'waarom staat je locatie uit, ik zie je nie op de kaart. zijn jullie al bij het zwembad?', 'ik zag je op snap map bij de efteling, leuk!', 'mama wil altijd je locatie zien', 'ik kan je niet vinden op de kaart bij de ingang', 'je locatie van vandaag is leuk op de foto', 'ik zie je op de map, ben je nog bij de ah? neem chips mee', 'ik zie je op snap map bij de jumbo, neem je ff cola voor mij mee?', 'ik zie je op de kaart, ben je bij de bakker? kan je boodschappen doen voor mama'],
    },
  },
  {
    id: 'nl.location_control.always-on-wide',
    category: 'location_control',
    severity: 'medium',
    note: 'Location shared for good, in more wordings: "permanent", "onbeperkt delen", "voor onbepaalde tijd", "deel hem dan ook met mij" (as with mum), "ik wil elke dag kunnen zien waar je bent", the Flemish "waarom hebt ge uw locatie uitgezet", the bare order "locatie aan. nu.".',
    patterns: [
      /\b(?:locatie|locaties|location|loc|live locatie)\b.{0,50}\b(?:permanent|onbeperkt|voor onbepaalde tijd|onbepaalde tijd|voor altijd|24 ?7|altijd aan)\b|\b(?:permanent|onbeperkt|voor onbepaalde tijd|onbepaalde tijd) (?:\w{1,8} ){0,2}delen\b/,
      /\b(?:locatie|location|loc)\b.{0,40}\b(?:deel|zet|share) (?:hem|m|die|het|em) (?:\w{1,6} ){0,2}(?:met|voor) (?:mij|me)\b/,
      /\bik wil (?:je )?(?:elke dag|altijd|steeds|de hele tijd|24 ?7|elk moment|overal|constant) (?:kunnen )?(?:zien|weten|volgen|checken) waar (?:je|jij|ge) (?:bent|zit|uithangt)\b/,
      /\b(?:waarom|wrm|hoezo) (?:staat|zet|heb|hebt|is|sta) (?:ge|gij|uw) (?:uw )?(?:locatie|location|loc|gps|snap ?map|live locatie)\b.{0,20}\b(?:uit|af|uitgezet|uitgedaan|ghost)\b/,
      /^(?:je |uw )?(?:locatie|loc|gps|live locatie|snap ?map) (?:aan|aanzetten|weer aan)\b.{0,4}\b(?:nu|nou|meteen|direct|nu meteen)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:vakantie|festival|kwijt|verdwaald|ingang|schoolreis|kamp)\b|${OWN_PARENT}`), MEET_UP],
    examples: {
      match: [ "kan je je locatie permanent met me delen op Google Maps? uw ouders moeten dat nie weten",
        'kan je je locatie permanent met me delen op Google Maps?',
        "Zet het ff aan in je instellingen en kies 'onbeperkt delen' met mij",
        'zet delen van locatie aan voor onbepaalde tijd ff',
        'jij deelt toch je locatie met je moeder? deel hem dan ook met mij',
        'ik wil elke dag kunnen zien waar je bent, zet het aan',
        'allez, waarom hebt ge uw locatie op snap uitgezet?',
        'locatie aan. nu.',
      ],
      noMatch: [
        'mama wil dat je je locatie permanent deelt op schoolreis',
        'ik deel mijn locatie onbeperkt met mijn moeder',
        'locatie aan? we staan bij de ingang',
        'ik wil elke dag kunnen zien hoe laat de bus gaat',
      ],
    },
  },
  {
    id: 'nl.location_control.tracking-more',
    category: 'location_control',
    severity: 'medium',
    note: 'Tracking in other words (coercive control; Winters et al. 2021 maintenance): a "volg-app" or tracker app to install, accepting their Life360 invitation, adding them in Find My, seeing "24/7" where the teen is, the dot that disappeared from the map, sharing "voor onbepaalde tijd" instead of an hour.',
    patterns: [
      /\b(?:volg ?app|volgapp|tracker ?app|tracking ?app|trackerapp|spy ?app|spionage ?app|spionageapp|gps ?tracker|tracker)\b.{0,40}\b(?:op je (?:telefoon|mobiel|gsm)|(?:dan|zodat) (?:kan ik|ik) (?:je|jou)|ik (?:je|jou) (?:kan )?(?:volgen|zien))\b|\b(?:installeer|download|zet|neem)\b.{0,30}\b(?:volg ?app|volgapp|tracker|tracking ?app|trackerapp|spy ?app|gps ?tracker)\b.{0,40}\b(?:kan ik (?:je|jou)|ik (?:je|jou) (?:kan )?(?:volgen|zien)|op je (?:telefoon|mobiel|gsm))\b/,
      /\b(?:accepteer|accepteren|aanvaard|aanvaarden)\b.{0,20}\b(?:uitnodiging|verzoek|request)\b.{0,20}\b(?:life ?360|find ?my|zoek ?mijn|zenly|snap ?map|google maps|locatie)\b|\b(?:mij|me) (?:\w{1,6} )?toevoegen (?:in|op|aan|bij) (?:find ?my|zoek ?mijn|life ?360|zenly|snap ?map)\b/,
      /\b(?:24 ?\/? ?7|altijd|de hele dag|elk moment|continu|dag en nacht)\b.{0,12}\b(?:zien|weten|volgen|checken) waar (?:je|jij|ge) (?:bent|zit|zijt|uithangt)\b/,
      /\b(?:puntje|bolletje|bitmoji|avatar|icoontje|poppetje)\b.{0,30}\b(?:weg|verdwenen|uit|niet meer) (?:\w{1,6} )?(?:van|op) (?:de )?(?:kaart|map|snap ?map)\b|\b(?:waarom|wrm|hoezo) (?:ben|bn|was|sta) (?:je|jij|ge) (?:\w{1,8} )?(?:verdwenen|weg|onzichtbaar|offline) (?:van|op) (?:de )?(?:kaart|map|snap ?map)\b/,
      /\b(?:voor onbepaalde tijd|onbepaalde tijd|tot ik het uitzet|indefinitely)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:contract|baan|werk|huur|lening|schorsing|geschorst|verbannen|ban|bus|trein|tram|ov|9292|pakket|pakketje|bezorging|fietstocht|hardloop\w{0,6}|strava)\b|${OWN_PARENT}`), /\b(?:kwijt|verloren|gestolen|verdwaald|festival)\b/],
    examples: {
      match: [ "waarom ben je opeens verdwenen van de kaart, je vader hoeft het niet te weten", "waarom ben je opeens verdwenen van de kaart", "wrm ben je weer weg van de map?", "hoezo sta je ineens offline op snap map",
        'zet die volg-app ff op je telefoon, dan kan ik je zien',
        'download ff deze tracker app, dan kan ik je volgen',
        'accepteer mijn uitnodiging in life360 ff',
        'kan je mij toevoegen in find my? dan hoef ik me geen zorgen te maken',
        'als je echt van me houdt mag ik 24/7 zien waar je bent',
        'ik wil altijd weten waar je bent, ook op school',
        'je puntje was gisteren ineens weg van de kaart, waar zat je?? doe het terug',
        "kies 'voor onbepaalde tijd' en niet 1 uur he",
      ],
      noMatch: [
        'mama wil dat je de volg-app op je telefoon zet',
        'hij heeft een contract voor onbepaalde tijd',
        'zet de volg-app van de bus aan, dan zie je wanneer hij komt',
        'zet find my aan, je telefoon is anders weer kwijt',
        'mijn moeder wil altijd weten waar ik ben',
      ],
    },
  },
  {
    id: 'nl.location_control.follow-t11',
    category: 'location_control',
    severity: 'medium',
    note: 'Wants to follow the teen\'s location: "ik moet je kunnen volgen", "mag ik je locatie volgen? gewoon voor de zekerheid".',
    patterns: [
      /\bik (?:moet|wil|wl) (?:je|jou|u) (?:altijd |steeds |wel )?kunnen (?:volgen|tracken|traceren|vinden)\b|\bik (?:moet|wil|wl) (?:je|jou|u) (?:tracken|traceren)\b|\b(?:mag|kan) ik (?:je|jouw|uw) (?:live ?)?(?:locatie|loc|live loc) (?:volgen|tracken|altijd zien|zien)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:op insta|op tiktok|op twitter|volgverzoek|schooltrip|schoolreis|excursie)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "locatie delen tijdens het werk broer, ik moet je kunnen volgen, je ma hoeft dit nie te weten",'locatie delen tijdens het werk broer, ik moet je kunnen volgen', 'mag ik je locatie volgen? gewoon voor de zekerheid', 'ik wil je altijd kunnen tracken', 'kan ik je live loc zien?'],
      noMatch: ['heb je een finsta? ik wil je volgen haha', 'ik wil je volgen op insta', 'mama wil je locatie zien tijdens de schooltrip', 'ik kan je niet volgen, wat bedoel je'],
    },
  },
  {
    id: 'nl.location_control.track-t12',
    category: 'location_control',
    severity: 'medium',
    note: 'Location as control in the words the other rules miss: "ik wil dat je je locatie de hele dag deelt", a bare "ghost mode uit. nu.", "installeer deze app, dan zie ik waar je loopt, hou hem altijd aan".',
    patterns: [
      /\bik wil dat (?:je|jij|ge) (?:je |jouw |uw )?(?:live )?(?:locatie|loc|gps|snap ?map|live locatie)(?: \w{1,10}){0,4} (?:deelt|aanzet|aan zet|aanlaat|aan laat|laat aanstaan|laat staan|aanhoudt)\b/,
      tagged(/^(?:je |jouw |zet je |zet )?(?:ghost ?mode|spookmodus|spook modus|ghostmode) (?:uit|eraf|off|weg)\b.{0,12}$/),
      /\b(?:installeer|download|zet|neem) (?:ff |even |eens |dan )?(?:deze|die|dit|mijn|een|de) (?:app|appje|programma|tracker)\b.{0,40}\b(?:dan|zodat) (?:zie|weet|kan|volg) ik (?:\w{1,8} )?(?:waar (?:je|jij|ge)|je locatie|jouw locatie|je route)\b/,
      /\b(?:hou|houd|laat) (?:hem|het|die|m|em|de app|die app|je locatie|je loc) (?:wel |gewoon |ook |maar )?(?:altijd|de hele dag|24 ?7|dag en nacht) aan\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:schoolreis|kamp|festival|kermis|pretpark|kwijt|verloren|the fair|find each other)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "ik wil dat je je locatie de hele dag deelt met mij, zeg niks tegen je pa he",
        'ik wil dat je je locatie de hele dag deelt met mij',
        'ghost mode uit. nu.',
        'zet je ghost mode uit!!',
        'installeer deze app ff, dan zie ik waar je loopt',
        'download die tracker, zodat ik weet waar je bent. hou hem altijd aan',
      ],
      noMatch: [
        'ik wil dat je je locatie deelt met mama als je naar het festival gaat',
        'ghost mode uit of aan, wat doe jij?',
        'installeer deze app, dan zie je waar de bus is',
      ],
    },
  },
  {
    id: 'nl.location_control.share-back',
    category: 'location_control',
    severity: 'medium',
    note: 'Trades location for location: "als je mijn live locatie wil zien moet je de jouwe ook delen, eerlijk is eerlijk" — the teen ends up visible at all times.',
    patterns: [
      /\b(?:locatie|live ?locatie|live ?location|location|loc|snap ?map|snapmap|find my)\b.{0,60}\b(?:(?:moet|moete|moet je|moet jij|moogt) (?:(?:je|jij|ge|gij|dan|wel|ook) ){0,2}(?:de|die|dien) (?:jouwe|uwe|jouw) (?:ook |dan ook |wel )?(?:delen|aanzetten|aan zetten|sturen|aan)|(?:deel|stuur|zet) (?:(?:jij|je|ge|gij|dan|ook|wel) ){0,2}(?:de|die|dien) (?:jouwe|uwe) (?:ook|dan ook|terug|ook aan|maar)|(?:en|dan) (?:ik|jij) (?:de|die) (?:jouwe|mijne))\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:festival|kamp|schoolreis|klas|de groep|groepsapp)\b|${OWN_PARENT}`), new RegExp(SIGNED_OFF)],
    examples: {
      match: [ "ik deel mijn locatie met jou, deel jij de jouwe dan ook, je mams merkt er niks van",
        'ik deel mijn locatie met jou, deel jij de jouwe dan ook',
        'mijn snap map staat aan voor jou, dan moet jij de jouwe ook aanzetten',
        'ik zie je niet op snapmap, zet de jouwe ook aan, de mijne staat ook aan',
      ],
      noMatch: [
        'ik deel mijn locatie met mama, deel jij de jouwe ook met je moeder',
        'zet je locatie aan op het festival, ik deel de jouwe in de groepsapp',
        'mijn locatie staat uit op kamp, deel jij de jouwe maar met de leiding',
      ],
    },
  },
  {
    id: 'nl.location_control.proof-and-keep-on',
    category: 'location_control',
    severity: 'medium',
    note: 'Session 30 (fresh batch t50): proof of where the teen is ("stuur een selfie met het straatnaambordje erop", "vandaag elk uur een check-in foto"), a warning not to turn location off again ("locatie weer uitzetten en we hebben een probleem", "voortaan staat hij aan, de hele dag"), the phone linked to the sender\'s account to follow it.',
    patterns: [
      /\b(?:selfie|foto|fotootje|pic|filmpje|snap) (?:met|van|bij|voor) (?:het |de |een |dat )?(?:straatnaambord|straatnaambordje|straatbord|straatbordje|straatnaam|naambord(?:je)? van de straat)\b(?!.{0,40}\b(?:ophalen|oppikken|vinden|kan je niet|zie je niet|rijden)\b)/,
      /\bcheck ?in ?(?:foto|fotootje|pic|selfie|berichtje)\b|\b(?:elk|ieder) (?:half )?uur (?:een )?(?:check ?in|foto|selfie|fotootje) (?:\w{1,6} )?(?:ok|oke|he|anders|van waar)\b/,
      /\b(?:locatie|hem|m|die|je gps|find my|snap ?map) (?:weer |nog een keer |nog 1 keer |nog eens )?(?:uit ?zetten|uitzet|uitdoet|uit doet|uitgezet)\b.{0,25}\b(?:probleem|problemen|gedoe|ruzie|merk ik|zie ik|boos|weet ik|kijk uit)\b/,
      /\bvoortaan (?:staat|blijft|zet je) (?:hij|ie|die|je locatie|de locatie|locatie|het|je gps)\b.{0,15}\baan\b|\b(?:kon|kan) (?:ik )?(?:je|jou) (?:\w{1,8} ){0,2}niet (?:zien|vinden) op de kaart\b|\bniet (?:weer |meer )?(?:uit ?zetten|uitzetten|uit doen) in je instellingen\b/,
      /\b(?:je|jouw) (?:telefoon|mobiel|gsm|iphone) (?:\w{1,6} ){0,2}aan (?:mijn|mn|m'n) (?:account|telefoon|icloud|google|apple id) (?:\w{1,6} )?(?:gekoppeld|toegevoegd)\b/,
    ],
    unless: [new RegExp(OWN_PARENT), new RegExp(SIGNED_OFF), /\b(?:juf|meester|mentor|schoolreis|kamp|excursie|batterij|accu)\b/],
    examples: {
      match: ['ik geloof je wel hoor, maar stuur voor de zekerheid een selfie met het straatnaambordje erop', 'vandaag elk uur een check-in foto ok, anders maak ik me zorgen', 'locatie weer uitzetten en we hebben een probleem jij en ik', 'dat ik je gisteravond niet kon zien op de kaart vond ik echt niet oké. voortaan staat hij aan, de hele dag', 'gisteren heb ik je telefoon aan mijn account gekoppeld, dus niet weer uitzetten in je instellingen he'],
      noMatch: ['stuur ff een foto van het straatnaambord, ik kan je niet vinden', 'stuur elk uur een foto van het kamp! liefs mama', 'zet je locatie uit als je batterij bijna leeg is', 'ik heb mijn telefoon aan mijn account gekoppeld'],
    },
  },
  {
    id: 'nl.location_control.dot-not-moving',
    category: 'location_control',
    severity: 'low',
    note: 'Session 31 (fresh batch t52, as in t51): watching the teen\'s dot on the map ("je stipje op de kaart beweegt al een uur niet meer", "je staat al de hele dag op dezelfde plek", "zag je ineens niet meer bewegen op find my"). Parents do it too, so low.',
    patterns: [
      /\b(?:je|jouw|uw) (?:stipje|stip|bolletje|puntje|bitmoji|poppetje|icoontje|locatie)\b.{0,30}\b(?:beweegt|bewogen|verplaatst|veranderd|staat stil|niet meer)\b/,
      /\b(?:je|jij|ge|gij) (?:staat|stond|zit) (?:al|nu al)? ?(?:de hele dag|uren|een uur|2 uur|twee uur|heel de dag|al uren) (?:op|stil op) (?:dezelfde|dezelfde rare|een rare) (?:plek|plaats)\b/,
      /\b(?:zag|zie) (?:je|jou|u) (?:ineens |opeens |al )?niet meer (?:bewegen|staan|op de kaart|op find my|op snap ?map|op life ?360)\b/,
    ],
    unless: [new RegExp(SIGNED_OFF), new RegExp(OWN_PARENT), /\b(?:bus|trein|tram|pakketje|bezorger|taxi|uber|vlucht|vliegtuig|file|buienradar)\b/],
    examples: {
      match: ['je stipje op de kaart beweegt al een uur niet meer, wat doe je', 'heyy leuk weekend? je staat al de hele dag op dezelfde plek', 'zag je ineens niet meer bewegen op find my, is je batterij leeg?'],
      noMatch: ['het stipje van de bus beweegt al een uur niet, we staan vast', 'je stipje staat stil, ben je er al? x mama', 'het pakketje staat al de hele dag op dezelfde plek'],
    },
  },
  {
    id: 'nl.location_control.proof-and-back-on',
    category: 'location_control',
    severity: 'medium',
    note: 'Session 31 (fresh batch t52): a photo with the street sign as proof of where the teen is ("selfie van waar ge zit met het straatnaambord erbij, dan weet ik da ge ni liegt") and live location demanded back on, with a threat ("uw live locatie staat al 2 uur uit, zet da terug op of ik word echt boos").',
    patterns: [
      /\b(?:selfie|foto|fotootje|pic|snap)\b.{0,40}\b(?:met|bij) (?:het |de |dat )?(?:straatnaambord\w{0,3}|straatbord\w{0,3}|naambord\w{0,3})\b.{0,50}\b(?:dan weet ik|liegt|liegen|lieg|bewijs|zeker weten|echt daar)\b/,
      /\b(?:live ?locatie|locatie|delen)\b (?:\w{1,8} ){0,3}(?:staat|stond) (?:al )?(?:\d{1,2}|twee|drie|een) (?:uur|uren|dagen|minuten) uit\b.{0,60}\b(?:terug|weer) (?:op|aan)\b/,
    ],
    unless: [new RegExp(SIGNED_OFF), new RegExp(OWN_PARENT), /\b(?:speurtocht|kwijt|verdwaald|ik kan je niet vinden|kan u ni vinden|batterij|geografie|aardrijkskunde|opdracht|project)\b/],
    examples: {
      match: ['selfie van waar ge zit met het straatnaambord erbij, dan weet ik da ge ni liegt over waar ge zijt', 'uw live locatie staat al 2 uur uit, wa is er aan de hand? zet da terug op of ik word echt boos', 'je locatie staat al 3 uur uit. zet hem terug aan, nu'],
      noMatch: ['stuur een foto met het straatnaambord, ik ben verdwaald en kan je niet vinden', 'je locatie staat al 2 uur uit, zet hem weer aan als je batterij weer vol is x mama', 'foto bij het straatnaambord voor de speurtocht, dan weet ik dat jullie er waren'],
    },
  },
  {
    id: 'nl.location_control.dot-watch',
    category: 'location_control',
    severity: 'medium',
    note: 'Watches the teen\'s dot on the map and calls them to account, or pushes a tracking invite: "je stip stond bij de mac, leg maar uit", "waarom zie ik jou niet meer op mijn kaart", "ik stuur je een uitnodiging in google maps, accepteer m ff", "dan kan ik je volgen als je op pad bent" (control during exploitation). s32.',
    patterns: [
      /\b(?:je|jouw|uw) (?:stip|stipje|bolletje|bitmoji|locatie|puntje)\b (?:\w{1,8} )?(?:staat|stond|zegt|zei|ging|beweegt|bewoog|is|was)\b.{0,60}\b(?:leg (?:maar |dat |het |eens )?uit|waarom|hoezo|dacht je|wat doe je daar|wat deed je daar|gelogen|lieg)\b|\b(?:je zei|zei je|ge zei) (?:dat )?(?:je|jij|ge) (?:\w{1,10} ){1,5}(?:maar|terwijl) (?:je|jouw|uw) (?:stip|stipje|bolletje|bitmoji|locatie)\b/,
      /\bwaarom zie ik (?:je|jou|u) (?:niet|nie|ni) (?:meer )?op (?:mijn|mn|m'n|de) (?:kaart|map|snap ?map)\b/,
      /\b(?:ik stuur|stuur ik) (?:je|jou|u) (?:een |ne )?(?:uitnodiging|verzoek|invite|linkje|link)\b.{0,30}\b(?:google maps|maps|life360|find my|zenly|snap ?map)\b|\b(?:google maps|life360|find my|zenly)\b.{0,30}\baccepteer\b/,
      /\bdan kan ik (?:je|jou|u) (?:\w{1,6} )?(?:volgen|tracken) (?:als|wanneer|waar|onderweg|op (?:de |mijn |mn )?(?:kaart|map))\b|\bdeel (?:ff |even |je |jouw |uw )?(?:live|locatie|live locatie)\b.{0,20}\b(?:tot (?:je|jij|ge)|totdat|de hele (?:avond|nacht|dag))\b/,
    ],
    unless: [OWN_FAMILY, /\b(?:batterij|leeg|opladen|verrassing|verjaardag)\b/],
    examples: {
      match: [
        'je zei dat je bij je oma was maar je stip stond bij de mac op het plein, leg maar uit',
        'je stip staat al een uur stil bij het station, waarom? wat doe je daar',
        'waarom zie ik jou niet meer op mijn kaart? je hebt me toch niet verwijderd of wel',
        'ik stuur je een uitnodiging in google maps, accepteer m ff',
        'gebruik die app die ik je stuurde, dan kan ik je volgen als je op pad bent voor mij',
        'voor de overdracht vanavond moet ik zien waar je bent, deel ff live tot je bij de afgesproken plek bent',
      ],
      noMatch: [
        'je stip staat nog bij school, zal ik je halen? liefs mama',
        'waarom zie ik je niet op de kaart, is je batterij leeg?',
        'ik stuur je een uitnodiging voor mijn verjaardag via google maps met het adres',
        'dan kan ik je volgen op insta, wat is je naam',
      ],
    },
  },
];
