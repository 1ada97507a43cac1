import type { RuleDef } from '../../types';
import { withEverydayTwins } from '../shared';

/**
 * Checking that no one is watching: Elliot's (2017) "risk assessment" stage. Groomers ask whether
 * the child is alone, when the parents are out or asleep and whether anyone looks at the phone.
 * The teen's own "ik ben alleen thuis" is never a signal (only the other person's messages are
 * scored, and the patterns ask about "je").
 */
const BASE: RuleDef[] = [
  {
    id: 'nl.alone_check.home-alone',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks whether the teen is alone (at home, in their room) right now or later.',
    patterns: [
      /\b(?:ben|bn|bent|zit|zitte|lig) (?:je|jij|u) (?:.{0,20} )?(?:all?ee?n|alone)\b/,
      /\b(?:all?ee?n|alone) (?:thuis|op je kamer|op je kmr|op jouw kamer|in huis|home)\b.{0,20}\?/,
      /\bis er (?:nu |nog |nu nog )?iemand (?:anders )?(?:bij je|bij jou|thuis|in huis|bij je thuis|bij jou thuis|op je kamer)\b/,
      /\bis er (?:nu |nog |dan )?(?:iemand|wie) (?:anders )?(?:wakker|op|thuis wakker) (?:bij (?:je|jou)|bij (?:je|jou) thuis|in huis)\b/,
      /\bis er (?:nu |nog |dan )?niemand (?:anders )?(?:thuis|bij je|bij jou|in huis)\b.{0,10}\?/,
      /\bhome alone ?\?|\b(?:ben je|bn je|ben jij|zit je|je|jij|u) (?:nu |rn |vanavond |morgen |straks )?home alone\b/,
      /\bwie (?:is|zijn) er (?:allemaal |nog |nu |nu allemaal )?(?:thuis|bij je|bij jou|bij je thuis|bij jou thuis|in huis)\b/,
      /\b(?:heb|hebt) (?:je|jij) (?:het |je |jouw )?(?:huis|huisje|kamer) (?:.{0,12} )?(?:vrij|voor jezelf|voor je alleen|helemaal voor jezelf)\b/,
      /\bis (?:je|jouw|het) huis (?:.{0,12} )?vrij\b|\b(?:ben|bn|zit)j(?:e|ij) ?all?ee?n\b/,
      /\b(?:zit|ben|lig) (?:je|jij) (?:nu )?(?:op|in) je (?:kamer|bed)\b.{0,16}\bdeur (?:.{0,4} )?(?:dicht|op slot)\b|\b(?:is|zit) (?:je|jouw) (?:kamer)?deur (?:.{0,6} )?(?:dicht|op slot)\b/,
    ],
    unless: [
      /\ball?ee?n (?:maar|gegaan|geweest|naar|met|nog|in de (?:klas|bus|trein|les|groep)|op (?:school|de foto|training)|of met|of samen)\b/,
      /\b(?:ik ben|ik bn|kben|ben ik|ik zit|kzit|zit ik|we zijn|wij zijn|ik was) (?:.{0,20} )?all?ee?n\b/,
      /\b(?:gaan|ga|ging|komt|kom|fiets|loop) (?:je|jij) (?:.{0,12} )?all?ee?n\b/,
      /\b(?:netflixen|film kijken|mee eten|komen eten|samen leren|huiswerk|met [a-z]{2,12} erbij)\b/,
    ],
    examples: {
      match: [
        'ben je alleen?',
        'lig je in je bed met je deur op slot?',
        'b.e.n.j.i.j a.l.l.e.e.n',
        'zit je alleen op je kamer rn',
        'ben je alleen thuis?',
        'bn je alleen',
        'zit je nu alleen op je kamer?',
        'Ben jij alleeeen thuis vanavond',
        'is er nog iemand bij je?',
        'alleen thuis rn?',
        'ben je alone?',
        'heb je het huis voor jezelf vanavond',
      ],
      noMatch: [
        'ik ben alleen thuis want mama werkt',
        'ga je alleen of met de bus?',
        'ben je morgen op school?',
        'is er iemand die de wiskunde snapt',
        'alleen maar huiswerk vandaag',
        'ben je alleen maar aan het gamen?',
        'zit je alleen in de klas bij wiskunde?',
        'ik heb huis vrij zaterdag, kom je?',
        'im home alone so come over after school',
      ],
    },
  },
  {
    id: 'nl.alone_check.parents-away',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks when the parents are away, out at work or asleep: finding the moment nobody is watching.',
    patterns: [
      /\b(?:wanneer|hoe laat|wanneer gaan|wnnr) (?:zijn|gaan|komen|komt|gaat|is|vertrek(?:ken|t)|werken) (?:je|jou|jouw) (?:ouders|ouwers|pa en ma|mams?|paps?|moeder|vader)\b.{0,20}\b(?:weg|thuis|terug|slapen|naar bed|werken|de deur uit)\b/,
      /\b(?:zijn|zn) (?:je|jou|jouw) (?:ouders|ouwers|pa en ma) (?:er )?(?:nu |al |nog |vanavond |morgen |dit weekend )?(?:weg|thuis|niet thuis|er niet|er nie|aan het werk|op vakantie|vertrokken|de deur uit|naar bed|gaan slapen|op stap|uit eten)\b(?! (?:op|bij|van|naar|voor) (?:de|het) (?:ouderavond|rapport|10 minuten|tien minuten))/,
      /\b(?:zijn|zn) (?:je|jou|jouw) (?:ouders|ouwers|pa en ma) er (?:vanavond|vannacht|morgen|dit weekend|straks|nu|de hele dag|niet|nie)\b/,
      /\b(?:slapen|slaapt) (?:je|jou|jouw) (?:ouders|ouwers|pa en ma|moeder|vader|mam|pap|mama|papa) (?:.{0,12} )?(?:al|nu|nog niet|eindelijk)\b/,
      /\b(?:slaapt|slapen) (?:iedereen|ze) (?:bij je |bij jou |thuis )?(?:al|nu)\b.{0,10}\?/,
      /\b(?:is|zijn) (?:je|jou|jouw) (?:moeder|vader|mam|pap|ma|pa|ouders) (?:al |nu |nog )?(?:weg|naar bed|aan het werk|op het werk|de deur uit|er niet)\b/,
      /\b(?:wanneer|hoe laat|welke dagen|wnnr) (?:werkt|werken|moet|moeten) (?:je|jou|jouw) (?:ouders|moeder|vader|mam|pap|mama|papa)\b(?: (?:weer|werken|naar (?:hun|haar|zijn) werk))?(?! (?:thuis|vanuit huis))/,
      /\b(?:ouders|moeder|vader|mam|pap|ma|pa)\b.{0,20}\b(?:kunnen|kan|zullen) (?:we|wij) (?:.{0,6} )?(?:rustig|ongestoord|stiekem) (?:praten|bellen|facetimen|chatten|videobellen)\b/,
      /\b(?:werken|werkt) (?:je|jou|jouw) (?:ouders|moeder|vader|mam|pap) (?:.{0,12} )?(?:laat|tot laat|nachtdienst|avonddienst|vanavond|s avonds|'s avonds)\b/,
    ],
    unless: [/\b(?:ouderavond|10 minuten gesprek|rapportgesprek|carpool|oppas nodig)\b/],
    examples: {
      match: [
        'wanneer zijn je ouders weg',
        'zijn je ouders er nie',
        'wanneer zijn je ouders weg?',
        'hoe laat gaat je vader weg',
        'als je pa slaapt kunnen we dan ongestoord bellen?',
        'zijn je ouders thuis',
        'zn je ouders nog weg',
        'slapen je ouders al?',
        'hoe laat komen je ouders terug',
        'is je moeder al naar bed',
        'werkt je moeder vanavond laat?',
      ],
      noMatch: [
        'je moeder wil morgen rustig praten over je rapport',
        'slaapt je zus al?',
        'mijn ouders zijn weg dit weekend',
        'zijn je ouders ook op de ouderavond?',
        'wanneer gaan we naar je oma',
        'je ouders zijn echt chill',
        'mijn moeder slaapt al, niet bellen',
        'is je moeder thuis? ik moet haar iets vragen over de carpool',
      ],
    },
  },
  {
    id: 'nl.alone_check.phone-checked',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks whether parents check the phone, read along or have parental controls: whether the chat will be discovered (Elliot 2017, risk assessment).',
    patterns: [
      /\b(?:kijken|kijkt|checken|checkt|lezen|leest|controleren|controleert|bekijken|bekijkt|snuffelen) (?:je|jou|jouw) (?:ouders|ouwers|mam|mama|moeder|vader|papa|pa|ma|pap) (?:.{0,12} )?(?:in |op |door |naar )?(?:je|jou|jouw) (?:telefoon|mobiel|gsm|fone|phone|chats?|berichten|appjes|dms|insta|snap|whatsapp)\b/,
      /\b(?:kijken|kijkt|lezen|leest) (?:je|jou|jouw) (?:ouders|ouwers|mam|mama|moeder|vader|papa|pa|ma|pap) (?:.{0,12} )?mee\b/,
      /\b(?:kunnen|kan|mogen|mag) (?:je|jou|jouw) (?:ouders|moeder|vader|mam|pap) (?:.{0,12} )?(?:je|jouw) (?:berichten|chats|telefoon|dms|appjes|gesprekken) (?:.{0,12} )?(?:zien|lezen|checken|inkijken|bekijken)\b/,
      /\b(?:heb|hebt|zit|staat) (?:je|jij|er) (?:.{0,12} )?(?:ouderlijk toezicht|family ?link|parental control|qustodio|bark)\b/,
      /\b(?:kan|kijkt|leest) (?:er )?(?:iemand|wie) (?:.{0,12} )?(?:mee|meekijken|meelezen)\b(?! naar)(?:.{0,10}\?| (?:op|in|met) (?:je|jouw) (?:telefoon|mobiel|gsm|chats?|berichten|scherm))/,
      /\b(?:weten|weet) (?:je|jou|jouw) (?:ouders|moeder|vader|mam|pap) (?:.{0,12} )?(?:je|jouw) (?:wachtwoord|code|pincode|toegangscode)\b/,
    ],
    examples: {
      match: [
        'kijkt iemand mee op je telefoon',
        'checkt je moeder je whatsapp',
        'checken je ouders ooit je telefoon?',
        'kijkt je moeder weleens in je telefoon',
        'lezen je ouders mee?',
        'heb je ouderlijk toezicht op je telefoon',
        'kan iemand meekijken?',
        'weten je ouders je wachtwoord',
      ],
      noMatch: [
        'mijn moeder checkt altijd mijn huiswerk',
        'ik heb family link zo irritant',
        'kijk je mee naar de wedstrijd?',
        'mijn vader leest de krant',
        'kan iemand meekijken naar mijn som?',
        'checkt je moeder je huiswerk ook altijd',
      ],
    },
  },
  {
    id: 'nl.alone_check.alone-later',
    category: 'alone_check',
    severity: 'medium',
    note: 'Plans around the moment the teen will be alone ("als je alleen bent…", "wanneer is er niemand thuis").',
    patterns: [
      /\b(?:wanneer|wnnr|hoe laat) (?:is er|zijn er|ben je|bn je) (?:weer )?(?:niemand|geen mens|alleen|all?ee?n thuis)\b/,
      /\b(?:als|wanneer|zodra) (?:je|jij) (?:.{0,12} )?all?ee?n (?:bent|bnt|thuis bent|bent thuis|op je kamer bent|bent op je kamer)\b/,
      /\b(?:als|wanneer|zodra) (?:er )?niemand (?:meer )?(?:thuis|er|bij je|in huis) is\b/,
      /\blaat (?:me|mij|het|ff|even) (?:.{0,12} )?weten (?:als|wanneer|zodra) (?:je|jij) (?:.{0,12} )?all?ee?n\b/,
    ],
    unless: [/\b(?:deur op slot|doe de deur|niet opendoen|eten staat|magnetron)\b/],
    examples: {
      match: [
        'wanneer ben je alleen thuis',
        'wanneer is er niemand thuis',
        'als je alleen bent stuur me ff een bericht',
        'laat me weten zodra je alleen bent',
        'zodra niemand meer thuis is bel ik je',
      ],
      noMatch: [
        'als je alleen thuis bent doe de deur op slot',
        'wanneer ben je thuis van school?',
        'als je thuis bent app me ff',
        'wanneer is er training',
        'als niemand antwoord weet gaan we door',
      ],
    },
  },
  {
    id: 'nl.alone_check.whos-around',
    category: 'alone_check',
    severity: 'low',
    note: 'Low on its own: asks in passing who is around the teen ("zit je mama in de buurt", "zijn ze al weg", "is de kust veilig", "heb je een eigen kamer"). Family and friends ask this too; it counts at `high` and in combinations.',
    patterns: [
      /\b(?:je|jouw|uw|ge|gij) (?:ouders|ouwers|ma|pa|mama|papa|moeder|vader|mams|paps|zus|broer|zusje|broertje|familie|ouwe|oudjes)\b.{0,20}\b(?:thuis|weg|in de buurt|slapen|slaapt|wakker|naast je|bij je|bij u)\b/,
      /\b(?:zijt|zijde) (?:ge|gij|u)(?: \w+){0,2} alleen\b|\b(?:je|ge|gij|jij) (?:bent|zijt|bn) (?:toch |nu |nog |dan |wel )*alleen\b(?! (?:maar|met|ofzo|naar))/,
      /\bof (?:je|ge|gij|jij|u) (?:nu |nog )?alleen (?:bent|zijt|bn|thuis)\b/,
      /\b(?:zonder dat|waar) (?:iemand|niemand) (?:het |je |u |ons |mee)?(?:ziet|hoort|meeleest|meekijkt|stoort|binnenkomt)\b/,
      /\b(?:is|zijn) (?:er )?(?:nog )?(?:iemand|ze|die|hij|zij) (?:al |nog )*(?:weg|wakker|thuis bij (?:je|jou|jullie|u))\b/,
      /\bde kust (?:is )?(?:al )?(?:veilig|vrij)\b/,
      /\b(?:heb|hebt|hebde) (?:je|ge|gij) (?:een )?eigen kamer\b/,
    ],
    unless: [/\b(?:mijn|mn|m'n|ons) (?:ouders|moeder|vader|mama|papa|ma|pa|huis)\b|\bnieuwe huis\b/],
    examples: {
      match: ['zit je mama in de buurt?', 'wnr gaan je ouders weg', 'zijn ze al weg?', 'zijt ge alleen thuis vandaag', 'is uw ma thuis', 'is de kust veilig?', 'je bent toch alleen nu he', 'kun je ff naar een plek waar niemand je hoort', 'heb je een eigen kamer'],
      noMatch: ['ik ben alleen thuis, zo saai', 'mijn ouders zijn weg dit weekend dus ik ga naar oma', 'heb je een eigen kamer in het nieuwe huis? leuk!', 'ga je alleen naar de bus?'],
    },
  },
];

/** A reason a friend gives ("dan gaan we …", "ik sta voor de deur", homework, a party, family). */
const EVERYDAY =
  /\b(?:dan (?:kunnen|gaan) we|ik sta|voor de deur|lawaai|muziek|leren|huiswerk|werkstuk|feestje|feest|filmavond|met de meiden|je zus|mama|papa|training|snoep|snacks|project|nee toch|brengen|terugbrengen|jas|sleutel|sleutels|oplader|chips|pizza|(?:mijn|mn|m'n) (?:moeder|vader|ouders|broer|zus))\b/;

export const rules: RuleDef[] = withEverydayTwins(BASE, EVERYDAY, {
  'nl.alone_check.home-alone': {
    match: ['ben je alleen thuis? dan gaan we met de meiden een filmavond doen', 'is er iemand thuis bij jou, ik sta voor de deur', 'ben je alleen op je kamer aan het leren?'],
    noMatch: ['ik ben alleen thuis want mama werkt', 'ga je alleen of met de bus?', 'alleen maar huiswerk vandaag'],
  },
  'nl.alone_check.parents-away': {
    match: ['zijn je ouders weg dit weekend? dan kunnen we een feestje geven haha', 'wanneer komen je ouders thuis? we moeten nog naar training', 'slapen je ouders al? je muziek staat zo hard', 'zijn je ouders thuis? ik wil mijn jas terug', 'zijn je ouders thuis? mijn moeder wil haar schaal terug'],
    noMatch: ['mijn ouders zijn weg dit weekend', 'mama is thuis om 6', 'mijn vader slaapt al', 'zijn je ouders weg? ik kom je ophalen'],
  },
});
