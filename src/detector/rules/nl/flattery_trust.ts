import type { RuleDef } from '../../types';

/**
 * Trust building (Elliot 2017; Winters et al. 2020 "trust development"). Plain compliments are
 * `low`: friends say them too. The classic grooming lines are `medium`: treating the teen as an
 * adult ("volwassen voor je leeftijd", "leeftijd is maar een getal"), claiming to be the only
 * one who understands them, a "special bond", and the love-bombing that Dutch research on
 * loverboys ("binnenlandse seksuele uitbuiting", e.g. Verwijs-Jonker Instituut; CKM) describes
 * as the first phase: the teen is made to feel seen and in love before being exploited.
 */
export const rules: RuleDef[] = [
  {
    id: 'nl.flattery_trust.mature-for-age',
    category: 'flattery_trust',
    severity: 'medium',
    note: 'Tells the teen they are mature, older than their age, or that age does not matter: lowers the teen\'s guard about the age gap (Winters et al. 2020: "you\'re so mature").',
    patterns: [
      /\b(?:volwassen|wijs|rijp|mature|ver|ouder|slim) voor (?:je|jouw|jou) (?:leeftijd|age|jaren)\b/,
      /\bje (?:bent|bn|ben|lijkt|komt|klinkt|doet|denkt|praat|gedraagt) (?:je )?(?:echt |zo |zoo |veel |heel |wel |best |super |al |erg |gewoon )?(?:volwassen|volwassener|mature|ouder over|ouder dan je bent)\b/,
      /\b(?:je|jij) (?:lijkt|oogt|klinkt) (?:echt |wel |al |zeker |gewoon |eerder )?(?:1[6-9]|2[0-9])\b(?! (?:min|minuten|cm|kilo|kg|punten|procent))/,
      /\bje (?:lijkt|komt|klinkt|oogt) (?:.{0,20} )?(?:ouder|volwassener)\b(?! (?:op|dan je (?:broer|zus)))/,
      /\bvoor (?:een |je |jouw )?(?:1[0-9]|leeftijd)(?: jaar| jarige| jarig meisje)? (?:ben|bn|lijk|klink|denk|praat) (?:je|jij) (?:echt |heel |zo |best |super |wel )?(?:volwassen|mature|wijs|ver|slim|ouder)\b/,
      /\b(?:je|jij) (?:bent|bn|lijkt|denkt|doet) (?:echt |veel |zo |wel |gewoon )?(?:volwassener|ouder|slimmer|wijzer|verder|mature) dan (?:je |jouw |andere |de |al je |alle )?(?:klasgenoten|leeftijdsgenoten|vriendinnen|vrienden|meiden|jongens|anderen|kinderen|meisjes|klas)\b/,
      /\b(?:leeftijd|age) (?:is|zegt|maakt) (?:maar |toch |gewoon |echt )?(?:een getal|een nummer|niks|niets|niet uit|just a number)\b/,
      /\bniet (?:zoals|als) (?:de )?(?:andere|anderen|andere meisjes|andere meiden|andere jongens|andere kinderen|andere pubers|meisjes|meiden|jongens|kinderen) (?:van |op )?(?:je|jouw) (?:leeftijd|school)\b/,
      /\b(?:jij|je) (?:bent|bn) (?:niet|nie|anders|echt anders) (?:.{0,12} )?(?:zoals|als|dan) (?:de )?(?:andere|anderen|andere meisjes|andere meiden|andere jongens|meisjes|meiden|jongens|de rest|rest|iedereen)\b/,
    ],
    unless: [/\bvolwassen (?:als|wanneer|vanaf|bij)\b/, /\b(?:oma|opa|tante|oom)\b/],
    examples: {
      match: [
        'je bent echt zo volwassen voor je leeftijd',
        'je lijkt veel ouder dan 14',
        'leeftijd is maar een getal',
        'jij bent niet zoals andere meisjes van je leeftijd',
        'je komt echt volwassen over',
        'je bent heel wijs voor je leeftijd',
        'je praat zo volwassen',
      ],
      noMatch: [
        'je bent volwassen als je 18 bent',
        'je bent 2 maanden ouder dan ik toch',
        'je lijkt op je moeder',
        'je bent echt volwassen geworden zeg oma',
        'wat is je leeftijd',
        'je bent zo kinderachtig haha',
      ],
    },
  },
  {
    id: 'nl.flattery_trust.only-i-understand',
    category: 'flattery_trust',
    severity: 'medium',
    note: 'Claims to be the only one who truly understands the teen: builds dependence and prepares isolation (Winters et al. 2020).',
    patterns: [
      /\bniemand (?:begrijpt|snapt|kent|ziet|voelt) (?:je|jou) (?:echt |zo )?(?:zoals|zo goed als|beter dan|als) ik\b/,
      /\b(?:alleen|enkel) ik (?:begrijp|snap|ken|zie) (?:je|jou)\b/,
      /\bik (?:ben|bn) de (?:enige|enigste) die (?:je|jou) (?:echt |wel |écht )?(?:begrijpt|snapt|kent|ziet|hoort|serieus neemt)\b/,
      /\bik (?:begrijp|snap|ken) (?:je|jou) (?:als enige|beter dan (?:wie|iedereen|je ouders|je vrienden|je vriendinnen)|echt als geen ander)\b/,
      /\bbij mij (?:kan|kun|mag) (?:je|jij) (?:helemaal )?(?:jezelf|je zelf) zijn\b/,
    ],
    examples: {
      match: [
        'niemand begrijpt je zoals ik dat doe',
        'alleen ik snap je echt',
        'ik ben de enige die je echt begrijpt',
        'ik ken je beter dan iedereen',
        'bij mij kan je jezelf zijn',
        'niemand ziet jou zoals ik',
      ],
      noMatch: [
        'niemand begrijpt die som',
        'ik begrijp je wel hoor ik had dat ook',
        'alleen ik snap de opdracht niet',
        'ik ben de enige die de opdracht af heeft',
        'bij de kapper kan je zelf kiezen',
        'ik snap je niet wat bedoel je',
      ],
    },
  },
  {
    id: 'nl.flattery_trust.love-bombing',
    category: 'flattery_trust',
    severity: 'medium',
    note: 'Declares love or overwhelming feelings quickly. Love-bombing is the first phase of the loverboy method (Dutch research on binnenlandse seksuele uitbuiting) and of online grooming.',
    patterns: [
      /\bik (?:ben|bn) (?:zo |echt |helemaal |smoor|hartstikke )?(?:verliefd|smoorverliefd|gek) op (?:je|jou)\b(?! (?:broer|broertje|zus|zusje|vriend|vriendin|beste|klasgenoot|neef|nicht|moeder|vader|mam|pap|stem|tekening|tekeningen)\b)/,
      /\bik (?:denk|droom) (?:de hele dag|elke dag|steeds|constant|alleen maar|de hele tijd|dag en nacht|elke nacht|heel vaak) (?:.{0,12} )?(?:aan|over) (?:je|jou)\b(?! (?:toets|verjaardag|feest|cadeau|examen)\b)/,
      /\b(?:je|jij) (?:bent|bn) (?:mijn|mn|m'n) (?:alles|wereld|prinses|prinsesje|koningin|soulmate|liefde|lieverd|schatje|droomvrouw|droommeisje|droomjongen|toekomst|engel)\b/,
      /\b(?:je|jij) (?:bent|betekent) (?:echt |gewoon |zo )?(?:alles|de wereld) voor (?:me|mij)\b/,
      /\bik (?:kan|kn) (?:niet|nie) (?:meer )?(?:stoppen met|ophouden met) (?:aan (?:je|jou) (?:te )?denken|(?:je|jou) (?:te )?(?:appen|denken))\b/,
      /\bik zie (?:je|jou) (?:echt |al |nu |gewoon )?als (?:mijn |mn |m'n )(?!beste)(?:vriendin|vriendinnetje|meisje|vrouw|vriendje|partner|prinses|schatje)\b/,
      /\bik (?:kan|kn) (?:niet|nie|ni) (?:meer )?(?:zonder (?:je|jou)|leven zonder (?:je|jou))\b/,
      /\bik (?:wil|wl) (?:voor altijd|altijd|een toekomst|mijn leven|de rest van mijn leven) (?:.{0,12} )?(?:met|bij) (?:je|jou)\b/,
      /\bik (?:heb|had) (?:nog )?(?:nooit|nog nooit) (?:eerder )?iemand (?:zoals|als|gelijk) (?:jij|jou) (?:ontmoet|gezien|gekend|gesproken|leren kennen)\b/,
      /\bik hou (?:zo ?veel |echt |heel veel |zielsveel )?van (?:je|jou) (?:meer dan (?:wie|alles|iedereen|ooit)|zoals niemand|echt waar|al vanaf (?:de eerste|dag een))\b/,
      /\b(?:je|jij) (?:bent|bn) (?:echt |zo'?n |gewoon )?(?:een |mijn |mn )?(?:prinses|prinsesje|godin|koninginnetje)\b/,
      /\b(?:zoiets|dit|zo'n gevoel) (?:heb|had) ik (?:nog )?(?:nooit|nog nooit) (?:eerder )?(?:gevoeld|gehad)\b/,
      /\b(?:jij|je) (?:bent|bn) (?:de enige|de enigste|het enige) (?:voor|die|dat) (?:mij|me|ik)\b/,
    ],
    examples: {
      match: [
        'ik ben verliefd op je',
        'ik denk de hele dag aan jou',
        'je bent mijn alles',
        'ik kan niet meer zonder jou',
        'ik wil voor altijd bij je zijn',
        'jij bent de enige voor mij',
        'zoiets heb ik nog nooit gevoeld',
      ],
      noMatch: [
        'ik ben verliefd op die nieuwe serie',
        'ik denk dat ik verliefd ben op daan',
        'ik ben verliefd op je broer zeg het niet',
        'ik denk de hele dag aan de toets van morgen',
        'je bent mijn beste vriendin',
        'ik kan niet zonder mijn telefoon',
      ],
    },
  },
  {
    id: 'nl.flattery_trust.special-bond',
    category: 'flattery_trust',
    severity: 'medium',
    note: 'Claims a unique bond ("wat wij hebben is speciaal", "soulmates"): makes the relationship feel exclusive, which later justifies secrecy.',
    patterns: [
      /\b(?:wij|we) (?:hebben|hebbe) (?:echt )?(?:een |zo'n |zon )?(?:speciale|bijzondere|echte|unieke|sterke) (?:band|connectie|klik|relatie)\b/,
      /\bwat (?:wij|we) (?:hebben|samen hebben) is (?:echt |zo )?(?:speciaal|bijzonder|uniek|anders)\b/,
      /\b(?:wij|we) (?:zijn|zijn echt|zijn gewoon) (?:soulmates|zielsverwanten|voor elkaar gemaakt|perfect voor elkaar)\b/,
      /\b(?:zo'n|zon|zo een|zoon) (?:klik|connectie|band) (?:heb|had) ik (?:nog )?(?:nooit|nog nooit)\b/,
      /\b(?:jij|je) (?:bent|bn) (?:echt |zo )?(?:anders dan (?:de rest|alle anderen|iedereen)|speciaal voor mij|bijzonder voor mij)\b/,
      /\bik voel (?:me |mij )?(?:zo |echt |heel |zo erg )?(?:verbonden|een connectie|een band|een klik|een speciale band) (?:met|met jou|met je)\b/,
      /\b(?:wij|we) (?:snappen|begrijpen|voelen) elkaar (?:echt |gewoon )?(?:zo goed|perfect|als geen ander|zonder woorden|echt)\b/,
      /\b(?:jij|je) (?:snapt|begrijpt|kent) (?:me|mij) (?:echt |gewoon )?(?:als enige|beter dan (?:wie|iedereen|mijn vrienden)|zo goed)\b/,
    ],
    unless: [/\b(?:aanbieding|korting|muziek|optreden|concert|band van)\b/],
    examples: {
      match: [
        'wij hebben echt een speciale band',
        'wat wij hebben is speciaal',
        'we zijn soulmates',
        'zo\'n klik heb ik nog nooit gehad',
        'jij bent anders dan de rest',
      ],
      noMatch: [
        'we hebben een speciale aanbieding bij de kapper',
        'de band speelt zaterdag in de aula',
        'we hebben een klik gehad op de knop',
        'ik heb een bijzondere steen gevonden',
        'jij bent anders echt gek haha',
      ],
    },
  },
  {
    id: 'nl.flattery_trust.trust-me',
    category: 'flattery_trust',
    severity: 'low',
    note: 'Asks to be trusted or presents themselves as different from other men/boys: a reassurance step before the risky requests.',
    patterns: [
      /\b(?:je|jij) (?:kan|kunt|kun|mag) (?:me|mij) (?:echt |altijd |gewoon |100% |wel )?(?:vertrouwen|alles vertellen|alles vragen)\b/,
      /\bvertrouw (?:me|mij) (?:nou |maar |gewoon |nou maar |toch )?(?:maar|nou|gewoon|toch|echt|$)/,
      /\bik (?:zou|zal) (?:je|jou) (?:nooit|never) (?:pijn doen|kwetsen|iets aandoen|laten vallen|in de steek laten)\b/,
      /\bik (?:ben|bn) (?:niet|nie|anders) (?:zoals|als|dan) (?:andere|die andere|de andere) (?:jongens|mannen|gasten|volwassenen|meiden)\b/,
    ],
    examples: {
      match: ['je kan me echt vertrouwen hoor', 'vertrouw me nou maar', 'ik zou je nooit pijn doen', 'ik ben niet zoals andere jongens', 'je kan mij alles vertellen'],
      noMatch: [
        'kan ik je vertrouwen met een geheim?',
        'ik vertrouw die site niet',
        'vertrouw je die leraar?',
        'ik kan je morgen alles vertellen over het feest',
        'ik ben niet zoals mijn broer',
      ],
    },
  },
  {
    id: 'nl.flattery_trust.compliment',
    category: 'flattery_trust',
    severity: 'low',
    note: 'Compliments on looks. Harmless from friends, but frequent and early flattery from a stranger is a trust-building move; low on its own.',
    patterns: [
      /\b(?:je|jij) (?:bent|bn|ben|ziet er) (?:echt |zo |zoo |super |heel |mega |erg |best |wel |gewoon |toch |zó )?(?:mooi|knap|prachtig|beeldschoon|beautiful|pretty|gorgeous|cute|schattig|perfect)\b(?! (?:gedaan|geworden op|dat|ingepakt))/,
      /\bwat (?:ben|bn|zie) (?:je|jij) (?:er )?(?:toch |echt |zo )?(?:mooi|knap|prachtig|schattig|cute|perfect)\b/,
      /\b(?:je|jij) (?:bent|bn) (?:echt |gewoon |toch )?(?:de|het) (?:mooiste|knapste|liefste|leukste|lekkerste) (?:meisje|meid|jongen|girl|persoon|vrouw)\b/,
      /\b(?:de |het )?(?:mooiste|knapste|liefste|leukste) (?:meisje|meid|jongen|vrouw|girl) (?:die|dat) ik (?:ooit )?(?:ken|ooit|heb gezien|gezien heb)\b/,
      /\b(?:je|jij) (?:bent|bn) (?:echt |toch |gewoon )?(?:zo'?n|zon|een|echt een) (?:heel |super |echt )?(?:mooi|mooie|knap|knappe|prachtig|prachtige|lief|lieve) (?:meisje|meid|jongen|girl|dame)\b/,
      /\b(?:mooie|knappe|prachtige) (?:meid|meisje|jongen|girl|dame)\b(?! (?:op|in|uit) (?:de|het) (?:film|serie|klas|video))/,
    ],
    examples: {
      match: ['je bent zo mooi serieus', 'wat ben je knap zeg', 'jij bent de mooiste meid die ik ken', 'je ziet er echt prachtig uit', 'mooie meid ben jij', 'wat zie je er schattig uit'],
      noMatch: [
        'die jurk is echt mooi',
        'knap gedaan van je toets!',
        'wat een mooie foto van het strand',
        'je tekening is echt mooi',
        'dat is knap van je',
        'mooi zo, tot morgen',
      ],
    },
  },
];
