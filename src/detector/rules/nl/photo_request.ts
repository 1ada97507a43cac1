import type { RuleDef } from '../../types';

/**
 * Image requests: the goal stage in Elliot (2017) and the exploitation stage in Winters et al.
 * (2020). A request for a photo of the teen is `medium`; body, underwear, nude and "sexy"
 * requests are `high`, as is the fake fitness or eating-disorder "coach" who asks for
 * body-check photos (front, side, back, tight clothes, underwear) — a documented route into
 * sextortion. Lookalikes: photos of the timetable, homework, holidays, pets and the class photo.
 */

/** Words for a photo or a short video, as teens write them. */
const PIC =
  "(?:foto(?:otjes?|tjes?|'s|s|o|os)?|fto|fotje|photos?|pics?|pix|pict|piccas?|(?:spiegel|mirror)?selfies?|plaatjes?|kiekjes?|snapjes?|snaps?|filmpjes?|vidjes?|video'?s?|vids?)";
/** One picture, for messages that are nothing but the request ("pic?", "fotootje?"). */
const ONE_PIC = '(?:foto|fotootje|fotje|fto|photo|pic|pict|selfie|snapje|plaatje|kiekje|filmpje)';

/** Things that are fine to photograph and send: school, pets, holidays, food, events. */
const HARMLESS =
  /\b(?:van|vd|vn|voor|uit) (?:het |de |die |dat |deze |dit |ons |onze |jullie |mijn |m'n |mn |je |jouw |een |t |d |wat |hun )?(?:nieuwe |oude |eigen |mooie |hele |leuke )?(?:rooster|lesrooster|huiswerk|opdracht|huiswerkopdracht|aantekeningen|samenvatting|schrift|boek|bladzijde|blz|pagina|som|sommen|antwoorden|uitwerkingen|toets|proefwerk|bord|whiteboard|schema|trainingsschema|planning|lijst|hond|hondje|kat|katje|poes|paard|konijn|cavia|hamster|vis|vakantie|kamp|schoolreis|schoolreisje|klas|klassenfoto|groep|groepsfoto|feest|feestje|eten|taart|pizza|tekening|werkstuk|project|presentatie|menu|bon|kaartje|ticket|uitslag|stand|wedstrijd|training|team|elftal|bruiloft|verjaardag|oma|opa|baby|neefje|nichtje|zusje|broertje|tuin|kamer|auto|fiets|scooter|concert|strand|sneeuw|uitzicht|zonsondergang|brief|formulier|mail|rapport|cijfer|cijfers|les|lokaal|kaart|route|adres|bus|trein|screenshot|schoolfoto|sinterklaas|kerstboom|slaapkamer|nagels|tattoo|taart|uitnodiging|poster|bijbaan|cadeau|kluisje|rekensom|grafiek|tabel|spreekbeurt|enkel|knie|pols|wond|blessure|gips|arm|hand|vinger|aquarium|concertje|optreden|musical|voorstelling|museum|excursie|schoenen|sneakers|tas|jas|backflip|salto|trick|truc|skateboard|kapsel|outfit voor (?:het|de|morgen|school|vanavond)(?: gala| feest)?)\b/;

export const rules: RuleDef[] = [
  {
    id: 'nl.photo_request.photo-of-you',
    category: 'photo_request',
    severity: 'medium',
    note: 'Asks for a photo, selfie or video of the teen ("stuur eens een foto van jezelf", "pic?", "laat je gezicht zien").',
    patterns: [
      new RegExp(`\\b(?:stuu?r|sturen|stuurje|stuurr|zend|send (?:ff|even|eens|es|ns|mij|me ff|me even|me eens)) (?:.{0,25} )?(?:een |nog een |paar |n |wat |1 )?${PIC}\\b(?! (?:van|vd|vn) (?:het|de|die|dat|ons|mijn|mn|m'n|hun|haar|zijn|hem)\\b)`),
      new RegExp(`\\b(?:mag|kan|kun|krijg|wil) ik (?:.{0,20} )?(?:een |nog een |paar |n |wat |1 )?${PIC} (?:van (?:je|jou|jezelf|je zelf)|zien)\\b`),
      new RegExp(`\\b${PIC} (?:van|vn|v) (?:jezelf|je zelf|u zelf)\\b`),
      /\blaat (?:(?:me|mij|ff|eens|es|ns|dan|maar|nou) ){0,2}(?:wat |iets |nog )?meer (?:van (?:je|jezelf|jou) )?zien\b/,
      /\b(?:ik wil|mag ik|kan ik|laat me) (?:je|jou|jezelf) (?:ff |even |eens |graag )?(?:op|via|met|in) (?:de )?(?:cam|camera|facetime|video|webcam) (?:zien|bekijken)\b/,
      new RegExp(`^(?:(?:een|n|ff|even|nog|nog een|paar|stuur|send|mag|pls|plz|plss|wanneer|waar|je|en|dan|wat) )?${ONE_PIC}(?: (?:pls|plz|plss|please|dan|ff|nu|rn|eens|ns|nog|van je|van jou|terug))? ?\\??$`),
      new RegExp(`\\b(?:mag|kan|kun|krijg) ik (?:ff |even |nog |eens )?(?:een |nog een |n |ff een )?${PIC}(?: van (?:je|jou|jezelf))?(?: (?:pls|plz|plss|please|dan|nou|aub))? ?\\??$`),
      /\blaat (?:me |mij )?(?:jezelf|je zelf) (?:.{0,8} )?zien\b/,
      /\blaat (?:.{0,16} )?(?:je|jouw|jou) (?:gezicht|gezichtje|smoel|smoeltje|hoofd|face|koppie) (?:.{0,12} )?zien\b/,
      /\blaat (?:me |mij |ff |even |eens |es |ns |is ){0,3}zien hoe (?:je|jij) (?:er ?)?(?:.{0,12} )?uit ?ziet\b/,
      /\b(?:ik wil|ik wl|mag ik|kan ik) (?:je|jou) (?:ff |even |eens |graag |echt )?(?:zien|bekijken) (?:op|via|met|in) (?:cam|de cam|camera|facetime|video|een foto|foto)\b/,
    ],
    unless: [
      HARMLESS,
      /\b(?:ik |k'? ?)(?:stuur|send|zend|stuurde) (?:je|jou|hem|haar|ze|jullie|het|de|die)\b/,
      /\b(?:stuur|send|zend) ik\b/,
      /\b(?:dokter|huisarts|fysio|ziekenhuis|eerste hulp|schoolarts)\b/,
      /\b(?:schoolfoto|klassenfoto|vakantiefoto[a-z']{0,6}|pasfoto)\b/,
      new RegExp(`\\b(?:de|die|deze|dat|het) ${PIC}\\b(?! van (?:jezelf|jou|je zelf)\\b)`),
      /\b(?:door|doorsturen|(?:in|naar) de groep(?:sapp|schat)?|in de app|ik wil (?:dezelfde|die ook|ze ook)|wat ik aan moet)\b/,
      /\bsnap ?(?:naam|name|username|account|acc|id|code)\b|^(?:stuur|geef|app|drop) (?:me |mij |ff |even )?(?:je|jouw|ur|uw) (?:snap|snapchat|insta)(?: ff| even| pls| dan| eens)? ?\??$/,
      // School work named anywhere in the message ("heb je het rooster al? stuur ff een foto"),
      // unless the photo is of the teen.
      /^(?!.*\b(?:jezelf|je zelf|van jou|van je)\b).*\b(?:rooster|lesrooster|huiswerk|opdracht|aantekeningen|samenvatting|sommen|uitwerkingen|antwoorden|toets|proefwerk|whiteboard|werkstuk|schrift)\b/,
    ],
    examples: {
      match: [
        'stuur eens een leuke foto van je',
        'mag ik een selfie',
        'stuur eens een foto van jezelf',
        'stuur een foto van jezelf dan help ik met je huiswerk',
        'pic?',
        'stuur ff een selfie',
        'laat je gezicht eens zien',
        'mag ik een foto van je',
        'send pic pls',
        'stuur nog een fotootje 📸',
        'laat eens zien hoe je eruit ziet',
      ],
      noMatch: [
        'stuur je snap ff',
        'stuur ff een pic van je hoodie, ik wil die ook',
        'stuur je filmpje van de dans naar de groepschat',
        'stuur een foto van je nieuwe kamer',
        'mijn hond heeft puppies stuur ik morgen foto\'s',
        'stuur een foto van je enkel naar de dokter',
        'die foto van jou en sanne is echt cute',
        'mijn oma stuurt altijd foto\'s van haar kat',
        'stuur ff een foto van het rooster',
        'heb jij het rooster al? stuur ff een foto',
        'heb je de sommen af? stuur ff foto',
        'kan je de foto van de huiswerkopdracht sturen',
        'stuur de vakantiefoto\'s in de groep',
        'mag ik een foto van je aantekeningen',
        'ik stuur je de foto\'s van de bruiloft',
        'heb je de schoolfoto al gezien',
        'wil je een foto van mijn hond zien',
        'stuur ff een pic van je schema',
        'send pics of the trip!!',
        'fotos?',
      ],
    },
  },
  {
    id: 'nl.photo_request.video-call',
    category: 'photo_request',
    severity: 'low',
    note: 'Low on its own (friends facetime all day; cam-on is the medium rule). Asks to video call, turn the camera on or go live for them: a live image is harder to refuse and can be recorded.',
    patterns: [
      /\b(?:zullen we|wil je|wil jij|kan je|kun je|kunnen we|laten we|gaan we|zin om te|zin in|ff|even|effe|mag ik|wanneer|nu) (?:.{0,20} )?(?:videobellen|video bellen|videochatten|video chatten|videocallen|video callen|facetimen|facetime|skypen|cammen|webcammen|vcen|vc'en|bellen met cam|bellen met video)\b/,
      /\b(?:zet|doe|mag|kan|kun|kunt|wil) (?:je|jij|jouw|ff|even|eens) (?:.{0,12} )?(?:cam|camera|webcam) (?:ff |even |eens |nu |maar )?(?:aan|an|open|aanzetten|aan zetten|aandoen)\b/,
      /^(?:cam|vc|facetime|facetimen|videocall|video call|videobellen|videochatten|webcam|cammen|skype|skypen)(?: (?:nu|rn|pls|dan|ff))? ?\??$/,
      /\b(?:wil|kan|kun|ga|kom|ben) (?:je|jij) (?:ff |even |nu |eens |vanavond )?(?:op|voor|aan de|achter de) (?:cam|camera|webcam|facetime|video)\b/,
      /\b(?:doe|start|ga) (?:.{0,16} )?(?:live|livestream|stream)\?? (?:.{0,12} )?(?:voor mij|voor me|alleen voor mij|prive|ik wil (?:je|jou) (?:.{0,6} )?zien)\b/,
    ],
    unless: [/\b(?:huiswerk|project|groepje|werkstuk|presentatie|klas|oma|opa|teams|zoom|les|school|mentor|juf|meester|de groep|met z'n allen|met zn allen|tante|oom|erbij|met de meiden|met de jongens|groepsgesprek|groepscall|groepsfacetime)\b/, /\bmet [a-z]{2,12} en (?:mij|me|ik)\b|\bmet z'?n (?:drieen|vieren|allen)\b/],
    examples: {
      match: ['facetimen?', 'wil je videobellen?', 'zullen we videobellen', 'doe je cam aan', 'cam?', 'kan je ff facetimen', 'zet je camera aan', 'doe een live voor mij', 'kun jij je webcam even aandoen', 'start een stream, ik wil jou even zien'],
      noMatch: [
        'kan je camera aan voor het groepsgesprek',
        'wil je op facetime met sanne en mij?',
        'zullen we ff facetimen met sanne erbij',
        'zullen we ff bellen over het werkstuk',
        'we moeten videobellen voor het project met het groepje',
        'facetimen met oma was leuk',
        'zet je camera aan de les begint',
        'mijn camera is kapot',
        'ik ga live op tiktok vanavond',
      ],
    },
  },
  {
    id: 'nl.photo_request.nude',
    category: 'photo_request',
    severity: 'high',
    note: 'Asks for nudes, naked or "sexy/spicy" pictures, or pictures without clothes.',
    patterns: [
      /\b(?:nudes?|noodz|nudies|naaktfotos?|naaktfoto's|naakt ?fotootjes?|naakt ?pics?|nude ?pics?|nsfw ?pics?|naaktselfies?)\b/,
      new RegExp(`\\b(?:sexy|spicy|pikante|pikant|ondeugende|stoute|hete|hot|geile|naughty|blote|bloot|naakte|naakt|dirty|gewaagde) ${PIC}\\b`),
      new RegExp(`\\b(?:${PIC}|film|filmen|fotografeer)\\b.{0,25}\\b(?:zonder|zndr) (?:je |jou |jouw |al je )?(?:kleren|kleding|kleertjes|shirt|shirtje|tshirt|t shirt|top|topje|bh|beha|broek|onderbroek|slipje|ondergoed|iets aan|clothes)\\b`),
      new RegExp(`\\b(?:zonder|zndr) (?:je |jou |jouw |al je )?(?:kleren|kleding|kleertjes|bh|beha|onderbroek|slipje|ondergoed|iets aan)\\b.{0,20}\\b(?:${PIC}|laten zien|zien|cam)\\b`),
      /\b(?:laat|laten) (?:.{0,16} )?(?:naakt|bloot) (?:.{0,12} )?zien\b/,
      /\b(?:ik wil|mag ik|kan ik|wil ik|laat me) (?:je|jou) (?:.{0,6} )?(?:zien|bekijken) (?:zonder|zndr) (?:je |jou )?(?:kleren|kleding|shirt|bh|broek|ondergoed|iets aan)\b/,
      new RegExp(`\\b(?:trek|doe|til) (?:je|jouw) (?:shirt|shirtje|tshirt|top|topje|trui|hoodie|rok|rokje|jurk|jurkje) (?:.{0,6} )?omhoog\\b.{0,20}\\b(?:${PIC}|cam|camera)\\b|\\b(?:${PIC}|cam)\\b.{0,20}\\b(?:shirt|top|trui|hoodie|rok|jurk)[a-z]{0,3} (?:.{0,6} )?omhoog\\b`),
      /\b(?:trek|doe|haal|gooi) (?:je|jouw|ur) (?:.{0,12} )?(?:shirt|shirtje|tshirt|t shirt|top|topje|trui|hoodie|broek|broekje|rok|rokje|jurk|jurkje|bh|beha|kleren|kleding|onderbroek|slipje|ondergoed|string) (?:.{0,16} )?uit\b/,
    ],
    unless: [
      /\b(?:strafbaar|illegaal|gelekt|gelekte|lekken|verspreid|verspreiden|zei de|voorlichting|les over|niet zomaar|melden|politie|gevaarlijk|leaked|leak|leaking|exposed|never|dont|don't|do not)\b/,
      /\b(?:stuur|deel) (?:nooit|geen)\b|\bnooit (?:.{0,12} )?(?:nudes|naakt[a-z']{0,6})\b/,
      /\b(?:ze|hij|zij|iemand|die|hun|mensen) (?:.{0,11} )?(?:heeft|hebben|had|stuurde|stuurden|deelde) (?:.{0,11} )?(?:nudes|naaktfoto[a-z']{0,6})\b/,
      /\b(?:warm|heet|zweet|zweten|gym|douchen|wassen|in de was|wasmachine)\b/,
      /\bnaaktslak[a-z']{0,6}\b/,
      // Threats to spread images the teen already sent belong to threat_sextortion, not here.
      /\b(?:ik (?:stuur|zet|post|deel|verspreid|lek|upload)|(?:stuur|zet|post|deel|verspreid|lek|upload) ik)\b.{0,20}\b(?:naar|online|rond|overal|op (?:insta|internet|snap|tiktok))\b/,
      /\b(?:iedereen|je ouders|je moeder|je vader|je vrienden|je school|je klas|your parents|everyone) (?:.{0,10} )?(?:gaat|zal|ziet|zien|krijgt|krijgen|sees|will see|gonna see|r gonna see)\b/,
      /\b(?:screenshots?|screens|opgeslagen|bewaard|gesaved|screenshotted|post|posting|leak|go online)\b/,
    ],
    examples: {
      match: ['ik wil een foto van je zonder shirt', 'stuur nudes pls', 'stuur nudes', 'foto zonder kleren?', 'heb je nudes', 'stuur een sexy pic', 'trek je shirt eens uit', 'stuur me een spicy foto', 'nudes?', 'laat je eens naakt zien', 'fotografeer jezelf ff zonder kleding', 'til je topje omhoog voor de cam', 'op de pic je trui half omhoog pls'],
      noMatch: [
        'nudes sturen is strafbaar onder de 18 zei de agent in de les',
        'ik zet je nudes online als je niet betaalt',
        'die naaktslak in de tuin is eng',
        'iemand heeft gelekte nudes van haar verspreid echt zielig',
        'trek je trui uit als je het warm hebt',
        'ik ging zonder jas naar school',
        'die foto van de zonsondergang is echt hot',
      ],
    },
  },
  {
    id: 'nl.photo_request.body-underwear',
    category: 'photo_request',
    severity: 'high',
    note: 'Asks for photos of the body, body parts, or the teen in underwear, bikini, swimsuit, pyjama or a towel.',
    patterns: [
      new RegExp(`\\b(?:${PIC}|laat|cam)\\b.{0,25}\\b(?:in|met|alleen in) (?:je |jouw |ur |alleen je |alleen een |alleen )?(?:ondergoed|onderbroek|onderbroekje|boxer|boxershort|slip|slipje|string|bh|beha|bikini|badpak|zwembroek|lingerie|pyjama|pyama|handdoek|badjas|underwear|nachtjapon|hemdje|sportbh|sport bh|legging)\\b`),
      new RegExp(`\\b(?:in|met) (?:je |jouw |ur |alleen je |alleen )?(?:ondergoed|onderbroek|onderbroekje|boxer|slip|slipje|string|bh|beha|bikini|badpak|lingerie|underwear|handdoek)\\b.{0,20}\\b(?:${PIC}|laten zien|sturen|stuur)\\b`),
      new RegExp(`\\b(?:${PIC}|cam)\\b.{0,20}\\b(?:van |vn )?(?:je|jouw|ur|jou) (?:lichaam|lijf|lijfje|body|buik|buikje|benen|billen|kont|kontje|borsten|borst|tieten|tietjes|boobs|voeten|voetjes|teentjes|tenen|dijen|heupen|onderlichaam|bovenlichaam|navel|ass|dick|piemel|pik|lul|kut|kutje|poesje|vagina|penis|ballen|sixpack|abs|decollete|achterkant|onderkant)\\b(?! (?:is|zijn|was|doet|doen) )`),
      /\b(?:je|jouw|ur) (?:lichaam|lijf|body|buik|billen|kont|borsten|tieten|boobs|voeten|benen|dijen|heupen|navel|tenen|onderlichaam|bovenlichaam|piemel|pik|dick|ass) (?:.{0,12} )?(?:zien|bekijken|laten zien|sturen|showen|op de foto|op cam)\b(?! er\b)/,
      new RegExp(`\\b(?:full ?body|hele lichaam|hele lijf|van top tot teen|van boven tot onder|van je hoofd tot je tenen) (?:.{0,12} )?${PIC}\\b|\\b${PIC} (?:.{0,12} )?(?:full ?body|van je hele lichaam|van je hele lijf|van top tot teen|van boven tot onder|van je hoofd tot je tenen)\\b`),
      /\bunderwear (?:.{0,12} )?(?:pic|foto|photo|\?)/,
      new RegExp(`\\b(?:heb|stuur|mag|kan|wil|krijg|maak|doe|send)\\b.{0,14}\\b(?:bikini|badpak|ondergoed|lingerie|onderbroek|bh|naakt|douche|bad|bed|zwembroek) ?${PIC}\\b`),
      new RegExp(`^(?:een )?(?:bikini|badpak|ondergoed|lingerie|onderbroek|bh|douche|bad|bed) ?${ONE_PIC} ?\\??$`),
    ],
    unless: [HARMLESS, /\b(?:mijn|mn|m'n) (?:nieuwe )?(?:bikini|badpak|pyjama|onderbroek|ondergoed|bh)\b/, /\b(?:mee|meenemen|inpakken|kopen|gekocht|uitverkoop|korting|webshop|maat|pyjamadag|pyjamafeest|pyjamaparty|themadag)\b/, /\b(?:dokter|huisarts|fysio|fysiotherapeut|blessure|wond|uitslag|bult|plek|insectenbeet|beet|brandwond)\b/],
    examples: {
      match: [
        'stuur een mirrorselfie van je lijf',
        'stuur een foto in je pyjama',
        'foto van je buik?',
        'stuur een foto in je bikini',
        'stuur een pic in je ondergoed',
        'mag ik een foto van je lichaam',
        'ik wil je body zien',
        'foto van je voeten?',
        'full body pic?',
        'stuur een foto met alleen een handdoek',
      ],
      noMatch: [
        'neem je bikini mee naar het strand',
        'wil je een foto van mijn nieuwe bikini zien',
        'je benen zien er moe uit na de training',
        'stuur een foto van die bult op je benen naar de huisarts',
        'mijn pyjama is echt comfy',
        'die foto van de klas op het strand',
      ],
    },
  },
  {
    id: 'nl.photo_request.body-check-coach',
    category: 'photo_request',
    severity: 'high',
    note: 'A fake fitness or eating-disorder "coach" asking for body-check or progress photos (front, side, back, tight clothes, during exercises, on the scale): a route into image abuse and sextortion of teens with eating disorders.',
    patterns: [
      /\bbody ?checks?\b/,
      new RegExp(`\\b(?:progress|progressie|voortgangs|voortgang|before|voor en na|before after|check ?in) ?${PIC}\\b`),
      /\b(?:voorkant|van voren|vooraanzicht|front)\b.{0,25}\b(?:zijkant|opzij|van opzij|zijaanzicht|side)\b/,
      new RegExp(`\\b${PIC}\\b.{0,25}\\b(?:in|met) (?:je |jouw |een |alleen )?(?:strakke|strak|nauwsluitende|tight|strakke sport) ?(?:kleding|kleren|kleertjes|outfit|legging|sportkleding|sportkleren|top|topje|shirt|broek)\\b`),
      new RegExp(`\\b${PIC}\\b.{0,25}\\b(?:tijdens|bij|van) (?:het |je |de )?(?:oefeningen|workout|sporten|squats|buikspieroefeningen|trainen thuis)\\b`),
      new RegExp(`\\b${PIC}\\b.{0,14}\\b(?:van |op )?(?:de |je )?weegschaal\\b|\\bweegschaal\\b.{0,14}\\b${PIC}\\b`),
      /\blaat (?:me |mij )?(?:.{0,12} )?zien (?:hoeveel|hoe veel) (?:je|jij) (?:bent |al )?(?:afgevallen|kwijt bent|kwijt)\b/,
      /\b(?:ana|mia) ?(?:coach|buddy)\b|\b(?:pro ?ana|thinspo|meanspo|bonespo)\b.{0,28}\b(?:coach|helpen|foto|pic|stuur)\b/,
    ],
    unless: [/\b(?:tekening|werkstuk|project|kamer|build|minecraft|lego|kapsel|nagels|verbouwing|tuin|doos|huis|gebouw|boek|kaft|maquette|taart|auto|fiets|kast|scherm|telefoon|hoesje)\b/, /\b(?:melden|report|rapporteer|gevaarlijk|eng)\b/],
    examples: {
      match: [
        'stuur foto\'s in strakke kleren voor je voortgang',
        'stuur een body check voorkant zijkant achterkant',
        'stuur elke ochtend een progress pic',
        'foto van voren en van opzij in strakke kleding',
        'laat me zien hoeveel je bent afgevallen',
        'stuur een foto tijdens je oefeningen',
        'ik ben je ana coach stuur foto van de weegschaal',
      ],
      noMatch: [
        'mijn coach van hockey stuurt het schema',
        'de voorkant en zijkant van het werkstuk moeten versierd',
        'stuur een foto van de voorkant van je boek',
        'ik heb een progress foto van mijn tekening',
        'ik ben 2 kilo afgevallen door het sporten',
        'pro ana accounts zijn eng, melden',
      ],
    },
  },
  {
    id: 'nl.photo_request.trade',
    category: 'photo_request',
    severity: 'medium',
    note: 'Proposes swapping pictures ("pics ruilen", "ik stuur er een als jij er een stuurt"): pressure by reciprocity.',
    patterns: [
      new RegExp(`\\b${PIC} (?:ruilen|ruil|swappen|tradeen|traden)\\b`),
      new RegExp(`\\b(?:ruilen|swappen|traden)\\b.{0,15}\\b${PIC}\\b`),
      new RegExp(`\\b(?:pic|foto|nude|snap) (?:voor|for|4) (?:pic|foto|nude|snap)\\b`),
      /\b(?:ik |k'? ?)(?:stuur|laat) (?:er |je |jou )?(?:ook )?(?:een|eentje|er een|wat|iets|de mijne|mijn) (?:.{0,12} )?als (?:jij|je) (?:.{0,16} )?(?:stuurt|laat zien|opstuurt)\b/,
      /\bjij stuurt (?:eerst|als eerste)\b/,
      new RegExp(`\\b${PIC}\\b.{0,14}\\bjij eerst\\b|\\bjij eerst\\b.{0,14}\\b${PIC}\\b`),
    ],
    unless: [/\b(?:voetbalplaatjes|plaatjes van de ah|stickers|pokemon|kaarten|panini|album|antwoorden|huiswerk|uitwerkingen|samenvatting|sommen)\b/],
    examples: {
      match: ['pics ruilen?', 'foto voor foto', 'ik stuur er een als jij er ook een stuurt', 'jij stuurt eerst dan stuur ik', 'pic? jij eerst', 'zullen we snaps ruilen'],
      noMatch: [
        'wil je ruilen? ik heb twee keer dezelfde voetbalplaatjes',
        'pokemon kaarten ruilen morgen?',
        'jij eerst met dobbelen',
        'ik ruil mijn dienst met sanne',
        'trade pics of the trip later?',
        'ik stuur je het als ik thuis ben',
        'ik stuur je mijn antwoorden als jij de jouwe stuurt',
        'jij eerst dan ik, met kahoot',
      ],
    },
  },
  {
    id: 'nl.photo_request.cam-on',
    category: 'photo_request',
    severity: 'medium',
    note: 'Wants the camera on, a live stream just for them, or a video call in bed, on their room or alone: a live image is harder to refuse and can be recorded.',
    patterns: [
      /\b(?:zet|doe|mag|kan|kun|kunt|wil) (?:je|jij|jouw|ff|even|eens) (?:.{0,12} )?(?:cam|camera|webcam) (?:ff |even |eens |nu |maar )?(?:aan|an|open|aanzetten|aan zetten|aandoen)\b/,
      /\b(?:doe|start|ga) (?:.{0,16} )?(?:live|livestream|stream)\?? (?:.{0,12} )?(?:voor mij|voor me|alleen voor mij|prive|ik wil (?:je|jou) (?:.{0,6} )?zien)\b/,
      /\b(?:videobellen|video bellen|facetimen|facetime|cammen|webcammen|bellen met cam|videochatten|ft)\b.{0,24}\b(?:in (?:je|jouw) bed|op (?:je|jouw) kamer|alleen|in (?:je|jouw) (?:pyjama|ondergoed|badjas)|prive|niemand (?:mag|hoeft)|deur (?:dicht|op slot)|als (?:je|jij) alleen bent)\b/,
    ],
    unless: [/\b(?:huiswerk|project|groepje|werkstuk|presentatie|klas|oma|opa|teams|zoom|les|school|mentor|juf|meester|de groep|met z'n allen|met zn allen|tante|oom|erbij|met de meiden|met de jongens|groepsgesprek|groepscall|groepsfacetime)\b/, /\bmet [a-z]{2,12} en (?:mij|me|ik)\b|\bmet z'?n (?:drieen|vieren|allen)\b/],
    examples: {
      match: ['doe je cam aan', 'zet je camera aan', 'doe een live voor mij', 'kun jij je webcam even aandoen', 'facetimen als je alleen bent?', 'zullen we videobellen, jij in je bed'],
      noMatch: ['kan je camera aan voor het groepsgesprek', 'zet je camera aan de les begint', 'mijn camera is kapot', 'heb je zin om te facetimen? ik verveel me'],
    },
  },
];
