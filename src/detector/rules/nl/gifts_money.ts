import type { RuleDef } from '../../types';

/**
 * Gifts and money. Winters et al. (2020) and Elliot (2017) describe gifts as trust building and
 * as creating a debt; Dutch research on loverboys and "binnenlandse seksuele uitbuiting" (CKM,
 * Verwey-Jonker Instituut) shows the step from presents (clothes, a phone, going out) to "quick
 * money", renting out bank cards (money mules, "geldezels") and finally paid dates.
 * Game currency and gift cards are `low`; jobs, quick money and bank cards `medium`; money for
 * sex or images `high`.
 */
/** Game currency, skins and gift cards. */
const CURRENCY =
  '(?:v ?bucks|vbux|robux|rbx|skins?|nitro|battle ?pass|fifa points|fc points|gems|diamonds|diamanten|coins|munten|cadeaukaart|cadeaukaartje|cadeaubon|giftcard|gift card|steam ?kaart|psn ?kaart|xbox ?kaart|nintendo ?kaart|google play ?kaart|itunes ?kaart|paysafe ?card|paysafecard|bol ?bon)';
/** Presents loverboys and groomers promise. */
const PRESENT =
  '(?:cadeautje|cadeau|iets moois|iets leuks|iets liefs|alles|van alles|nieuwe kleren|kleren|kleding|schoenen|sneakers|nikes|jordans|tas|tasje|iphone|telefoon|airpods|sieraden|ketting|parfum|make ?up)';

export const rules: RuleDef[] = [
  {
    id: 'nl.gifts_money.game-currency',
    category: 'gifts_money',
    severity: 'low',
    note: 'Offers game currency, skins or gift cards (V-bucks, Robux, Discord Nitro, cadeaukaart): a common first gift to gamers.',
    patterns: [
      new RegExp(`\\b(?:ik (?:geef|koop|stuur|regel|trakteer|doneer|gift|betaal|fix)|(?:geef|koop|stuur|regel|trakteer|doneer|gift|betaal|fix) ik) (?:je|jou|u|jij) (?:.{0,25} )?${CURRENCY}\\b`),
      new RegExp(`\\b(?:ik kan|ik zal|ik wil|zal ik|kan ik|ik ga|wil ik) (?:je|jou) (?:.{0,14} )?${CURRENCY} (?:.{0,8} )?(?:geven|kopen|sturen|regelen|giften|gifte|schenken|doneren|trakteren)\\b`),
      new RegExp(`\\b(?:zal|kan|mag) ik (?:.{0,14} )?${CURRENCY} (?:.{0,8} )?voor (?:je|jou) (?:kopen|halen|regelen)\\b`),
      new RegExp(`\\bik heb (?:\\d{1,6} |zat |veel |heel veel |genoeg |nog )?${CURRENCY}\\b.{0,10}\\b(?:wil je|wil jij|moet je|krijg je|wil je er|jij ook)\\b`),
      /\b(?:wil|wl|want) (?:je|jij|u) (?!(?:mijn|mn|m'n|zijn|haar|die|de|het|jouw|je|ook mijn) )(?:.{0,8} )?(?:gratis |free |wat |een paar |nog |een )?(?:\d{1,4} )?(?:v ?bucks|vbux|robux|rbx|skins?|nitro|battle ?pass|fifa points|fc points|gems|cadeaukaart|cadeaubon|giftcard|gift card|steam ?kaart|psn ?kaart)\b.{0,16}\?/,
      /\b(?:v ?bucks|vbux|robux|rbx|nitro|battle ?pass|fifa points|fc points|skins?|cadeaukaart|giftcard|gift card) (?:van mij|voor jou|voor je|krijg je van mij|als cadeautje)\b/,
    ],
    unless: [/\bterug\b/, /\b(?:scam|nep|oplichting|oplichters)\b/],
    examples: {
      match: ['zal ik wat vbucks voor je kopen', 'ik kan je robux geven', 'ik geef je 2000 vbucks als je wil', 'wil je robux? ik heb er zat', 'ik koop een battle pass voor je', 'ik stuur je een cadeaukaart van bol', 'nitro van mij als je wil', 'ik trakteer je op v-bucks'],
      noMatch: [
        'ik heb robux gekocht van mn verjaardagsgeld',
        'gratis vbucks sites zijn allemaal scam',
        'mama geeft me een cadeaukaart voor mn verjaardag',
        'ik geef je de skins terug die je me leende',
        'wil je mijn nieuwe skin zien',
        'hoeveel vbucks kost die emote',
      ],
    },
  },
  {
    id: 'nl.gifts_money.gifts',
    category: 'gifts_money',
    severity: 'low',
    note: 'Promises presents: phone, clothes, shoes, bags. Loverboys start with gifts that create a feeling of owing something.',
    patterns: [
      new RegExp(`\\b(?:ik (?:koop|kocht|regel|geef|stuur|betaal|trakteer|bestel)|(?:koop|regel|geef|stuur|betaal|bestel) ik) (?:.{0,16} )?${PRESENT} (?:.{0,12} )?voor (?:je|jou)\\b(?! (?:verjaardag|bday|verjaardagsfeest|feest|diploma|examen|rapport)\\b)`),
      new RegExp(`\\b(?:zal|kan|mag) ik (?:.{0,16} )?${PRESENT} (?:.{0,8} )?voor (?:je|jou) (?:kopen|halen|regelen|bestellen)\\b`),
      new RegExp(`\\b(?:ik kan|ik zal|ik wil|zal ik|kan ik|ik ga) (?:je|jou) (?:.{0,14} )?${PRESENT} (?:.{0,8} )?(?:geven|kopen|sturen|regelen|schenken|bezorgen|geven)\\b`),
      /\bik (?:koop|regel|bestel|betaal|haal) (?:m|hem|die|het|ze|dat|deze|em) (?:wel |gewoon |gwn |ff |even )?voor (?:je|jou)\b/,
      /\bik heb (?:een |iets |wat )?(?:cadeautje|cadeau|verrassing|verrassinkje|iets moois|iets leuks|iets liefs) (?:.{0,8} )?voor (?:je|jou)\b/,
      /\b(?:je|jij) (?:krijgt|krijg) (?:.{0,16} )?(?:cadeautje|cadeau|iets moois|nieuwe kleren|kleren|schoenen|sneakers|tas|tasje|iphone|telefoon|airpods|sieraden|ketting|alles wat je wil|alles wat je wilt) (?:.{0,12} )?van (?:mij|me)\b/,
      /\b(?:ik verwen je|ik ga je verwennen|ik wil je verwennen|ik koop alles voor je|alles wat je (?:wil|wilt) koop ik)\b/,
      /\bwil (?:je|jij) (?:een )?(?:nieuwe )?(?:iphone|telefoon|airpods|tas|schoenen|sneakers|kleren) (?:van mij|hebben|krijgen)\b/,
      /\bik (?:koop|trakteer|betaal|regel) (?:je|jou) (?:op )?(?:een |die |nieuwe |je )?(?:[a-z]{0,10}abonnement|beltegoed|sneakers|schoenen|kleren|iphone|telefoon|airpods|tas|outfit|ketting|nagels)\b|\b(?:(?:kan|zal) ik (?:.{0,8} )?voor (?:je|jou) (?:regelen|kopen|fixen|bestellen|betalen)|(?:regel|koop|fix|bestel|betaal) ik (?:.{0,8} )?voor (?:je|jou))\b/,
    ],
    unless: [/\b(?:verjaardag|jarig|sinterklaas|sint|kerst|lootjes|secret santa|moederdag|vaderdag)\b/],
    examples: {
      match: ['zal ik nieuwe kleren voor je kopen', 'ik heb een cadeautje voor je', 'ik koop een nieuwe iphone voor je', 'jij krijgt een nieuwe tas van mij', 'ik wil je verwennen', 'ik koop alles voor je wat je wil', 'wil je een nieuwe telefoon van mij', 'je krijgt nieuwe sneakers van me', 'ik betaal je beltegoed deze maand', 'die tas? bestel ik wel voor je', 'ik trakteer jou op nieuwe schoenen'],
      noMatch: [
        'ik koop een cadeautje voor je verjaardag',
        'mijn oom koopt een nieuwe iphone voor me',
        'wat wil je voor je verjaardag hebben',
        'ik heb lootjes getrokken ik koop iets leuks voor je',
        'mijn moeder koopt nieuwe schoenen voor me',
        'wil je mijn nieuwe schoenen zien',
      ],
    },
  },
  {
    id: 'nl.gifts_money.money-offer',
    category: 'gifts_money',
    severity: 'low',
    note: 'Offers money outright ("ik stuur je 50 euro"). Without a condition it is low; with sex or images attached, the paid-sex rule fires.',
    patterns: [
      /\b(?:ik (?:stuur|geef|betaal|maak|tikkie|stort|gun)|(?:stuur|geef|betaal|maak|stort) ik) (?:je|jou|u) (?:.{0,12} )?(?:\d{1,4} ?(?:euro|eu|eur|pond|dollar|k)|geld|cash|money|wat geld|wat extra|zakgeld|poen|doekoe|doekoes|paper|centjes)\b/,
      /\bwil (?:je|jij|u) (?:.{0,12} )?(?:\d{1,4} ?(?:euro|eur|e)|wat geld|geld|cash|money|poen|doekoe)\b(?: (?:hebben|verdienen|krijgen|van mij))?.{0,10}\?/,
      /\b(?:\d{1,4} ?(?:euro|eur)|geld|cash|money|poen|doekoe) (?:van mij|voor jou|krijg je van mij)\b/,
      /\bik (?:kan|wil|zal) (?:je|jou) (?:.{0,8} )?(?:helpen|steunen|sponsoren) (?:met|aan) (?:geld|wat geld|cash|centen|je schulden|een lening)\b/,
      /\bik (?:kan|wil|zal|ga) (?:je|jou) (?:.{0,10} )?(?:\d{1,4} ?(?:euro|eur)|geld|cash|poen|wat) (?:.{0,8} )?(?:geven|sturen|overmaken|betalen|tikkien|storten)\b|\b(?:maak|stuur|stort) ik (?:je |jou )?(?:.{0,8} )?(?:geld|\d{1,4} ?(?:euro|eur)|cash) (?:.{0,8} )?(?:over|naar je|voor je|naar jou|voor jou)\b|\b(?:je|jij) (?:kan|kunt|kun) (?:.{0,8} )?\d{1,4} ?(?:euro|eur)? (?:krijgen|verdienen|vangen)\b/,
    ],
    unless: [/\b(?:terug ?(?:betalen|geven|storten|sturen|betaal)|terugbetalen)\b|\b(?:geef|betaal|stuur|krijg) .{0,20}terug\b(?! (?:doen|hoeven|te doen))/, /\b(?:tikkie voor|schuldig|lenen|geleend|voorschieten|voorgeschoten|pizza|kantine|lunch|snackbar|zakgeld van|cadeau van|de helft|delen)\b/, /\bgeld voor (?:de|het|je|jouw|die) (?:kaartje|kaartjes|tickets|pizza|cadeau|eten|bios|uitje|schoolreis|boodschappen)\b/],
    examples: {
      match: ['wil je geld? ik kan je helpen', 'ik geef je 100 euro als je een foto stuurt', 'ik stuur je 50 euro', 'ik geef je wat geld', 'wil je 100 euro?', 'money van mij als je wil', 'ik maak je geld over vanavond', '100 euro voor jou als je reageert', 'ik wil je wel 30 euro sturen', 'geef je iban dan stort ik geld naar je', 'je kunt zo 150 euro krijgen'],
      noMatch: [
        'ik stuur je het geld voor de kaartjes',
        'ik geef je morgen je geld terug',
        'ik stuur je een tikkie voor de pizza',
        'je bent me nog 5 euro schuldig van de snackbar',
        'ik krijg 10 euro zakgeld per week',
        'kan je 5 euro voorschieten voor de kantine',
        'hoeveel geld heb jij gespaard',
      ],
    },
  },
  {
    id: 'nl.gifts_money.quick-money-job',
    category: 'gifts_money',
    severity: 'medium',
    note: 'Offers "quick/easy money" or a job or errand: how criminal and sexual exploiters recruit teens (Dutch research on binnenlandse seksuele uitbuiting and drug-courier recruitment).',
    patterns: [
      /\b(?:snel|makkelijk|easy|veel|extra|serieus|zwart|cash) ?(?:.{0,12} )?(?:geld|cash|money|poen|doekoe|doekoes|paper|centen|centjes) (?:te )?(?:verdienen|maken|scoren|cashen|bijverdienen)\b/,
      /\b(?:makkelijk|makkelijke|snel|snelle|simpel|simpele) (?:poen|geld|werkje|klusje|klusjes|verdienste|cash|money)\b/,
      /\b(?:wil je|wil jij|ik heb|ik weet|zin in|interesse in|ik regel|verdien) (?:.{0,10} )?(?:easy|quick|fast) (?:money|cash|geld|poen)\b/,
      /\bik heb (?:.{0,8} )?(?:makkelijk|makkelijke|easy|simpel|simpele|goedbetaald|goed betaald) (?:werk|werkje|klusje|baantje|job)\b/,
      /\b(?:makkelijk|snel|easy|zo) (?:\d{1,4} ?(?:euro|eur)?|geld|cash|poen) (?:per [a-z]{2,6} )?(?:verdienen|bijverdienen|cashen|scoren)\b/,
      /\bwil (?:je|jij|u) (?:.{0,12} )?(?:geld verdienen|bijverdienen|bij verdienen|rijk worden|cash verdienen|wat verdienen|iets verdienen|wat bijverdienen|iets bijverdienen)\b/,
      /\bik (?:heb|regel|weet|fix) (?:.{0,8} )?(?:werk|een baantje|een klusje|een klus|klusjes|een job|een bijbaan|een bijbaantje|een opdrachtje|een opdracht|iets) (?:.{0,8} )?voor (?:je|jou)\b.{0,12}\b(?:geld|euro|verdienen|cash|betaal|per dag|per week|per uur|makkelijk)\b/,
      /\bik (?:heb|regel|fix) (?:werk|een klusje|klusjes|een klus|een job|een baantje) voor (?:je|jou)\b/,
      /\b(?:je|jij) (?:hoeft|moet) (?:alleen|enkel|alleen maar|maar) (?:.{0,8} )?(?:pakketje|pakketjes|tasje|tas|spullen|iets|een pakket) (?:.{0,6} )?(?:weg te brengen|rond te brengen|af te leveren|te brengen|op te halen|te bewaren|wegbrengen|afleveren)\b/,
      /\b(?:je|jij) (?:kan|kunt|kun) (?:.{0,12} )?(?:voor mij|bij mij|voor ons) (?:werken|klusjes doen|pakketjes (?:rondbrengen|wegbrengen)|rondbrengen)\b/,
      /\b(?:verdien|verdienen|cash|pak) (?:\d{1,4} ?(?:euro|eur)?|duizenden euro'?s|veel geld) (?:per (?:dag|week|maand|uur) )?(?:vanuit huis|vanaf je telefoon|zonder (?:te )?werken|makkelijk|thuis)\b/,
      /\b\d{1,4} ?(?:euro|eur)? (?:per|p) (?:dag|week|uur|klus|rit) (?:.{0,20} )?(?:verdienen|cash|makkelijk|zonder)\b/,
    ],
    unless: [/\b(?:ah|albert heijn|jumbo|lidl|aldi|dirk|mcdonalds|kfc|burger king|hema|kruidvat|action|bakker|bakkerij|sollicit[a-z']{0,6}|vacature|cv|krantenwijk|oppassen|oppas)\b/, /\b(?:ik|wij|we) (?:wil|wil ook|willen|zou|wou) (?:.{0,20} )?geld verdienen\b/, /\b(?:is|was) (?:echt |gewoon |best |wel )?(?:makkelijk|easy|snel) (?:geld|money|cash|verdiend)\b/, /\bhoe (?:kan ik|ik|kun je|kan je) (?:.{0,12} )?(?:snel |makkelijk )?geld\b/],
    examples: {
      match: ['wil je er wat bij verdienen? ik heb makkelijk werk', 'je kan 300 euro per week verdienen', 'wil je snel geld verdienen', 'ik regel werk voor je makkelijk geld', 'ik heb een klusje voor je, 200 euro per dag', 'wil je easy money bro', 'je kan voor mij werken', 'wil je wat bijverdienen?', 'ik heb werk voor je'],
      noMatch: [
        'ik heb een bijbaantje bij de ah',
        'hoeveel verdien je bij de jumbo',
        'ik wil snel geld verdienen voor een scooter',
        'makkelijk huiswerk vandaag',
        'oppas bij de buren is echt easy money',
        'bijles geven is makkelijk geld',
        'hoe kan ik snel geld verdienen met oppassen',
        'ik heb werk voor school vanavond',
      ],
    },
  },
  {
    id: 'nl.gifts_money.money-mule',
    category: 'gifts_money',
    severity: 'medium',
    note: 'Asks to borrow, rent or buy the teen\'s bank card or account, or to pass money through it: money-mule recruitment ("geldezel"), common on Snapchat and Instagram.',
    patterns: [
      /\b(?:mag|kan|kun|wil) ik (?:.{0,12} )?(?:je|jouw) (?:pinpas|bankpas|pas|betaalpas|rekening|bankrekening|rekeningnummer|iban|bankapp|bank app|pincode)\b.{0,15}\b(?:lenen|gebruiken|huren|kopen|overnemen)\b/,
      /\b(?:leen|verhuur|verkoop|geef) (?:me |mij |ff )?(?:je|jouw) (?:pinpas|bankpas|betaalpas|bankrekening|rekening|pas en pincode|bankapp|pincode)\b/,
      /\b(?:je|jouw) (?:pinpas|bankpas|betaalpas|bankrekening|rekening|pas) (?:lenen|verhuren|verkopen|gebruiken|uitlenen)\b.{0,28}\b(?:euro|geld|betaal|verdienen|cash|krijg)\b/,
      /\b(?:\d{1,4} ?(?:euro|eur)|geld|cash)\b.{0,14}\b(?:voor|om) (?:je|jouw) (?:pinpas|bankpas|betaalpas|bankrekening|rekening|pas) (?:te )?(?:lenen|verhuren|verkopen|gebruiken|uitlenen)\b/,
      /\b(?:geld|euro|bedrag) (?:.{0,6} )?(?:op|naar) (?:je|jouw) (?:rekening|bankrekening|pas)\b.{0,22}\b(?:terug|doorsturen|doorstuurt|doorstorten|opnemen|opneemt|pinnen|pin|pint|overmaken naar|overmaakt|eraf halen|eraf)\b/,
      /\b(?:geldezel|geld ezel|money mule|pinpas verhuren|bankpas verhuren|rekening verhuren|pas verhuren)\b/,
    ],
    unless: [/\b(?:nooit|niet doen|pas op|oplichting|strafbaar|tikkie)\b/],
    examples: {
      match: [
        'mag ik je bankpas even gebruiken, je krijgt 200',
        'je rekening lenen voor een dag, makkelijk 200 euro',
        'mag ik je pinpas lenen ik geef je 100 euro',
        'ik stort geld op je rekening en jij haalt het eraf',
        'verhuur je bankpas voor 500 euro',
        'leen me je pas en pincode',
        'mag ik je rekening ff gebruiken voor een overboeking',
        'je pas uitlenen voor 1 dag = 200 euro cash',
      ],
      noMatch: [
        'mijn pinpas is kwijt',
        'heb je je pinpas bij je voor de kantine',
        'mag ik je rekenmachine lenen',
        'pas op voor mensen die je bankpas willen lenen',
        'wat is je rekeningnummer voor de tikkie',
        'mijn bankpas doet het niet',
      ],
    },
  },
  {
    id: 'nl.gifts_money.paid-sex',
    category: 'gifts_money',
    severity: 'high',
    note: 'Money for dates, sex or images: paid dates, "verdienen met je lichaam", sugar daddy offers, and debts to be "worked off" — the exploitation stage of the loverboy method (binnenlandse seksuele uitbuiting).',
    patterns: [
      /\bbetaalde (?:dates?|afspraakjes?|afspraken|seks|sex|dating)\b/,
      /\b(?:verdienen|geld|cash|money|poen) (?:.{0,12} )?met (?:je |jouw )?(?:lichaam|lijf|body|looks|uiterlijk|foto'?s van jezelf|fotos van jezelf|pics van jezelf|filmpjes van jezelf|naaktfoto'?s|nudes|kont|borsten|je foto'?s|je fotos|je pics)\b/,
      /\b(?:wil|kan|kun|moet|ga|zou|mag|word|wordt) (?:je|jij) (?:.{0,20} )?(?:escort|escortwerk|webcamwerk|camgirl|camboy|sugar ?baby|onlyfans|only fans|sugardaten|sugardating)\b/,
      /\b(?:maak|begin|start|open) (?:.{0,12} )?(?:onlyfans|only fans|of account|sugar ?baby profiel)\b/,
      /\b(?:ik (?:ben|kan|wil|word) (?:je |jouw |een )?|(?:zoek|wil|heb) (?:je|jij) (?:een )?)(?:sugar ?daddy|sugar ?mommy|sugar ?dad)\b/,
      /\b(?:ik (?:betaal|geef)|ik stuur|je krijgt|krijg je) (?:je |jou )?(?:\d{1,4} ?(?:euro|eur)?|geld|goed|veel|cash|money|wat|iets)?\b.{0,18}\b(?:voor|als je|als jij) (?:een |wat |je |n )?(?:foto|fotos|foto's|pic|pics|nudes?|naaktfoto[a-z']{0,6}|filmpje|video|seks|sex|neuken|pijpen|date|nacht|nachtje|avondje|afspraakje|je lichaam|bij mij (?:komt|slaapt)|cam)\b/,
      /\bhoeveel (?:wil|vraag|kost|moet) (?:je|jij) (?:.{0,12} )?(?:voor|per) (?:een |n )?(?:foto|pic|nude|nudes|filmpje|video|seks|sex|nacht|uur|date|afspraak)\b/,
      /\b(?:mannen|klanten|vrienden van mij|mijn vrienden) (?:betalen|willen) (?:.{0,20} )?(?:goed|veel|geld|voor je|voor jou|betalen)\b/,
      /\b(?:terugverdienen|terug verdienen|op een andere manier terugbetalen|met je lichaam (?:terug)?betalen)\b/,
      /\b(?:geld|euro|cash) (?:verdienen|krijgen|vangen) (?:door|als je|met) (?:.{0,10} )?(?:met (?:mijn|mn|m'n) (?:vrienden|vriend|maten|klanten) (?:af te spreken|mee te gaan|te daten|te slapen)|mee te gaan naar|te daten met|seks|sex|afspraakjes)\b/,
    ],
    unless: [/\b(?:docu|documentaire|serie|aflevering|podcast|artikel)\b/],
    examples: {
      match: [
        'je kan geld verdienen met foto\'s van jezelf',
        'ik betaal je als je bij mij komt',
        'je kan veel verdienen met je lichaam',
        'betaalde dates is makkelijk geld hoor',
        'wil je sugar daddy? ik betaal goed',
        'ik betaal je 50 euro voor een foto',
        'hoeveel wil je voor een nude',
        'mijn vrienden betalen goed voor jou',
        'je moet het terugverdienen',
      ],
      noMatch: [
        'ik heb een date vrijdag spannend',
        'hoeveel verdien je met je bijbaantje',
        'ik betaal voor de pizza',
        'mijn lichaam doet pijn van de training',
        'ik keek een docu over escort en loverboys',
        'hoeveel kost een foto afdrukken bij de hema',
      ],
    },
  },
];
