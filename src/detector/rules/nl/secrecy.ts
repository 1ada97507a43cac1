import type { RuleDef } from '../../types';

/**
 * Secrecy: Winters et al. (2020) isolation and post-abuse "maintenance" (preventing disclosure);
 * Elliot (2017) risk management. Asking the teen to tell no one, to keep it from parents, to
 * delete the chat or to use disappearing messages. Lookalikes: surprise parties and presents,
 * friends' own gossip about a crush, and a friend telling the teen to *do* tell their parents.
 */
export const rules: RuleDef[] = [
  {
    id: 'nl.secrecy.tell-no-one',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks the teen to tell no one or keeps "our secret".',
    patterns: [
      /\b(?:zeg|vertel|verklap|zeg maar|vertel maar) (?:het |dit |dat |er |hier |daar )?(?:.{0,12} )?(?:tegen|aan) (?:niemand|niemand anders|geen mens|geen een)\b/,
      /\b(?:tegen|aan) (?:niemand|geen mens) (?:.{0,12} )?(?:zeggen|vertellen|verklappen|laten zien|zien|doorvertellen)\b/,
      /\b(?:niet|nie|ni|niks|niets) (?:.{0,12} )?(?:doorvertellen|door vertellen|doorzeggen|rondvertellen|verder vertellen)\b/,
      /\b(?:dit|het|dat|alles) (?:blijft|is|moet blijven|houden we) (?:echt |gewoon |wel )?(?:tussen ons|tussen jou en mij|tussen jij en ik|tussen ons tweeen|onder ons)\b/,
      /\b(?:dit|het|dat|alles) (?:moet|blijft|mag) (?:echt |wel |gewoon )?(?:tussen ons|onder ons|tussen jou en mij|tussen ons tweeen)(?: blijven)?\b/,
      /\bmondje dicht\b/,
      /\b(?:je|jij) (?:mag|moet|kan|kunt) (?:het |dit |dat |er )?(?:aan |tegen )?(?:niemand|geen mens) (?:.{0,8} )?(?:vertellen|zeggen|laten zien|verklappen|over vertellen)\b/,
      /\b(?:ons|onze) (?:kleine )?(?:geheimpje|geheim|geheimen|secret|secretje)\b/,
      /\b(?:beloof|beloofd|belooft|zweer) (?:.{0,20} )?(?:dat )?(?:je|jij) (?:het |dit |er )?(?:aan |tegen )?(?:niemand|niks|niets|nooit|niet)\b/,
      /\b(?:hou|houd) (?:het|dit|dat|ons|alles) (?:.{0,12} )?(?:geheim|stil|voor jezelf|onder ons|tussen ons|secret)\b/,
      /\b(?:niemand|geen mens) (?:hoeft|mag|moet) (?:.{0,20} )?(?:te )?(?:weten|horen|zien)\b/,
    ],
    unless: [
      /\bniemand (?:mag|hoeft|moet) (?:het |dit )?(?:te )?weten dat ik\b/,
      /\bik (?:vind|vond) (?!je |jou )(?:.{0,20} )?(?:leuk|knap|cute|schattig)\b/,
      /\b(?:ik ben|kben|ik bn) (?:.{0,12} )?verliefd op (?!je\b|jou\b)/,
      /\b(?:verrassing[a-z']{0,6}|verassing[a-z']{0,6}|surprise|cadeautje|verjaardag|verjaardagsfeest|feestje|spoiler|spoilers|toets|proefwerk|antwoorden|sinterklaas|lootjes|moederdag|vaderdag)\b/, /\bgeheim (?:agent|recept|ingang|level|code van)\b/],
    examples: {
      match: [
        'zeg het tegen niemand oke',
        'dit blijft tussen ons',
        'ons geheimpje 🤫',
        'niemand hoeft dit te weten',
        'niet doorvertellen he',
        'beloof dat je het aan niemand vertelt',
        'hou het geheim',
        'vertel dit aan niemand',
      ],
      noMatch: [
        'het is een verrassingsfeest voor sanne dus niks zeggen tegen niemand',
        'niet tegen lisa zeggen, het is een verrassing',
        'niemand weet het antwoord van vraag 3',
        'zeg het tegen de juf',
        'ik heb het aan iedereen verteld',
        'het geheime level in minecraft is vet',
      ],
    },
  },
  {
    id: 'nl.secrecy.dont-tell-parents',
    category: 'secrecy',
    severity: 'medium',
    note: 'Tells the teen to keep the contact from parents, teachers or police. A friend urging the teen to *do* tell them is excluded.',
    patterns: [
      /\b(?:zeg|vertel|laat|verklap|zeg maar) (?:het |dit |dat |er |maar |ff |ook )?(?:niet|nie|ni|niks|niets|nooit) (?:.{0,12} )?(?:tegen|aan) (?:je|jouw|jou) (?:ouders|ouwers|pa en ma|moeder|mama|mam|vader|papa|pap|familie|broer|zus|mentor|juf|meester|leraar|lerares|school|vriendinnen|vrienden|vriendin)\b/,
      /\b(?:niet|nie|ni|niks|niets|nooit) (?:.{0,12} )?(?:aan|tegen) (?:je|jouw|jou|de) (?:ouders|ouwers|pa en ma|moeder|mama|mam|vader|papa|pap|familie|mentor|juf|leraar|politie|school|vriendinnen) (?:.{0,12} )?(?:vertellen|zeggen|laten zien|laten weten|verklappen|doorvertellen)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|mama|mam|vader|papa|pap|familie|mentor|vriendinnen) (?:hoeven|hoeft|mogen|mag|moeten|moet) (?:.{0,8} )?(?:dit|het|dat|hier|niks|niets|er) (?:.{0,12} )?(?:niet|nie|ni|nooit|niks|niets) (?:.{0,8} )?(?:te )?(?:weten|horen|zien|vanaf weten|van weten)\b/,
      /\b(?:je|jouw|jou) (?:ouders|ouwers|moeder|mama|mam|vader|papa|pap) (?:hoeven|hoeft|mogen|mag) (?:niet|nie|nooit) (?:.{0,20} )?(?:weten|horen|zien) (?:dat|van|wat)\b/,
      /\b(?:als|wanneer) (?:je|jij) (?:het |dit |iets )?(?:aan |tegen )?(?:je ouders|iemand|de politie|je moeder|je vader|je mentor) (?:.{0,10} )?(?:vertelt|zegt|verteld|laat zien)\b.{0,18}\b(?:dan|ben je|krijg je|krijg ik|is het)\b/,
    ],
    unless: [
      /\b(?:moet|moest|zou|kan|kun|wil|ga|durf|heb|waarom|wrm) (?:je|jij) (?:het |dit |dat )?(?:niet|nie|ni) (?:eens |toch |gewoon |maar )?(?:aan|tegen)\b/,
      /\b(?:verrassing[a-z']{0,6}|verassing[a-z']{0,6}|surprise|cadeau|cadeautje|verjaardag|moederdag|vaderdag|sinterklaas)\b/,
      /\b(?:mijn|mn|m'n) (?:cijfer|rapport|onvoldoende)\b/,
    ],
    examples: {
      match: [
        'niet aan je ouders vertellen he',
        'vertel het niet aan je mentor',
        'zeg niks tegen je moeder',
        'je ouders hoeven hier niks van te weten',
        'je moeder mag niet weten dat we praten',
        'niks tegen de politie zeggen',
      ],
      noMatch: [
        'je moet het aan je ouders vertellen echt',
        'heb je het al aan je mentor verteld?',
        'waarom vertel je het niet aan je ouders',
        'moet je het niet aan je moeder vertellen?',
        'zeg niks tegen je moeder over het cadeau',
        'ik zeg niks tegen mijn ouders over mijn cijfer',
      ],
    },
  },
  {
    id: 'nl.secrecy.delete-chat',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks to delete the chat, messages or evidence: removes what a parent or the police could find.',
    patterns: [
      /\b(?:verwijder|verwijderen|wis|wissen|delete|deleten|del|clear|leeg|gooi|haal) (?:.{0,20} )?(?:deze|dit|de|onze|ons|mijn|alle|al mijn|al onze|die|het) (?:hele )?(?:chat|chats|gesprek|gesprekken|berichten|berichtjes|bericht|convo|conversatie|dm|dms|msgs|appjes|chatgeschiedenis|geschiedenis)\b/,
      /\b(?:deze|dit|de|onze|ons|mijn|alle|al onze) (?:hele )?(?:chat|chats|gesprek|gesprekken|berichten|berichtjes|convo|dms|appjes|chatgeschiedenis) (?:.{0,20} )?(?:verwijderen|wissen|deleten|weghalen|weggooien|clearen)\b/,
      /\b(?:na het lezen|nadat je het gelezen hebt|als je het gelezen hebt|meteen|direct) (?:.{0,12} )?(?:verwijderen|wissen|deleten|weggooien)\b/,
      /\b(?:verwijder|wis|delete) (?:.{0,12} )?(?:het|dit|ze|alles|m|hem) (?:.{0,12} )?(?:meteen|direct|gelijk|na het lezen|nadat je|zodat niemand|voor je ouders|voordat)\b/,
      /\b(?:maak|neem) (?:.{0,12} )?(?:geen|nooit) (?:screenshots?|screens|ss)\b/,
    ],
    unless: [/\b(?:groepschat|groepsapp|de groep|klassenapp|spam|oude fotos|lelijk)\b/, /\b(?:ik heb|heb ik|ik ga|ik wil) (?:.{0,12} )?(?:verwijderd|gewist|deleted|verwijderen)\b/],
    examples: {
      match: ['verwijder deze chat na het lezen', 'wis onze chat ff', 'delete al mijn berichten', 'onze chat meteen verwijderen oke', 'verwijder het meteen', 'maak geen screenshots'],
      noMatch: [
        'ik heb die app verwijderd',
        'verwijder die foto van mij uit de groep ik sta er lelijk op',
        'kan je de groepschat verwijderen',
        'ik heb snapchat verwijderd want te veel tijd',
        'wis je bord ff voor de les',
        'ik ga mijn oude berichten verwijderen, telefoon is vol',
      ],
    },
  },
  {
    id: 'nl.secrecy.disappearing',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks to switch on disappearing messages or view-once media, so no trace remains.',
    patterns: [
      /\b(?:zet|doe|gebruik|activeer) (?:.{0,25} )?(?:op |aan )?(?:verdwijnen|verdwijnende berichten|verdwijn modus|verdwijnmodus|disappearing|disappearing messages|vanish mode|vanishmode|tijdelijke berichten)\b/,
      /\bverdwijnende berichten (?:.{0,12} )?(?:aan|aanzetten|aan zetten|zetten|inschakelen|gebruiken)\b/,
      /\b(?:vanish ?mode|disappearing messages|view once|eenmalige weergave|eenmalig bekijken|1x bekijken|een keer bekijken) (?:.{0,12} )?(?:aan|aanzetten|gebruiken|sturen|doen|zetten)\b/,
      /\b(?:stuur|send) (?:.{0,20} )?(?:als|met|op) (?:view once|eenmalige weergave|eenmalig|1x bekijken|een keer bekijken)\b/,
    ],
    unless: [/\b(?:mijn berichten verdwijnen|verdwijnen steeds|bug|storing)\b/],
    examples: {
      match: ['zet de berichten op verdwijnen', 'zet verdwijnende berichten aan', 'doe vanish mode aan', 'stuur het als view once', 'zet de chat op disappearing messages'],
      noMatch: [
        'mijn berichten verdwijnen steeds raar',
        'zet de timer op 10 min voor de pizza',
        'mijn streak is verdwenen',
        'zet je telefoon op stil in de les',
        'doe de verwarming aan',
      ],
    },
  },
  {
    id: 'nl.secrecy.cover-story',
    category: 'secrecy',
    severity: 'medium',
    note: 'Gives the teen a cover story ("zeg dat je bij een vriendin slaapt", save my number under a girl\'s name): a loverboy tactic to hide contact and meetings.',
    patterns: [
      /\b(?:zeg|vertel) (?:maar |gewoon |ff |even )?(?:tegen (?:je |jouw )?(?:ouders|moeder|mama|vader|papa|ma|pa|mam|pap) )?(?:dat|dt) (?:je|jij) (?:.{0,18} )?(?:bij een vriendin|bij je vriendin|bij een vriend|bij je vriend|bij [a-z]{2,10} thuis|gaat logeren|bij je oma|op training|naar de bieb|naar de bibliotheek|aan het leren|aan het studeren) ?(?:bent|slaapt|blijft|logeert|gaat|was)?\b/,
      /\b(?:zeg|vertel|doe alsof) (?:.{0,10} )?(?:dat )?(?:ik|ik gewoon) (?:een vriendin|een meisje|een vriendinnetje|een klasgenoot|een klasgenote|een meid|je nicht|je neef|van school) (?:.{0,18} )?(?:ben|bent|bn)\b/,
      /\bals (?:je|jouw) (?:moeder|ouders|vader|mam|pap|mama|papa|iemand|broer|zus) (?:.{0,6} )?(?:vraagt|vragen|vroeg) (?:.{0,20} )?(?:zeg|zeg je|zeg dan|zeg maar|zeg gewoon)\b/,
      /\b(?:doe alsof|doe maar alsof) (?:je|jij) (?:met|tegen) (?:een vriendin|je vriendin|een klasgenoot|iemand van school) (?:praat|appt|chat)\b/,
      /\b(?:sla|zet) (?:mijn|mn|m'n|me|mij) (?:nummer )?(?:.{0,12} )?(?:op )?(?:onder|als) (?:een )?(?:andere naam|meisjesnaam|meidennaam|een meisje|nep naam|nepnaam|valse naam|meisjes naam)\b/,
      /\b(?:zeg|vertel) (?:niet|nie|niks) (?:.{0,12} )?dat (?:je|jij) (?:met mij|met me|met iemand) (?:praat|appt|chat|afspreekt|bent)\b/,
    ],
    unless: [/\bzeg (?:maar )?(?:.{0,20} )?dat ik (?:ziek|later|te laat|niet kan)\b/],
    examples: {
      match: [
        'zeg maar dat je bij een vriendin slaapt',
        'zeg dat ik een vriendin van school ben',
        'sla mijn nummer op onder een meisjesnaam',
        'doe alsof je met een vriendin appt',
        'zeg niet dat je met mij praat',
      ],
      noMatch: [
        'zeg maar tegen de trainer dat ik ziek ben',
        'ik slaap bij een vriendin vanavond',
        'sla mijn nieuwe nummer op',
        'zeg dat ik later kom',
        'ik zei dat ik bij mijn oma was',
      ],
    },
  },
];
