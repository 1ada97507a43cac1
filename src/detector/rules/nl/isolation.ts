import type { RuleDef } from '../../types';

/**
 * Isolation: Winters et al. (2020, 2021) "gaining access and isolation"; in the loverboy method
 * the teen is turned against parents and friends so the exploiter becomes the only anchor.
 * Only claims about *the teen's* people count ("je ouders…"), not a friend venting about their
 * own parents ("mijn ouders snappen me niet").
 */
export const rules: RuleDef[] = [
  {
    id: 'nl.isolation.they-dont-understand',
    category: 'isolation',
    severity: 'medium',
    note: 'Says the teen\'s parents, family or friends do not understand or care about them.',
    patterns: [
      /\b(?:je|jouw|jou) (?:ouders|ouwers|pa en ma|moeder|vader|mams|paps|familie|vrienden|vriendinnen|vriendjes|klasgenoten|zus|broer) (?:.{0,12} )?(?:begrijpen|begrijpt|snappen|snapt|kennen|kent|zien|ziet|horen|hoort|waarderen|waardeert|respecteren|respecteert) (?:je|jou) (?:toch |gewoon |echt |helemaal |totaal )?(?:niet|nie|ni|nooit|never|niet echt|niet eens)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|pa en ma|moeder|vader|familie|vrienden|vriendinnen) (?:.{0,12} )?(?:snappen|snapt|begrijpen|begrijpt|weten) (?:er |daar |toch |echt )?(?:niks|niets|geen bal|geen reet|nix) (?:van|over) (?:je|jou|ons|wat wij hebben|onze relatie|jou en mij)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|pa en ma|moeder|vader|familie|vrienden|vriendinnen) (?:.{0,12} )?(?:geven|geeft|houden|houdt) (?:toch |echt |helemaal )?(?:niet|nie|niks|niets|geen zak|geen bal) (?:.{0,12} )?(?:om|van) (?:je|jou)\b/,
      /\bniemand (?:geeft|houdt) (?:echt |zo )?(?:om|van) (?:je|jou) (?:zoals|behalve|als|dan) ik\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|pa en ma|moeder|vader|familie|vrienden|vriendinnen) (?:snappen|snapt|begrijpen|begrijpt) (?:het|dat|dit|ons|er) (?:toch |gewoon |echt |nooit |toch ook )?(?:niet|nie|niks|nooit|never)\b/,
      /\b(?:ze|zij|die|hun|hullie) (?:begrijpen|snappen|kennen|zien|begrijpt|snapt) (?:je|jou) (?:toch |echt |gewoon )?(?:niet|nie) (?:zoals|als|zo goed als) ik\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|vader|familie|vrienden|vriendinnen) (?:zijn|is) (?:.{0,8} )?(?:niet|nie) (?:goed|lief|aardig) (?:voor|tegen) (?:je|jou)\b/,
      /\b(?:je|jouw|jou) (?:vrienden|vriendinnen|ouders|familie) (?:laten|laat) (?:je|jou) (?:toch |altijd |steeds |gewoon )*(?:vallen|zitten|in de steek)\b/,
      /\b(?:je|jij) (?:moet|kan|kunt|mag) (?:je|jouw) (?:ouders|moeder|vader|vrienden|vriendinnen|familie|mentor) (?:niet|nie|nooit) (?:zo |meer |echt )?(?:vertrouwen|geloven)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|vader|familie) (?:houden|houdt) (?:je|jou) (?:alleen maar |gewoon |altijd |alleen )?(?:tegen|klein|binnen|dom|gevangen|aan de lijn)\b/,
      /\bniemand (?:begrijpt|snapt|kent|helpt|steunt) (?:je|jou) (?:echt |nog )?(?:behalve|buiten|dan|naast) (?:ik|mij)\b/,
      /\b(?:alleen|enkel) ik (?:ben er|sta|zorg|geef|hou|houd) (?:echt )?(?:voor|om|van) (?:je|jou)\b/,
      /\bik (?:ben|bn) de (?:enige|enigste) die (?:echt )?(?:om|van) (?:je|jou) (?:geeft|houdt)\b/,
      /\bik (?:ben|bn) de (?:enige|enigste) die (?:er )?(?:echt )?voor (?:je|jou) is\b/,
      /\bik (?:ben|bn) de (?:enige|enigste) (?:op wie|waar) (?:je|jij) (?:echt |nog )?(?:kan|kunt|kn) (?:rekenen|vertrouwen|op rekenen|op bouwen|op vertrouwen)\b/,
      /\b(?:je|jouw) (?:ouders|moeder|vader) (?:willen|wil) (?:alleen maar|gewoon|alleen) (?:dat je|je) (?:.{0,10} )?(?:doet wat|gehoorzaamt|onder controle|controleren|klein houden|thuis houden|opsluiten)\b/,
      /\b(?:alleen ik|ik wel|ik snap je wel|ik begrijp je wel|ik begrijp je echt|ik snap je echt)\b.{0,28}\b(?:je|jouw) (?:ouders|ouwers|vrienden|vriendinnen|familie|moeder|vader) (?:niet|nie|ni|nooit)\b/,
      /\b(?:je|jouw) (?:ouders|ouwers|vrienden|vriendinnen|familie|moeder|vader) (?:niet|nie|ni|nooit)(?: maar)? (?:ik|ik wel)\b/,
    ],
    unless: [/\b(?:vast wel|best wel|heus wel|wel als je|als je het uitlegt)\b/],
    examples: {
      match: [
        'je ouders begrijpen je toch niet',
        'je vrienden snappen niks van jou',
        'je familie geeft niet om je',
        'niemand houdt van je zoals ik',
        'alleen ik ben er echt voor je',
        'je moeder snapt je nooit',
        'ik ben de enige die echt om je geeft',
      ],
      noMatch: [
        'mijn ouders snappen me echt niet',
        'je ouders begrijpen het vast wel als je het uitlegt',
        'je vriendin begrijpt de som niet',
        'mijn moeder geeft niks om mijn cijfers',
        'niemand geeft om die toets',
        'je ouders zijn echt chill',
      ],
    },
  },
  {
    id: 'nl.isolation.dont-listen',
    category: 'isolation',
    severity: 'medium',
    note: 'Tells the teen not to listen to parents, friends or school staff, or that those people are jealous of the relationship.',
    patterns: [
      /\bluister (?:niet|nie|ni|never|nooit) (?:meer )?(?:naar|na) (?:wat )?(?:je|jouw|jou|die) (?:ouders|ouwers|pa en ma|moeder|mama|mam|vader|papa|pap|familie|vrienden|vriendinnen|mentor|leraar|lerares|juf|meester|zus|broer|tante|oom|hulpverlener|begeleider)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|vader|familie) (?:zijn|is) (?:gewoon |echt |alleen maar |stiekem )?jaloers\b(?! op (?:je|jouw) )/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|vader|vrienden|vriendinnen|familie|zus|broer) (?:.{0,12} )?(?:zijn|is) (?:gewoon |echt |alleen maar )?jaloers (?:op ons|op wat wij|op mij|op jou en mij|op jullie)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|vader|vrienden|vriendinnen|familie) (?:.{0,12} )?(?:willen|wil) (?:je|jou|ons) (?:alleen maar |gewoon )?(?:controleren|opsluiten|kapot maken|tegenhouden|uit elkaar halen|kleineren)\b/,
      /\b(?:je|jij) (?:hebt|heb) (?:je ouders|je vrienden|je vriendinnen|je familie|niemand anders|niemand) (?:toch |echt |helemaal )?(?:niet|nie|niet meer) (?:nodig|meer nodig)\b/,
      /\b(?:je|jij) (?:hebt|heb) (?:toch )?niemand (?:anders )?(?:meer )?nodig (?:behalve|dan|buiten|naast) (?:mij|ik)\b/,
      /\b(?:je|jij) (?:hebt|heb) (?:toch )?(?:alleen|enkel) (?:mij|maar mij)\b/,
      /\b(?:je|jij) (?:hebt|heb) (?:toch )?mij(?: (?:toch|nog|als enige)\b| ?\??$)/,
    ],
    unless: [/\bluister (?:niet|nie) naar (?:je|die) (?:.{0,12} )?(?:haters|pesters)\b/],
    examples: {
      match: [
        'luister niet naar je moeder',
        'je hebt alleen mij nodig',
        'je vriendinnen zijn gewoon jaloers op ons',
        'je hebt je ouders niet nodig',
        'je ouders willen je alleen maar controleren',
        'luister niet naar je mentor',
      ],
      noMatch: [
        'luister naar je ouders man',
        'luister niet naar die haters',
        'je hebt alleen maar tweeën op je rapport haha',
        'je zus is jaloers op je nieuwe jas',
        'ik heb mijn oplader niet nodig',
        'luister niet naar die muziek tijdens de toets lol',
      ],
    },
  },
  {
    id: 'nl.isolation.against-us',
    category: 'isolation',
    severity: 'medium',
    note: 'Frames the outside world as against "us" ("ze willen ons uit elkaar halen", "wij tegen de wereld"): binds the teen to the groomer and prevents disclosure.',
    patterns: [
      /\b(?:ze|zij|iedereen|je ouders|je vrienden|je familie|de mensen) (?:willen|wil|gaan|proberen|zullen) (?:ons|jou en mij|jij en ik) (?:.{0,12} )?(?:uit elkaar (?:halen|drijven|trekken)|scheiden|kapot maken|tegenhouden)\b/,
      /\b(?:ze|zij|iedereen|je ouders|je vrienden|je familie) (?:zijn|is) (?:gewoon |allemaal |echt )?tegen ons\b/,
      /\b(?:wij|we|jij en ik|jij en mij) tegen (?:de (?:rest van de )?wereld|iedereen|de rest|de hele wereld)\b/,
      /\b(?:ze|zij|je ouders|je vrienden|niemand) (?:.{0,12} )?(?:zullen|gaan|kunnen|zouden) (?:ons|wat wij hebben|onze relatie|wat we hebben) (?:nooit|never|niet) (?:.{0,12} )?(?:begrijpen|snappen|accepteren|goedkeuren)\b/,
      /\b(?:ze|zij|je ouders|je vrienden) (?:willen|wil) (?:niet|nie) dat (?:wij|we|jij en ik) (?:samen|bij elkaar|met elkaar)\b/,
    ],
    unless: [/\b(?:klas|mentor|leraar|lerares|juf|meester|les|tafel|groepje|scheids|scheidsrechter|team|wedstrijd|potje|match)\b/],
    examples: {
      match: [
        'ze willen ons uit elkaar halen',
        'je ouders zijn gewoon tegen ons',
        'wij tegen de wereld schatje',
        'ze zullen ons nooit begrijpen',
        'je ouders willen niet dat wij samen zijn',
      ],
      noMatch: [
        'de scheids is tegen ons vandaag',
        'de mentor wil ons uit elkaar halen want we kletsen te veel',
        'die andere klas is tegen ons met het potje',
        'wij tegen 2b morgen met voetbal',
        'ze willen ons huiswerk morgen hebben',
      ],
    },
  },
  {
    id: 'nl.isolation.cut-off',
    category: 'isolation',
    severity: 'medium',
    note: 'Controls who the teen sees or talks to ("ik wil niet dat je met andere jongens praat", "blokkeer je vriendinnen"): a loverboy control tactic.',
    patterns: [
      /\bik (?:wil|wl) (?:niet|nie|ni) (?:meer )?dat (?:je|jij) (?:nog )?(?:met|bij) (?:(?:andere|die|je|jouw) (?:jongens|meiden|meisjes|mannen|gasten|vrienden|vriendinnen|mensen|vriendjes)|anderen|iemand anders|ze) (?:.{0,12} )?(?:praat|praten|omgaat|afspreekt|chat|appt|bent|chilt|hangt)\b/,
      /\b(?:je|jij) (?:mag|moet|mogen) (?:niet|nie|niet meer|nooit meer|stoppen) (?:meer )?(?:met )?(?:.{0,12} )?(?:met|van) (?:je|jouw|die|andere) (?:vrienden|vriendinnen|vriendjes|jongens|meiden|familie) (?:.{0,12} )?(?:praten|omgaan|afspreken|chillen|appen|chatten)\b/,
      /\b(?:je|jij) (?:hoeft|moet|mag) (?:niet|nie|geen|niet meer) (?:meer )?(?:met|naar) (?:je|jouw|die) (?:vrienden|vriendinnen|vriendjes) (?:.{0,6} )?(?:af te spreken|om te gaan|te praten|te chillen|afspreken|te gaan)\b/,
      /\b(?:blokkeer|block|verwijder|ontvolg|unfollow|dump) (?:.{0,12} )?(?:je|jouw|die|al je) (?:vrienden|vriendinnen|vriendin|vriend|vriendjes|klasgenoten)\b(?! uit (?:de|het) (?:groep|team))/,
      /\b(?:je|jouw|die|al die) (?:vrienden|vriendinnen|familie)(?: van je| van jou)? (?:zijn|is) (?:.{0,12} )?(?:slecht voor je|nep|fake|niet echt je vrienden|niet echt je vriendinnen|geen echte vrienden|geen echte vriendinnen|giftig|toxic|niet goed voor je)\b/,
      /\bkies (?:tussen )?(?:mij|voor mij) of (?:voor )?(?:je|jouw|hen|hun|ze|die) ?(?:ouders|vrienden|vriendinnen|familie)?\b/,
    ],
    unless: [/\bik (?:wil|wl) (?:niet|nie) dat (?:je|jij) (?:met|bij) (?:de|het) (?:fiets|bus|trein|regen)\b/],
    examples: {
      match: [
        'ik wil niet dat je nog met die jongens praat',
        'blokkeer je vriendinnen',
        'je vrienden zijn slecht voor je',
        'je mag niet meer met je vriendinnen afspreken',
        'kies tussen mij of je ouders',
        'ik wil niet dat je met andere jongens praat',
      ],
      noMatch: [
        'ik ga niet meer met die groep om',
        'ik wil niet dat je met de fiets gaat het regent',
        'mag je niet met je vriendinnen afspreken van je ouders?',
        'blokkeer die spammer ff',
        'mijn vrienden zijn echt nep soms',
        'kies jij maar een film',
      ],
    },
  },
];
