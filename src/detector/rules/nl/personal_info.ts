import type { RuleDef } from '../../types';

/**
 * Information gathering: Elliot's (2017) first stage and Winters et al.'s (2020) victim
 * selection. A stranger sizes the teen up (age, school, where they live, how to reach them)
 * before anything else happens. Each question alone is everyday talk, so these rules are `low`:
 * they count towards a combination, and only the precise home address weighs more.
 */
export const rules: RuleDef[] = [
  {
    id: 'nl.personal_info.age',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks how old the teen is, or for the age/sex/location triple ("asl"). Groomers check the age to pick victims and adapt their script.',
    patterns: [
      /\bhoe ?oud (?:ben|bn|bent|b) (?:je|jij|u|jy)\b/,
      /\bhoeveel jaar (?:ben|bn|bent) (?:je|jij|u)\b/,
      /\b(?:je|jij) (?:bent|bn|ben) (?:toch |zeker |vast |ongeveer |rond |al |nog )?(?:1[0-9]|[1-9])(?: jaar| jr)?(?: ofzo| of zo| toch| of niet| of ouder| of jonger)? ?\?/,
      /\b(?:welk jaar|wanneer|in welk jaar|welke datum) (?:ben|bn) (?:je|jij|u) (?:eigenlijk )?geboren\b/,
      /\b(?:wat is|wat's|wats|wat) (?:je|jouw|jou) (?:leeftijd|geboortedatum|geboortejaar|age)\b/,
      /\b(?:ben|bn) (?:je|jij|u) (?:al|nog|echt|wel|ook|ouder dan|jonger dan|onder de|boven de) (?:1[0-9]|[1-9])\b(?! (?:min|minuten|uur|dagen|km|euro|graden|procent|punten|keer|x))/,
      /^(?:en )?(?:leeftijd|hoe oud|hoe oud dan|hoe oud eigenlijk|asl|a s l|a\/s\/l)(?: pls| plz| please| dan)? ?\??$/,
      /\b(?:asl|a\/s\/l) ?\?/,
    ],
    unless: [/\bhoe oud (?:ben|bn|bent) (?:je|jij) (?:als|toen|wanneer)\b/],
    examples: {
      match: [
        'hoe oud ben jij eigenlijk',
        'hoe oud bn je?',
        'hoe oud ben je eigenlijk?',
        'Hoe oud bn je',
        'hoeoud ben jij',
        'asl?',
        'ben je al 16?',
        'wat is je leeftijd',
        'leeftijd?',
      ],
      noMatch: [
        'hoe oud is je hond',
        'hoe oud was je toen je ging turnen',
        'mijn broertje is 12 geworden',
        'hoe oud moet je zijn voor tiktok',
        'ben je al 5 min onderweg?',
        'die toets was moeilijk asl',
        'hoe oud ben je als je examen doet',
      ],
    },
  },
  {
    id: 'nl.personal_info.gender',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks whether the teen is a boy or a girl, typical of a stranger opening (victim selection).',
    patterns: [
      /\b(?:ben|bn) (?:je|jij|u) (?:een )?(?:jongen|boy|meisje|meid|girl|man|vrouw) of (?:een )?(?:jongen|boy|meisje|meid|girl|man|vrouw)\b/,
      /^(?:m of v|j of m|jongen of meisje|meisje of jongen|m v|boy or girl|m f|m or f) ?\?/,
    ],
    examples: {
      match: ['ben je een jongen of een meisje', 'jongen of meisje?', 'bn je meisje of jongen', 'm of v?'],
      noMatch: [
        'wordt het een jongen of een meisje? spannend',
        'is het een jongen of meisje bij je tante',
        'die ene jongen of dat meisje uit 2b',
        'welk team kies je jongens of meiden',
      ],
    },
  },
  {
    id: 'nl.personal_info.school',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks which school or class the teen is in: tells a stranger the age and where to find the teen.',
    patterns: [
      /\b(?:op|naar) (?:welke|wat voor|wat voor een) (?:school|middelbare|basisschool|scholengemeenschap|locatie) (?:zit|ga|gaat|zat) (?:je|jij|u)\b(?! (?:broer|zus|vriend|vriendin|nicht|neef|zoon|dochter))/,
      /\bwelke (?:school|middelbare) (?:zit|ga|gaat|doe) (?:je|jij|u)\b(?! (?:broer|zus|vriend|vriendin|nicht|neef|zoon|dochter))/,
      /\bin welke (?:klas|groep|jaar|leerjaar) (?:zit|zat|ga|kom) (?:je|jij|u)\b(?! (?:broer|zus|vriend|vriendin|nicht|neef|zoon|dochter|volgend))/,
      /\b(?:wat is|wat's|wats|hoe heet) (?:je|jouw|jou) (?:school|middelbare)\b/,
      /\bzit (?:je|jij|u) (?:nu |al |nog )?in (?:de |het )?(?:1e|2e|3e|4e|5e|6e|1ste|2de|3de|eerste|tweede|derde|vierde|vijfde|zesde|groep [1-8])\b(?! (?:rij|klas van|helft|periode|ronde))/,
      /\bwaar (?:ga|zit) (?:je|jij|u) (?:nu |eigenlijk )?(?:naar|op) (?:school|de middelbare|de basisschool)\b/,
      /\b(?:zit|ga) (?:je|jij|u) (?:al |nog |nu )?(?:op|naar|in) (?:de |het )?(?:middelbare|basisschool|brugklas|havo|vwo|vmbo|mavo|gymnasium|atheneum|onderbouw|bovenbouw)\b/,
      /\b(?:welk niveau|welk jaar|welke klas|vmbo havo of vwo|havo of vwo) (?:doe|zit|heb) (?:je|jij|u)\b(?! (?:broer|zus|vriend|vriendin|nicht|neef|zoon|dochter))/,
    ],
    unless: [/\b(?:volgend jaar|straks|kiezen|open dag|opendag|vervolgopleiding)\b/],
    examples: {
      match: [
        'welke school zit jij op',
        'in welke klas zit je',
        'op welke school zit je',
        'welke school zit jij',
        'in welke klas zit je?',
        'hoe heet je school',
        'welk niveau doe je? havo?',
        'naar welke middelbare ga je',
      ],
      noMatch: [
        'in welke klas zit je broertje',
        'welke school ga je kiezen voor volgend jaar',
        'de school is morgen dicht',
        'in welke klas zit sanne?',
        'welke klas heeft het rooster van maandag',
        'op welke school zit je zus',
      ],
    },
  },
  {
    id: 'nl.personal_info.residence',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks where the teen lives (town, area, how near): the first step towards an offline meeting.',
    patterns: [
      /\bwaar (?:(?:woon|wn|woont) (?:je|jij|u)|woonje)\b(?! (?:broer|zus|vriend|vriendin|oma|opa|nicht|neef|tante|oom|vader|moeder|ouders|pa|ma|mentor|trainer)\b)/,
      /\bin welke (?:stad|plaats|plek|wijk|buurt|provincie|dorp|gemeente|straat) (?:woon|wn|woont|zit|zitten) (?:je|jij|u|jullie)\b(?! (?:broer|zus|vriend|vriendin|oma|opa|nicht|neef|tante|oom|vader|moeder|ouders)\b)/,
      /\b(?:woon|wn) (?:je|jij|u) (?:ook |nou |nu |eigenlijk |echt |toevallig )?(?:dichtbij|in de buurt|bij mij in de buurt|ver weg|ver van|in de stad|in een dorp|in [a-z]{2,15})\b(?! (?:van school|bij school|de vakantie))/,
      /\bwaar (?:kom|kom je|kom jij) (?:je |jij )?(?:eigenlijk |vandaan|weg)\b/,
      /\b(?:je|jij) (?:woont|woon) (?:toch |zeker |vast |ook )?(?:in|bij|dichtbij|in de buurt van) [a-z]{2,15} ?\?/,
      /\b(?:in )?(?:welke|welk|wat voor een|wat voor) (?:stad|plaats|plek|wijk|buurt|provincie|dorp|gemeente|regio|land) (?:woon|wn|woont|kom|zit) (?:je|jij|u)\b(?! (?:broer|zus|vriend|vriendin|oma|opa|nicht|neef|tante|oom|vader|moeder|ouders)\b)/,
      /\bwoon (?:je|jij) (?:nog |nu |eigenlijk )?(?:bij|met) (?:je|jouw) (?:ouders|moeder|mama|vader|papa|ma|pa)\b/,
    ],
    unless: [/\bwaar woon (?:je|jij) (?:nu )?(?:in )?(?:de vakantie|tijdens|als je later)\b/, /\bkom (?:je|jij) (?:ook )?(?:nu |zo |straks )?(?:vandaan|weg) (?:van|uit) (?:school|training|werk|de)\b/],
    examples: {
      match: ['waar woon je ergens', 'in welke stad woon jij', 'waar woon je', 'waar wn je ergens', 'in welke stad woon jij?', 'woon je dichtbij amsterdam?', 'waar kom je vandaan eigenlijk', 'waar woonje'],
      noMatch: [
        'waar woont je oma ook alweer',
        'ik woon in utrecht',
        'waar is het feest',
        'in welke straat woont je vriendin? ik moet het cadeau brengen',
        'ik woon ver weg van school',
        'waar woon je als je later groot bent lol',
      ],
    },
  },
  {
    id: 'nl.personal_info.address',
    category: 'personal_info',
    severity: 'medium',
    note: 'Asks for the exact home address, postcode or house number. From someone met online this is how a visit is planned.',
    patterns: [
      /\b(?:wat is|wat's|wats|wat was|geef|stuur|app|zeg) (?:me |mij |ff |even |eens )?(?:je|jouw|jou|ur) (?:exacte |precieze |volledige |thuis ?)?(?:adres|adresje|postcode|huisnummer|straatnaam|straat|address)\b/,
      /\bwaar (?:woon|wn) (?:je|jij) (?:precies|exact|dan precies)\b/,
      /\b(?:je|jouw|ur) (?:adres|postcode|huisnummer|address) ?\?/,
      /\b(?:waarom|wrm|waarm) (?:zeg|vertel|wil) (?:je|jij) (?:me |mij )?(?:niet|nie|nooit) (?:zeggen |vertellen )?(?:waar (?:je|jij) (?:woont|woon|wn)|je adres|je achternaam|op welke school)\b|\b(?:in )?welke straat (?:woon|wn|woont) (?:je|jij)\b(?! (?:broer|zus|vriend|vriendin|oma|opa)\b)/,
    ],
    unless: [/\b(?:uitnodiging|kaartje|verjaardagskaart|kerstkaart|bestelling|pakketje|postnl)\b/],
    examples: {
      match: ['welke straat woon je', 'wat is je adres dan', 'stuur ff je adres', 'waar woon je precies', 'je postcode?', 'in welke straat woon je', 'wat is je huisnummer', 'waarom vertel je me nooit waar je woont'],
      noMatch: [
        'wat is het adres van de sporthal',
        'ik stuur je het adres van het feest',
        'wat is je adres? dan stuur ik een uitnodiging voor mn verjaardag',
        'welke straat is de bakker ook alweer',
        'mijn adres is veranderd',
        'hij woont in de straat achter school',
      ],
    },
  },
  {
    id: 'nl.personal_info.full-name',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks for the full or last name: lets a stranger find the teen\'s other accounts, school and address.',
    patterns: [
      /\b(?:wat is|wat's|wats|hoe is|zeg|geef) (?:je|jouw|jou) (?:achternaam|volledige naam|hele naam|echte naam|voor en achternaam)\b/,
      /\bhoe heet (?:je|jij) (?:eigenlijk |nou |echt )?(?:van achteren|voluit|echt|in het echt|met je achternaam)\b/,
      /^(?:je )?(?:achternaam|echte naam) ?\?/,
    ],
    unless: [/\b(?:formulier|inschrijving|inschrijven|lijst|presentielijst|juf|mentor)\b/],
    examples: {
      match: ['wat is je echte naam eigenlijk', 'wat is je achternaam', 'hoe heet je van achteren', 'wat is je echte naam?', 'achternaam?'],
      noMatch: [
        'wat is de achternaam van de nieuwe juf',
        'hoe heet je hond',
        'wat is je achternaam? voor de inschrijving van het toernooi',
        'hoe heet die serie ook alweer',
      ],
    },
  },
  {
    id: 'nl.personal_info.phone-number',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks for the phone number: a direct line outside the moderated platform (often the start of a platform switch).',
    patterns: [
      /\b(?:mag|kan|kun|krijg|wil) ik (?:ff |even |eens |misschien )?(?:je|jouw|jou|ur|u) (?:06|nummer|nmr|nr|telefoonnummer|tel ?nr|telnummer|mobiele nummer|gsm ?nummer|number|whatsapp nummer|wa nummer)\b/,
      /\b(?:geef|stuur|app|drop|zet|dm) (?:me |mij |ff |even |eens ){0,3}(?:je|jouw|jou|ur) (?:06|nummer|nmr|nr|telefoonnummer|tel ?nr|telnummer|mobiele nummer|gsm ?nummer|number|whatsapp nummer)\b/,
      /\b(?:wat is|wat's|wats|whats) (?:je|jouw|jou|ur) (?:06|telefoonnummer|tel ?nr|telnummer|mobiele nummer|gsm ?nummer|nummer|nr|nmr|whatsapp nummer)\b/,
      /^(?:je )?(?:06|nummer|telefoonnummer) ?\?/,
    ],
    unless: [/\b(?:lievelings|favoriete|fav|lievelingsnummer|rugnummer|liedje|song|album|shirt|kluisje|leerlingnummer|studentnummer|bestelnummer|huisnummer|postcode)\b/, /\bnummer (?:van|bij|op) (?:de|het|je) (?:voetbal|hockey|club|team|kluis|tafel)\b/],
    examples: {
      match: ['wat is je nummer dan kunnen we appen', 'mag ik je whatsapp nummer', 'mag ik je nummer', 'geef ff je 06', 'wat is je 06?', 'stuur me je nummer dan app ik je', 'kan ik je telefoonnummer krijgen', 'wat is je nummer'],
      noMatch: [
        'wat is je lievelingsnummer van taylor swift',
        'welk nummer heb je op je shirt bij voetbal',
        'wat is het nummer van de pizzeria',
        'mijn nummer is veranderd sla deze op',
        'wat is je leerlingnummer voor magister',
        'dat nummer van drake is zo goed',
      ],
    },
  },
  {
    id: 'nl.personal_info.appearance-status',
    category: 'personal_info',
    severity: 'low',
    note: 'Asks what the teen looks like or whether they have a boyfriend/girlfriend: sizing up the target and whether someone is watching over them.',
    patterns: [
      /\bhoe zie (?:je|jij|u) (?:er ?)?(?:eigenlijk |nou |nu |dan |zo )?uit\b/,
      /\bhoe ziet (?:je|jij) (?:er ?)?(?:eigenlijk |nou |nu |dan )?uit\b/,
      /\bheb (?:je|jij|u) (?:al |nu |eigenlijk |nog )?(?:een )?(?:vriendje|vriendinnetje|relatie|verkering|bf|gf|boyfriend|girlfriend)\b/,
      /\b(?:ben|bn) (?:je|jij) (?:nog |al )?(?:single|vrijgezel)\b/,
    ],
    examples: {
      match: ['hoe zie je eruit', 'hoe zie je er eigenlijk uit?', 'heb je een vriendje?', 'heb je al verkering', 'ben je single', 'heb jij een bf'],
      noMatch: [
        'hoe ziet het rooster eruit',
        'mijn vriendje heeft het uitgemaakt',
        'hoe zie je dat voor je met het werkstuk',
        'hoe ziet je kamer eruit na de verbouwing',
        'die single van billie is echt goed',
        'heeft je zus verkering?',
      ],
    },
  },
  {
    id: 'nl.personal_info.flemish-asks',
    category: 'personal_info',
    severity: 'low',
    note: 'Low, like the other plain questions: age and school asked with Flemish pronouns and verb forms ("hoe oud zijde gij", "waar zit ge op school").',
    patterns: [
      /\bhoe oud (?:zijde|zijt|zyt|bende|zij) ?(?:gij|ge|gie|u)?\b/,
      /\bwaar (?:zit|zitte|gaat|gade|zijde) (?:ge|gij|u)?(?: \w+)? ?(?:op school|naar school|te school|in de klas)\b/,
    ],
    examples: {
      match: ['hoe oud zijde gij', 'waar zit ge op school', 'hoe oud zijt ge eigenlijk'],
      noMatch: ['hoe oud is uw zus', 'waar zit de sleutel', 'ge zijt te laat voor school'],
    },
  },
];
