import type { RuleDef } from '../../types';
import { OWN_GRANDPARENT, OWN_PARENT, PARENT, SIGNED_OFF, YOUR, tagged, OWN_FAMILY } from './words';
import { withEverydayTwins } from '../shared';

/**
 * Offline meeting: the goal stage for contact abuse (Elliot 2017; Winters et al. 2020) and the
 * step where loverboys take a girl to a hotel or a "friend's" place (Dutch research on
 * binnenlandse seksuele uitbuiting). Asking to meet, picking up, inviting over and paying for
 * the journey are `medium`; hotels, "come alone" and secret meetings are `high`.
 * Lookalikes: meeting friends to game or study, class trips, a parent picking the teen up from
 * training.
 */

/** A parent or grandparent signing off ("ik heb je ov opgeladen, liefs mam"). */
const SIGNED_OFF_RE = new RegExp(SIGNED_OFF);

/** Ordinary reasons friends, classmates and parents meet. */
const ORDINARY =
  new RegExp(String.raw`\b(?:om te gamen|online|in fortnite|in de game|op discord|in minecraft|met de klas|met de groep|met de hele (?:groep|klas|ploeg|team|club|bende|vriendengroep)|met z'n allen|met zn allen|met iedereen|voor het project|aan (?:het|ons|de|onze|dat|die|jullie) (?:project|werkstuk|opdracht|groepsopdracht|presentatie|pws|profielwerkstuk|verslag)|voor school|huiswerk|werkstuk|presentatie|spreekbeurt|(?:de|onze|die|ons) taak|groepswerk|samen studeren|om te leren|leren voor|te studeren|toets|proefwerk|examen|training|voetbal|voetballen|hockey|hockeyen|tennissen|basketballen|volleyballen|padellen|sporten|skaten|dansen|trainen|zwemmen|zwemles|turnen|dansles|muziekles|bijles|bieb|bibliotheek|met de meiden|met de jongens|tandarts|orthodontist|opvang|logeerpartij|met je ouders|met je moeder|met je vader|de carpool|open dag|opendag|infoavond|informatieavond|kijkdag)\b|${OWN_GRANDPARENT}`);

const BASE: RuleDef[] = [
  {
    id: 'nl.meeting.ride-offer',
    category: 'meeting',
    severity: 'medium',
    note: 'Offers the teen a ride on their scooter, motorbike or in their car ("zin om ne keer mee te rijden op mijn scooter?"): the older boy\'s first step to get a girl alone (loverboy route; Dutch research on binnenlandse seksuele uitbuiting).',
    patterns: [
      /\bmee (?:te )?(?:rijden|toeren|crossen|een (?:rondje|ritje)) (?:op|in|met) (?:mijn|mn|m'n) (?:scooter|auto|wagen|motor|moto|brommer)\b|\b(?:rondje|ritje|toertje) (?:op|in|met) (?:mijn|mn|m'n) (?:scooter|auto|wagen|motor|moto|brommer)\b/,
      // t20/t21: "na school even een rondje rijden samen?", "zullen we een ritje doen? kzen alleen", "ik rij u wel naar huis, ge moet ni de bus nemen".
      // t22/t23: "ik kom met de auto, dan kunnen we efkes rondrijden".
      /\b(?:kunnen|gaan|zullen|kunne|kenne) (?:we|wij) (?:\w{1,8} ){0,2}(?:rondrijden|rond rijden|rondtoeren|rondcruisen|cruisen)\b|\bik kom (?:\w{1,8} )?met (?:de|mijn|mn|m'n) (?:auto|wagen|scooter|motor|moto)\b.{0,40}\b(?:samen|rondrijden|ritje|rondje|toertje|alleen|wij twee|wij tweeen)\b/,
      // "als je wil neem ik je een keer mee voor een ritje", "ik neem u ne keer mee op mijn moto".
      /\b(?:neem ik|ik neem) (?:je|jou|u) (?:\w{1,6} ){0,3}mee (?:voor|op) (?:een |ne |mijn |mn )?(?:ritje|rondje|toertje|scooter|moto|motor)\b/,
      /\b(?:een |n |ne )?(?:rondje|ritje|toertje) (?:te )?(?:rijden|toeren|crossen|doen|maken)\b.{0,30}(?:\b(?:samen|alleen|wij (?:tweeen|twee|2)|jij en ik|niemand)\b|\?)|\bik (?:rij|rijd|voer) (?:je|jou|u) (?:\w{1,8} ){0,2}(?:naar huis|thuis|terug naar huis)\b|\b(?:ge|gij|je|jij) (?:moet|hoeft|moogt) (?:ni|nie|niet|geen) (?:de |met de )?(?:bus|tram|trein) (?:(?:te )?(?:nemen|pakken)|naar huis)\b.{0,30}\bik (?:rij|rijd|breng|voer|haal)\b/,
    ],
    unless: [ORDINARY, new RegExp(String.raw`\b(?:samen met (?:je|jouw|mijn|mn) \w{2,10}|${OWN_PARENT})\b`), /\b(?:paard|pony|manege|fiets|fietsen|mountainbike|skelter|kermis|botsauto|botsautos|achtbaan|rijles|rijinstructeur|lesauto)\b/],
    examples: {
      match: [ "ik neem je wel een keer mee voor een ritje, je mama hoeft het niet te weten, uw ouders moeten dat nie weten","ik neem je wel een keer mee voor een ritje, je mama hoeft het niet te weten", 'ik neem je wel een keer mee voor een ritje, je zag me toch naar je kijken', 'amai ik neem u ne keer mee op mijn moto, gij en ik', 'morgen om 5 aan het park? ik kom met de auto, dan kunnen we efkes rondrijden', 'ik kom met mn scooter, dan gaan we ff samen weg', 'zin in een ritje op mijn scooter? alleen wij', 'wil je ff mee rijden in mijn auto? ik trakteer op friet', 'amai ge moet ne keer mee toeren op mijn moto', 'vanavond ff een rondje rijden? alleen wij twee', 'ge moet nie met de bus naar huis, ik rij u wel', 'ik rijd je wel naar huis na het feest, geen probleem', 'zin om een toertje te doen? samen'],
      noMatch: ['papa neemt je wel een keer mee voor een ritje in de nieuwe auto', 'ik neem je mee voor een ritje op de pony bij de manege', 'kunnen we rondrijden met de fiets door de stad? met de klas', 'mama komt met de auto, dan rijden we samen naar oma', 'ik rij je wel naar huis na training', 'zullen we een ritje maken op de pony?', 'we gaan een rondje fietsen samen, doe je mee?', 'wil je mee rijden in mijn auto naar training?', 'mama vraagt of je mee wil rijden in mijn auto naar oma', 'ik heb een ritje op mijn nieuwe fiets gemaakt'],
    },
  },
  {
    id: 'nl.meeting.boys-house-party',
    category: 'meeting',
    severity: 'medium',
    note: 'Invites the teen to a party "bij de jongens thuis", with a place to sleep: the loverboy route from compliments to a house of older men (Dutch research on binnenlandse seksuele uitbuiting).',
    patterns: [
      /\bbij (?:de|die|mijn|mn|m'n|zijn) (?:jongens|gasten|mannen|boys|maten) (?:thuis|op (?:hun|het) (?:kot|appartement))\b.{0,80}\b(?:(?:gij|ge|je|jij|u) (?:moet|moogt|mag|kan|kunt) (?:echt |zeker |ook )?mee|(?:ga|kom) (?:je|ge|gij|jij) (?:ook |mee)|slaapplek|slaapplaats|blijven slapen|mag blijven)\b/,
      /\b(?:ga|kom|gaat|komt) (?:(?:je|ge|gij|jij|ook|nou|gewoon|ff) ){0,2}mee naar (?:het|een|dat|die) (?:feestje|feest|fuif|party|afterparty|huisfeest)\b.{0,20}\bbij (?:de|die|mijn|mn|m'n) (?:jongens|gasten|mannen|boys|maten)\b/,
      // t20: "volgende week een feestje in een villa in knokke, echt chique mensen. ge moet mee", "kom je naar die afterparty, ik zorg dat je erin komt".
      /\b(?:feestje|feest|fuif|party|afterparty|huisfeest)\b.{0,50}\b(?:villa|chique|rijke|vip|jacht|penthouse|suite|oudere (?:mannen|gasten|jongens))\b.{0,40}\b(?:(?:ge|gij|je|jij|u) (?:moet|moogt|mag|kan) (?:echt |zeker |ook |gewoon )?mee|(?:ga|kom) (?:je|ge|gij|jij) (?:ook )?mee)\b|\b(?:feestje|feest|fuif|party|afterparty|after|club|vip)\b.{0,40}\bik (?:zorg|regel) (?:er ?voor |wel )?dat (?:je|jij|ge|gij|u) (?:\w{1,6} )?(?:erin|binnen|naar binnen|op de lijst) (?:komt|kan|mag|staat)\b/,
      // A rented place with free drinks for the girls ("ik huur zaterdag een airbnb, muziek drank alles gratis voor de meiden"): the loverboy party.
      /\b(?:airbnb|villa|vakantiehuis|penthouse|suite|feest|feestje|party)\b.{0,60}\bgratis voor (?:de |alle )?(?:meiden|meisjes|girls|chicks|dames)\b|\b(?:ik huur|huur ik|we huren|ik heb) (?:\w{1,10} ){0,2}(?:een |ne )?(?:airbnb|villa|penthouse|suite)\b.{0,60}\b(?:drank|alcohol|shots|wiet)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:met de klas|verjaardag van|mijn broer|mn broer|je broer|${OWN_PARENT})\b`), /\b(?:van de klas|klassenfeest|schoolfeest|mentor|kantine|dansteam|vereniging)\b/],
    examples: {
      match: ["feestje in een penthouse, alles gratis voor de meisjes, zeg tegen je ouders dat je bij een vriendin slaapt", 'ik heb een villa geregeld voor zaterdag, drank genoeg, ge moet echt komen', 'feestje in een penthouse, alles gratis voor de meisjes', 'zaterdag een feest in een villa met rijke gasten, je moet echt mee', 'kom naar die afterparty, ik zorg wel dat je binnen komt', 'zaterdag feestje bij de gasten thuis, ge moogt zeker mee', 'kom je ook mee naar het feest bij mijn maten? er is plek genoeg', 'bij de boys thuis is er een slaapplek, no stress'],
      noMatch: ['we huren een villa in frankrijk met de familie, drank en eten voor iedereen, oma ook mee', 'feestje van de klas in de kantine, gratis voor de meiden van het dansteam? nee voor iedereen, zegt de mentor', 'het feest is in een villa, echt chique, mijn ouders gaan ook mee', 'kom je naar het feest? ik zorg dat je op de gastenlijst staat, mijn broer ook', 'voetbal kijken bij de jongens thuis? mijn broer gaat ook mee', 'bij de jongens thuis was het saai gisteren', 'ga je mee naar het feest van lisa?'],
    },
  },
  {
    id: 'nl.meeting.recruit-meet',
    category: 'meeting',
    severity: 'medium',
    note: 'The fake scout or label meeting: "het bureau wil je ontmoeten", "ik neem een vriend mee die fotograaf is" (modelling and music-career lures in recruitment for exploitation).',
    patterns: [
      /\b(?:label|platenlabel|bureau|modellenbureau|agency|studio|management|manager|producer|scout|fotograaf|klant)\b.{0,12}\b(?:wil|willen) (?:je|jou|u) (?:(?:graag|echt|ook|zo snel mogelijk|persoonlijk|eerst) ){0,2}(?:ontmoeten|zien|leren kennen|in het echt zien)\b/,
      /\b(?:spreek|spreken|zien|ontmoeten|treffen|kom|afspreken)\b.{0,50}\b(?:ik neem|neem ik|ik breng|breng ik) (?:\w{1,8} ){0,5}(?:fotograaf|fotografe|photographer|scout|manager|producer)\b/,
      // t20/t21: "we doen de fittings gewoon bij mij thuis", "voor de metingen doe ik persoonlijke sessies bij mij thuis".
      // "kom gewoon naar de studio vrijdag, dan nemen we jouw shot op voor de clip", "de opnames doen we in mijn studio, adres stuur ik nog".
      /\bkom (?:\w{1,8} ){0,2}naar (?:de|mijn|mn|m'n|onze|het|die) (?:studio|set|kantoor|fotostudio|opnamestudio)\b.{0,60}\b(?:shot|shots|clip|videoclip|opnemen|opnames?|nemen we|shoot|fotos|foto's|casting|auditie|adres)\b|\b(?:clip|videoclip|shoot|opname|opnames|casting|auditie)\b.{0,50}\b(?:adres|locatie) (?:stuur|app|geef) ik (?:je |jou |u )?(?:nog|later|straks|prive|wel)\b/,
      // A tutor or coach moving the lessons to their home ("bijles kan ook gewoon bij mij thuis, scheelt jou de kosten van de app").
      /\b(?:bijles|lessen|sessies|coaching) (?:kan|kunnen) (?:\w{1,8} ){0,2}bij (?:mij|me) thuis\b|\bbij (?:mij|me) thuis\b.{0,50}\bscheelt (?:jou|je) (?:\w{1,6} )?(?:de )?kosten\b/,
      /\b(?:fitting|fittings|pasbeurt|metingen|opmeten|persoonlijke sessies?|prive ?sessies?|fotoshoot|shoot|testshoot|proefshoot|casting|coaching|coachsessie)\b.{0,40}\bbij (?:mij|me) (?:thuis|op (?:mijn|mn|m'n) kamer|in (?:mijn|mn|m'n) (?:appartement|studio|huis))\b|\bbij (?:mij|me) (?:thuis|op (?:mijn|mn|m'n) kamer)\b.{0,40}\b(?:fitting|fittings|metingen|opmeten|persoonlijke sessies?|prive ?sessies?|fotoshoot|testshoot|proefshoot|casting)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:dansles|zangles|muziekles|balletles|repetitie|groepsapp|koor|${OWN_PARENT})\b`), /\b(?:voor school|de hele groep|met de klas|project|werkstuk|bijbaan|sollicitatie|sollicitatiegesprek|rooster|winkel|schoolfotograaf|klassenfoto|schoolfoto|bruiloft|met je ouders)\b/],
    examples: {
      match: ["kom zaterdag naar mijn studio, dan nemen we je stukje op, je moeder hoeft niet mee", 'kom zaterdag naar mijn studio, dan nemen we je stukje op voor de videoclip', 'de opnames van de clip zijn bij een vriend, adres stuur ik je later', 'de lessen kunnen ook gewoon bij mij thuis, dan hoef je niet via de app te betalen', 'kom bij mij thuis voor bijles, scheelt je de kosten van het instituut', 'ik neem de jurken mee, de fitting doen we bij mij thuis', 'de testshoot doen we gewoon bij mij thuis, woensdag?', 'het bureau wil je echt ontmoeten, ik haal je wel op', 'spreek af bij de mac, ik breng mijn vriend mee die is fotograaf', 'mijn manager wil je persoonlijk ontmoeten dit weekend'],
      noMatch: ['kom naar de studio voor de dansles van zaterdag, adres staat in de groepsapp', 'de bijles kan ook bij mij thuis, mama is er dan ook', 'bijles kan ook online, scheelt je de reistijd', 'de fitting is in de winkel, mama gaat mee', 'we maken de fotoshoot voor school bij mij thuis met de hele groep', 'de schoolfotograaf wil je zien voor de klassenfoto', 'het bureau wil je ontmoeten samen met je ouders', 'de klant wil je spreken over de bestelling'],
    },
  },
  {
    id: 'nl.meeting.meet-up',
    category: 'meeting',
    severity: 'medium',
    note: 'Asks to meet in person ("zullen we afspreken", "wanneer kunnen we elkaar in het echt zien", "irl").',
    patterns: [
      /\b(?:zullen|kunnen|kunne|gaan|moeten|willen|moete) (?:we|wij) (?:.{0,20} )?(?:afspreken|afspreke|ontmoeten|iets drinken|wat drinken|een drankje doen|daten|een date (?:plannen|regelen|prikken|doen)|een afspraakje (?:maken|plannen|regelen))\b/,
      /\b(?:wil|wl|kan|kun|wilt) (?:je|jij|u) (?:.{0,20} )?(?:met mij |met me )?(?:afspreken|ontmoeten|meeten|daten)\b/,
      /\bzin (?:om|in) (?:.{0,12} )?(?:af te spreken|afspreken|te ontmoeten|een date|te daten)\b/,
      /\b(?:laten we|laat ons) (?:.{0,20} )?(?:afspreken|ontmoeten|meeten)\b/,
      /\b(?:we|wij) (?:moeten|moete|gaan|zullen|kunnen) (?:(?:echt|snel|nu|eindelijk|een keer|eens|binnenkort|nou|ns|es|nog|ff) ){0,3}(?:afspreken|ontmoeten|meeten|elkaar (?:(?:echt|eens|een keer|snel|nou|ns|eindelijk|dan) ){0,2}zien|elkaar ontmoeten|afspreken in het echt)\b|\b(?:lijkt|leek) (?:me|mij) (?:.{0,10} )?(?:leuk|fijn|gezellig|tof|cool) (?:om )?(?:je|jou) (?:.{0,14} )?(?:te )?(?:ontmoeten|zien)\b/,
      /\b(?:kunnen|zullen|gaan|moeten|kunne) (?:we|wij) elkaar (?:.{0,10} )?(?:zien|ontmoeten|treffen|eens zien|in het echt zien)\b/,
      /\b(?:wanneer|wnnr) (?:kunnen|zullen|gaan|kan|zie) (?:we|ik) (?:elkaar|je|jou) (?:.{0,20} )?(?:zien|ontmoeten|in het echt|irl|in real life|eindelijk)\b/,
      /\b(?:ik wil|ik wl|ik zou|ik wou) (?:je|jou) (?:.{0,20} )?(?:ontmoeten|in het echt zien|irl zien|echt zien|eens zien in het echt|in real life zien)\b/,
      /\b(?:in het echt|irl|in real life) (?:.{0,20} )?(?:afspreken|ontmoeten|zien|meeten|chillen)\b/,
      tagged(/^(?:meet ?up|afspreken|irl|ontmoeten) ?\?|^(?:(?:zaterdag|zondag|vrijdag|morgen|vanavond|dit weekend|volgende week|binnenkort) )?(?:meet ?up|meet|link ?up|date|afspreken|meeten)(?: (?:dit weekend|zaterdag|zondag|vrijdag|morgen|vanavond|binnenkort|volgende week))? ?\?$|\b(?:wil|ga|gaan|zullen|kom) (?:je|jij|we|wij) (?:.{0,12} )?(?:op (?:een )?date|met (?:mij|me) uit|mee uit)\b|\b(?:ik wil|ik neem|mag ik) (?:je|jou) (?:.{0,8} )?mee (?:uit|naar (?:een|mijn|mn|m'n) )/),
      /\b(?:mijn|mn|m'n) (?:vrienden|vriend|neef|neven|broer|maten|gasten|boys|vriendin|vriendinnen) (?:willen|wil) (?:je|jou) (?:ook |graag |echt |heel graag )?(?:ontmoeten|zien|leren kennen|spreken)\b/,
      /\b(?:wanneer|waar|hoe laat|wnnr) (?:spreken|zien|ontmoeten) (?:we|wij) (?:elkaar |af\b|elkaar in het echt)/,
      /\b(?:zien|spreken|treffen) (?:we|wij) (?:elkaar|af)\b.{0,30}\b(?:alleen (?:wij|we|jij en ik)|met (?:z'n|zn|ons) (?:tweeen|twee|2)|wij (?:tweeen|2))\b/,
    ],
    unless: [ORDINARY, /\b(?:hoe laat|weer|bestie|bff|sis|meiden)\b/, /\b(?:de|onze|ons|die) (?:hele )?(?:klas|groep|ploeg|team|club|klasgroep|jaargroep|afdeling) (?:\w{1,8} )?(?:gaat|gaan|wil|willen|komt|komen|spreekt)\b|\biedereen (?:komt|gaat|is er|is welkom)\b/, /\bmeet (?:and|en|n) greet\b|\b(?:we|wij|jij|je|ik) (?:gaan|ga|gaat|zien|zie|ziet) (?:hem|haar|hen|ze|(?:die|de) [a-z]{2,12}) (?:\w{1,10} )?in het echt\b/, /\b(?:ik ga|ik kom|we gaan) (?:\w{1,10} )?met (?:mijn|mn|m'n) (?:broer|broertje|zus|zusje|vader|moeder|ouders|pa|ma)\b/, /\b(?:mag|kan|kun) (?:ik|je) (?:niet|nie) (?:.{0,12} )?afspreken\b/, /\b(?:hebben|heb|had) (?:.{0,20} )?afgesproken\b/],
    examples: {
      match: [ "we kunnen elkaar eindelijk zien!! ik haal je op bij de bushalte, niet tegen je ouders zeggen he",
        'we kunnen elkaar eindelijk zien!! ik haal je op bij de bushalte',
        'lijkt me leuk om je te ontmoeten',
        'wil je me eindelijk irl ontmoeten? niemand uit de klas hoeft het te weten',
        'date?',
        'zullen we op date gaan',
        'wil je me ontmoeten',
        'zullen we eindelijk afspreken, alleen wij',
        'wanneer zien we elkaar eindelijk in het echt',
        'laten we stiekem afspreken',
        'wanneer kunnen we elkaar in het echt zien',
        'ik wil je echt ontmoeten',
      ],
      noMatch: [
        "laten we in het echt afspreken met de hele clan",
        'zullen we afspreken om te voetballen',
        'wil je afspreken om te leren voor de toets',
        'zullen we afspreken om te gamen online',
        'morgen met de klas naar het museum',
        'zullen we afspreken bij de bieb voor het werkstuk',
        'ik heb afgesproken met sanne',
        'ik mag niet afspreken van mijn moeder',
        'zullen we morgen na training chillen',
        'date? die is 12 maart',
        'zullen we een keer met z\'n allen afspreken',
        'lijkt me leuk om je te zien op de training',
        'eindelijk eens irl chillen op de gamebeurs? ik ga met mijn broer',
        'tickets voor de meet and greet binnen!! we gaan haar eindelijk in het echt zien',
        'ik zie hem zaterdag in het echt op het concert 😭',
        'we gaan die streamer eindelijk in het echt zien op de beurs',
        'onze hele groep wil na de examens eindelijk irl afspreken, iedereen is welkom',
        'de ploeg gaat in het echt afspreken na de zomer',
      ],
    },
  },
  {
    id: 'nl.meeting.pick-up',
    category: 'meeting',
    severity: 'medium',
    note: 'Offers to pick the teen up or come to them ("ik kom je ophalen", "ik wacht op je na school", "stap maar in").',
    patterns: [
      /\b(?:ik (?:kom|kan|zal|ga|wil|mag)|(?:kom|kan|zal|ga|wil|mag) ik) (?:je|jou) (?:.{0,30} )?(?:ophalen|halen|oppikken|op pikken|opwachten|op wachten|opvangen)\b/,
      /\b(?:rij|rijd|reis) ik (?:\w{1,8} )?(?:naar je toe|naar jou toe|naar jouw (?:stad|dorp|huis)|naar je (?:stad|dorp|huis|school)|bij je langs|bij jou langs)\b/,
      // s32: "volgende keer haal ik u weer op", Flemish "u" and "weer" included.
      /\b(?:ik (?:haal|pik|pick)|(?:haal|pik) ik) (?:je|jou|u) (?:wel |zo |straks |morgen |vanavond |vannacht |ff |even |efkes |gewoon |maar |dan |weer |terug |om \d{1,2} (?:uur )?){0,2}(?:bij .{1,16} )?op\b/,
      /\bik (?:wacht|sta|sta te wachten|staat) (?:.{0,20} )?(?:op je |op jou )?(?:bij (?:de|het) [a-z]{2,15} om \d{1,2}|na school|bij (?:je|jouw) school|bij school|om de hoek|bij de hoek|bij (?:je|jouw) huis|voor (?:je|jouw) (?:deur|huis|school)|in mijn auto)\b/,
      /\b(?:kom|rondje|ritje|toertje|rijden|toeren|scooter|brommer|auto|wagen)\b.{0,30}\b(?:even |ff |efkes |gewoon )?weg van (?:iedereen|de rest|thuis|je ouders|al die mensen)\b|\b(?:stap|spring) (?:(?:maar|gewoon|ff|even|efkes|vanavond|straks|morgen|zo|dan|snel) ){0,3}(?:in|bij mij in) (?:de |mijn |mn |m'n )?(?:auto|wagen)\b|\bbij (?:mij|me) in de (?:auto|wagen)\b|\bmee (?:een |n )?(?:rondje|ritje) (?:rijden|toeren)\b/,
      /\bik (?:kan|wil|ga|zal) (?:.{0,12} )?naar (?:je|jouw) (?:stad|dorp|huis|school|woonplaats) (?:komen|rijden|reizen)\b/,
      // "ik heb donderdag vrij en kan je overal ophalen waar je wil", "ik pik je op waar je maar wilt".
      /\b(?:je|jou|u) (?:overal|waar (?:je|jij|ge) (?:maar )?(?:wil|wilt)|waar dan ook) (?:\w{1,6} )?(?:ophalen|oppikken|halen|op ?pikken)\b|\b(?:ik (?:kan|kom|zal|wil|pik|haal)|(?:kan|kom|zal|pik|haal) ik) (?:je|jou|u) (?:\w{1,8} ){0,2}(?:ophalen|oppikken|halen|op) (?:overal|waar (?:je|jij|ge) (?:maar )?(?:wil|wilt)|waar dan ook|wanneer (?:je|jij|ge) (?:maar )?(?:wil|wilt))\b/,
      // "mn maat komt je ophalen met de scooter, hij brengt je naar mij".
      /\b(?:mijn|mn|m'n) (?:maat|maatje|vriend|neef|chauffeur|collega|gabber|homie|bro|matties?|vriendje)\b (?:komt|kan|zal|gaat) (?:je|jou|u) (?:\w{1,10} ){0,3}(?:ophalen|halen|oppikken)\b|\b(?:hij|zij|ze|die) (?:brengt|rijdt|zet) (?:je|jou|u) (?:\w{1,8} )?(?:naar (?:mij|me)|bij (?:mij|me)(?: af)?)\b/,
      /\bik (?:kom|rij|rijd|fiets|reis) (?:.{0,20} )?(?:naar je toe|naar jou toe|naar jouw stad|naar je stad|naar jouw dorp|naar je dorp|naar je huis|naar jouw huis|naar je school|bij je langs|bij jou langs|(?:jouw|je|uw) kant op|(?:jouw|je) richting op)\b/,
    ],
    // The sender's own parent, but not "mijn moeder rijdt": the low twin keeps a friend's lift with a parent driving.
    unless: [/\b(?:niemand|je|jij|ge|gij) doet (?:niet |nie |ni )?open\b|\bik heb (?:al )?(?:\w{1,6} )?aangebeld\b/, ORDINARY, /\bals (?:je|jij) (?:er|daar|buiten|beneden) bent\b|\b(?:fietsen|lopen) we\b|\bsamen (?:fietsen|lopen|naar)\b/, new RegExp(String.raw`\b(?:(?!(?:mijn|mn|m'n) )${OWN_PARENT}|pauze|kantine|aula|kapper|dokter|huisarts|fysio|ziekenhuis|(?<!\b(?:niet|nie|ni) )met de fiets|op de fiets|lopend|boeken|boek|schrift|spullen|oplader|sleutels|(?<!\b(?:niet|nie|ni) )(?:met|en|heb|had|hier is|hier zijn) (?:je|jouw|de) (?:hoodie|jas|jasje|trui|vest|tas|tickets|kaartjes|sleutel|telefoon|pasje|sporttas|gymtas|etui|portemonnee|airpods|oordopjes|fiets|step|skateboard|sleutelbos)|samen naar (?:school|training|de les|de training))\b`), /\bvoor (?:het|de|je) (?:feest|feestje|verjaardag|gala|wedstrijd|concert)\b/,
      // t22/t23: a friend on the way to the square ("ik sta om de hoek, kom je naar buiten? we gaan naar het pleintje").
      /\b(?:we|wij) (?:gaan|lopen|fietsen) (?:\w{1,6} )?naar (?:het|de|t) (?:pleintje|plein|veldje|trapveldje|skatepark|skatebaan|voetbalkooi|cruyff court|speeltuin|basketbalveldje)\b/,
      // t16: a friend with a flat tyre ("ik kom naar je toe met de pomp").
      /\b(?:met|en) (?:de|een|mijn|mn|m'n) (?:fiets)?pomp\b|\b(?:lekke band|lekke|plakset|band plakken)\b/, /\b(?:feestje|verjaardag|feest) (?:van|bij) (?!(?:een|ne|mijn|mn|m'n|de|die|zo'n|iemand)\b)[a-z]{2,12}\b/,
      // A coach or parent driving several kids ("ik haal jullie om 8 uur op bij de club, samen met jesse en daan").
      /\b(?:ik|we|wij) (?:\w{1,8} )?(?:haal|halen|breng|brengen|pik|pikken|rij|rijd|rijden|kom) (?:\w{1,8} )?jullie\b|\bsamen met (?!(?:mij|me|mijn|mn|m'n|jou|je|ons|jullie)\b)[a-z]{2,12} en [a-z]{2,12}\b/,
      // A parent collecting the teen from a friend's house ("ik kom je om 9 uur ophalen bij marloes, heb je gegeten?").
      /\b(?:ophalen|halen|oppikken|op) bij (?!(?:de|het|t|een|ne|je|jou|jouw|u|uw|mij|me|mijn|mn|m'n|ons|onze|school|huis|thuis|station|centraal|halte|bushalte|mac|mcdonalds|kfc|jumbo|lidl|aldi|hema|action|primark|ah)\b)[a-z]{3,12}\b.{0,40}\b(?:heb je (?:al )?gegeten|sta (?:dan |maar )?(?:klaar|voor de deur|buiten)|bedank (?:haar|zijn|hun) (?:moeder|vader|ouders|mama|papa))\b|\bheb je (?:al )?gegeten\b.{0,40}\b(?:ophalen|halen|op) bij (?!(?:de|het|t|een|je|jou|jouw|mij|me|mijn|mn|school|station|halte|bushalte)\b)[a-z]{3,12}\b/],
    examples: {
      match: [ 'volgende keer haal ik u weer op, ge moet ni met de fiets in het donker', 'ik haal je wel weer op bij het station, zeg niks tegen je ouders', "ik kan je morgen na school opwachten bij de achterkant, je mama merkt niks, je ma hoeft dit nie te weten","ik kan je morgen na school opwachten bij de achterkant, je mama merkt niks",  "ik ben vrij morgen, ik kan je overal ophalen waar je wil", "zeg maar waar, ik pik je op waar je maar wilt", "kan ik je morgen na school opwachten, bij de achterkant", "zal ik je morgen opwachten bij de achteringang van school", "ritje op mijn brommer? even weg van iedereen, alleen wij", "ik sta om de hoek van je school, kom je? we gaan een stukje rijden",   "vanavond nog tijd? ik rij wel jouw kant op", "ik kom wel jouw kant op vanavond, tijd?", "ik rij zo je kant op", 'stap vanavond ff in de auto, ik wil praten',
        "schatje ik sta om 11 uur voor je deur, zeg tegen je ma dat je bij een vriendin slaapt",'als je wil rij ik naar je toe vanavond', 'mag ik je een keer komen halen na school?', 'kom je bij me in de auto zitten', 'ga je mee een rondje rijden', 'ik kom naar je school', 'zal ik je ophalen met de auto', 'ik kom je ophalen', 'ik haal je wel op bij het station', 'ik kan je zaterdag ophalen bij het station, dan gaan we wat leuks doen', 'ik wacht op je na school bij de hoek', 'stap maar in de auto', 'ik kom naar je toe', 'ik rij wel naar jouw stad', 'ik kan je vrijdagavond bij de bushalte oppikken', 'ik sta op je bij het plein om 9 uur', 'mijn vriend komt je morgen ophalen met de auto', 'een maat van mij pikt je op, hij brengt je naar mij', 'mn neef kan je na school halen, die rijdt je naar me', 'ik haal je om 11 uur op bij het station, sta dan klaar en zeg niks thuis', 'ik kom je ophalen, samen met mij en mn maat in de auto'],
      noMatch: [ 'ik haal u weer op na de training, groetjes mama', "mama kan je overal ophalen waar je wil, bel haar maar", "je kunt je pakketje overal ophalen waar je wil, bij elk afhaalpunt", "ik ga ff weg van iedereen, heb hoofdpijn", "ik kom je opvangen bij de bushalte, groetjes mama", "ik wacht om de hoek, we fietsen naar het skatepark", "ik sta bij je huis, kom je? we lopen naar het veldje",  "ik sta voor je deur maar je doet nie open, slaap je nog?", 'ik kom je halen om 15:30, tot zo', 'ik kom je halen, wacht bij de kiss & ride', 
        'ik kom je halen bij school, wacht bij het fietsenhok. tante',
        'ik loop wel naar jou toe, dan gaan we samen naar training',
        'ik kom zo naar je toe met de boeken',
        'stuur me ff je locatie dan fiets ik naar je toe',
        'ik haal je op om 8 voor het feest',
        'ik kom je zo halen met de fiets',
        'ik kom je halen bij de kapper',
        'ik haal je op bij de training om 6 uur',
        'mama haalt me op',
        'ik kom naar je feestje!',
        'papa haalt je op bij oma',
        'ik wacht op de bus',
        'ik sta bij de ingang waar ben je',
        'share loc ff, ik kom naar je toe met de tickets',
        'kan je ff naar buiten komen? ik sta om de hoek met je hoodie',
        'ik sta om de hoek, kom ff naar buiten, heb je tas',
        'ik sta voor je deur, heb je jas nog, die lag bij mij in de auto',
        'ik wacht om de hoek, hier is je sporttas, je had hem laten liggen',
        'ik sta bij je huis, heb je airpods, kom je ff naar beneden',
        'ik kom naar je toe met de pomp, je band is toch lek?',
        'lekke band? ik fiets naar je toe, wacht daar',
        'ik kom je halen met mijn fietspomp, waar sta je',
        'mn maat komt je ophalen voor de training, we gaan met z n allen',
        'ik rij wel naar je toe met een plakset',
        'ik kom je gewoon halen als je weer niet opneemt lol',
        'ik kom je zo ophalen als je niet reageert haha',
        'ik sta voor je deur met je step, die lag nog bij ons',
        'ik haal jullie zaterdag om 7 uur op bij de sporthal, daan rijdt ook mee',
        'jullie kunnen bij mij in de auto, samen met noor en fleur, ik breng jullie naar de wedstrijd',
        'ik kom je om half 10 ophalen bij sanne, sta maar klaar',
        'heb je al gegeten? dan kom ik je om 8 uur halen bij noor',
      ],
    },
  },
  {
    id: 'nl.meeting.come-over',
    category: 'meeting',
    severity: 'medium',
    note: 'Invites the teen to their place or to sleep over ("kom naar mij toe", "je mag bij mij slapen").',
    patterns: [
      /\bkom (?:.{0,20} )?(?:naar (?:mij|me) toe|naar (?:mijn|mn|m'n) (?:huis|kamer|appartement|flat|kot|studio)|bij (?:mij|me) (?:thuis|langs|slapen|logeren|chillen))\b/,
      // A coach or "mentor" who moves the one-to-one to his home ("de sessies doen we voortaan bij mij thuis", "1 op 1, bij mij thuis is het rustigst").
      /\b(?:doen|doe|houden|hou|geven|geef|zien) (?:we|wij|ik) (?:\w{1,12} )?(?:(?:voortaan|vanaf nu|gewoon|liever|de volgende keer|volgende keer|dan) ){0,2}bij (?:mij|me) (?:thuis|op (?:mijn|mn|m'n) kamer)\b|\bbij (?:mij|me) thuis (?:is|zijn we|gaat) (?:het |t )?(?:\w{1,6} )?(?:rustigst|rustiger|rustig|ongestoord|prive|gezelliger)\b|\b(?:1 op 1|een op een|onder vier ogen|privesessie|privesessies|priveles)\b.{0,30}\bbij (?:mij|me) thuis\b/,
      /\b(?:(?:je|jij) (?:mag|kan|kunt|kun)|(?:wil|wl|mag|kan|kun) (?:je|jij)|zin (?:om|in)) (?:.{0,20} )?bij (?:mij|me) (?:thuis (?:chillen|te chillen|hangen)|(?:komen )?(?:te )?(?:slapen|logeren|pitten|maffen)|blijven (?:slapen|pitten|maffen|crashen)|komen (?:slapen|pitten)|overnachten|komen wonen|wonen)\b/,
      // t22/t23: "als je bij mij komt logeren hoef je die ruzie niet mee te maken", "neem een tas met kleren mee, je kan bij mij blijven pitten".
      /\b(?:je|jij|ge|gij) bij (?:mij|me) (?:komt|kwam|komen|zou komen|zal komen) (?:logeren|slapen|pitten|wonen|overnachten)\b|\bneem (?:\w{1,8} ){0,3}(?:kleren|kleding|pyjama|tandenborstel|slaapspullen) mee\b.{0,40}\b(?:bij (?:mij|me)|slapen|pitten|blijven)\b/,
      /\b(?:kom|komt) (?:je|jij) (?:.{0,20} )?(?:naar mij|naar mij toe|bij mij thuis|bij mij langs|bij mij logeren|bij mij slapen|bij mij overnachten|naar mijn huis|naar mn huis|naar mijn kamer)\b(?! (?:in de|op school|in het))/,
      /\bik heb (?:een |ne |nen |mijn |mn |m'n )?(?:eigen )?(?:appartement|appartementje|flat|flatje|studio|huisje|kamer|kot|plek|plekje|logeerkamer)\b.{0,16}\b(?:waar|daar) (?:(?:je|jij|ge|gij) )?(?:altijd |gewoon |wel |ook |elke nacht )?(?:mag|kan|kunt|kunde|moogt) (?:(?:je|jij|ge|gij) )?(?:altijd |gewoon |wel |ook )?(?:komen |blijven )?(?:slapen|logeren|pitten|overnachten|wonen|crashen)\b/,
      // "kom maar gwn binnen als je er bent, ik ben alleen thuis", "deur staat open, ben alleen".
      /\b(?:kom|loop) (?:(?:maar|gwn|gewoon|meteen|direct|dan) ){0,2}(?:binnen|door|naar boven)\b.{0,50}\b(?:ik ben|ben ik|ben) (?!(?:niet|nie|ni|nooit)\b)(?:\w{1,8} )?alleen(?: thuis)?\b|\b(?:ik ben|ben ik|ben) (?!(?:niet|nie|ni|nooit)\b)(?:\w{1,8} )?alleen thuis\b.{0,50}\b(?:kom|loop) (?:(?:maar|gwn|gewoon|meteen|direct|dan) ){0,2}(?:binnen|door|naar boven)\b|\bdeur (?:staat|is) (?:\w{1,6} )?open\b.{0,60}\b(?<!niet )alleen thuis\b|\b(?<!niet )alleen thuis\b.{0,60}\bdeur (?:staat|is) (?:\w{1,6} )?open\b/,
      // "kom vrijdag na school naar mij toe, m'n huis is leeg", "mijn kot is helemaal leeg dit weekend, kom je?".
      /\bkom\b.{0,60}\b(?:mijn|mn|m'n) (?:huis|kot|appartement|flat|kamer) is (?:\w{1,8} )?leeg\b|\b(?:mijn|mn|m'n) (?:huis|kot|appartement|flat) is (?:\w{1,8} ){0,2}leeg\b.{0,40}\bkom\b/,
      /\b(?:mijn|mn|m'n) (?:huis|appartement) is (?:.{0,12} )?vrij\b|\b(?:je|jij) (?:kan|kunt|mag) (?:altijd )?bij (?:mij|me) terecht\b.{0,16}\b(?:s nachts|slapen|blijven|logeren|wonen)\b/,
      /\b(?:we|wij) (?:kunnen|kunne|gaan|kunnen ook) (?:.{0,10} )?bij (?:mij|me) (?:thuis )?(?:chillen|hangen|slapen|logeren|films kijken)\b/,
      // t15: "we kunnen samen een film kijken bij mij, niemand die ons stoort", "als je zegt dat je bij een vriendin slaapt, kan je naar mij".
      /\bbij (?:mij|me)\b.{0,30}\bniemand die (?:ons|je|jou) (?:\w{1,6} )?(?:stoort|lastig valt|ziet|hoort)\b|\bniemand die (?:ons|je|jou) (?:\w{1,6} )?(?:stoort|ziet)\b.{0,30}\bbij (?:mij|me)\b|\b(?:zeg|zegt|zeggen) (?:\w{1,8} ){0,3}(?:dat )?(?:je|jij) bij (?:een |je )?(?:vriendin|vriend|vriendinnetje|vriendje|maatje|[a-z]{2,12}) (?:slaapt|logeert|overnacht|blijft slapen)\b.{0,30}\b(?:naar (?:mij|me)|bij (?:mij|me)|ik haal|ik kom)\b/,
    ],
    unless: [ORDINARY, /\b(?:mijn|mn|m'n) (?:moeder|vader|ouders|mam|pap|mama|papa) (?:.{0,10} )?(?:vindt|vinden|zegt|zeggen|weet|weten|is er|zijn er)\b(?! (?:niet|nie|ni)\b)/, /\b(?:mama|papa|mam|pap|ma|pa|(?:mijn|mn|m'n) (?:moeder|vader|ouders)) (?:vindt|vind|vinden|zegt|zei|zeggen) (?:dat )?(?:het|t|da|dat) (?:ook )?(?:goed|prima|oke|ok|mag|geen probleem)\b/, /\b(?:feest|feestje|verjaardag|sleepover|logeerfeest|logeerpartij|films kijken met|met de meiden|met sanne|met lisa)\b/,
      // A surprise for a friend, or a third person's parent bringing them: a group event ("haar ma brengt haar om half 8").
      /\b(?:surprise|verrassing|verrassingsfeest|verrassingsfeestje)\b|\b(?:haar|zijn|hun) (?:ma|moeder|mama|vader|pa|papa|ouders) (?:brengt|brengen|rijdt|rijden|haalt|halen)\b/,
      // t21: a teacher's room is a classroom ('naar mijn kamer? ik bedoel lokaal 204, je cijfer bespreken').
      /\b(?:lokaal|klaslokaal|cijfer|cijfers|mentoruur|rapport|docentenkamer)\b/,
      // Friends gaming at someone's home ("kom je na school naar mij? we hebben nieuwe switch games"): the household's console, not an "ik heb" lure.
      /\b(?:we hebben|wij hebben|(?:mijn|mn|m'n) (?:broer|zus|broertje|zusje) heeft|dan kunnen we|kunnen we|potje|potjes) (?:\w{1,10} ){0,2}(?:switch|nintendo|ps4|ps5|playstation|xbox|wii|mario ?kart|just dance|fifa|fc ?2[4-7]|nieuwe games?)\b/,
      // Getting ready together for a school show or gala ("de make up voor de uitvoering doen we bij mij thuis, neem je eigen mascara mee").
      /\b(?:uitvoering|voorstelling|musical|toneelstuk|dansshow|eindshow|gala|galabal|schoolbal|mascara|nagellak|eyeliner|krultang|stijltang)\b/],
    examples: {
      match: [ "ik ben alleen thuis vanavond, kom maar gewoon binnen, de deur is open, je mams merkt er niks van", "ik ben alleen thuis vanavond, kom maar gewoon binnen, de deur is open", "loop maar door naar boven als je er bent, ben helemaal alleen", "kom zaterdag ff naar mij, mn huis is leeg en ik heb snoep", "mijn kot is helemaal leeg dit weekend, kom je?", "de bijlessen doen we vanaf nu gewoon bij mij thuis", "we doen de fotoshoot 1 op 1, bij mij thuis", "bij mij thuis is het rustiger, dan kan ik je beter helpen", "als je bij me komt slapen hoef je niet naar huis", "neem je pyjama mee, je kan bij mij blijven pitten", "kom bij mij, niemand die ons ziet", "als je zegt dat je bij een vriendin slaapt, kan je naar mij", "zeg thuis dat je bij lisa slaapt, dan haal ik je op en ga je naar mij",
        "kom je bij mij slapen? mama hoeft het niet te weten", 'als het thuis weer ruzie is kan je altijd bij mij komen logeren', 'zeg tegen je ouders dat je bij je nicht slaapt en kom naar mij','kom efkes naar mijn kot', 'ik heb een flatje waar je altijd mag komen slapen, ook als het thuis ruzie is', 'ik heb mn eigen appartement daar kan je gewoon blijven pitten', 'je kunt altijd bij mij terecht, ook s nachts', 'kom je dit weekend naar mijn huis', 'kom naar mijn huis', 'kom naar mij toe', 'je mag bij mij slapen', 'kom je vanavond naar mij', 'kom bij mij langs vanavond', 'mijn huis is vrij dit weekend', 'kom maar naar mijn kamer', 'zin om bij me te logeren dit weekend?', 'wil jij vrijdag bij mij thuis chillen', 'kom je na school naar mij? ik heb een nieuwe bank op mijn kamer', 'de zangles doen we voortaan bij mij thuis, dan is het rustiger'],
      noMatch: [ "kom je na school mee naar mij? kunnen we aan het project werken", "kom maar binnen als je er bent, ik ben niet alleen thuis, mn broer is er ook", "ik ben alleen thuis en de deur is op slot, ik kom niet naar buiten", "mijn kamer is leeg, we verhuizen morgen, kom je helpen met de dozen? mama is er ook", "mijn huis is leeg sinds de verhuizing, raar he", "het kerstdiner doen we dit jaar bij oma", "de training is voortaan in de sporthal", "we kunnen bij mij huiswerk maken, niemand die ons stoort", "zeg dat je bij mij slaapt, dan gaan we naar het feest","kom je na school naar mij? fifa", "kom je na school bij mij langs? fortnite spelen", "kom je na school naar mij toe, even minecraft", 
        'kom naar mijn kot, we maken samen de taak',
        "kom je bij me slapen zaterdag? mama vind het goed",
        "wil je bij mij logeren? mn moeder zegt dat het mag",
        'kun je vrijdag bij me slapen? mijn ouders zeggen dat het mag',
        'je mag bij mij blijven slapen na het feest',
        'kom je morgen langs om huiswerk te maken?',
        'kom je ook naar de verjaardag van sanne',
        'kom je naar het feest?',
        'je mag bij mij slapen na het feestje zaterdag',
        'kom naar de kantine',
        'mijn kamer is een zooi',
        'je kunt altijd bij mij terecht als er iets is',
        'kom om 7 uur naar mijn huis, haar ma brengt haar om half 8',
        'kom je om 6 naar mijn huis? zijn vader brengt hem pas om 7, het is een surprise',
        'kom je zaterdag naar mij? we hebben een ps5 gekregen, potje fifa',
        'kom je na school bij mij langs? dan kunnen we mario kart doen met mijn broertje',
        'kom je vrijdag naar mij? we kijken series met de hele klas',
        'voor het gala maken we ons klaar bij mij thuis, neem je stijltang mee',
        'het kapsel voor de musical doen we bij mij thuis, mijn moeder helpt',
        'kom vrijdag naar mijn huis voor de verrassing voor lotte',
        'kom na het 5e uur naar mijn kamer, lokaal 12, dan bespreken we je toets',
        'kom maar naar mijn huis, hun ouders rijden ons daarna naar de bowling',
        'neem je kleren mee voor de logeerpartij bij mij',
        'als je bij mij komt slapen na het feest, neem een slaapzak mee',
      ],
    },
  },
  {
    id: 'nl.meeting.travel-paid',
    category: 'meeting',
    severity: 'medium',
    note: 'Offers to pay for or arrange the journey (train ticket, taxi, Uber, money on the OV-chipkaart): removes the practical barrier to meeting.',
    patterns: [
      /\bik (?:betaal|regel|koop|boek|stuur|trakteer|zet) (?:.{0,20} )?(?:je|jouw|een|de) (?:trein|treinkaartje|treinkaart|treinticket|kaartje|reis|reiskosten|taxi|uber|bolt|busticket|buskaartje|ov|ov ?kaart|ov ?chip|ov ?chipkaart|bus|tickets?)\b/,
      // "ik zou je treinkaartje gewoon betalen hoor", "heb al een ov kaart voor je opgeladen, nu geen excuses meer".
      /\bik (?:zou|zal|kan) (?:je|jouw|u) (?:trein|treinkaartje|ticket|buskaartje|kaartje|taxi|uber) (?:\w{1,8} ){0,2}(?:betalen|regelen)\b|(?:\bik |^)heb (?:\w{1,8} )?(?:een |de |je )?(?:ov|ov ?kaart|treinkaartje|ticket) voor (?:je|jou|u) (?:opgeladen|gekocht|betaald)\b/,
      /\bik (?:stuur|geef|maak) (?:je|jou) (?:.{0,12} )?(?:geld|\d{1,4} ?(?:euro|eur)) (?:voor|om) (?:de|je|een) (?:trein|reis|taxi|uber|bus|kaartje)\b/,
      // "ik stuur je de reiskosten via tikkie, dan kom je toch gewoon zaterdag".
      /\bik (?:stuur|geef|betaal|maak) (?:je|jou|u) (?:de |je )?(?:reiskosten|reisgeld|treingeld)\b/,
      // "als je komt betaal ik je uber heen en terug", "regel ik een taxi voor je", "de trein betaal ik heen en terug".
      /\b(?:betaal|regel|boek|trakteer|sponsor) ik (?:je|jouw|jou|een|de|u|uw) (?:\w{1,8} )?(?:trein|treinkaartje|treinticket|kaartje|reis|taxi|uber|bolt|busticket|buskaartje|ov|tickets?)\b|\b(?:trein|treinkaartje|taxi|uber|bolt|bus|reis|tickets?)\b (?:\w{1,8} ){0,3}heen en terug\b.{0,30}\b(?:betaal|regel|trakteer|vergoed) (?:ik|jij niks)\b|\b(?:betaal|regel|vergoed) ik\b.{0,20}\bheen en terug\b/,
      /\b(?:neem|pak) (?:de|een) (?:trein|bus|taxi|uber) (?:naar mij|naar me|hierheen|naar mijn stad|ik betaal|die betaal ik)\b/,
      // t18: "ik heb ov geregeld voor je, kom je vrijdag naar amsterdam".
      /\bik heb (?:\w{1,8} )?(?:je |jouw |een |de |het )?(?:trein|treinkaartje|treinkaart|treinticket|ov|ov ?kaart|ov ?chipkaart|reis|reiskosten|taxi|uber|busticket|buskaartje) (?:\w{1,8} ){0,2}(?:geregeld|betaald|gekocht|geboekt|opgeladen)\b.{0,40}\b(?:voor (?:je|jou)|kom|komen|naar (?:mij|me)|hierheen)\b|\bik heb (?:\w{1,8} )?(?:je |jouw |een |de |het )?(?:trein|treinkaartje|treinticket|ov|reis|taxi|uber|busticket) voor (?:je|jou) (?:geregeld|betaald|gekocht|geboekt)\b/,
    ],
    unless: [/\b(?:schoolreis|excursie|concert|festival|wedstrijd|toernooi|met de klas|met ons allemaal|vakantie met|film|bios|bioscoop|pretpark|efteling|walibi)\b/, SIGNED_OFF_RE,
      // Paying a friend back for a ticket to a birthday ("ik betaal je treinkaartje wel terug als je naar mijn verjaardag komt", "doe maar een tikkie").
      /\bbetaal (?:ik )?(?:het |dat )?(?:je |jou |u )?(?:\w{1,14} ){0,2}terug\b/,
      // A relative who signs off or invites to the family home ("kom een weekje bij ons logeren? groetjes nonkel jan").
      /\b(?:groetjes|groeten|liefs|kusjes?|xx?) (?:van )?(?:je |jullie )?(?:nonkel|tante|tantie|oom|meter|peter|bomma|bompa|moemoe|vava|nicht|neef)\b|\b(?:een |ne |nen |paar )?(?:weekje|weekend|paar dagen|nachtje|dagje) (?:bij|naar) (?:ons|oma|opa|bomma|bompa|nonkel|tante|oom|de familie)\b/,
      // t22/t23: a relative who says who she is ("tante hier, zullen we zaterdag gaan winkelen? ik betaal je trein").
      /^(?:(?:hoi|hey|hee|hai|hallo|hoihoi|lieverd|schat) )?(?:(?:het is|met|hier is) (?:je )?(?:tante|oom|oma|opa|mama|papa|mam|pap|nicht|neef)\b(?! (?:van|die)\b)|(?:je )?(?:tante|oom|oma|opa|mama|papa|mam|pap|nicht|neef)(?: [a-z]{2,12})? hier\b)/],
    examples: {
      match: [ "ik maak je de reiskosten over, dan kan je zondag gewoon komen", "kom je zaterdag? dan betaal ik je trein, niemand hoeft het te weten", "als je wil regel ik een uber voor je, heen en terug", "ik betaal je treinticket, kom een weekje naar mij, niemand hoeft het te weten", "ik betaal je trein naar amsterdam, dan gaan we samen shoppen", "oom van mijn vriend hier, ik betaal je trein", "ik heb je treinkaartje al betaald, kom je zaterdag hierheen?", "ik heb een taxi voor je geregeld", 'ik betaal je trein naar utrecht', 'ik betaal de trein voor je', 'ik betaal je treinkaartje', 'ik regel een taxi voor je', 'ik stuur je geld voor de trein', 'ik zet geld op je ov', 'neem de trein naar mij ik betaal', 'ik zou je buskaartje wel betalen, dan kom je toch', 'heb een ticket voor je gekocht, geen excuses meer', 'ik heb al een ov kaart voor je opgeladen, zeg niks tegen je pa'],
      noMatch: [ "ik betaal je trein, kom je een weekend bij ons logeren in brugge? x tante els", "ik koop een treinticket voor je, een paar dagen naar oma in de vakantie", "oma hier, ik betaal je trein naar den haag voor de verjaardag", "hoi het is je oom, ik regel een taxi voor je naar het vliegveld", "ik heb een taxi voor je geregeld, kom je veilig thuis? liefs mam", "ik heb de trein gemist, kom later", 
        'betaal ik je treinkaartje terug of stuur je me de kosten?',
        'ik betaal je het kaartje van de bios wel terug',
        'de trein heeft vertraging',
        'mijn ov kaart is leeg',
        'mama betaalt mijn treinkaartje',
        'ik koop de kaartjes voor het concert',
        'neem de bus naar school',
        'ik zou je kaartje wel betalen, maar de bios is uitverkocht',
        'heb een ov kaart voor je opgeladen voor de schoolreis',
      ],
    },
  },
  {
    id: 'nl.meeting.secret-or-hotel',
    category: 'meeting',
    severity: 'high',
    note: 'A meeting in a hotel, "come alone", or a meeting nobody may know about: the combination marks a high-risk offline meeting (loverboy hotel scenario; Winters et al. 2020).',
    patterns: [
      /\bin (?:mijn|mn|m'n) (?:auto|wagen|busje)\b.{0,40}\b(?:(?:niemand|geen mens|geen kat) (?:die )?ons (?:hoort|ziet|stoort|kan horen|kan zien)|(?:hoort|ziet|stoort) (?:ons niemand|niemand ons))\b|\b(?:(?:niemand|geen mens) (?:die )?ons (?:hoort|ziet|stoort)|(?:hoort|ziet|stoort) (?:ons niemand|niemand ons))\b.{0,30}\bin (?:mijn|mn|m'n) (?:auto|wagen|busje)\b/,
      /(?:\b(?:ik heb|heb ik|ik boek|ik regel)|^heb) (?:\w{1,8} ){0,4}(?:een |ne |nen |de )?(?:kamer|kamertje|appartement|appartementje|huisje|airbnb|hotelkamer|bungalow|bungalowtje|chalet|chaletje) (?:\w{1,8} )?(?:geboekt|gehuurd|geregeld)\b.{0,40}\b(?:kom (?:je|jij|ge|gij)|ga (?:je|ge|gij) mee|voor ons|jij en ik|wij (?:tweeen|2|twee)|samen)\b/,
      /\b(?:hotel|hotelkamer|hotelletje|airbnb|motel|bnb|b b|vakantiehuisje|appartementje)\b.{0,28}\b(?:afspreken|samen|slapen|overnachten|nachtje|kom|komen|boek|geboekt|jij en ik|wij|we|ons)\b/,
      /\b(?:afspreken|samen|nachtje|ik boek|ik heb|we gaan|gaan we) (?:.{0,25} )?(?:hotel|hotelkamer|hotelletje|airbnb|motel|vakantiehuisje)\b/,
      /\b(?:ik heb|ik boek|ik regel|heb ik) (?:een |de )?(?:kamer|kamertje|appartement|huisje) (?:geboekt|gehuurd|geregeld|voor ons|voor ons tweeen|voor ons twee)\b/,
      /\bkom (?:(?:wel|gewoon|gwn|maar|dan|liefst|best|zeker) ){0,2}alleen\b(?! (?:of|met|als|maar|naar huis|thuis|terug))/,
      // "je broer hoeft niet mee, kom gewoon alleen", "kom zonder je vriendin", "zorg dat je alleen komt", "dan nemen we een kamer in de stad".
      /\b(?:je|jouw|uw) (?:broer|broertje|zus|zusje|vriendin|vriendinnen|vrienden|vriend|maatje|maten|bff|beste vriendin|nicht|neef) (?:hoeft|hoeven|moet|moeten|mag|mogen) (?:echt |zeker |dus )?(?:niet|nie|ni) mee\b.{0,30}\b(?:alleen|wij (?:twee|2|tweeen)|jij en ik|gezelliger|kom)\b|\bkom (?:\w{1,8} )?zonder (?:je|jouw|uw) (?:broer|broertje|zus|zusje|vriendin|vriendinnen|vrienden|maatje|maten|bff|ouders|moeder|vader)\b|\bzorg (?:wel |ervoor |er voor )?dat (?:je|jij|ge) alleen (?:komt|bent|komt opdagen)\b/,
      /\b(?:nemen|boeken|huren|regelen|pakken) (?:we|wij) (?:\w{1,8} )?(?:een|ne|n) (?:kamer|kamertje|hotelkamer)\b|\b(?:we|wij) (?:nemen|boeken|huren|pakken) (?:\w{1,8} )?(?:een|ne|n) (?:kamer|kamertje|hotelkamer)\b.{0,30}\b(?:samen|jij en ik|wij (?:twee|2|tweeen)|in de stad|ergens|nachtje|voor ons)\b/,
      // t22/t23: "ik rijd je er wel heen, je ouders hoeven niet mee".
      new RegExp(`\\b(?:ik (?:rij|rijd|breng|haal|neem|pik)|(?:rij|rijd|breng|haal|neem|pik) ik)\\b.{0,40}\\b(?:je|jouw|uw) ${PARENT} (?:hoeven|hoeft) (?:\\w{1,6} )?(?:niet|nie|ni) (?:mee|te komen|erbij|mee te komen|te weten)\\b|\\b(?:je|jouw|uw) ${PARENT} (?:hoeven|hoeft) (?:\\w{1,6} )?(?:niet|nie|ni) (?:mee|te komen|erbij|mee te komen)\\b.{0,40}\\b(?:ik (?:rij|rijd|breng|haal|neem|pik)|(?:rij|rijd|breng|haal|neem|pik) ik)\\b`),
      /\b(?:neem|breng) (?:niemand|geen vriendin|geen vriendinnen|geen vrienden|niemand anders) mee\b/,
      /\b(?:zeg|vertel) (?:.{0,14} )?(?:niemand|tegen niemand|aan niemand|niet aan je ouders|niet tegen je ouders) (?:.{0,14} )?(?:dat (?:we|wij) (?:afspreken|elkaar zien|gaan)|waar je heen gaat|waar je bent)\b/,
      /\b(?:niemand|je ouders|geen mens) (?:hoeft|hoeven|mag|mogen) (?:.{0,20} )?(?:weten|te weten) (?:dat (?:we|wij) (?:afspreken|elkaar zien|samen zijn)|waar je (?:heen gaat|bent))\b/,
      // t18: "ik kan je om de hoek oppikken, dan ziet je moeder het nie", "zeg gewoon dat je naar de bieb gaat en dan kom je naar mij".
      new RegExp(`\\b(?:oppikken|ophalen|halen|op|afspreken|langs|kom|komen|zien|naar (?:mij|me)|bij (?:mij|me))\\b.{0,30}\\bdan (?:ziet|weet|merkt|hoort) (?:je|jouw|uw) ${PARENT} (?:het |er |dat |ons )?(?:\\w{1,6} )?(?:niet|nie|ni|niks|nix|niets|nooit)\\b(?!.{0,40}\\b(?:verrassing|surprise|cadeau)\\b)|\\b(?:zeg|zegt|vertel) (?:\\w{1,10} ){0,3}dat (?:je|jij|ge) (?:naar (?:de |het |een |je )?[a-z]{2,14}|bij (?:een |je )?[a-z]{2,14}) (?:gaat|bent|moet|zit|slaapt|logeert|blijft slapen)\\b.{0,40}\\b(?:naar (?:mij|me)|bij (?:mij|me)|ik haal|ik kom|ik pik|zie ik (?:je|jou)|zien we elkaar)\\b`),
      // t20/t21: "we spreken af bij de achteringang, niemand hoeft het te weten", "weekendje zee gepland, ga je mee? niemand hoeft het te weten".
      /\b(?:afspreken|spreken (?:we )?af|spreken we|zien we elkaar|ga (?:je|ge|gij) mee|kom (?:je|ge|gij)|gaan we|weekendje|nachtje|dagje|uitje|kom naar|ik haal (?:je|jou|u))\b.{0,50}\bniemand (?:hoeft|hoeven|mag|moet) (?:het|dit|dat|er iets|er wat|er) (?:van )?(?:te )?weten\b/,
    ],
    unless: [/\b(?:zomer|kerst|mei|herfst)vakantie\b|\ball inclusive\b/, /\b(?:de|het) hele (?:ploeg|team|groep|selectie|club|klas)\b|\b(?:toernooi|trainingskamp|teamuitje|uitwedstrijd|met (?:het|de|ons) (?:team|ploeg|club|elftal))\b/, /\b(?:schoolreis|kamp|met je ouders|mijn ouders|familie|gezin|vakantie|transylvania|trivago|hotel california|de klas|excursie|werkweek)\b/, /\b(?:schoolkamp|zomerkamp|schoolreisje|klassenreis|eindreis|studiereis|kamerindeling|kamerverdeling|magister|smartschool|mentor|mentoren|begeleiders)\b|\b(?:reis|uitwisseling) (?:van|met) (?:de |onze |jullie )?(?:\d?(?:havo|vwo|vmbo|mavo|atheneum|gymnasium)\w{0,2}|klas|school|jaarlaag)\b|\bjullie slapen (?:met|op)\b|\bmet \d{1,2} op (?:een|1) kamer\b/, /\bkom (?:je|jij) alleen\b/, /\b(?:verrassing|surprise|cadeau|verrassingsfeest|verjaardag van)\b/, /\bniemand mee\b.{0,30}\b(?:kaartjes?|tickets?|plek|plaats|ruimte)\b/],
    examples: {
      match: ['ik heb een hotel met zwembad geboekt voor ons, jij en ik dit weekend', 'heb een chaletje gehuurd aan zee, plek genoeg voor jou, ga je mee?', 'ik heb voor het weekend een bungalow geregeld, kom je? jij en ik', 'ik heb een hotelletje geboekt voor ons, niemand hoeft het te weten',  "er is een proeftraining in tilburg, ik breng je wel, je ouders hoeven niet mee", "je moeder hoeft niet mee te komen hoor, ik haal je op",  "we kunnen ook in mn auto zitten, daar ziet niemand ons", "ik heb dit weekend een huisje gehuurd, kom je? alleen wij twee",  "ik pik je op bij de bushalte, dan weet je vader er niks van", "zeg thuis dat je bij sanne bent en dan kom je naar mij", 'zullen we een b&b boeken, jij en ik', 
        'ik boek een hotel voor ons',
        'kom alleen, niemand hoeft het te weten',
        'we gaan naar een hotel niemand hoeft het te weten',
        'ik heb een hotelkamer geboekt voor ons',
        'kom alleen',
        'neem niemand mee',
        'je zus hoeft niet mee hoor, kom maar alleen naar het park',
        'je vriendin hoeft echt niet mee, gezelliger met zn tweeen',
        'kom zonder je vriendinnen, dan kunnen we echt praten',
        'zorg wel dat je alleen komt',
        'als je ouders weg zijn nemen we een kamer, jij en ik',
        'ik regel het geld, dan boeken we een kamertje voor een nachtje',
        'we spreken af achter de sporthal, niemand hoeft het te weten',
        'ik heb een nachtje weg geregeld, ga je mee? niemand mag het weten',
        'zeg tegen niemand dat we afspreken',
        'niemand hoeft te weten dat we afspreken',
      ],
      noMatch: ['we gaan in de meivakantie naar een hotel met zwembad in italie, eindelijk', 'in de kerstvakantie slapen we in een hotel in de sneeuw', 'heb een bungalow gehuurd met zwembad voor de hele familie, kom je ook?', 'het hotel voor de werkweek naar berlijn is geboekt, de kamerindeling hangt bij de mentor', 'hotel voor de uitwisseling met 3vwo is geboekt, jullie slapen op kamers van 4', 'het hotel voor het zomerkamp is geboekt, jullie zitten met 3 op een kamer',  "ik breng je wel naar de wedstrijd, je ouders hoeven niet mee want de hele ploeg gaat in de bus met de trainer", "je ouders hoeven niet mee naar de open dag, ik rij de klas wel",  "ik zit in mijn auto, niemand ziet me hier haha ik ben te laat", "ik heb voor de zomer een huisje geboekt met de hele familie, kom je ook?",  "kom om 6 naar mij, dan ziet je moeder het niet, het is een verrassing voor haar verjaardag", "zeg tegen je moeder dat je later bent, de bus heeft vertraging", 
        'neem niemand mee naar de bios, ik heb maar 2 kaartjes',
        'we gaan met het gezin naar een hotel',
        'kom je zaterdag? niemand mag het weten, het is een verrassing voor sanne',
        'we slapen in een hotel op schoolreis',
        'hotel transylvania kijken?',
        'kom je alleen of met je broer?',
        'we slapen in een hotel bij het toernooi in gent, met het hele team',
        'hotel voor de uitwedstrijd is geboekt, samen met de ploeg op 1 gang',
        'mijn ouders boeken een hotel in parijs',
        'neem je gymspullen mee',
        'ik kom alleen als sanne ook komt',
        'kom gewoon alleen naar huis, papa kan je niet halen',
        'je broertje hoeft niet mee naar de tandarts, hij blijft bij oma',
        'op vakantie nemen we een kamer met zeezicht',
        'we nemen een kamer in de jeugdherberg met de klas',
      ],
    },
  },
  {
    id: 'nl.meeting.invite',
    category: 'meeting',
    severity: 'low',
    note: 'Soft invitations to meet (low on their own; friends say them too): "zullen we samen iets gaan drinken", "wil je een keer langskomen", "zullen we een keer samen wat leuks doen".',
    patterns: [
      /\b(?:zullen|gaan|kunnen|moeten) (?:we|wij) (?:(?:samen|een keer|eens|ff|binnenkort|ergens) ){0,3}(?:iets|wat|een drankje|een ijsje|ijs|een hapje) (?:gaan )?(?:drinken|eten|doen|leuks doen|leuks)\b|\bzin om (?:.{0,10} )?(?:iets|wat|een drankje|een ijsje|ijs) (?:te )?(?:gaan )?(?:te )?(?:drinken|eten|doen|halen)\b|\b(?:je|jij|ge) (?:kan|kunt|mag) (?:altijd |gewoon |wel )?(?:bij (?:mij|me) (?:komen|langskomen)|naar (?:mij|me) (?:toe )?komen)\b/,
      /\b(?:wil|zin|kom|kun|kan|komde|komt) (?:je|jij|ge|gij)? ?(?:om )?(?:(?:een keer|eens|ff|even|binnenkort|vanavond|morgen|straks|zaterdag|zondag|vrijdag|nog|snel|gezellig|gwn|gewoon) ){0,3}(?:bij (?:mij|me) )?(?:langs ?komen|langskomen|langs te komen|langs)\b(?! (?:de|het|een|bij de|bij het)\b)/,
      /\b(?:feestje|feest|huisfeest|party)\b.{0,30}\b(?:ga je mee|kom je mee|wil je mee|mag mee)\b|\b(?:(?:mag|kan|kunt) (?:je|jij)|(?:je|jij) (?:mag|kan|kunt)) mee naar (?:een )?(?:feestje|feest|huisfeest|party)\b|\b(?:zullen|gaan|zulle) (?:we|wij) (?:.{0,10} )?samen naar (?:de |het )?(?:film|bios|bioscoop|stad|mac|mcdonalds|strand|kermis|pretpark)\b|\b(?:zullen|gaan|zulle) (?:we|wij) (?:.{0,10} )?naar (?:de |het )?(?:film|bios|bioscoop|stad|mac|mcdonalds|strand|kermis|pretpark)\b.{0,12}\b(?:samen|met z'?n (?:tweeen|2)|jij en ik)\b|\b(?:wil|ga|gade|gaje|kom) (?:je |jij |ge )?(?:met (?:me|mij) )?mee naar (?:de |het )?(?:stad|film|bios|bioscoop|mac|mcdonalds|strand|kermis|pretpark)\b/,
      /\bwaar (?:woon|zit) (?:je|jij)\b.{0,14}\bdan kom ik\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:met de klas|met z'?n allen|huiswerk|leren|toets|training|de meiden|de jongens|iedereen|${OWN_PARENT}|laten zien|pauze)\b|\bmet (?:mij|me) en [a-z]{2,12}\b|\ben [a-z]{2,12} ook\b|\b\d{1,2}e uur\b`)],
    examples: {
      match: ['je mama werkt zaterdag toch? wil je een keer langskomen', 'zullen we ergens samen wat gaan drinken', 'je mag altijd naar mij toe komen', 'wanneer komde gij eens langs', 'er is een feestje bij een vriend van me, ga je mee', 'je mag mee naar een huisfeest', 'gaan we samen naar de bios', 'wil je met me mee naar de stad', 'gade mee naar de stad', 'zullen we samen iets gaan drinken', 'wil je een keer langskomen?', 'zullen we een keer samen wat leuks doen', 'waar woon je precies? dan kom ik langs'],
      noMatch: ['zullen we zaterdag naar de stad', 'zullen we morgen afspreken om te leren', 'kom je langs de bakker?', 'zullen we iets leuks doen met de klas', 'gaan we samen naar de bios met de meiden', 'wil je mee naar de stad met mij en sanne'],
    },
  },
  {
    id: 'nl.meeting.come-to-you',
    category: 'meeting',
    severity: 'medium',
    note: 'Meeting offline in more wordings: picking the teen up ("kan ik je oppikken", "dan pik ik je daar op"), "ik rij wel langs, waar ben je", "stap in de trein, ik wacht je op", "ik ben toevallig in jouw buurt", "zal ik naar jouw stad komen", "kom naar mijn huis, mijn ouders zijn er nooit", skipping school together, "kom alleen" / "je hoeft niemand mee te nemen", a handover at a snackbar.',
    patterns: [
      /(?:\b(?:kan|zal|mag|kom) ik (?:je|jou|u) (?:\w{1,10} ){0,3}oppikken\b|\bpik (?:ik )?(?:je|jou|u) (?:\w{1,10} ){0,3}op\b|\bik kan (?:je|jou|u) (?:\w{1,10} ){0,3}oppikken\b).{0,40}\b(?:samen|ergens heen|rijden we|gaan we|niemand|stiekem|achter de hoek|om de hoek|niet bij (?:je|de) (?:school|huis)|zodat)\b|\b(?:samen|niemand|stiekem)\b.{0,40}(?:\b(?:kan|zal|mag|kom) ik (?:je|jou|u) (?:\w{1,10} ){0,3}oppikken\b|\bpik (?:ik )?(?:je|jou|u) (?:\w{1,10} ){0,3}op\b|\bik kan (?:je|jou|u) (?:\w{1,10} ){0,3}oppikken\b)/,
      /\bik (?:rij|fiets|loop|kom) (?:wel |ff |even |zo |dan |gewoon ){1,3}langs\b.{0,20}\bwaar (?:ben|zit|woon) (?:je|jij|ge)\b|\bstap (?:\w{1,6} )?in (?:de|een) (?:trein|bus|taxi|auto|uber|tram)\b.{0,30}\bik (?:wacht|sta|haal)\b/,
      // t22/t23: "ik ben volgende week in utrecht voor werk, ff koffie doen samen?", "kom na de training niet met de anderen mee maar wacht op mij".
      /\bik ben (?:\w{1,10} ){0,2}in [a-z]{3,15} (?:\w{1,8} )?voor (?:werk|mijn werk|mn werk|zaken|mijn baan|een klus|een congres|een afspraak)\b.{0,40}\b(?:koffie|afspreken|zien|drinken|drankje|samen|lunchen|ontmoeten|tijd)\b|\b(?:kom|ga|loop|fiets) (?:\w{1,8} ){0,3}(?:niet|nie|ni) (?:met|mee met) (?:de anderen|de rest|je vriendinnen|je vrienden|je teamgenoten)(?: mee)?\b.{0,30}\b(?:wacht|blijf|kom)\b/,
      /\b(?:toevallig|toch) (?:\w{1,6} )?in (?:jouw|je|uw) (?:buurt|stad|dorp|omgeving|wijk)\b|\b(?:zal|kan|mag) ik (?:\w{1,6} )?naar (?:jouw|je|uw) (?:stad|dorp|buurt|school|huis|plaats|woonplaats) komen\b/,
      /\b(?:kom|komt) (?:\w{1,8} )?(?:naar|bij) (?:mijn|mn|m'n) (?:huis|kamer|flat|appartement|auto|praktijk|studio|kantoor)\b.{0,30}\b(?:er toch nooit|zijn er nooit|niet thuis|weg|niemand|wel alleen|alleen komen)\b/,
      /\b(?:mijn|mn|m'n) (?:huis|kamer|flat|appartement|plek|auto)\b.{0,40}\b(?:mijn|mn|m'n) (?:vrouw|man) (?:\w{1,6} )?(?:weg|er niet|niet thuis|op reis|aan het werk|werkt)\b/,
      /\b(?:spijbel|spijbelt|spijbelen|skip school|school skippen|skip (?:het |de )?\d{1,2}e uur|brossen|brost|bros)\b(?! (?:niet|nie|ni|nooit)\b).{0,30}\b(?:we|wij|samen|afspreken|met mij|naar mij|bij mij|zie ik (?:je|jou|u)|ik (?:wacht|haal|pik|sta)|kom (?:je |ge )?naar)\b/,
      /\b(?:je hoeft|hoef je|hoeft) niemand mee te (?:nemen|brengen)\b|\bneem (?:\w{1,6} )?niemand mee\b(?!.{0,30}\b(?:kaartjes?|tickets?|plek|plaats|ruimte)\b)|\bwel alleen (?:komen|anders|want|he|hoor)\b|\bkom (?:wel )?alleen (?:he|hoor|anders|want|ok|oke)\b/,
      /\bkom (?:\w{1,8} )?naar (?:de|het) \w{3,14}\b.{0,50}\b(?:pakketje|pakket|tasje|spullen)\b/,
      // t20/t21: the fake shoot or job that needs the teen alone or after hours ("voor de fotoshoot moet je alleen komen, met ouders erbij werkt het niet", "kom ff naar het restaurant voor een proefdag, na sluitingstijd is het rustiger").
      /\b(?:moet|moet je|moet jij|moogt|mag) (?:je |jij |ge |gij )?(?:wel )?alleen (?:komen|zijn)\b.{0,40}\b(?:ouders|moeder|vader|vriendin|vriendinnen|niemand)\b|\b(?:met|zonder) (?:je |uw )?(?:ouders|moeder|vader|mama|papa) erbij\b.{0,20}\b(?:werkt|lukt|gaat|kan) (?:het|dat) (?:niet|nie|ni)\b|\b(?:proefdag|proefles|kennismaking|gesprek|auditie|casting|fotoshoot|shoot)\b.{0,50}\b(?:na sluitingstijd|na sluiting|na de sluiting|als (?:iedereen|de rest|de rest van het team) weg is|als het (?:rustig|leeg|dicht) is|achteringang|achterdeur)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:tante|oom|carpool|met z'?n allen|iedereen|het team|de klas|de groep|kantine|receptie|balie|concierge|schoolfotograaf|postnl|pakketpunt|les|lessen|individueel|examen|toets|brengen|terugbrengen|met de fiets|op de fiets|fietsen|samen naar school)\b|\b(?:mijn|mn|m'n) (?:moeder|vader|ouders)\b(?! (?:\w{1,6} )?(?:weg|er niet|niet thuis|werkt|zijn er (?:toch )?nooit))|${OWN_PARENT}`)],
    examples: {
      match: [ "ik ben zaterdag in jouw stad voor werk, tijd voor een drankje? je moeder hoeft da nie te weten", "ik ben zaterdag in jouw stad voor werk, tijd voor een drankje?", "ik ben morgen in breda voor mijn werk, zullen we samen lunchen", "ga na de training niet met de rest mee maar wacht op mij bij de uitgang", "skip het 2e uur, ik wacht bij de achteruitgang", "brossen morgen? dan zie ik u aan het park", 
        'Kan ik je na de training oppikken? Dan rijden we ff ergens heen, gewoon even samen',
        'ik kan u morgen oppikken aan uw school, gewoon achter de hoek',
        'ik rij wel ff langs, waar ben je',
        'stap gwn in de trein, ik wacht je op bij het perron',
        'ik ben zaterdag toevallig in jouw buurt. zullen we afspreken',
        'zal ik naar jouw stad komen? niemand hoeft het te weten',
        'kom anders naar mijn huis, mijn ouders zijn er toch nooit',
        'als je morgen spijbelt kunnen we samen de stad in',
        'wil je naar mijn huis komen als mijn vrouw weg is',
        'Wij nodigen je uit op ons kantoor. Je hoeft niemand mee te nemen.',
        'kan je woensdagmiddag naar mijn praktijk komen? wel alleen, anders wordt het te druk',
        'ewa kom fissa naar de snackbar, ik geef je het pakketje daar',
        'voor de shoot moet je wel alleen komen, met je ouders erbij werkt het niet',
        'kom zaterdag voor de proefdag, na sluitingstijd is het rustiger',
        'de casting is via de achteringang, kom om 9 uur',
      ],
      noMatch: [ 'ik ben in utrecht voor werk, mama haalt je op van school', 'ga niet met de rest mee naar de kantine, wacht op de bus',  "spijbel niet hoor, dan zie ik je morgen op school", "het 3e uur valt uit, ik wacht bij de kluisjes", 
        'ik wacht je op bij de ingang van de bios',
        'ik ben toevallig in jouw buurt met mijn moeder, zal ik je boek brengen?',
        'je hoeft niemand mee te nemen naar de les, het is individueel',
        'neem niemand mee naar de bios, ik heb maar 2 kaartjes',
        'mama pikt je op na de training',
        'zal ik je oppikken of kom je met de fiets? het regent egt hard',
        'training is morgen om 6, ik rij, ik pik je op bij je huis. groetjes moeder van emma',
        'ik wacht je op bij de ingang van school, dan fietsen we met de klas',
        'de carpool pikt je op om 8 uur',
        'kom naar de kantine, je pakketje van de schoolfotograaf ligt daar',
        'ik ben niet in jouw buurt vandaag',
        'spijbelen is echt dom, doe dat niet',
        'zal ik je oppikken op de fiets? dan fietsen we samen naar school',
        'de proefdag is zaterdag om 10, neem je ouders mee als je wil',
        'ik moet alleen komen zei de tandarts, mijn moeder mag in de wachtkamer',
      ],
    },
  },
  {
    id: 'nl.meeting.pick-up-wide',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: "kan ik je oppikken", "dan pik ik je op na je training". Parents, coaches and friends pick teens up all the time; with "samen", "ergens heen" or "om de hoek" it is the medium come-to-you. It counts at `high` and in combinations.',
    patterns: [/(?:\b(?:kan|zal|mag|kom|zou) ik (?:je|jou|u) (?:\w{1,10} ){0,3}(?:oppikken|komen halen)\b|\bik (?:zou|kon) (?:je|jou|u) (?:\w{1,10} ){0,3}(?:kunnen |komen )?(?:oppikken|ophalen|halen)\b|\bik (?:sta|zit|wacht) (?:\w{1,6} )?op (?:je|jou|u) te wachten\b|\bpik (?:ik )?(?:je|jou|u) (?:\w{1,10} ){0,3}op\b|\bik kan (?:je|jou|u) (?:\w{1,10} ){0,3}oppikken\b)/,
      // t16: the sender as "tante" or "oom" ("tante kan je zo komen halen lieverd").
      /\b(?:tante|tantetje|oom|ome|nonkel) (?:kan|komt|zal|wil|haalt|pikt) (?:je|jou|u) (?:\w{1,8} ){0,2}(?:komen )?(?:halen|ophalen|oppikken|op)\b/],
    unless: [new RegExp(String.raw`\b${OWN_PARENT}|\b(?:carpool|met z'?n allen|iedereen)\b`)],
    examples: {
      match: ['ik kan je morgen oppikken, je papa hoeft dat niet te weten', 'jij woont toch vlakbij het station? dan pik ik je daar op na je training', 'zal ik je oppikken?', 'ik kan je morgen oppikken',
        'tante kan je zaterdag komen halen schat, dan gaan we samen shoppen',
        'oom komt je vrijdag ophalen, dan gaan we wat leuks doen',
        'tante haalt je wel op na school lieverd',
        'ome kan je zaterdag oppikken, gezellig samen',
        'ik zou je straks kunnen oppikken aan de markt, ik ben toch in de stad',
        'ik sta al op je te wachten bij de bushalte, waar blijf je',
        'oom haalt je morgen op van school, zeg niks tegen mama'],
      noMatch: ['mama pikt je op na de training', 'de carpool pikt je op om 8', 'pik jij de tas op?',
        'tante kan je zo komen halen, mama moet nog werken',
        'oom pikt je op bij oma na het eten',
        'tante komt het cadeau ophalen',
        'mama zou je kunnen ophalen na de training', 'ik sta op je te wachten bij de carpool'],
    },
  },
  {
    id: 'nl.meeting.near-you',
    category: 'meeting',
    severity: 'medium',
    note: 'Says they will be in the teen\'s area, comes by after asking where they live, or wants a meeting "just the two of us".',
    patterns: [
      /\b(?:ik (?:ben|zit)|(?:ben|zit) ik) (?:.{0,15} )?in (?:jouw|je|jullie|uw) (?:buurt|stad|dorp|omgeving|regio|wijk)\b/,
      /\bdan kom ik (?:wel |even |ff |gewoon )?(?:langs|naar je toe|je halen|bij je|je ophalen)\b|\bdan kom ik(?: wel| eraan| naar je toe)? ?$/,
      new RegExp(`\\b(?:mijn|mn|m'n) ${PARENT} (?:zijn|is) (?:.{0,10} )?(?:weg|niet thuis|er niet|op vakantie)\\b.{0,16}\\bkom (?:je|jij|ge|maar|dan|langs)\\b|\\bik heb (?:een |mijn eigen |een eigen )?(?:appartement|appartementje|huis|huisje|flat|studio|kot)\\b.{0,24}\\bkom (?:je|jij|ge|maar|eens|langs)\\b`),
      /\b(?:ga je mee|gaan we|zullen we|kom je|wil je)\b.{0,30}\balleen (?:wij|we|jij en ik)\b(?! (?:niet|nie))|\bbij (?:mij|me) thuis\b.{0,40}\balleen (?:jij en ik|wij (?:tweeen|twee|2)|wij|we)\b(?! (?:niet|nie))/,
      new RegExp(`\\bkom (?:je|jij|ge|maar|dan)\\b.{0,30}\\b(?:mijn|mn|m'n) ${PARENT} (?:zijn|is) (?:er )?(?:weg|niet thuis|niet|nie|ni|op vakantie)\\b`),
      /\bals (?:we|wij) (?:afspreken|elkaar zien|elkaar ontmoeten|samen zijn)\b/,
    ],
    unless: [
      /\b(?:aantekeningen|je schrift|je boek|je etui)\b/,
      // t21: "mn ouders zijn er nie maar mn oudere zus wel": someone is home.
      /\bmaar (?:mijn|mn|m'n) (?:\w{1,8} )?(?:zus|zusje|broer|broertje|oma|opa|tante|oom|oppas|stiefmoeder|stiefvader) (?:is er |zijn er |is |zijn )?(?:wel|thuis)\b/,
      // The sender's own parent excuses it, but not "met mn ouders in jouw stad": the low twin keeps that one.
      new RegExp(String.raw`\b(?:met de klas|met z'?n allen|huiswerk|leren|toets|training|samen (?:doen|maken|afmaken)|tante|oom|boek brengen|de meiden|de jongens|feest|feestje|logeerfeest|sleepover|kijken we|film kijken|netflixen|netflix|serie kijken|met chips)\b|\b(?:pin|pinnetje|locatie|adres) van (?:het|de|die|dat) (?!huis\b)[a-z]{2,14}\b|\bals (?:je|jij) (?:er|daar|buiten|beneden) bent\b|(?<!\bmet )${OWN_PARENT}`),
      // A parent's pin-and-pick-up ("stuur ff een pin, dan kom ik je halen"): the pick-up rule's low twin keeps it.
      /\b(?:stuur|deel|app) (?:me |mij )?(?:ff |even )?(?:een |je )?(?:pin|pinnetje|locatie)\b.{0,30}\b(?:ik kom|kom ik) (?:je|jou) (?:halen|ophalen)\b/],
    examples: {
      match: [ "zijn je ouders weg? dan kom ik langs, uw ouders moeten dat nie weten", "zijn je ouders weg? dan kom ik langs", "kom je zaterdag? mn ouders zijn er niet, gezellig",  "ik zit vrijdag in jouw stad voor werk, tijd om ff te chillen?", "ik zit volgende week in je buurt, zin om af te spreken?", "lan party bij mij thuis zaterdag, eigenlijk alleen jij en ik haha", "game avond bij mij thuis, alleen wij twee",
        'ik ben volgende week in jouw buurt, zin om te zien?',
        'zaterdag ben ik toevallig in jullie buurt voor een klus, ijsje doen?',
        'waar woon je precies? dan kom ik langs',
        'ga je mee naar de film zaterdag, alleen wij',
        'ik trakteer je op een ijsje als we afspreken',
        'mijn ouders zijn weg, kom je?',
        'kom je een keer naar mij, mijn ouders zijn er niet',
        'ik heb een appartement in de stad, kom je eens kijken',
        'geef je adres dan kom ik',
      ],
      noMatch: [ "kom je ff gamen? mn ouders zijn er niet maar mn broer wel", "zijn je ouders thuis? dan kom ik langs, kunnen we de opdracht samen doen",  "ik zit in jouw klas toch?", "lan party bij mij thuis zaterdag, met de jongens","ik ben met mn ouders in jouw stad, zin om ff te zien?", "ik ben met mijn familie bij jou in de buurt, zullen we ff afspreken?", 'zaterdag zit ik in jullie buurt met de klas, zwaai je?', 
        'ik ben toevallig in jouw buurt met mijn moeder, zal ik je boek brengen?',
        'stuur een pin van het café, dan kom ik eraan',
        'ben je alleen vanavond? dan kom ik langs met chips en kijken we stranger things','ik ben in de buurt van de bieb, waar zijn jullie', 'als we afspreken om te leren neem ik koekjes mee', 'dan kom ik je halen zegt mama', 'stuur ff een pin van waar je bent, dan kom ik je halen', 'mijn ouders zijn weg dit weekend, wil je komen logeren met de meiden'],
    },
  },
  {
    id: 'nl.meeting.want-to-see',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: "ik wil je zo graag zien, wanneer kan dat", "spreek je met me af in het park?", "zaterdag bij het station? ik trakteer". Counts in combinations.',
    patterns: [
      /\bik wil (?:je|jou) (?:zo |heel |echt |zo ?ontzettend )?graag (?:zien|ontmoeten|spreken)\b|\b(?:spreek|spreken) (?:je|jij) (?:met (?:me|mij) )?af\b|\b(?:station|park|bushalte|parkeerplaats|hoek)\?? (?:ik trakteer|ik wacht|ik sta)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:met de klas|huiswerk|leren|toets|training|${OWN_PARENT})\b`)],
    examples: {
      match: ['ik wil je zo graag zien, je mama hoeft het niet te weten', 'ik wil je zo graag zien, wanneer kan dat', 'spreek je met me af in het park?', 'zaterdag bij het station? ik trakteer'],
      noMatch: ['spreek je met sanne af om te leren', 'ik wil je graag zien op de training', 'het station is dicht'],
    },
  },
  {
    id: 'nl.meeting.get-together',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: a suggestion to meet built from parts (a "shall we / let us" family, a place, a pick-up or a wait near the teen: "spreken we af bij de mac", "gade mee naar mijn kot", "ik sta in de buurt"). Friends meet up all the time, so it counts at `high` and in combinations.',
    patterns: [
      /\b(?:spreken|spreke) (?:we|wij|we nu|we nie|we ni|we niet)(?: \w{1,20}){0,3} af\b/,
      // t22/t23: "ff koffie doen samen?".
      /\b(?:koffie|kopje koffie|bakkie|drankje|biertje|wijntje) (?:\w{1,6} )?(?:doen|drinken|halen|pakken) (?:samen|met (?:mij|me|ons tweeen))\b|\bsamen (?:een |ne |n )?(?:koffie|kopje koffie|bakkie|drankje|biertje|wijntje) (?:doen|drinken|pakken)\b/,
      /\b(?:zulle|zullen|zulde|zal|zouden) (?:we|wij)(?: \w{1,20}){0,3} (?:afspreken|afspreke|zien|chillen|ontmoeten|wandelen|iets drinken|iets eten)\b/,
      // "ik ben daar elke week, moeten we echt eens doen, gwn koffie ofzo", "ijsje ofzo? moeten we een keer doen".
      /\b(?:moeten|zullen|moete|gaan) (?:we|wij) (?:\w{1,8} ){0,3}doen\b.{0,30}\b(?:koffie|bakkie|drankje|ijsje|lunch|lunchen|etentje|wandeling|wandelen|milkshake|date)\b|\b(?:koffie|bakkie|drankje|ijsje|lunch|etentje|milkshake)\b.{0,30}\b(?:moeten|zullen|moete) (?:we|wij) (?:\w{1,8} ){0,3}doen\b/,
      // A time and a place where the sender will be waiting ("als je zondag om 2 uur op centraal staat, sta ik er"), or the teen waited for after school ("wat als ik je gewoon opwacht na school?").
      /\bals (?:je|jij|ge|gij) (?:\w{1,10} ){1,6}(?:staat|bent|zit|aankomt|uitstapt|zijt)\b.{0,6}\b(?:sta|ben|wacht|zit) ik (?:er|daar|op je|op jou|op u)\b|\b(?:als|dat|wat als) ik (?:je|jou|u) (?:\w{1,8} ){0,2}(?:opwacht|op wacht|ophaal|oppik|opvang)\b/,
      // Where the teen hangs out, the sender shows up too ("ik kom daar morgen ook ff, zie ik je daar?").
      /\bik (?:kom|ben|ga) daar (?:\w{1,8} ){0,2}(?:ook|ff|even|efkes)\b.{0,40}\bzie ik (?:je|jou|u)\b|\bzie ik (?:je|jou|u) daar\b.{0,40}\bik (?:kom|ben|ga) daar\b/,
      /\b(?:kunnen|kunne|kenne|kunnen) (?:we|wij)(?: \w{1,20}){0,2} (?:ergens|samen|eens|ns|es) (?:chillen|afspreken|heen|iets drinken|iets doen|zitten)\b/,
      tagged(/\b(?:alleen|enkel|gewoon) (?:wij|we|ons) (?:twee|tweeen|tween|tweetjes)\b|^(?:ff |even |effe |gwn |gewoon |zin om |zin in )?(?:chillen|chill|hangen|relaxen) bij (?:mij|me)\b/),
      /\b(?:(?:kan|kun|kunt|ga|zal) (?:ik|je|ge)|ik (?:kan|kom|ga|zal))(?: \w{1,20}){0,2} (?:langskomen|langs komen|naar buiten komen|naar beneden komen)\b/,
      /\bik (?:wacht|sta|zit)(?: \w{1,20}){0,3} (?:bij|in|aan|voor) (?:de|het|je|jouw|uw) (?:hoek|straat|school|deur|station|park|buurt|tankstation|pomp|parking|parkeerplaats|bushalte|snackbar|frituur|mac)\b/,
      /\b(?:ga|gaat|gade|gaje|kom|komde) (?:je |ge |gij )?mee naar (?:mijn|mn|m'n|ons) (?:huis|appartement|kot|auto|kamer|hotel|plek)\b/,
      /\bkom (?:(?:je|ge|jij|gij) )?(?:\w{1,20} ){0,2}naar (?:het|de) (?:station|park|mac|mcdonalds|centrum|strand|bos|parking|hotel|parkeerplaats|bushalte|speeltuin)\b/,
      /\b(?:na school|vanavond|morgen|zaterdag|zondag|vrijdag|dit weekend)(?: (?:om )?\d{1,2}(?: uur)?)? (?:bij|in|aan|op) (?:het|de) (?:park|station|mac|hoek|speeltuin|parking|bos|bushalte|parkeerplaats)\b/,
      /\bkom (?:je |jij |ge )?(?:ff |even |eens |snel |nu )?(?:naar buiten|naar beneden)\b|\bik ben (?:nu |al |zo |toevallig )?in de buurt\b.{0,12}\bkom (?:je|jij|ge)\b|\bik ben er (?:over|in) \d{1,2} ?(?:min|minuten|minuutjes)\b|\bik (?:rij|rijd|fiets|kom) (?:zo |straks |nu |vanavond |direct |meteen |gewoon |gwn )?(?:even |ff )?langs\b|\bik (?:ben|sta|wacht) (?:bij|op|aan) (?:de|het) (?:parkeerplaats|parking|bushalte|station|speeltuin)\b|\b(?:in (?:jouw|je)|bij (?:jou|je) in de) buurt (?:wonen|komen wonen|verhuizen)\b|\b(?:zeg|vertel) (?:.{0,16} )?dat (?:je|jij) (?:bij (?:een|je) (?:vriendin|vriend)|bij [a-z]{2,12}) (?:slaapt|bent|blijft|logeert)\b/,
      tagged(/\bik wil (?:je|jou) (?:zo graag |graag |echt )?(?:knuffelen|vasthouden|omhelzen|in mijn armen)\b|\b(?:wanneer|wnnr|wnr) (?:zie|mag|kan|zien|spreken) (?:ik|we) (?:je|jou|elkaar)(?: (?:zien|weer|eindelijk|nou|nu|eens|es|ns|echt|in het echt|irl|een keer)){0,3} ?(?:\?|$)|^(?:zie ik je|zien we elkaar)(?: (?:morgen|zaterdag|zondag|vanavond|dit weekend|straks|snel|binnenkort))? ?\??$|\bdan (?:zien|ontmoeten|spreken) (?:we|wij) elkaar\b/),
    ],
    unless: [new RegExp(String.raw`\b(?:leren|huiswerk|werkstuk|training|verjaardag|feest|feestje|klas|boeken|de meiden|met z'n allen|allemaal|voetballen|juf|meester|les)\b|${OWN_PARENT}`), /\b(?:we|wij) (?:gaan|lopen|fietsen) (?:\w{1,6} )?naar (?:het|de|t) (?:pleintje|plein|veldje|trapveldje|skatepark|skatebaan|voetbalkooi|cruyff court|speeltuin|basketbalveldje)\b/],
    examples: {
      match: [ "spreken we af bij de mac? zeg niks tegen papa, je moeder hoeft da nie te weten",'spreken we af bij de mac? zeg niks tegen papa',  "woon je in delft? moeten we echt eens doen, ijsje ofzo", "koffie ofzo? moeten we een keer doen", "als je om 3 uur bij het station bent sta ik er", "en als ik je morgen gewoon opwacht na school?", "ik kom daar zaterdag ook even, zie ik je daar?", "ff koffie drinken samen? ik ben toch in de buurt", "samen ne koffie drinken deze week?",  "ik sta aan de frituur, kom je?", "ik rij meteen langs",  "ff chillen bij mij na je bezorgrondje? is toch om de hoek", "chillen bij mij vanavond?",'kom morgen naar de parkeerplaats bij de sporthal', 'kom ff naar buiten', 'ik ben in de buurt, kom je?', 'ik ben er over 10 min', 'ik rij zo langs', 'ik wil je knuffelen in het echt', 'wanneer zie ik je', 'zie ik je morgen?', 'kom je zaterdag naar de stad? dan zien we elkaar', 'zaterdag 3 uur bij het station?', 'ik kom bij jou in de buurt wonen', 'zeg dat je bij een vriendin slaapt', 'spreken we af bij de mac?', 'zulle we ne keer afspreken', 'kunnen we ns ergens chillen', 'we kunnen iets gaan drinken, alleen wij twee', 'gade mee naar mijn appartement', 'kom je zaterdag naar het station', 'ik wacht op je bij de hoek van je straat', 'wrm spreken we nie gwn af', 'ik woon niet ver, ik kan zo langskomen'],
      noMatch: [ "koffie ofzo? moeten we een keer doen met de meiden van de klas", "als je bij de bushalte bent, sta ik er met mama", "ik kom daar ook even, zie ik je daar op de training?", "ik ga koffie drinken met mama", "kom je naar buiten? we gaan naar het pleintje met de rest",  "ik sta bij de snackbar met de meiden", "mijn vader rijdt meteen langs de garage", 'kom je naar buiten? we gaan voetballen', 'ik ben er over 10 min, zeg tegen de juf dat ik later ben', 'zie ik je morgen bij de training?', 'zullen we morgen afspreken om te leren?', 'we spreken af bij de ingang van de bieb met de hele klas', 'morgen na school training in het park', 'kom je ook naar het feest van lisa?'],
    },
  },
  {
    id: 'nl.meeting.meet-wide',
    category: 'meeting',
    severity: 'medium',
    note: 'More ways of arranging a meeting: a free day to meet ("wanneer ben je vrij om af te spreken?"), slipping out unseen ("kan je stiekem wegglippen zaterdag?"), the journey with the other person waiting ("neem de trein naar utrecht, ik wacht op je"), a ride in their car, hanging out at their place ("zin om te chillen bij mij thuis?").',
    patterns: [
      /\b(?:wanneer|wnnr|wnr) (?:ben|bn|heb) (?:je|jij|ge) (?:\w{1,10} )?(?:vrij|tijd)(?: \w{1,10})? (?:om )?(?:af te spreken|te ontmoeten|te chillen|te daten|voor een date|me te zien|elkaar te zien|voor mij)\b/,
      /\b(?:stiekem|ongezien) (?:\w{1,10} )?(?:weg ?glippen|weg ?sluipen|naar buiten (?:komen|glippen|sluipen)|de deur uit|weg ?gaan|naar (?:mij|me) (?:toe )?komen|het huis uit)\b|\b(?:wegglippen|wegsluipen|naar buiten sluipen|uit het raam klimmen)\b/,
      /\b(?:neem|pak) (?:de|een) (?:trein|bus|taxi|uber|tram|metro) (?:naar [a-z]{2,15} |hierheen |deze kant op )?.{0,12}\bik (?:wacht|sta|haal|pik)\b/,
      /\b(?:rondje|ritje|tochtje|stukje) (?:\w{1,8} )?(?:rijden|toeren|cruisen)\b.{0,20}\b(?:auto|wagen|motor)\b|\b(?:zin|wil je|ga je mee|kom je|stap)\b.{0,20}\b(?:in|met) (?:mijn|mn|m'n) (?:auto|wagen)\b/,
      /\b(?:zin|wil je|kom je|kun je|kan je) (?:om )?(?:\w{1,10} ){0,3}(?:te )?(?:chillen|hangen|relaxen|netflixen|films? kijken|logeren|slapen) (?:bij (?:mij|me) thuis|bij (?:mij|me) op (?:mijn|mn|m'n) kamer|op (?:mijn|mn|m'n) (?:kamer|kot|appartement))\b/,
    ],
    unless: [ORDINARY, new RegExp(String.raw`\b(?:les|school|de rest|met z'?n allen|sleepover|logeerfeest|feest|feestje|verjaardag|gamen)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "wanneer ben je vrij om af te spreken? je ma hoeft dit nie te weten",'wanneer ben je vrij om af te spreken?', 'kan je stiekem wegglippen zaterdag?', 'neem de trein naar utrecht, ik wacht op je', 'zin om een rondje te rijden in mn auto', 'zin om te chillen bij mij thuis?'],
      noMatch: ['wanneer ben je vrij om af te spreken voor het project?', 'kunnen we stiekem wegsluipen uit de les haha', 'neem de bus naar school, ik wacht bij het hek', 'mijn vader rijdt een rondje in zijn nieuwe auto', 'zin om te chillen bij mij thuis? we gaan gamen met de rest'],
    },
  },
  {
    id: 'nl.meeting.invite-wide',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: more soft invitations ("laten we ff wandelen in het park", "ik wil je echt ff zien", "kunnen we niet ff ergens alleen zijn", "zin om mee te gaan naar de bios", "gaan we samen uit eten", "morgen na school bij de albert heijn, ok?"). Friends say these too, so they count at `high` and in combinations.',
    patterns: [
      /\b(?:laten we|laat ons|zullen we|gaan we|zin om) (?:\w{1,10} ){0,3}(?:wandelen|een wandeling maken|een rondje lopen|een stukje lopen|iets drinken|een ijsje halen|uit eten|lunchen|ontbijten)\b|\b(?:gaan|zullen|wil) (?:we|wij|je) (?:\w{1,10} ){0,3}(?:uit eten|lunchen|dineren)\b/,
      /\bik wil (?:je|jou) (?:(?:zo|heel|echt|ff|even|nu|gewoon|eindelijk|zo graag|graag|nog|vandaag|morgen|eens|een keer|snel|zo erg) ){0,3}(?:zien|ontmoeten|spreken|vasthouden|knuffelen)\b(?! (?:dansen|spelen|zingen|voetballen|op de|in de|bij de))|\bzeg (?:maar |jij maar )?(?:waar en wanneer|wanneer en waar)\b|\bkom (?:je|jij|ge) (?:\w{1,8} )?(?:logeren|slapen|blijven slapen|overnachten)\b/,
      /\b(?:we|wij|samen|jij en ik)\b.{0,20}\b(?:ergens |even |ff )?alleen (?:zijn|wezen|zitten)\b/,
      /\b(?:zin|wil je|kom je|kun je|kan je)\b.{0,12}\bbij (?:mij|me) (?:te )?(?:komen )?(?:filmkijken|film kijken|films kijken|netflixen|chillen|hangen|slapen|logeren)\b/,
      /\bzin om mee te (?:gaan|komen) naar (?:de |het )?(?:film|bios|bioscoop|stad|mac|mcdonalds|strand|kermis|pretpark|mall|centrum)\b/,
      /\b(?:morgen |vanavond |zaterdag |zondag |vrijdag |straks )?(?:na school|na de les|na het eten|om \d{1,2}(?: uur)?) (?:bij|in|aan|op|voor) (?:de |het )?(?:albert heijn|ah|jumbo|lidl|supermarkt|winkel|centrum|kerk|plein|sporthal|snackbar|mall|bioscoop|bios|mac|station|park)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:met de klas|met z'?n allen|met de rest|huiswerk|leren|toets|training|de meiden|de jongens|iedereen|project|werkstuk|les|ruzie|juf|meester|bieb|laten zien|vindt het goed|vinden het goed|mag van)\b|\bmet (?:mij|me) en [a-z]{2,12}\b|\ben [a-z]{2,12} ook\b|${OWN_PARENT}`)],
    examples: {
      match: [ "zin om bij mij te komen filmkijken? zeg niks tegen je pa he",'zin om bij mij te komen filmkijken?', 'ik wil je zien, zeg maar waar en wanneer', 'kom je logeren dit weekend?', 'laten we ff wandelen in het park na school', 'ik wil je echt ff zien, gewoon even knuffelen', 'kunnen we niet ff ergens alleen zijn', 'heb je zin om mee te gaan naar de bios, ik betaal', 'gaan we een keer samen uit eten, ik trakteer', 'morgen na school bij de albert heijn, ok?'],
      noMatch: ['zullen we zaterdag afspreken bij de mac', 'kom je bij mij slapen zaterdag? mijn moeder vindt het goed', 'laten we ff wandelen met de klas', 'ik wil je ff zien op de training', 'kunnen we ff alleen zijn om over de ruzie te praten met de juf', 'morgen na school bij de ah met iedereen'],
    },
  },
  {
    id: 'nl.meeting.meet-more',
    category: 'meeting',
    severity: 'medium',
    note: 'Meeting moves in other words: picking up with Flemish pronouns ("zal ik u komen halen met de auto"), paying the journey ("zal ik je treinkaartje betalen", "reiskosten betaal ik"), a weekend away together ("weekendje weg met mij?").',
    patterns: [
      /\b(?:ik kom|zal ik|kan ik|ik zal|ik kan|kom ik) (?:u|ge|gij) (?:\w{1,8} ){0,2}(?:komen )?(?:halen|ophalen|oppikken)\b/,
      /\b(?:zal|kan|mag) ik (?:je|jouw|de|een|u|uw) (?:\w{1,8} )?(?:treinkaartje|treinkaart|treinticket|reis|reiskosten|busticket|buskaartje|taxi|uber|ov|ov ?kaart|tickets?) (?:\w{1,6} )?(?:betalen|regelen|boeken|kopen|sturen)\b|\b(?:reiskosten|reis|treinkaartje|trein|taxi|uber|benzine) (?:betaal|regel|vergoed) ik\b/,
      /\bweekendje (?:weg |samen )?met (?:mij|me|ons (?:twee|tweeen|2))\b|\bweekendje (?:weg|samen)(?: ?\?| (?:jij en ik|wij (?:twee|tweeen|2)|alleen wij|met ons (?:twee|tweeen)))|\b(?:nachtje|weekend|weekendje|paar dagen) (?:\w{1,6} )?(?:weg|logeren|slapen) (?:met|bij) (?:mij|me)\b/,
    ],
    unless: [/^(?:ma|pa|mama|papa|mam|pap|moeder|vader|ons ma|ons moeder) (?:zegt|zei|wil)\b.{0,40}\b(?:thuis (?:moet|moete|moeten|moogt|mag) zijn|om \d{1,2} ?(?:u|uur|h) thuis)\b/, /\b(?:aan|bij|voor) de (?:school|schoolpoort)\b.{0,12}\bom \d{1,2} ?(?:u|uur|h)\b|\bom \d{1,2} ?(?:u|uur|h)\b.{0,12}\b(?:aan|bij|voor) de (?:school|schoolpoort)\b/, ORDINARY, new RegExp(String.raw`\b(?:de klas|met z'?n allen|schoolreis|kamp|toernooi|met het team|terug|terugbetalen|tikkie)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "je ma zegt da ge om 11u thuis moet zijn, ik kom u oppikken, je mams merkt er niks van", 'je ma zegt da ge om 11u thuis moet zijn, ik kom u oppikken', "kzal u morgen oppikken, gij en ik alleen", 'weekendje weg, jij en ik', 
        'kzou u graag eens zien, zal ik u komen halen met de auto?',
        'ik kom u halen aan het station',
        'zal ik je treinkaartje betalen zodat je hierheen kan komen',
        'er is een fotoshoot in amsterdam, kom je? reiskosten betaal ik',
        'weekendje weg met mij? niemand hoeft het te weten',
        'ga je een nachtje mee weg met mij',
      ],
      noMatch: [ 'ma zei da ge om 10u thuis moet zijn, ik kom u halen aan de fuif', "ik kom u oppikken aan de schoolpoort om 5u, tot straks", "kom ik u halen om 4 uur aan de school?", 
        'papa komt u halen aan het station, oma',
        'zal ik je treinkaartje betalen voor het toernooi? je betaalt me terug',
        'weekendje weg met mama en papa, saai',
        'weekendje weg met de familie naar de ardennen, jij ook?',
        'zal ik je treinkaartje betalen? je betaalt me morgen terug',
      ],
    },
  },
  {
    id: 'nl.meeting.meet-more-wide',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: soft invitations that friends also make: an outing where the sender pays ("zaterdag naar de bios? ik betaal"), staying the night ("slaap je een nachtje bij mij?"), "ge moet ne keer afkomen", being in the teen\'s area "by chance", a ride or a walk, "nog nooit in het echt gezien", a date "met mij".',
    patterns: [
      /\b(?:bios|bioscoop|film|uit eten|rondje|stukje|ijsje|weekendje|fotoshoot|hierheen|kom je|date|mac|shoppen)\b.{0,50}\b(?:ik betaal|ik trakteer|betaal ik|trakteer ik|op mijn kosten)\b|\b(?:ik betaal|ik trakteer)\b.{0,40}\b(?:bios|uit eten|weekendje|hierheen|kom je|date)\b/,
      /\b(?:slaap|blijf|logeer|slaapt|blijft) (?:je|jij|ge|gij) (?:\w{1,8} ){0,2}bij (?:mij|me)\b|\blogeerkamer\b/,
      /\b(?:ge|gij|je|jij) (?:moet|moogt|mag|kunt|kan|moete) (?:\w{1,8} ){0,2}(?:afkomen|langskomen|hierheen komen|naar hier komen)\b/,
      // Sending the teen home after the visit: "ik zet u seffens terug op den trein".
      /\b(?:ik zet|zet ik) (?:je|jou|u) (?:\w{1,8} ){0,2}(?:terug )?op (?:de|den|d) (?:trein|bus|tram)\b/,
      /\b(?:toevallig|ook|voor werk) (?:\w{1,8} ){0,2}(?:bij (?:jou|je|u) in de buurt|in (?:jouw|je|uw) (?:buurt|stad|dorp))\b/,
      /\b(?:gaan|kunnen|zullen) (?:we|wij) (?:\w{1,6} ){0,2}(?:een stukje|een rondje|een eindje|een ritje) (?:rijden|toeren|lopen|wandelen)\b/,
      /\b(?:je|jou|u|elkaar) (?:\w{1,6} ){0,2}nooit in het echt (?:\w{1,6} )?(?:gezien|ontmoet|gesproken|gezien hebben)\b/,
      /\bmet (?:mij|me) op (?:een )?date\b|\bop (?:een )?date (?:te )?gaan met (?:mij|me)\b/,
      // t14: "waar zit je nu? ik rij wel even langs".
      /\b(?:ik (?:rij|rijd|fiets|scooter)|(?:dan |zo )?(?:rij|rijd|fiets) ik) (?:(?:wel|zo|ff|even|straks|gewoon|dan|nu|effe) ){0,3}(?:bij (?:je|jou|u) )?langs\b(?! (?:de|het|een|die|dat|bij de|bij het|bij oma|bij opa)\b)|\bwaar (?:zit|ben|hang) (?:je|jij|ge)\b.{0,24}\bik kom (?:(?:wel|zo|ff|even|straks|gewoon|dan) ){0,3}(?:bij (?:je|jou|u) )?langs\b/,
    ],
    unless: [ORDINARY, new RegExp(String.raw`\b(?:de klas|met z'?n allen|sleepover|logeerfeest|logeerpartij|verjaardag|feest|feestje|bestie|bff|de meiden)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "waar zit je nu? ik rij wel even langs, je moeder hoeft da nie te weten","waar zit je nu? ik rij wel even langs", "ik rij zo ff bij je langs", "zeg waar je bent, dan rij ik langs", "waar ben je? ik kom wel even langs", 
        'zaterdag naar de bios? ik betaal',
        'ik moet zaterdag toevallig bij jou in de buurt zijn voor werk... als je wil kunnen we even een rondje lopen, ik trakteer',
        'slaap je een nachtje bij mij? heb een logeerkamer',
        'ge moet ne keer afkomen',
        'kom gerust, ik zet je daarna wel op de trein terug',
        'ik wacht gewoon ergens waar het rustig is en dan gaan we een stukje rijden',
        'het blijft raar dat ik je nog nooit in het echt heb gezien',
        'zou je het leuk vinden om een keer met mij op date te gaan? jij kiest de dag',
      ],
      noMatch: ["mama zet je morgen op de trein naar oma", "ik rij wel even langs de winkel", "ik fiets straks langs bij oma", 
        'slaap je bij mij na het feest? mijn moeder vindt het goed',
        'zaterdag naar de bios met de klas, ik betaal de popcorn niet hoor',
        'ik heb hem nog nooit in het echt gezien, die zanger',
      ],
    },
  },
  {
    id: 'nl.meeting.invite-t11',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: more invitations: "pull up bij de snackbar om 9 uur", "kom een keer bij mij gamen", "ik woon maar 20 min met de bus", a Flemish "dan haal ik u op met de wagen", "spreek je vrijdag met me af?".',
    patterns: [
      /\bpull (?:up|op)\b.{0,20}\b(?:bij|om|naar|in)\b|\b(?:een keer|eens|ns|es|gewoon) bij (?:mij|me) (?:komen|langskomen) (?:gamen|chillen)\b|\bik (?:kan|ben) er (?:in|binnen) \d{1,2} ?(?:min|minuten|minuutjes)\b|\bik woon (?:niet ver|vlakbij|dichtbij|hier vlakbij|om de hoek)\b.{0,30}\b(?:ik kan|ik kom|kan ik|kom ik|ben ik)\b|\bik woon (?:maar |echt maar |niet ver )?\d{1,2} ?(?:min|minuten|minuutjes) (?:met de (?:bus|trein|tram|metro|fiets)|rijden|fietsen|lopen|hiervandaan|van (?:je|jou))\b/,
      /\b(?:haal|pik) ik (?:u|je|jou) (?:\w{1,8} )?op met de (?:wagen|auto|auto van)\b|\bspreek (?:je|jij|ge|gij) (?:\w{1,10} )?met (?:me|mij) af\b|\bspreken (?:we|wij) (?:\w{1,10} )?af\b.{0,20}\bik (?:neem|breng|trakteer)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:training|huiswerk|leren|werkstuk|klas|met z'n allen|met de rest)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "ik woon niet ver, 10 min fietsen, uw ouders moeten dat nie weten",'ik woon niet ver, 10 min fietsen',  "ik woon niet ver, ik kan er in 20 min zijn", "ik kan er binnen 15 minuten zijn als je wil", "ik woon vlakbij, dan kom ik je wel ff zien",'mattie pull up bij de snackbar om 9 uur, dan leg ik je alles uit', 'als je echt zo fan bent van die game moet je een keer bij mij komen gamen, ik woon maar 20 min met de bus', 'zondag tijd? dan haal ik u op met de wagen, ge moet niks meebrengen', 'spreek je vrijdag met me af? ik neem iets lekkers mee', 'ik woon maar 15 minuten fietsen van je'],
      noMatch: [ "ik kan er in 20 min zijn voor de training",'wil je zaterdag bij mij slapen? mijn moeder vindt het goed', 'spreek je vrijdag met me af voor het werkstuk?', 'pull up bij de training om 6', 'ik woon 20 min van school'],
    },
  },
  {
    id: 'nl.meeting.come-train',
    category: 'meeting',
    severity: 'medium',
    note: 'An invitation to the sender\'s home under a pretext ("ik heb een gym thuis, kom gerust langs, dan kan ik zien hoe het met je lichaam gaat", "kom bij mij thuis trainen", "persoonlijk trainen"): the fake coach moving to an offline meeting.',
    patterns: [
      /\bik heb (?:een |mijn eigen |een eigen |zo'n )?(?:gym|sportschool|fitnessruimte|studio|fotostudio|zwembad|jacuzzi|sauna|thuisgym)(?: \w{1,8})? (?:thuis|bij mij thuis|in (?:mijn|mn|m'n) (?:huis|kelder|garage|schuur|zolder))\b.{0,40}\b(?:kom|komen|langs|welkom|bij mij)\b|\b(?:kom|kom je|wil je) (?:gerust |maar |gewoon |een keer |eens )*(?:bij mij (?:thuis )?)?(?:trainen|sporten|fotograferen|shooten|poseren|een shoot doen)(?: bij mij(?: thuis)?)\b/,
      /\b(?:naar|bij) (?:mijn|mn|m'n) (?:appartement|appartementje|flat|studio|huis|kamer|auto|bus|busje|hotelkamer|hotel|vakantiehuisje|caravan)\b.{0,30}\b(?:daar|dan|waar) (?:hebben|zijn|kunnen|zitten) (?:we|wij) (?:\w{1,8} )?(?:rust|rustig|alleen|ongestoord|met z'?n tweeen|niemand)\b/,
      /\b(?:testshoot|test ?shoot|proefshoot|fotoshoot|shoot|casting|auditie)\b.{0,30}\bbij (?:mij|me|ons) (?:thuis|in de studio|in (?:mijn|mn|m'n|onze) (?:studio|huis|appartement)|op (?:mijn|mn|m'n) kamer)\b/,
      /\b(?:persoonlijk|prive|1 op 1|een op een|onder vier ogen) (?:wil |komen |met mij )?(?:trainen|sporten|coachen|afspreken|ontmoeten)\b.{0,60}\b(?:kom|langs|bij mij|thuis|mijn huis)\b/,
      // t18: "na de training even mee voor een weging bij mij thuis, dat werkt beter dan via foto's".
      /\b(?:weging|wegen|meting|nulmeting|body ?check|bodycheck|massage|behandeling|check ?up|checkup|intake) (?:\w{1,8} )?bij (?:mij|me) (?:thuis|op (?:mijn|mn|m'n) kamer|in (?:de|mijn|mn) (?:auto|bus|busje))\b|\bbij (?:mij|me) thuis\b.{0,40}\b(?:beter|makkelijker|handiger|sneller) dan (?:via |met |op )?(?:foto|fotos|foto's|de cam|cam|de app|facetime|videobellen)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:je|jouw|uw) (?:ouders|moeder|vader|mama|papa|ma|pa) (?:mag|mogen|kan|kunnen) (?:ook |gewoon |altijd )?(?:mee|erbij|meekomen|blijven kijken)\b|\b(?:met z'?n allen|met de klas|met het team|de hele groep|teamgenoten|proefles|inschrijven|clubhuis|sporthal|de jongens|de meiden|de rest|vrienden|squad|ploeg|met z'?n (?:drieen|vieren|vijven))\b|${OWN_PARENT}`)],
    examples: {
      match: [ "kom na school even bij mij thuis voor een meting, dat gaat sneller dan via de app, je vader hoeft het niet te weten", "kom na school even bij mij thuis voor een meting, dat gaat sneller dan via de app", "de intake is bij mij thuis, zaterdag?", 'privé trainen kan bij mij thuis',  "de testshoot is bij mij in de studio, kan je woensdag?", "de fotoshoot doen we bij mij thuis, kom je zaterdag?", "casting is bij ons in de studio, kom maar alleen",
        'als je een keer persoonlijk wil trainen, ik heb een gym thuis. kom gerust langs',
        'ik heb een eigen studio bij mij thuis, kom langs voor een shoot',
        'kom gewoon trainen bij mij thuis, dan pas ik je schema aan',
        'prive coachen gaat beter, kom dan bij mij langs',
        'we kunnen naar mijn appartement, daar hebben we rust',
        'kom mee naar mn auto, daar zijn we alleen',
      ],
      noMatch: [ "kom voor de massage bij mij thuis, mama is er ook", "de weging is bij de club in de sporthal",  "de fotoshoot is bij ons in de studio, je ouders mogen mee",
        'ik heb een gym thuis, mijn vader heeft hem gebouwd haha',
        'ik heb een gym thuis, kom gerust langs met de jongens om te trainen',
        'kom trainen bij de club, proefles is gratis',
        'persoonlijk trainen kan ook in de sporthal op dinsdag',
        'we gaan naar mijn huis met de klas, daar hebben we meer ruimte',
      ],
    },
  },
  {
    id: 'nl.meeting.treat-outing',
    category: 'meeting',
    severity: 'low',
    note: 'Low: an outing sweetened with a treat ("zin om te chillen in de stad morgen? ik trakteer op mac"). Friends say it too; it counts at `high` and in combinations.',
    patterns: [
      /\b(?:zin om|wil je|wil jij|zullen we|gaan we|zin in)\b.{0,30}\b(?:chillen|afspreken|hangen|wat doen|iets doen|de stad in|naar de stad|shoppen|iets drinken|iets eten)\b.{0,40}\bik (?:trakteer|betaal|geef (?:je|jou) (?:\w{1,8} )?uit)\b|\bik (?:trakteer|betaal)\b.{0,30}\b(?:als (?:je|jij|we) (?:\w{1,8} ){0,4}(?:komt|afspreken|meegaat|mee gaat)|zin om (?:af te spreken|te chillen|mee te gaan))\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:verjaardag|jarig|met de klas|met de meiden|met de jongens|team)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "ik trakteer je op de mac als je ff naar het station komt, je ma hoeft dit nie te weten", "ik trakteer je op de mac als je ff naar het station komt", "ik betaal je ijsje als je naar het park komt", "ik trakteer als je ff naar de snackbar komt",'zin om te chillen in de stad morgen? ik trakteer op mac', 'zullen we zaterdag shoppen, ik betaal', 'ik trakteer als je morgen meegaat'],
      noMatch: ['zin om te chillen morgen? ik ben jarig dus ik trakteer', 'ik trakteer op school morgen', 'zullen we shoppen? ik heb nog geld van oma'],
    },
  },
  {
    id: 'nl.meeting.after-training',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: a coach or older teammate who keeps the teen after training ("zie ik je na training? ik wacht op de parkeerplaats", "ik breng je wel thuis, dan kunnen we nog ff kletsen in de auto"). Parents and carpools say some of this too, so it counts at `high` and in combinations (Winters et al. 2020: access through a position of trust).',
    patterns: [
      /\bzie ik (?:je|jou) (?:\w{1,8} )?(?:na|voor) (?:de |je |het )?(?:training|les|wedstrijd|repetitie|school|toernooi)\b.{0,30}\bik (?:wacht|sta)\b|\b(?:kletsen|praten|chillen|babbelen|kletsen|ff zitten) in (?:de|mijn|mn|m'n) (?:auto|wagen|bus|busje)\b|\b(?:(?:breng|rij) ik|ik (?:breng|rij)) (?:je|jou) (?:wel |ff |even |zo |dan )?(?:thuis|naar huis)\b.{0,40}\b(?:samen|kletsen|praten|alleen|ff zitten|nog ff)\b/,
      // "na je training kan ik je wel thuisbrengen, zit toch in de buurt".
      /\bna (?:je|jouw|de|het) (?:\w{1,8} )?(?:training|wedstrijd|les|repetitie|toernooi|optreden|match|bijles)\b.{0,20}\b(?:kan|zal|wil) ik (?:je|jou|u) (?:wel |ff |even |gewoon |dan )?(?:thuisbrengen|thuis brengen|naar huis brengen|thuis afzetten|brengen)\b/,
      // t22/t23: "ik kan je na de training ophalen en thuisbrengen, hoef je niet te fietsen".
      /\bik (?:kan|kom|zal|wil) (?:je|jou|u) (?:\w{1,12} ){0,3}(?:ophalen|oppikken|halen) en (?:(?:\w{1,6} )?(?:thuisbrengen|thuis brengen|naar huis brengen|terugbrengen|thuis afzetten)|(?:breng|rij|zet) (?:ik )?(?:je|jou|u) (?:\w{1,8} ){0,2}(?:thuis|naar huis|terug))\b/,
      // t16: "na je wedstrijd zondag wacht ik op de parkeerplaats, dan bespreken we je toekomst".
      /\bna (?:je|jouw|de|het) (?:\w{1,8} )?(?:training|wedstrijd|les|repetitie|toernooi|optreden|match)\b.{0,40}\b(?:ik (?:wacht|sta)|(?:wacht|sta) ik)\b.{0,50}\b(?:bespreken|praten|kletsen|toekomst|contract|kansen|carriere)\b|\b(?:ik (?:wacht|sta)|(?:wacht|sta) ik)\b.{0,30}\bna (?:je|jouw|de|het) (?:\w{1,8} )?(?:training|wedstrijd|les|repetitie|toernooi|optreden|match)\b.{0,40}\b(?:bespreken|praten|kletsen|toekomst|contract|kansen|carriere)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:carpool|met z'?n allen|iedereen|de rest|teamgenoten|de jongens|de meiden)\b|${OWN_PARENT}`)],
    examples: {
      match: [ "na de wedstrijd kan ik je wel naar huis brengen, ik woon toch vlakbij, zeg niks tegen je pa he",'na de wedstrijd kan ik je wel naar huis brengen, ik woon toch vlakbij', 'na je les zal ik je gewoon thuisbrengen', 'ik kan je na de repetitie ophalen en thuisbrengen, is makkelijker', 'ik kom je morgen oppikken en breng je daarna weer thuis', 'zie ik je na training? ik wacht op de parkeerplaats', 'na de training breng ik je wel thuis, dan kunnen we nog ff kletsen in de auto', 'zie ik je na de wedstrijd? ik sta bij de uitgang', 'ik breng je wel naar huis, dan zijn we nog ff samen', 'even kletsen in mijn auto na de les?',
        'na je wedstrijd wacht ik bij mijn auto, dan bespreken we je kansen',
        'ik wacht na de training bij de uitgang, dan kunnen we ff praten over je toekomst',
        'na het toernooi sta ik op de parkeerplaats, dan bespreken we het contract',
        'ik sta na je les bij de poort, even over je carriere praten'],
      noMatch: ['na de training kan ik je wel thuisbrengen, mama zei dat het goed is', 'na de wedstrijd brengt de carpool je thuis', 'papa kan je na de training ophalen en thuisbrengen', 'ik kan je ophalen en thuisbrengen met de carpool, iedereen past erin', 'papa wacht op de parkeerplaats na training', 'ik breng je wel thuis met de carpool, iedereen past erin', 'zie ik je morgen op training?',
        'na je training wacht ik op de parkeerplaats, papa wil ff praten over de vakantie',
        'na de wedstrijd wacht ik bij de kantine, dan bespreken we met de jongens de tactiek',
        'na je les wacht ik bij de poort, neem je gymtas mee'],
    },
  },
  {
    id: 'nl.meeting.parents-away-visit',
    category: 'meeting',
    severity: 'high',
    note: 'Timing a visit for when the parents are gone ("als je ouders weg zijn kom ik langs", "zal ik naar je toe komen als je ouders weg zijn"), a car waiting after training ("ik sta op de parking, stapt ge in?"), a sleepover nobody may know about, the journey paid, or transport to a party arranged by the sender.',
    patterns: [
      new RegExp(`\\bals (?:je|jouw|uw|ur) ${PARENT} (?:\\w{1,8} )?(?:weg|er niet|niet thuis|nie thuis|ni thuis|op vakantie|naar \\w{2,12}|aan het werk|op het werk|gaan werken|slapen) (?:\\w{1,8} )?(?:zijn|is|zijn gegaan|gaan|zitten)?\\b.{0,30}\\b(?:kom ik|ik kom|kan ik|zal ik|ik kan|ik zal|kom je|kom jij|kunde|kun je|kan je)\\b.{0,25}\\b(?:langs|naar (?:je|jou|u|mij|me)(?: toe)?|bij (?:je|jou|u|mij|me)|over|afspreken)\\b|\\b(?:kom ik|ik kom|zal ik|kan ik|ik kan|ik zal)\\b.{0,25}\\b(?:langs|naar (?:jou|je|u)(?: toe)?|bij (?:jou|je|u))\\b.{0,30}\\bals (?:je|jouw|uw|ur) ${PARENT}\\b.{0,12}\\b(?:weg|er niet|niet thuis|nie thuis|ni thuis|op vakantie|aan het werk|slapen)\\b`),
      /\b(?:ik sta|sta ik|ik wacht|wacht ik|ik sta te wachten|ik zit in de auto)\b.{0,50}\b(?:stap|stapt|spring|springt) (?:(?:je|jij|ge|gij|gewoon|dan|ff|maar) ){0,2}(?:in|bij mij in|achterin)\b/,
      /\b(?:nachtje|nacht|weekendje|weekend)\b.{0,12}\b(?:logeren|blijven slapen|slapen|pitten|crashen)\b.{0,40}\b(?:niemand (?:die|hoeft|zal|weet|merkt)|niks (?:zeggen|vertellen)|niet (?:zeggen|vertellen)|geheim|stiekem|tegen niemand|je ouders hoeven)\b/,
      /\b(?:ik woon|bij mij|naar mij|ben (?:je|jij|ge) (?:er|hier|bij mij))\b.{0,60}\b(?:ik betaal|betaal ik|ik trakteer|ik regel|regel ik)\b(?! (?:het|de|die) (?:pizza|eten|bioscoop|bios|friet|frieten)\b)/,
      /\b(?:bij (?:mij|me)|naar (?:mij|me)|(?:zijn|is) (?:\w{1,10} ){0,4}weg)\b.{0,50}\bniemand (?:die )?(?:(?:ons|je|jou) )?(?:stoort|die het ziet|die ons ziet|kijkt mee)\b/,
      /\b(?:feest|feestje|party|fuif|villa|afterparty|huisfeest|houseparty)\b.{0,50}\b(?:ik regel|regel ik|ik zorg voor|ik betaal|betaal ik) (?:\w{1,6} )?(?:vervoer|taxi|uber|lift|rit|transport|een auto|je rit)\b/,
      // The parents' absence as the chance to meet ("je ouders zijn zaterdag naar een bruiloft? perfect moment om af te spreken", "je pa werkt nacht, ideale kans om langs te komen").
      /\b(?:je|jouw) (?:ouders|moeder|vader|ma|pa) (?:zijn|is|gaan|gaat|werkt) (?:\w{1,10} ){0,4}(?:weg|naar|op vakantie|nachtdienst|op reis)\b.{0,50}\b(?:perfect|perfecte|ideaal|ideale|goed|goede) (?:moment|kans|avond)\b.{0,30}\b(?:af te spreken|afspreken|langs|chillen|samen)\b/,
    ],
    unless: [
      new RegExp(String.raw`\b(?:tante|oom|je zus|je broer|mijn zus|mijn broer|klas|klasgenoten|school|oppas|oppassen|babysit|babysitten|met z'?n allen|met de rest|de hele klas)\b|${OWN_PARENT}`),
      // A parent doing the household paperwork ("stuur die digid code naar mij, dan regel ik die zorgverzekering aan de keukentafel").
      /\b(?:digid|zorgverzekering|verzekering|belastingdienst|belastingaangifte|toeslag|toeslagen|keukentafel)\b/,
      new RegExp(SIGNED_OFF),
    ],
    examples: {
      match: [ "als je ouders weg zijn kom ik gewoon ff langs, je mams merkt er niks van",
        'als je ouders weg zijn kom ik gewoon ff langs',
        'als je pa en ma op vakantie zijn kan ik toch bij jou blijven',
        'kan ik vanavond bij jou komen als je moeder aan het werk is',
        'ik wacht om 4 uur bij de bushalte, stap je gewoon in?',
        'kom een weekendje logeren, je ouders hoeven het niet te weten',
        'met de trein ben je in een uur bij mij, ik betaal het kaartje',
        'kom zaterdag naar dat feest in die villa, ik zorg voor een taxi',
        'kom bij mij gamen, heb een ps5 en niemand die ons stoort',
        'je ouders gaan vrijdag naar een feest toch? ideale avond om bij mij langs te komen',
        'dus je moeder werkt nachtdienst? perfect moment om samen te chillen',
      ],
      noMatch: [
        'stuur je digid code naar mij, dan regel ik je toeslag wel',
        'als je ouders weg zijn kom ik oppassen, dat heb ik met je tante afgesproken',
        'ik sta op de parking na je training, stap je in? groetjes mama',
        'kom een nachtje logeren met de hele klas, het is geheim voor de juf',
        'bij mij kijken we de film, ik betaal de pizza',
        'je kan bij mij leren voor de toets, niemand die stoort, de hele klas komt',
        'mag ik langskomen? ik ben mn sleutel vergeten en bij mij is niemand thuis',
        'het feest van de klas is zaterdag, ik regel vervoer met mijn moeder',
        'je ouders zijn weg dus perfect moment om je kamer op te ruimen, zegt oma',
        'je vader is op reis, goed moment om je zus ff te bellen',
      ],
    },
  },
  {
    id: 'nl.meeting.invite-more',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: the indirect ways of moving to a meeting that friends use too, so they count at `high` and in combinations: a sleepover place offered ("kunde bij mij blijven slapen", "er ligt een bed voor je klaar"), a lift ("met mij meerijden ipv de bus", "ik kan je wel naar huis brengen", "we kunnen je ophalen en ff rondrijden", "gwn instappen"), a trip already paid ("jij hoeft alleen in te stappen"), a date to fix ("laten we een datum prikken", "ik kan elke dag"), a spot and time ("dan wacht ik daar", "zelfde plek", "kom ook ff"), and a place of one\'s own (an airbnb, "mijn appartement", "mijn kantoortje").',
    patterns: [
      // Sleepover on offer ("kunde bij mij blijven slapen", "er ligt een bed voor je klaar").
      /\b(?:je|ge|gij|jij|u|kunde) (?:\w{1,8} ){0,4}blijven slapen\b|\bbed voor (?:je|jou|u) klaar\b/,
      // A lift, a pick-up by "we", a trip paid ("met mij meerijden ipv de bus", "gwn instappen", "jij hoeft alleen in te stappen").
      /\bmet (?:mij|me) mee ?rijden\b|\bmee ?rijden met (?:mij|me)\b|\bik (?:kan|zal|wil|kom) (?:je|jou|u) (?!(?:niet|nie|ni|nooit)\b)(?:\w{1,10} ){0,4}(?:naar huis|thuis) (?:brengen|rijden|afzetten)\b|\bik breng (?:je|jou|u) (?:\w{1,10} ){0,4}(?:naar huis|thuis)\b|\b(?:breng|rij|rijd) ik (?:je|jou|u) (?:\w{1,10} ){0,4}(?:naar huis|thuis)\b|\bzal ik (?:je|jou|u) (?!(?:jas|tas|fiets|boek|boeken|spullen|sleutel|sleutels|telefoon|oplader|trui|schoenen|bal|tas|pakket|cadeau)\b)(?:\w{1,8} ){0,3}(?:thuisbrengen|thuis brengen|naar huis brengen)\b|\b(?:ik zet|zet ik) (?:je|jou|u) (?:\w{1,8} ){0,2}(?:thuis|bij (?:je|jou|u) thuis|voor (?:je|jouw|uw) deur) af\b|\bdan rijden (?:we|wij) (?:\w{1,6} ){0,2}(?:een |ne )?(?:rondje|ritje|toertje|stukje)\b|\b(?:we|wij) (?:kunnen|komen|gaan|zullen) (?:je|jou|u) (?:\w{1,10} ){0,2}(?:ophalen|oppikken)\b|\b(?:gewoon|gwn|maar) instappen\b|\b(?:jij|je|ge|gij) hoeft (?:\w{1,6} ){0,2}(?:in te stappen|te komen)\b/,
      // The sender comes: "dan kom ik ff naar je school toe", "ik haal u seffens aan het station", "pik ik je op".
      /\bkom ik (?:\w{1,8} ){0,2}naar (?:je|jouw|uw|u) (?:school|huis|straat|dorp|stad)\b|\bik haal (?:je|jou|u) (?:\w{1,8} ){0,2}(?:aan|bij|op) (?:het|de|t) (?:station|halte|bushalte|tramhalte|kiss and ride|parking)\b|\b(?:pik|haal) ik (?:je|jou|u) (?:\w{1,8} )?op\b/,
      // A date to fix, any day will do ("laten we een datum prikken", "ik kan elke dag").
      /\bdatum prikken\b|\bik kan (?:echt )?(?:elke|iedere|alle) (?:dag|avond|dagen|avonden)\b|\bwelke (?:dag|avond) (?:past|komt|lukt) (?:jou|je|u) (?:\w{1,6} )?(?:het )?(?:best|beter)\b/,
      // A spot and a time: "dan wacht ik daar", "zelfde plek als we zeiden", "kom ook ff", "ff hoi zeggen bij de ingang".
      /\b(?:wacht ik|ik wacht) daar\b|\bzelfde plek als\b|\bkom (?:ook|ff|even|gwn|gewoon)(?: (?:ff|even|ook|hier|langs|hierheen|gezellig|chillen)){0,2}\W{0,3}$|\bhoi (?:komen )?zeggen\b|\bdan zie ik (?:je|jou|u) (?:\w{1,8} )?(?:eindelijk|in het echt|irl)\b/,
      // A place of one's own or rented, or somewhere quiet: "naar mijn appartement", "airbnb ... kom je ook", "in mijn kantoortje", "in het bos ... lekker rustig".
      /\bkom (?:\w{1,12} ){0,5}naar (?:mijn|mn|m'n) (?:huis|kamer|appartement|flat|kot|studio|plek|kantoor|kantoortje|auto|wagen)\b|\bkom (?:\w{1,8} ){0,3}naar (?:de|het|t) (?:parkeergarage|parkeerplaats|parking|achterkant|bos|steeg|garage)\b|\bnaar (?:mijn|mn|m'n) (?:auto|wagen|busje)\b.{0,30}\b(?:rustig|praten|kletsen|alleen|samen)\b|\bairbnb\b.{0,60}\b(?:kom (?:je|jij|ge) (?:ook|mee)|ga (?:je|jij) mee|je blijft|blijf je)\b|\b(?:afspreken|zien|treffen|ontmoeten)\b.{0,40}\b(?:daar|waar) is het (?:\w{1,6} )?(?:rustig|stil|ongestoord)\b/,
      // Coming over while alone or the parents are away: "kzit vrijdagavond alleen thuis, kom anders chillen", "mn ouders zijn heel het weekend weg, kom je chillen?".
      /\b(?:alleen thuis|eentje)\b.{0,50}\bkom (?:\w{1,8} )?(?:chillen|langs|ook|hier|slapen|logeren)\b|\b(?:ouders|ma|pa) (?:zijn|is) (?:\w{1,8} ){0,3}weg\b.{0,50}\bkom (?:\w{1,8} )?(?:chillen|langs|ook|hier|slapen|logeren)\b/,
      // Taking the teen along, or in: "ik neem je mee als mijn +1", "kzou je mee willen nemen een nachtje", "bij mij komen gamen", "de enige die ik uitnodig", "koffie doen?", "dan maken we kennis", "de tickets heb ik al".
      /\bik neem (?:je|jou|u) mee als (?:mijn|mn|m'n)\b|\b(?:je|jou|u) (?:\w{1,8} ){0,2}mee (?:willen |wil |gaan )?nemen\b.{0,20}\b(?:nachtje|weekendje|hotel)\b|\bbij (?:mij|me) (?:te )?(?:komen |langs te komen )?(?:gamen|chillen|film kijken|films kijken)\b|\bdie ik uitnodig\b|\b(?:koffie|milkshake|ijsje) doen ?\?|\bkennis\b.{0,30}\b(?:kom|langs)\b|\b(?:kom|langs)\b.{0,40}\bkennis\b|\b(?:tickets|kaartjes|treinkaartje|buskaartje)\b.{0,30}\bheb ik al\b/,
      // Staying behind, or coming as proof of love: "blijf na de training ff hangen, dan bespreken we het in mijn kantoortje", "als je echt om me geeft kom je".
      /\bblijf (?:\w{1,8} ){0,4}(?:hangen|achter)\b.{0,40}\b(?:kantoor|kantoortje|bespreken|praten)\b|\bals (?:je|jij|ge|gij) (?:echt )?(?:om (?:me|mij) geeft|van (?:me|mij) houdt)\b.{0,20}\bkom\b/,
    ],
    // Family along or the sender's own family, never the teen's ("je moeder zei dat ik je mocht halen" is the oldest lure).
    unless: [new RegExp(String.raw`${OWN_PARENT}|(?<!\b(?:je|jouw|uw|ur|jullie|tegen|aan|voor) )\b(?:tante|oom)\b|\b(?:met de klas|met de hele|met z'?n allen|teamgenoten|de rest|huiswerk|werkstuk|toets|oppas|oppassen|babysit)\b`), new RegExp(SIGNED_OFF),
      // The sender's own family at home and busy, a group or a sleepover party, a relative signing off, a class room.
      /\b(?:mijn|mn|m'n) (?:moeder|vader|ma|pa|ouders|mama|papa) (?:maakt|maken|kookt|koken|bakt|haalt|halen|brengt|rijdt|is er ook|zijn er ook|is thuis|zijn thuis)\b|\b(?:ma|pa|mama|papa) (?:haalt|brengt|rijdt) ons\b|\b(?:met de groep|met (?:z'?n|zn|ons) (?:drieen|vieren|vijven)|met de meiden|met de jongens|sleepover|logeerpartij|pyjamaparty|filmavond met|verjaardag|nichtje|neefje|de taak|lokaal \d{1,3}|op de kinderen|jullie)\b|\bmet (?!(?:mij|me|mijn|mn|m'n|jou|je|ons)\b)[a-z]{3,10} en [a-z]{3,10}\b|\b(?:nicht|neef|tante|oom) [a-z]{3,12}\W{0,3}$|\b(?:fietsen|lopen|steppen) (?:we|wij)\b/],
    examples: {
      match: [
        'je mama zei dat ik je na de training naar huis mocht brengen, ik breng je wel thuis',
        'ik breng je na de repetitie wel naar huis, ligt op mijn route',
        'als het gaat stortregenen breng ik je wel even thuis met de bus van de zaak',
        'zal ik je na je dienst thuisbrengen? scheelt fietsen',
        'welke halte is bij jou? ik wacht daar morgen om 4 uur',
        'ge kunt gerust bij mij blijven slapen, niemand die het merkt',
        'na het feest kun je gwn blijven slapen, er ligt een bed voor je klaar',
        'je kan ook met mij meerijden, dan hoef je niet op de trein te wachten',
        'ik kan je na de les wel naar huis brengen, ligt op mijn weg',
        'na de bijles in de bieb zet ik je wel thuis af',
        'mn maat heeft een auto, we kunnen je straks oppikken',
        'taxi voor je geregeld, gwn instappen',
        'de treinkaartjes heb ik al, jij hoeft alleen te komen',
        'ik haal je morgen aan het station, sta bij de ingang',
        'stap ff uit bij de kerk dan pik ik je op',
        'zullen we nu echt een datum prikken? ik ben het appen zat',
        'ik kan elke avond, zeg maar wanneer',
        'welk plein is bij jou om de hoek? dan wacht ik daar om 8 uur',
        'zelfde plek als vorige keer ok?',
        'zit alleen op het terras hier, kom ook ff',
        'ik zie je staan bij de ijsbaan, ff hoi zeggen?',
        'kom na school naar mijn kamer, heb chips',
        'daarna naar mn auto, ff rustig praten',
        'we hebben een airbnb in de ardennen, kom je ook?',
        'laten we afspreken achter de oude loods, daar is het lekker rustig',
        'ben alleen thuis vanavond, kom je chillen?',
        'ik neem je mee als mijn date zaterdag',
        'wil je een keer bij mij komen gamen? heb de nieuwe fifa',
        'blijf na de les ff achter, dan praten we over je cijfer',
        'als je echt van me houdt kom je gewoon',
      ],
      noMatch: [
        'breng ik je boek morgen mee naar school?',
        'zal ik je jas thuisbrengen? je liet hem liggen',
        'ik haal je op bij de tramhalte, dan lopen we samen naar de stad',
        'kom je na school mee naar mijn huis? mn vader bakt pannenkoeken',
        'je mag ook blijven slapen, we doen een pyjamaparty met z\'n vieren',
        'ik ben volgende week in gent, koffie doen? x tante els',
        'ik breng je na de training wel naar huis, liefs mama',
        'we kunnen je zaterdag ophalen voor de verjaardag van oma, papa rijdt',
        'je mag bij oma blijven slapen als je wil, liefs mama',
        'kan je morgen bij mij blijven slapen? mama vindt het goed',
        'papa kan je na de training wel naar huis brengen',
        'ik zet je thuis af na het zwemmen, groetjes oma',
        'ik kan je niet naar huis brengen, mijn band is lek, vraag het aan je moeder',
        'we kunnen jullie ophalen met z\'n allen in het busje',
        'zullen we een datum prikken voor het werkstuk?',
        'ik kan elke dag behalve woensdag voor de groepsopdracht, huiswerk eerst',
        'kom je naar de verjaardag van oma? zelfde plek als vorig jaar',
        'kom je ook naar de training?',
        'mijn ouders zijn op vakantie, oma past op',
        'blijf na de les even achter om je toets in te halen',
        'de tickets voor de klassenreis heb ik al, met de hele klas gaan we met de bus',
      ],
    },
  },
  {
    id: 'nl.meeting.hinted-approach',
    category: 'meeting',
    severity: 'low',
    note: 'A meeting made without the word: a dare ("je durft niet eens naar amsterdam te komen om me te zien"), a hypothetical ("wat als ik vrijdag ineens voor je school sta"), "toevallig" being near with a car or a free afternoon, the nearest bus stop asked, an empty gym and a back door, a sleepover imagined, the screen that is no longer enough. Each part alone is everyday talk, so it counts at `high` and in combinations.',
    patterns: [
      // t34a: a visit lured with a console or snacks ('je kan ook gwn bij mij langskomen, ik heb de nieuwe ps5 staan')
      /\b(?:kom|je kan|je kunt|kun je|kan je|mag je) (?:\w{1,8} ){0,2}(?:bij mij|naar mij|bij me) (?:langs|langskomen|chillen|gamen|gamen en chillen)\b.{0,40}\b(?:ps5|ps4|playstation|xbox|switch|console|nieuwe game|gaming ?pc|snoep|drank|vapes?|vapen|wiet|blikjes|energy)\b/,
      // t33a: living close by with a wink ('ik woon eigenlijk niet zo ver van je af, 20 min rijden'), lessons or a weekend at the sender's place, a quiet room after closing time, a free evening and 'a nice spot'
      /\bik woon (?:eigenlijk |echt |best |helemaal |maar |gewoon )?(?:niet |nie |ni )?(?:zo |zo'n |heel )?(?:ver|dichtbij|dicht bij|om de hoek) (?:van (?:je|jou) |bij (?:je|jou) )?(?:af|vandaan)?\b.{0,20}\b(?:\d{1,2} ?(?:min|minuten|minuutjes) (?:rijden|met de auto|met de scooter)|(?:even|ff|zo) (?:langs|bij je)|met de auto)\b/,
      /\b(?:kan|kun|kunt|mag) (?:je|jij) (?:ook |altijd |gewoon )?bij mij (?:thuis )?(?:bijles|les|extra les|lessen|training|privetraining|een shoot|een fotoshoot|oefenen|komen oefenen|komen trainen)\b|\b(?:een |n )?(?:weekendje|nachtje|paar nachtjes) (?:logeren|blijven slapen) (?:op|in|bij) (?:de|het|mijn|mn) (?:manege|stal|studio|kantoor|zaak|boot|camping|caravan|huisje)\b/,
      /\b(?:na sluitingstijd|als (?:iedereen|de rest|de anderen|de rest van de groep) (?:weg|naar huis) (?:is|zijn))\b.{0,40}\b(?:rustiger|lekker rustig|ongestoord|met (?:z'?n|ons) tweeen|alleen wij)\b|(?:\b(?:kan|kun|kunt|mag) (?:je|jij) (?:\w{1,8} )?(?:vrijdagavond|zaterdagavond|vanavond|morgenavond|s avonds|'s avonds|vannacht) (?:ook |gewoon |stiekem )?(?:weg|de deur uit)|\b(?:je|jij) (?:\w{1,8} )?(?:vrijdagavond|zaterdagavond|vanavond|morgenavond|s avonds|'s avonds|vannacht) (?:ook |gewoon |stiekem )?(?:weg|de deur uit) (?:kan|kunt|mag))\b.{0,30}\bik (?:ken|weet) (?:een |n )?(?:leuke?|mooie?|rustige?|fijne?|toffe|tof|goeie|geheime?) (?:plek|plekje|plaats|plaatsje|spot)\b/,
      /\b(?:durf|durft|durfde|durven|durfen)\b.{0,40}\b(?:(?:om )?(?:me|mij) (?:\w{1,6} )?(?:te zien|te ontmoeten|op te zoeken|in het echt)|naar (?:mij|me) (?:toe )?te komen|af te spreken|langs te komen|bij (?:mij|me) te komen)\b/,
      /\b(?:wat als|stel dat|en als) ik (?:\w{1,10} ){0,3}(?:voor|bij|aan) (?:je|jouw|uw|jullie) (?:school|deur|huis|training|straat) (?:sta|zou staan|wacht)\b/,
      /\b(?:ik ben|ben ik|ik zit|zit ik|ik sta|sta ik) (?:\w{1,10} ){0,2}in (?:de|je|jouw|jullie|uw) (?:buurt|straat|wijk|stad|dorp)\b.{0,50}\b(?:naar buiten|(?:je|jou|u) (?:\w{1,6} )?(?:zien|spreken)|zin (?:in|om)|tijd|ijsje|koffie|drankje|afspreken|5 min|minuutje|minuten)\b/,
      /\bwat doe (?:je|jij|ge|gij)\b.{0,40}\b(?:ik heb (?:\w{1,10} ){0,2}(?:vrij|de auto|een auto|de wagen|de scooter|mijn auto|mn auto)|ik ben (?:\w{1,6} )?vrij|toevallig)\b/,
      /\b(?:welke|wat is de|wat is je|wat is jouw) (?:bushalte|halte|station|treinstation|tramhalte|metrohalte|supermarkt|mac|parking|parkeerplaats)\b.{0,30}\b(?:dichtst|dichtstbij|dichtbij|dicht bij|dichtste|het dichtst) (?:bij )?(?:jou|je|u|jullie)\b/,
      /\b(?:gym|zaal|kleedkamer|studio|kantine|sporthal) is (?:\w{1,8} )?leeg\b.{0,60}\b(?:(?:je|jou|u) (?:\w{1,8} )?(?:coachen|trainen)|persoonlijk|alleen|open)\b|\b(?:achterdeur|zijdeur) (?:\w{1,8} ){0,2}(?:voor (?:je|jou|u) )?open\b/,
      // A window or door left open for a night visit: "laat je raam open vanavond", "doe je achterdeur niet op slot vannacht".
      /\blaat (?:je|jouw|uw) (?:slaapkamer ?)?(?:raam|raampje|achterdeur|deur) (?:\w{1,8} )?(?:open|los|van het slot)\b.{0,15}\b(?:vanavond|vannacht|straks|voor mij|voor me)\b(?!.{0,40}\b(?:warm|heet|benauwd|lucht|ventileren|muggen)\b)|\bdoe (?:je|jouw|de) (?:slaapkamer ?)?(?:raam|achterdeur|deur) (?:vanavond |vannacht |straks )?niet op (?:slot|de knip)\b/,
      /\b(?:eindelijk|echt)\b.{0,40}\b(?:ipv|in plaats van|niet|alleen) (?:alleen |maar )?via (?:een |het |de )?(?:scherm|telefoon|chat)\b/,
      /\b(?:stel dat|stel je voor dat|wat als|en als) (?:je|jij|ge|gij) (?:\w{1,10} ){0,3}bij (?:mij|me) (?:logeert|slaapt|blijft slapen|overnacht|komt logeren|komt slapen)\b/,
      /\b(?:enige|enigste|enigen) (?:die|wie|dat) ik (?:\w{1,8} )?(?:uitnodig|uitnodigde|vraag|meeneem|mee vraag|laat komen)\b/,
      /\b(?:huisgenoten|kotgenoten|ouders) (?:zijn|is) (?:\w{1,10} ){0,4}(?:weg|er niet)\b.{0,50}\b(?:welkom|niemand die)\b/,
    ],
    unless: [new RegExp(String.raw`\b(?:met de klas|de hele klas|met z'?n allen|iedereen|huiswerk|toets|de meiden|de jongens|mijn (?:moeder|vader|mama|papa)|mn (?:moeder|vader|mama|papa)|verjaardag|verrassing|feest|feestje|party|logeerfeest|sleepover|met het team|met de ploeg|juf|meester|mentor)\b|\bmet [a-z]{2,12} en [a-z]{2,12}\b|${OWN_PARENT}`)],
    examples: {
      match: [ "je kan ook gwn bij mij langskomen, ik heb de nieuwe ps5 staan 😎", "kom anders bij mij chillen, ik heb drank en vapes", "kun je niet gwn bij mij gamen? nieuwe gaming pc staat klaar", "ik woon eigenlijk niet zo ver van je af, 20 min rijden ofzo 😏", "ik woon best dichtbij, 10 minuutjes met de auto", "als je wil kan je ook bij mij thuis bijles krijgen, is veel makkelijker dan online", "je kan ook een weekendje logeren op de manege, er is een kamer boven de stal", "we doen de extra les wel in de kantine na sluitingstijd, is rustiger dan", "denk je dat je vrijdagavond weg kan? ik ken een leuke plek", "kun je vanavond stiekem weg? ik weet een rustig plekje", 'laat je raam open vanavond 😇 grapje… of niet', 'doe je achterdeur vannacht niet op slot, niemand hoeft het te weten', "je durft toch nooit naar rotterdam te komen om me in het echt te zien, niet tegen je ouders zeggen he",
        'je durft toch nooit naar rotterdam te komen om me in het echt te zien',
        'en als ik morgen gewoon voor je school sta? grapje… of niet',
        'stel dat ik vrijdag bij je huis wacht na school 👀',
        'zit ik toevallig in jullie wijk zaterdag, zin in een milkshake?',
        'wat doe je woensdagmiddag? ik heb vrij en de auto van mijn pa',
        'wat is de tramhalte het dichtst bij jou? vraag ik gewoon',
        'de sporthal is zondag leeg, dan kan ik je persoonlijk trainen',
        'ik zet de zijdeur wel voor je open, niemand ziet het',
        'zou leuk zijn je eindelijk te zien in plaats van alleen via een scherm',
        'stel dat je een nachtje bij mij slaapt, zou dat kunnen?',
        'jij bent de enige die ik uitnodig, zeg het niet door',
        'mijn kotgenoten zijn er niet dit weekend, je bent welkom',
        'stel dat je bij mij logeert, je mama hoeft het niet te weten',
      ],
      noMatch: [ "kom je zaterdag bij mij gamen? mn moeder haalt pizza", "ik heb de nieuwe ps5, kom je kijken met de jongens", "kom bij mij langs voor je boek, ligt op de trap", "ik woon niet zo ver van school, 10 min fietsen", "kan je bij mij thuis oefenen voor de toets? mn moeder is er ook", "na sluitingstijd moet de kantine schoon zijn, zegt de trainer", "kun je vrijdagavond weg? feestje bij sanne, haar ouders zijn thuis", "ik ken een leuke plek om te eten in de stad",
        "laat het raam open vanavond, het is veel te warm op je kamer",
        "laat je raam open vanavond, het is zo benauwd op zolder",
        "doe de achterdeur niet op slot, papa komt om 11 uur thuis",
        'durf jij af te spreken met de hele klas in het spookhuis?',
        'wat als ik morgen voor je deur sta met taart? het is je verjaardag!',
        'ik ben in de buurt van de bieb, waar zijn jullie',
        'wat doe je zaterdag? ik ben vrij, zullen we met de meiden shoppen',
        'welke bushalte is het dichtst bij het zwembad?',
        'de kantine is leeg, de juf heeft de sleutel',
        'ik doe de achterdeur op slot, mn moeder komt later',
        'we leren nu via een scherm omdat de school dicht is',
        'mijn ouders zijn weg, oma komt oppassen',
        'mijn ouders zijn weg dit weekend, kom je logeren met sanne en fem?',
        'als je bij mij slaapt neem je eigen kussen mee',
      ],
    },
  },
  {
    id: 'nl.meeting.lure-spot',
    category: 'meeting',
    severity: 'medium',
    note: 'A meeting set up around the parents: getting off the train a stop early to be picked up ("stap een halte eerder uit, dan pik ik je op"), sneaking out at night ("kun je naar buiten glippen als je ouders slapen? ik sta om 1 uur"), or a cover story to be together ("zeg tegen je ouders dat je in de bieb zit, dan kunnen we samen zijn").',
    patterns: [
      /\bstap (?:\w{1,8} ){0,3}(?:eerder|later|verder|ergens anders) uit\b.{0,40}\b(?:(?:pik|haal|wacht|sta|kom) ik|ik (?:wacht|sta|pik|haal))\b|\b(?:(?:pik|haal|wacht|sta|kom) ik|ik (?:wacht|sta|pik|haal))\b.{0,40}\bstap (?:\w{1,8} ){0,3}(?:eerder|later|verder|ergens anders) uit\b/,
      /\b(?:naar buiten|het huis uit) (?:te )?(?:glippen|sluipen)\b.{0,60}\b(?:ik (?:sta|wacht)|(?:sta|wacht) ik)\b|\b(?:glip|sluip) (?:\w{1,8} )?(?:naar buiten|het huis uit)\b.{0,60}\b(?:ik (?:sta|wacht)|(?:sta|wacht) ik)\b/,
      new RegExp(`\\b(?:zeg|vertel|zegt) (?:\\w{1,6} )?(?:tegen|aan) (?:je|jouw|uw|ur) ${PARENT} dat (?:je|jij|ge|gij) (?:\\w{1,12} ){0,4}(?:bent|zit|zat|slaapt|blijft|gaat|was|bij)\\b.{0,50}\\b(?:samen (?:zijn|chillen|hebben)|uurtjes samen|(?:kunnen|zien|gaan) (?:we|wij) (?:elkaar|afspreken|samen|dat|het|eindelijk)|haal ik je|ik haal je|bij mij|ik (?:sta|wacht|kom|ben) (?:er|daar|om|je)|(?:sta|wacht) ik)\\b`),
      // The alibi the parents believe ("als je moeder denkt dat je bij je vriendin slaapt, dan kunnen we dat weekend eindelijk doen").
      new RegExp(`\\b(?:je|jouw|uw|ur) ${PARENT} (?:denkt|denken|denkt toch|gelooft|geloven|weet|weten) (?:\\w{1,6} )?dat (?:je|jij|ge|gij) (?:\\w{1,12} ){0,4}(?:bent|zit|slaapt|blijft|logeert|gaat|bij)\\b.{0,50}\\b(?:samen|(?:kunnen|gaan|zien) (?:we|wij)|haal ik je|ik (?:haal|sta|wacht|kom)|bij mij|weekend|nachtje)\\b`),
      // Come over, the parents will not notice ("kom je vanavond? gewoon ff, je ouders merken het toch niet").
      new RegExp(`\\b(?:kom|komt|komde|glip|sluip) (?:je|jij|ge|gij)\\b.{0,40}\\b(?:je|jouw|uw|ur) ${PARENT} (?:merken|merkt|zien|ziet|weten|hoeven|horen) (?:het|er|dat|daar)? ?(?:\\w{1,6} )?(?:niks|niets|niet|nie|ni|nooit)\\b|\\b(?:je|jouw|uw|ur) ${PARENT} (?:merken|merkt|zien|ziet|weten|horen) (?:het|er|dat)? ?(?:\\w{1,6} )?(?:niks|niets|niet|nie|ni|nooit)\\b.{0,40}\\b(?:kom (?:je|jij|ge|gewoon|maar|ff)|ik (?:kom|haal|sta|wacht)|bij mij)\\b`),
      // A sleepover put as a question, with the story for the parents ("stel dat je een keer bij mij logeert, wat zou je dan tegen je ouders zeggen?").
      new RegExp(`\\b(?:stel dat|wat als|als) (?:je|jij|ge|gij) (?:\\w{1,10} ){0,3}bij (?:mij|me) (?:logeert|slaapt|blijft slapen|overnacht|komt logeren|komt slapen)\\b.{0,50}\\b(?:tegen (?:je|jouw|uw|ur) ${PARENT}|(?:je|jouw|uw) ${PARENT} (?:zeggen|vertellen|denken))\\b`),
      // An invitation home kept from the others ("lan bij mij thuis, jij bent de enige die ik uitnodig, zeg maar niks tegen de rest").
      /\bbij (?:mij|me) thuis\b.{0,80}\b(?:zeg|vertel|zegt) (?:\w{1,8} ){0,2}(?:niks|niets|nie|ni|niemand) (?:tegen|aan) (?:de rest|de anderen|de groep|iemand|je ouders|de squad)\b/,
    ],
    unless: [/\b(?:verrassing|verrassingsfeest|surprise|cadeau|verjaardag|jarig)\b/],
    examples: {
      match: [
        'stap ff een halte later uit, dan haal ik je daar op',
        'ik wacht bij het viaduct, stap gewoon een station eerder uit',
        'kan je vannacht het huis uit sluipen? ik sta om 2 uur bij de hoek',
        'glip ff naar buiten als ze slapen, ik wacht bij het bankje',
        'zeg tegen je moeder dat je bij lisa bent, dan kunnen we samen zijn',
        'vertel tegen je pa dat je in de bieb zit, ik haal je dan op',
        'zeg gewoon tegen je ma dat je bij een vriendin gaat slapen, ik wacht om 8 uur bij de hoek',
        'zolang je pa denkt dat je bij lisa logeert kunnen we het hele weekend samen zijn',
        'kom je vannacht? ff, je mama merkt er toch niks van',
        'als je eens bij mij blijft slapen, wat zeg je dan tegen je ouders? vraag ik me af',
        'gamen bij mij thuis zaterdag, alleen jij, zeg niks tegen de rest van de groep',
      ],
      noMatch: [
        'stap een halte eerder uit, de bus rijdt om vanwege werkzaamheden',
        'sluipen we naar buiten om sterren te kijken? met de hele klas op kamp',
        'zeg tegen je moeder dat je bij lisa bent, het is een verrassing voor haar verjaardag',
        'zeg tegen je vader dat je later bent, de training loopt uit',
        'mijn moeder denkt dat ik bij lisa slaap maar ik ben gewoon thuis haha',
        'kom je morgen? je ouders weten het toch al, ze vonden het prima',
        'als je bij mij logeert neem dan je slaapzak mee, mijn moeder maakt pannenkoeken',
        'feest bij mij thuis zaterdag, zeg niks tegen lisa, het is een verrassing',
      ],
    },
  },
  {
    id: 'nl.meeting.claimed-errand',
    category: 'meeting',
    severity: 'medium',
    note: 'Claims the teen\'s parent sent the sender: asked them to pick the teen up, said it was fine to come along. The teen cannot check it in the moment, and it lowers the guard of a child taught not to go with strangers (the "your mum asked me to fetch you" lure of child-safety advice).',
    patterns: [
      // "je moeder vroeg of ik je kon ophalen", "uw ma heeft gevraagd of ik u kom oppikken".
      new RegExp(String.raw`\b${YOUR} (?:${PARENT}|oma|opa) (?:vroeg|vraagt|heeft gevraagd|had gevraagd|wou|wilde|wil) (?:of|dat) (?:ik|me|mij) (?:\w{1,10} ){0,3}(?:ophalen|ophaal|ophaalde|halen|haal|oppikken|oppik|meenemen|meeneem|naar huis brengen|thuisbrengen|brengen|breng)\b`),
      // "je mama zei dat ik je mocht ophalen na school", "je pa zegt dat ik je moet komen halen".
      new RegExp(String.raw`\b${YOUR} (?:${PARENT}|oma|opa) (?:zei|zegt|heeft gezegd|had gezegd|appte|belde) (?:dat )?(?:ik|me|mij) (?:je|jou|u) (?:\w{1,8} )?(?:mag|mocht|moet|moest|kan|kon|zou|zal) (?:\w{1,8} )?(?:ophalen|halen|oppikken|meenemen|brengen|thuisbrengen)\b`),
      // "je moeder zei dat het goed is dat je met mij meegaat", "je ouders vinden het goed hoor, kom je mee".
      new RegExp(String.raw`\b${YOUR} (?:${PARENT}|oma|opa) (?:zei|zegt|heeft gezegd|zeiden|zeggen|vindt|vond|vinden|vonden) (?:\w{1,8} ){0,2}(?:dat )?(?:het|t|dat) (?:\w{1,6} )?(?:goed|prima|oke|ok|okay|mag|mocht)\b.{0,40}\b(?:mee|meegaat|meegaan|meekomt|meekomen|met mij|met me|ophalen|oppikken|instappen|in de auto|bij mij (?:slapen|blijven|thuis))\b`),
      // "ik heb je moeder net gesproken, ik mag je ophalen", "ik heb met je pa gebeld, stap maar in".
      new RegExp(String.raw`\bik heb (?:net |al |vandaag |zonet |gisteren )?(?:met )?${YOUR} (?:${PARENT}|oma|opa) (?:net |al |zonet |vandaag |gisteren )?(?:gesproken|geappt|gebeld|gesproken aan de telefoon)\b.{0,40}\b(?:ophalen|oppikken|meenemen|mee|instappen|stap (?:maar |ff )?in)\b`),
    ],
    // A friend bringing the homework or the keys over, and the carpool everyone is in.
    // Something fetched for the teen, not the teen fetched ("je moeder vroeg of ik je tas kon ophalen"); a bag named
    // anywhere is no excuse ("ik haal je op, neem je jas mee").
    unless: [/\b(?:je|jouw|de|het|die|dat|een|jullie) (?:huiswerk|boeken|boek|spullen|jas|tas|schrift|sleutel|sleutels|pakketje|oplader)\b(?! (?:mee|bij je))|\b(?:carpool|met z'?n allen|de hele klas|met de klas|teamgenoten)\b/],
    examples: {
      match: [
        'je moeder vroeg of ik je kon ophalen, ik sta om 4 uur bij de poort',
        'je moeder vroeg of ik je kon ophalen, neem je jas mee want het is koud',
        'je mama zei dat ik je mocht ophalen na school, ik sta in een zwarte auto',
        'je pa vroeg of ik je kwam halen, hij moet overwerken. kom maar naar de achteringang',
        'uw ma heeft gevraagd of ik u kom oppikken aan het station',
        'je moeder zei dat het goed is dat je met mij meegaat hoor',
        'je ouders vinden het goed hoor, ik heb het gevraagd. kom je mee?',
        'ik heb je moeder net gesproken, ik mag je ophalen vanavond haha',
        'je mams vroeg of ik je ff kon ophalen bij de training, niet zeuren xd',
      ],
      noMatch: [
        'mn moeder haalt ons op om 4',
        'mama vraagt of je blijft eten',
        'mijn vader kan jou ook brengen als je moeder het goed vindt',
        'vraag ff aan je moeder of ik je mag ophalen',
        'je moeder vroeg of ik je huiswerk kon meenemen, je lag ziek',
        'je moeder zei dat je om 6 thuis moet zijn',
        'zeg tegen je moeder dat mijn vader ons ophaalt',
      ],
    },
  },
  {
    id: 'nl.meeting.hidden-invite',
    category: 'meeting',
    severity: 'medium',
    note: 'A meeting set up to stay unseen or unknown: waiting round the corner so friends do not see, meeting halfway "dan valt het niet op", plans nobody may know about, "dan zijn we met z\'n tweeën", the sender\'s partner away as "een goed moment", the door open for when the teen wants to get away from home.',
    patterns: [
      // "dan sta ik om de hoek, niet bij het hek want dan zien je vriendinnen het", "wacht een straat verder, dan ziet niemand ons".
      /\b(?:om de hoek|een straat verder|een stukje verder|verderop|uit het zicht|achter de \w{3,12}|niet (?:bij|aan|voor) (?:het|de|je) (?:\w{1,10} )?(?:hek|poort|ingang|school|schoolplein|deur|huis))\b.{0,40}\b(?:want|dan|zodat|anders) (?:\w{1,10} ){0,3}(?:(?:niemand|je (?:vriendinnen|vrienden|ouders|moeder|vader|klasgenoten)|iemand|ze|de anderen) (?:\w{1,6} )?(?:ons |het |je |me |mij )?(?:ziet|zien|merkt|merken)|(?:ziet|zien|merkt|merken) (?:je (?:vriendinnen|vrienden|ouders|moeder|vader|klasgenoten)|niemand|iemand|ze|de anderen) (?:het|ons|dat|je|niks|niets)?)\b/,
      // "we kunnen elkaar halverwege treffen, dan valt het niet zo op".
      /\b(?:treffen|afspreken|spreken we af|zien|ontmoeten|ophalen|oppikken|wachten|wacht ik|sta ik|halverwege|kom|komen|langs)\b.{0,50}\b(?:dan|zodat|want anders|anders) (?:valt|vallen) (?:het|we|dat|jij|je|het minder) (?:\w{1,6} )?(?:niet|nie|ni|minder|niet zo|nergens) ?(?:zo |zoveel |erg )?op\b/,
      // "zullen we na de training wat drinken? hoeft niemand te weten dat we gaan", "ik heb kaartjes, je ouders hoeven niet te weten met wie je gaat".
      /\b(?:drinken|afspreken|gaan|kaartjes?|concert|film|bios|eten|ophalen|langs|treffen|zien|ontmoeten|uitje|dagje)\b.{0,70}\b(?:(?:hoeft|hoeven|mag|mogen) (?:niemand|geen mens|iemand|je ouders|je moeder|je vader|je mama|je papa|je vriendinnen|je vrienden|de anderen|de rest)|(?:niemand|geen mens|je ouders|je moeder|je vader|je mama|je papa|je vriendinnen|je vrienden|de anderen|de rest) (?:hoeft|hoeven|mag|mogen)) (?:\w{1,8} ){0,2}(?:te )?weten (?:dat (?:we|wij|je|jij)|met wie|waar|wie|wanneer|hoe laat)\b/,
      // "na sluitingstijd leer ik je de kassa, dan zijn we met z'n tweeën en is het lekker rustig".
      /\bna (?:sluitingstijd|sluiting|de dienst|werktijd|het werk|de les|de training|de repetitie|de mis|school|kantoortijd)\b.{0,70}\b(?:met z'?n twee?e?n|met zn twee?e?n|met ons twee?e?n|alleen (?:wij|jij en ik)|wij twee?e?n|niemand (?:anders )?(?:meer )?(?:er|erbij|die stoort)|lekker rustig)\b|\bdan (?:zijn|ben) (?:we|wij) (?:(?:gwn|gewoon|lekker|helemaal|echt|eindelijk) ){0,2}(?:met z'?n twee?e?n|met zn twee?e?n|met ons twee?e?n|alleen|onder ons)\b(?! (?:met|in de klas|op (?:het|de) (?:veld|training)))/,
      // "mijn vriendin is dit weekend bij haar moeder, mss een goed moment om elkaar te zien".
      /\b(?:mijn|mn|m'n) (?:vriendin|vrouw|man|partner|huisgenoten|huisgenoot|vriend) (?:is|zijn|gaat|gaan) (?:\w{1,10} ){0,4}(?:weg|bij|naar|op vakantie|niet thuis|op reis|nachtdienst|de hele)\b.{0,60}\b(?:goed|goede|mooi|perfect|perfecte|ideaal|ideale) (?:moment|kans|gelegenheid)\b|\b(?:goed|goede|mooi|perfect|perfecte|ideaal|ideale) (?:moment|kans|gelegenheid) om (?:elkaar|je|jou) (?:\w{1,6} ){0,2}(?:te )?(?:zien|ontmoeten|treffen|spreken)\b/,
      // "mijn deur staat altijd open, ook als je gwn weg wil van thuis", "als je ooit weg wil van huis kun je bij mij terecht".
      /\b(?:mijn|mn|m'n) deur staat (?:\w{1,8} ){0,2}open\b.{0,50}\b(?:thuis|huis|ouders|weg wil|weg wilt|weg moet|slapen)\b|\bals (?:je|jij) (?:\w{1,8} ){0,2}weg (?:wil|wilt|moet|moest) (?:van|bij) (?:thuis|huis|je ouders|je moeder|je vader)\b.{0,50}\b(?:bij (?:mij|me)|mijn deur|naar (?:mij|me)|ik haal|haal ik|kom (?:maar|gewoon|gwn))\b/,
      // "kom je naar mijn kamertje achter de zaal? dan bidden we samen, alleen wij tweeen".
      /\bkom (?:je|jij|ge|gij) (?:\w{1,8} ){0,2}naar (?:mijn|mn|m'n) (?:kamer|kamertje|kantoor|kantoortje|hok|hokje|werkplaats|busje|caravan|zolder)\b.{0,60}\b(?:alleen (?:wij|jij en ik)|wij twee?e?n|wij 2|met z'?n twee?e?n|met zn twee?e?n|jij en ik|niemand)\b/,
      // The parents' absence picked out for a visit: "had je niet gezegd dat je ouders donderdag naar die bruiloft gaan? dan kom ik toch ff gezellig".
      /\b(?:je|jouw|uw) (?:ouders|moeder|vader|ma|pa|mama|papa|mams|paps) (?:\w{1,10} ){0,3}(?:weg|naar|op vakantie|niet thuis|op reis|nachtdienst|uit eten)\b.{0,40}\b(?:dan kom ik|kom ik (?:(?:toch|dan|gewoon|gwn|ff|even) ){0,3}(?:langs|naar je|gezellig|bij je)|kan ik (?:\w{1,6} )?(?:langskomen|langs komen|komen|bij je)|ik kom (?:\w{1,6} )?(?:langs|naar je|bij je))\b/,
    ],
    // Group plans and school work; a surprise kept from someone.
    unless: [/\b(?:met de klas|met de groep|met de hele (?:groep|klas|ploeg|team|club|bende|vriendengroep)|met z'?n allen|met zn allen|met iedereen|met het team|met de meiden|met de jongens|huiswerk|werkstuk|toets|proefwerk|examen|met je ouders|met je moeder|met je vader|oppassen|oppas|babysit\w{0,3})\b|(?<!\b(?:je|jouw|uw|ur) )\b(?:tante|oom|oma|opa)\b/, /\b(?:verrassing\w{0,6}|surprise|cadeau\w{0,4}|verjaardag\w{0,6}|jarig|afscheidsfeest\w{0,2})\b|\b(?:mijn|mn|m'n) (?:moeder|vader|ouders|mama|papa|ma|pa) (?:heeft|maakt|is er|is thuis|zijn thuis|zijn er|komt|komen|rijdt|brengt|haalt)\b/],
    examples: {
      match: [
        'wat is je laatste uur morgen? dan sta ik om de hoek, niet bij het hek want dan zien je vriendinnen het',
        'ik wacht een straat verder, dan ziet niemand ons',
        'ik sta wel om de hoek van je school, anders zien je vriendinnen het',
        'we kunnen elkaar ergens halverwege treffen, dan valt het niet zo op',
        'laten we bij het station afspreken, dan valt het minder op',
        'zullen we na de training ff samen wat drinken? hoeft niemand te weten dat we gaan',
        'zin om na school iets te eten? je moeder hoeft niet te weten dat we samen gaan',
        'ik heb twee kaartjes voor dat concert, je ouders hoeven niet te weten met wie je gaat',
        'gaan we zaterdag naar de film? niemand hoeft te weten dat we samen gaan',
        'ik kan je na sluitingstijd nog ff leren hoe de kassa werkt, dan zijn we gwn met z\'n tweeën en is het lekker rustig',
        'blijf na de repetitie nog ff hangen, dan zijn we alleen',
        'mijn vriendin is dit weekend bij haar moeder, mss een goed moment om elkaar es te zien',
        'mn vrouw is vrijdag weg, perfect moment om af te spreken toch',
        'mijn deur staat altijd open hoor, ook als je gwn ff weg wil van thuis',
        'als je ooit weg wil van thuis kun je gewoon bij mij slapen',
        'had je niet gezegd dat je ouders donderdag naar die bruiloft gaan? dan kom ik toch ff gezellig',
        'je ouders zijn zaterdag weg toch? dan kom ik gwn ff langs',
        'je moeder heeft vrijdag nachtdienst he, kan ik dan langskomen',
        'mooi. zondag na de dienst heb ik tijd, kom je naar mijn kamertje achter de zaal? dan bidden we samen, alleen wij tweeën',
      ],
      noMatch: [
        'ik sta om de hoek bij de bakker, zie je me?',
        'zet je fiets achter de schuur, dan valt hij niet om',
        'doe die zwarte jas aan dan valt de vlek niet zo op',
        'we gaan naar de film, niemand hoeft te weten dat ik nog nooit in de bios ben geweest haha',
        'na de training gaan we met het team wat drinken',
        'dan zijn we met z\'n tweeën in de klas, de rest is ziek',
        'goed moment om je huiswerk te maken',
        'mijn moeder is weg, kom je gamen?',
        'je ouders gaan naar oma, dan kom ik oppassen op je broertje',
        'je moeder is naar de winkel, ik kom straks de boor terugbrengen via je vader',
        'kom je naar mijn kamer? mijn moeder heeft taart, jij en ik eten alles op',
        'we houden een verrassingsfeest na school, niemand mag weten dat we gaan, jarig!',
      ],
    },
  },
  {
    id: 'nl.meeting.hidden-invite-wide',
    category: 'meeting',
    severity: 'low',
    note: 'Low on its own: an open offer of a lift "als je ooit een lift nodig hebt", or a secluded spot with a time and "kom je?" — adults and friends say this too; counted at `high` and in combinations.',
    patterns: [
      // "als je ooit een lift nodig hebt na je dienst, je hebt mn nummer", "mocht je een keer een slaapplek nodig hebben, bel me".
      /\b(?:als|mocht|mochten|wanneer) (?:je|jij|ge|gij) (?:\w{1,8} ){0,2}(?:een |ne )?(?:lift|lifje|ritje|rit|slaapplek|slaapplaats|plek om te slapen|plekje om te slapen|logeeradres|dak boven je hoofd) (?:\w{1,8} )?(?:nodig hebt|nodig hebben|nodig heb|zoekt|wil)\b/,
      // "fietspad achter de sporthal, half 9. kom je?", "bij de garages achter de flat om 10 uur, kom je".
      /\b(?:achter|naast|onder|bij) (?:de|het) (?:sporthal|gymzaal|school|kerk|station|supermarkt|flat|flats|garages?|garageboxen|bosje|bosjes|struiken|viaduct|brug|tunnel|parkeergarage|speeltuin|fietsenstalling|loods)\b.{0,30}\b(?:half \d{1,2}|kwart (?:over|voor) \d{1,2}|\d{1,2} uur|\d{1,2} \d{2}|om \d{1,2})\b.{0,20}\b(?:kom (?:je|jij|ge|gij)|ben (?:je|jij) er|zie ik (?:je|jou))\b/,
    ],
    // A coach or parent arranging someone else to drive: "als je een lift nodig hebt regel ik iemand van het team".
    unless: [ORDINARY, /\b(?:met de bal|met de hond|met de rest|iedereen|de anderen|met ons allen|van het team|van de club|iemand anders|andere ouders?|regel ik (?:iemand|een taxi|vervoer))\b/],
    examples: {
      match: [
        'als je ooit een lift nodig hebt na je dienst, je hebt mn nummer 😉',
        'mocht je een keer een ritje nodig hebben, bel me gwn',
        'als je ooit een slaapplek nodig hebt, je weet me te vinden',
        'fietspad achter de sporthal, half 9. kom je?',
        'bij de garages achter de flat om 10 uur, kom je?',
        'onder het viaduct om half 10, ben je er?',
      ],
      noMatch: [
        'als je een lift nodig hebt naar training, mijn moeder rijdt',
        'als je een lift nodig hebt regel ik iemand van het team',
        'ik heb een lift nodig naar huis',
        'achter de sporthal om half 9 voetballen met iedereen, kom je?',
        'de fietsenstalling achter de school is dicht',
      ],
    },
  },
  {
    id: 'nl.meeting.nobody-else-there',
    category: 'meeting',
    severity: 'medium',
    note: 'An invitation to a time or place picked because no one else is there: "kom vrijdag wat eerder, dan is er nog niemand", "zondagochtend is er niemand in de kantine, dan kunnen we rustig praten". The coach, the volunteer or the man with the key chooses the empty hour; a group plan names the group.',
    patterns: [
      // "wil je extra trainen? woensdagavond op het kunstgras, dan is er verder niemand", "loop maar binnen als je wil praten, dan is er verder niemand".
      /\b(?:kom|komt|komen|langs|langskomen|trainen|oefenen|afspreken|treffen|praten|kletsen|helpen|blijf|blijven|pitten|slapen|binnen|eerder|vroeg|vroeger)\b.{0,70}\b(?:dan|daar|verder|want|en|toch) is (?:er|het) (?:\w{1,8} )?(?:nog |verder |toch |helemaal |eigenlijk )?niemand\b(?! (?:\w{1,6} )?thuis\b)/,
      // "zondagochtend is er niemand in de kantine. dan kunnen we daar rustig praten", "vrijdagavond is er verder niemand, kom gerust langs".
      /\b(?:is er|er is) (?:\w{1,8} )?(?:nog |verder |toch |helemaal )?niemand\b(?! (?:\w{1,6} )?thuis\b).{0,50}\b(?:kom|komen|langs|langskomen|afspreken|treffen|praten|kletsen|trainen|oefenen)\b/,
    ],
    // A plan with the team or the class, homework, or someone's house for a project.
    unless: [/\b(?:met z'?n allen|met zn allen|met het team|met de klas|met de groep|met de rest|iedereen|de hele (?:groep|klas|ploeg|club)|project|werkstuk|huiswerk|spreekbeurt|oppassen)\b/],
    examples: {
      match: [
        'zin om vrijdag wat eerder te komen helpen? om 5 uur, dan is er nog niemand en is het lekker rustig',
        'wil je extra oefenen voor de wedstrijd? dinsdag op het veld achter, dan is er verder niemand',
        'loop maar binnen na sluiting als je wil kletsen, dan is er verder niemand',
        'zondagochtend is er niemand in het clubhuis. dan kunnen we daar rustig praten over je toekomst',
        'zaterdag is er verder niemand op de stal, kom gerust langs dan leer ik je longeren',
        'kom maar wat vroeger, want dan is er nog niemand en heb je me helemaal voor jezelf',
      ],
      noMatch: [
        'kom je zaterdag vroeg? dan is er nog niemand en kunnen we met het team de zaal klaarzetten',
        'bij wie is er niemand thuis woensdag, dan kunnen we daar aan het project werken',
        'kom je bij mij? dan is er niemand thuis en kunnen we gamen',
        'is er niemand die me kan helpen met wiskunde',
        'om 5 uur is er nog niemand op kantoor, ik bel je zo',
        'er is niemand die zo mooi zingt als jij haha',
      ],
    },
  },
  {
    id: 'nl.meeting.unseen-place',
    category: 'meeting',
    severity: 'medium',
    note: 'Session 30 (fresh batch t50): a meeting where nobody knows or sees them ("ff ergens rustig zitten waar niemand ons kent"), a party of older people the teen is let into ("feestje bij mij, allemaal ouderen maar jij mag komen"), and a pick-up that ends at the sender\'s place ("haal ik je wel op bij school, dan gaan we ff chillen bij mij").',
    patterns: [
      /\b(?:ergens|plek|plekje|plaats|plaatsje|een plek|daar)\b.{0,20}\bwaar niemand ons (?:kent|ziet|kan zien|stoort|vindt)\b/,
      /\b(?:feestje|feest|party|avondje|huisfeest) bij (?:mij|me)\b.{0,40}\b(?:allemaal |alleen )?(?:ouderen|ouder dan|volwassenen|achttienplus|jongens van 20)\b/,
      /\b(?:haal|pik) (?:ik )?(?:je|jou) (?:\w{1,10} ){0,4}op\b.{0,50}\b(?:chillen|relaxen|hangen|netflixen|film kijken|tv kijken) bij (?:mij|me)\b|\b(?:ik haal|haal ik|ik pik|pik ik) (?:je|jou) (?:\w{1,10} ){0,3}(?:op )?(?:en|dan) (?:gaan we |gaan wij )?(?:naar|bij) (?:mij|me)(?: thuis)?\b/,
    ],
    unless: [new RegExp(OWN_PARENT), new RegExp(SIGNED_OFF), /\b(?:tante|oom|verjaardag van|de klas|het team|teamgenoten|met z'?n allen)\b/],
    examples: {
      match: ['ff ergens rustig zitten waar niemand ons kent, wat denk je', 'vrijdag feestje bij mij, allemaal ouderen maar jij mag komen, je past er prima tussen 😎', 'vrijdag na je laatste toets haal ik je wel op bij school, dan gaan we ff chillen bij mij om het te vieren', 'ik haal je op en dan gaan we naar mij thuis'],
      noMatch: ['ergens waar niemand ons kent op vakantie haha, skiën in oostenrijk met de klas', 'feestje bij mij zaterdag, de hele klas komt', 'ik haal je op bij school, dan gaan we naar oma', 'mama haalt je op, dan chillen bij mij met de meiden'],
    },
  },
  {
    id: 'nl.meeting.where-to-pick-up',
    category: 'meeting',
    severity: 'low',
    note: 'Session 30 (fresh batch t50): "waar moet ik je oppikken?", "ik heb net mijn rijbewijs haha, waar moet ik je oppikken". Parents ask it every day, so low: it counts at `high` and in combinations.',
    patterns: [/\bwaar (?:moet|zal|kan|mag) ik (?:je|jou|u) (?:\w{1,6} )?(?:oppikken|ophalen|op ?pikken|komen halen|afzetten)\b/],
    unless: [new RegExp(OWN_PARENT), new RegExp(SIGNED_OFF), /\b(?:jullie|allemaal)\b/],
    examples: {
      match: ['ik heb net mijn rijbewijs haha, waar moet ik je oppikken', 'waar zal ik je ophalen zaterdag?', 'waar kan ik je oppikken vanavond'],
      noMatch: ['waar moet ik jullie ophalen na het toernooi?', 'waar moet ik je ophalen? mama', 'waar moet ik het pakketje ophalen'],
    },
  },
  {
    id: 'nl.meeting.empty-hour',
    category: 'meeting',
    severity: 'medium',
    note: 'Session 31 (fresh batch t52, as in t51): a place and hour picked because nobody is there then ("morgen na je training bij de skatebaan? rond 8 is daar niemand meer", "7:30 bij het bankje aan het water, dan is er nog niemand", "in het bos bij de speeltuin is het stil rond 9 uur, zie je daar").',
    patterns: [
      /(?:\b(?:om|rond|na|voor|tegen|vanaf) (?:half \w{3,5}|sluitingstijd|je training|school|het donker)|\b\d{1,2}(?: \d{2}| uur| u)?)\b.{0,50}\b(?:is|zit|komt) (?:daar|er|het) (?:toch |al |verder )?(?:niemand meer|nog niemand|nooit iemand|niemand|stil|uitgestorven|leeg)\b(?! (?:\w{1,6} )?thuis\b)|\b(?:is|zit) (?:daar|er) (?:toch |al |verder )?(?:niemand meer|nog niemand|nooit iemand)\b.{0,30}\b(?:zie|zien|ontmoeten|treffen|spreken|afspreken|kom|komt)\b|\b(?:is het|het is) (?:daar )?(?:stil|rustig|uitgestorven|leeg) (?:rond|om|na) \d{1,2}(?: uur)?\b.{0,20}\b(?:zie|zien|kom|treffen)\b/,
    ],
    unless: [new RegExp(SIGNED_OFF), new RegExp(OWN_PARENT), /\b(?:met z'?n allen|met het team|met de klas|met de groep|iedereen|de hele (?:groep|klas|ploeg|club)|project|werkstuk|huiswerk|leren|studeren|in huis|thuis|bieb|bibliotheek|filmen|opnemen|rijles|parkeren)\b/],
    examples: {
      match: ['morgen na je training bij de skatebaan? rond 8 is daar niemand meer', 'morgenvroeg voor school even zien? 7:30 bij het bankje aan het water, dan is er nog niemand', 'in het bos bij de speeltuin is het stil rond 9 uur, zie je daar'],
      noMatch: ['om 8 is er niemand meer in de bieb, dan kunnen we rustig leren', 'na sluitingstijd is daar niemand meer, dan kunnen we met de groep filmen', 'rond 9 is het stil in huis, mama slaapt dan'],
    },
  },
  {
    id: 'nl.meeting.hotel-room',
    category: 'meeting',
    severity: 'medium',
    note: 'Session 31 (fresh batch t52): an invitation to the sender\'s hotel room ("ik zit dit weekend in het Van der Valk in Vianen, kamer 214, loop maar even binnen").',
    patterns: [
      /\b(?:hotel|hotelkamer|van der valk|fletcher|ibis|airbnb|b ?en ?b|bed and breakfast|motel|kamer \d{2,4})\b.{0,60}\b(?:loop (?:maar |gerust )?(?:even |ff )?binnen|kom (?:maar |gerust )?(?:even |ff )?(?:langs|boven|naar boven|naar mijn kamer|op mijn kamer)|zie ik je (?:daar|op de kamer)|klop (?:maar )?(?:even |ff )?aan)\b/,
    ],
    unless: [new RegExp(SIGNED_OFF), new RegExp(OWN_PARENT), new RegExp(OWN_GRANDPARENT), /\b(?:ziekenhuis|het team|de ploeg|de groep|iedereen|de klas|schoolreis|toernooi|kamp|bruiloft|receptie|familie)\b/],
    examples: {
      match: ['ik zit dit weekend in het Van der Valk in Vianen, kamer 214, loop maar even binnen', 'zit in een hotel in utrecht vanavond, kom maar even langs', 'kamer 12 in de ibis, klop maar aan als je er bent'],
      noMatch: ['we zitten met het team in het van der valk, kom maar even langs na de wedstrijd', 'oma zit in kamer 214 van het ziekenhuis, loop maar even binnen', 'hotel voor de bruiloft is geboekt, kom maar langs voor de sleutel'],
    },
  },
  {
    id: 'nl.meeting.undisturbed',
    category: 'meeting',
    severity: 'medium',
    note: 'Proposes a place where the two are undisturbed, or longs to cuddle instead of chatting: "kom naar de garage van mijn oom, daar zijn we ongestoord", "eindelijk knuffelen ipv alleen appen, wanneer kan het" (getting the teen alone). s32.',
    patterns: [
      /\b(?:daar|hier|bij mij|bij mij thuis|bij mij in de auto|in de auto) (?:zijn|zitten|kunnen|hebben) (?:we|wij) (?:\w{1,6} )?(?:ongestoord|helemaal alleen|met z'n tweeen|met zn tweeen|met ons tweeen|rust van iedereen)\b/,
      /\b(?:eindelijk|echt|gewoon) (?:knuffelen|zoenen|kussen|tegen (?:je|jou) aan liggen|in je armen)\b.{0,30}\b(?:ipv|in plaats van|ivp) (?:alleen |steeds |altijd )?(?:appen|chatten|snappen|bellen|typen)\b/,
    ],
    unless: [/\b(?:leren|studeren|huiswerk|toets|werkstuk|project|gamen|repeteren|oefenen)\b/, OWN_FAMILY],
    examples: {
      match: [
        'kom naar de garage van mijn oom aan de Industrieweg, daar zijn we ongestoord',
        'eindelijk knuffelen ipv alleen appen 🥺 wanneer kan het',
        'kom zaterdag, bij mij thuis zijn we helemaal alleen',
        'in de auto hebben we rust van iedereen, ik haal je op',
      ],
      noMatch: [
        'in de bieb zijn we ongestoord om te leren voor de toets',
        'bij mij thuis zijn we ongestoord om te gamen, mijn moeder is er ook',
        'eindelijk weer knuffelen met mijn hond ipv alleen foto\'s',
        'ik mis je, eindelijk knuffelen na de vakantie met de hele groep',
      ],
    },
  },
];

/** Friends' logistics: who drives, what we eat, where we go next. */
const EVERYDAY =
  /\bdan (?:rijden|fietsen|lopen) we\b|\bdan gaan we (?:samen |gewoon |meteen )?(?:naar (?:huis|school|training|de training|oma|opa)|fietsen|lopen|eten|boodschappen)\b|\b(?:mijn|mn|m'n) (?:vader|moeder|pa|ma|broer|zus|ouders|mama|papa)\b|\b(?:doe (?:ff |even )?open|aanbellen|sta (?:al )?\d{1,2} min|over \d{1,2} (?:min|minuten)|van het station|horrorfilms?|films? kijken|squad|scooter|lasagne|pannenkoeken|eten|laten zien|gamen|fifa|fortnite|minecraft|roblox|ps5|playstation|xbox|mario ?kart|met de rest|shoppen|verjaardag\w{0,6}|feest\w{0,4}|regen|regent|die regen|storm|sneeuw|(?:niet|nie) (?:hoeft |hoeven |moet |moeten )?(?:te )?fietsen)\b|(?:^|\s)(?<!\b(?:je|jouw|uw|jullie|tegen|aan|van|met|bij|naar|de|die|mijn|mn) )(?:(?:x|xx|liefs|groetjes|kus) )?(?:tante|oom|oma|opa|mam|mama|pap|papa)(?: [a-z]{2,12})?\W{0,4}$|\b(?:ik fiets|fiets ik|ik loop|loop ik|ik kom|kom ik) (?:toch |sowieso |al |ook |eh ){1,2}(?:langs|voorbij)\b|\b(?:ik rij|rij ik|ik rijd|rijd ik) (?:toch |sowieso |al |ook ){1,3}met\b|\b(?:uit|thuis)wedstrijd\b|\b(?:als|wanneer|zodra) jullie\b|\b(?:vertraging|schoolreis\w{0,3}|schoolkamp|excursie|werkweek|kampweek)\b|\bom (?:het|de|die|dat|je|jouw) (?!te\b)\w{2,12} (?:te )?(?:brengen|terug te brengen|terugbrengen|af te geven|langs te brengen)\b/;
/** A parent's plain pick-up: a time, a spot at the school gate, "kom maar", a pin (secrecy has its own rules). */
const PLAIN_PICK_UP =
  /(?:\b(?:[01]?\d|2[0-3]) [0-5]\d\b|\b(?:bij|aan|voor) de (?:ingang|hoofdingang|uitgang|poort|schoolpoort|bakker|fietsenstalling|fietsenhok|kiss ?(?:(?:en|and|n) ?)?ride|parkeerplaats)\b|\b(?:bij|aan|voor) (?:het|t) (?:hek|schoolhek|toegangshek)\b|\bkom maar\W{0,4}$|\b(?:stuur|deel|app) (?:me |mij )?(?:ff |even )?(?:een |je )?(?:pin|pinnetje|locatie)\b.{0,30}\b(?:ik kom|kom ik) (?:je|jou) (?:halen|ophalen)\b)/;
/** The sender's own parent drives or comes along: a same-age friend, not a stranger alone ("mijn moeder brengt me wel"). */
const OWN_PARENT_ALONG =
  /^(?!.*\b(?:niemand|stiekem|geheim|zeg (?:maar )?dat)\b).*\b(?:mijn|mn|m'n) (?:moeder|vader|ouders|mama|papa|ma|pa|oudere broer|oudere zus) (?:\w{1,8} )?(?:brengt|brengen|rijdt|rijden|gaat mee|gaan mee|komt mee|komen mee|is erbij|zijn erbij|zet me af|zet mij af)\b/;
/** A friend at the door to play or hang out outside ("kom je naar buiten? ik sta om de hoek met de bal"), or bringing a game along. */
const FRIEND_OUTSIDE =
  /(?:\bkom (?:(?:je|jij|ge|gij|ff|even|efkes|nou|dan|ook|mee) ){0,3}naar buiten\b(?! (?:\w{1,8} )?(?:en |dan )?(?:stap|spring|instappen)\b)|\bmet de (?:bal|voetbal|basketbal|fietsen|step|stepjes|skateboards?|hond)\b|\bneem (?:je|jij|ge|gij) (?:\w{1,8} )?(?:spel|spelletje|game|controller|switch|bal|oplader|kaarten|kaartspel) mee\b)/;
/** A friend's mock threat over a debt or a call: "betaal me die 5 euro terug of ik kom je halen hahaha". */
const MOCK_THREAT =
  /\bof ik kom (?:je|jou) (?:\w{1,8} )?(?:halen|ophalen)\b|\b(?:terug|terugbetalen|opneemt|opnemen)\b.{0,30}\bik kom (?:je|jou) (?:\w{1,8} )?(?:halen|ophalen)\b|\bik kom (?:je|jou) (?:\w{1,8} )?(?:halen|ophalen)\b.{0,20}\bals (?:je|jij) (?:\w{1,8} )?(?:niet|nie|ni) (?:opneemt|terugbelt|reageert|antwoordt|terugbetaalt)\b|\bneem (?:\w{1,10} ){0,3}op\b.{0,12}\b(?:anders|of) (?:kom ik|ik kom) (?:je|jou) (?:\w{1,8} )?(?:halen|ophalen)\b/;
/** A plain "zullen we afspreken?" is what friends say; a stranger's invitation says more. */
const NO_STRANGER_SIGN =
  /^(?!.*\b(?:ontmoeten|ontmoet|in het echt|irl|in real life|eindelijk|voor het eerst|alleen|stiekem|niemand|geheim|date|daten|meeten|hotel|auto|bij mij thuis|mijn huis|zien we elkaar eindelijk)\b)|\bmet (?:de rest van )?(?:de|het|onze|ons) (?:hele )?(?:squad|clan|crew|team|groep|klas)(?: dan)?\W{0,4}$/;

export const rules: RuleDef[] = withEverydayTwins(BASE, EVERYDAY, {
  // A same-age date: "naar de film, alleen jij en ik? voor onze 3 maanden", "naar de stad, alleen wij twee".
  'nl.meeting.near-you': {
    everyday: /^(?!.*\b(?:niemand|stiekem|geheim|zeg (?:maar )?dat)\b).*\b(?:onze \d{1,2} (?:maanden|weken)|kaartjes|naar de stad|met (?:mijn|mn|m'n) (?:ouders|moeder|vader|familie|ma|pa))\b/,
    match: [ "ik ben met mn ouders in jouw stad, zin om ff te zien? je vader hoeft het niet te weten","ik ben met mn ouders in jouw stad, zin om ff te zien?", 
      'zullen we samen naar de film gaan, alleen jij en ik? voor onze 3 maanden, ik heb al kaartjes',
      'ga je mee naar de stad zaterdag, alleen wij twee',
      'gaan we shoppen zaterdag, alleen wij? ik heb kaartjes voor de bios erna',
    ],
    noMatch: ["ik ben in jouw stad, zin om ff te zien?", 'ga je mee naar de film zaterdag, alleen wij', 'ga je mee naar de stad zaterdag, alleen wij twee? stiekem he', 'we gaan naar de stad met de hele klas'],
  },
  'nl.meeting.meet-up': {
    everyday: new RegExp(`${NO_STRANGER_SIGN.source}|${OWN_PARENT_ALONG.source}`),
    match: [ "kunnen we een keer in het echt afspreken? we zitten al 2 jaar in dezelfde discord, mijn moeder brengt me wel, je vader hoeft het niet te weten",'kunnen we een keer in het echt afspreken? we zitten al 2 jaar in dezelfde discord, mijn moeder brengt me wel', 'zullen we eindelijk irl afspreken bij de con? mn vader rijdt ons', 'wil je me eindelijk ontmoeten in het echt? mijn ma gaat mee, die wil je ouders ook ff zien', 'we moeten elkaar echt eens zien', 'wil je met me uit', 'ik neem je mee naar een leuk plekje', 'zullen we morgen afspreken? ik wil je mijn nieuwe kamer laten zien', 'zullen we zaterdag afspreken bij de mac', 'laten we afspreken bij de ingang van de bios', 'wil je een keer afspreken', 'kunnen we elkaar zien', 'zullen we afspreken', 'zin om af te spreken?'],
    noMatch: ['zullen we afspreken om te voetballen', 'ik heb afgesproken met sanne', 'ik mag niet afspreken van mijn moeder', 'kunnen we een keer in het echt afspreken? zeg niks tegen je ouders, mijn broer rijdt'],
  },
  // A parent's plain pick-up after school: a time, a spot at the school gate, "kom maar", a pin.
  'nl.meeting.pick-up': {
    everyday: new RegExp(`${PLAIN_PICK_UP.source}|${MOCK_THREAT.source}|${FRIEND_OUTSIDE.source}|${EVERYDAY.source}`),
    match: [ "ik sta voor je deur, kom je ff naar buiten? ik heb chips, zeg niks tegen je pa he",'ik sta voor je deur, kom je ff naar buiten? ik heb chips', 'ik sta om de hoek met de bal, kom je naar buiten', 'ik kom naar je toe met de bus, neem jij de controller mee?', 'ik rij wel jouw kant op om de sleutel terug te brengen', 'ik kom je halen bij het station, je trein heeft toch vertraging', 'ik haal je op bij de bushalte als de bus van de werkweek er is', 'zal ik je ophalen morgen? ik fiets toch langs jullie huis', 'ik haal je op voor de uitwedstrijd, ik rij toch al met sam en noor', 'ik kom je ophalen bij het station, sta bij de grijze auto. oom kees', 'deel je locatie, dan zie ik wanneer jullie er zijn en kom ik je ophalen', 'ik kom je halen om 15:30, tot zo', 'ik kom je halen, wacht bij de kiss & ride', 'ik haal je op na school, sta bij de bakker', 'ik sta buiten bij je school, kom maar', 'ik kom je ophalen na school, 15:30 bij de ingang', 'stuur ff een pin waar je bent, ik kom je halen', 'ik haal je op om 16.15 bij de hoofdingang', 'ik haal je om 4 uur op bij school schat, wacht maar bij het schoolhek', 'ik kom je halen bij school, wacht bij het fietsenhok. tante', 'ik kom je halen met de scooter, dan gaan we naar lisa', 'ik haal je op bij je huis om 7 uur, dan rijden we samen met mijn vader', 'ik kom je ophalen, mijn moeder rijdt', 'betaal me die 5 euro terug of ik kom je halen hahaha', 'geef die 10 euro terug of ik kom je ophalen lol', 'neem nou op of ik kom je halen', 'als je nu niet opneemt ik kom je halen 😂', 'ik kom je gewoon halen als je weer niet opneemt lol', 'ik kom je zo ophalen als je niet reageert haha', 'echt ik kom je halen als je nie terugbelt', 'neem je telefoon op, anders kom ik je gewoon halen bij sanne'],
    noMatch: ['ik sta om de hoek van je school, kom naar buiten en stap in', 'ik sta bij je school, kom naar buiten dan stap je in', 'zal ik je ophalen? ik rij toch je kant op', 'ik kom je ophalen, zeg niks tegen je tante', 'mama haalt me op', 'ik wacht op de bus', 'ik kom je halen bij de kapper', 'ik kom je halen, wacht bij de hoek van de straat', 'ik kom je halen, zeg niks tegen je mama', 'ik sta bij je school, stap maar in'],
  },
  'nl.meeting.meet-more': {
    match: [ "kzal u morgen komen halen, ge moet nie fietsen in die regen, niet tegen je ouders zeggen he",'kzal u morgen komen halen, ge moet nie fietsen in die regen', 'ik kom u halen, het regent zo hard', 'zal ik je treinkaartje betalen? dan gaan we samen naar de efteling met mijn broer'],
    noMatch: ['kzou u graag eens zien, zal ik u komen halen met de auto?', 'ik kom u halen aan het station', 'zal ik je treinkaartje betalen zodat je hierheen kan komen'],
  },
  'nl.meeting.come-over': {
    match: [ "we kunnen samen een film kijken bij mij, niemand die ons stoort, niet tegen je ouders zeggen he",'we kunnen samen een film kijken bij mij, niemand die ons stoort', "kom je na school naar mij? fifa", "kom je na school bij mij langs? fortnite spelen", 'kom je naar mijn huis voor het verjaardagsfeest?', 'kom je morgen naar mijn huis? mijn moeder maakt lasagne', 'kom naar mij toe, dan gaan we gamen', 'kom bij mij langs, ik wil je mijn konijn laten zien'],
    noMatch: ['kom je ook naar de verjaardag van sanne', 'kom naar de kantine', 'mijn kamer is een zooi', 'ik heb een appartement in spanje gehuurd waar we met de familie slapen'],
  },
});
