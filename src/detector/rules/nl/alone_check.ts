import type { RuleDef } from '../../types';

/**
 * Checking that no one is watching: Elliot's "risk assessment" stage. Groomers ask whether the
 * child is alone, when the parents are out and whether anyone looks at the phone.
 */
export const rules: RuleDef[] = [
  {
    id: 'nl.alone_check.home-alone',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks whether the teen is alone (at home, in their room) right now or later.',
    patterns: [
      /\b(?:ben|bn|zit) (?:je|jij|u|je nu|jij nu|je nog) (?:\w+ )?all+e+n\b/,
      /\b(?:alleen|allen) (?:thuis|op je kamer|op je kmr)\b.{0,20}\?/,
      /\bis er (?:nog )?iemand (?:anders )?(?:bij je|thuis)\b/,
      /\bhome alone\b/,
    ],
    unless: [/\bwel ?alleen\b.{0,15}\b(?:naar|met de)\b/],
    examples: {
      match: [
        'ben je alleen thuis?',
        'bn je alleen',
        'zit je nu alleen op je kamer?',
        'Ben jij alleeeen thuis vanavond',
        'is er nog iemand bij je?',
        'alleen thuis rn?',
      ],
      noMatch: [
        'ik ben alleen thuis want mama werkt',
        'ga je alleen of met de bus?',
        'ben je morgen op school?',
        'is er iemand die de wiskunde snapt',
        'alleen maar huiswerk vandaag',
      ],
    },
  },
  {
    id: 'nl.alone_check.parents-away',
    category: 'alone_check',
    severity: 'medium',
    note: 'Asks when the parents are away or whether they check the phone.',
    patterns: [
      /\b(?:wanneer|hoe laat) (?:zijn|gaan|komen) (?:je|jou) (?:ouders|ouwers|pa en ma|mams?|paps?)\b.{0,20}\b(?:weg|thuis|terug)\b/,
      /\b(?:zijn|zn) (?:je|jou) (?:ouders|ouwers|pa en ma) (?:er )?(?:nog )?(?:weg|thuis|niet thuis)\b/,
      /\b(?:kijken|checken|lezen) (?:je|jou) (?:ouders|ouwers|mam|moeder|vader|pa|ma) (?:\w+ )?(?:je|jou) (?:telefoon|mobiel|gsm|fone|chats?|berichten)\b/,
    ],
    examples: {
      match: [
        'wanneer zijn je ouders weg?',
        'zijn je ouders thuis',
        'zn je ouders nog weg',
        'checken je ouders ooit je telefoon?',
        'hoe laat komen je ouders terug',
      ],
      noMatch: [
        'mijn ouders zijn weg dit weekend',
        'zijn je ouders ook op de ouderavond?',
        'wanneer gaan we naar je oma',
        'mijn moeder checkt altijd mijn huiswerk',
        'je ouders zijn echt chill',
      ],
    },
  },
];
