import type { RuleDef } from '../../types';
import { withEverydayTwins } from '../shared';
import { FILLER, NOBODY, NOTHING, OWN_READS_ALONG, PARENT, SHARED_CLASS, YOU, YOUR } from './words';

/**
 * Secrecy: Winters et al. (2020) isolation and post-abuse "maintenance" (preventing disclosure);
 * Elliot (2017) risk management. Asking the teen to tell no one, to keep it from parents, to
 * delete the chat or to use disappearing messages. Lookalikes: surprise parties and presents,
 * friends' own gossip about a crush, and a friend telling the teen to *do* tell their parents.
 */
/** A sibling or friend kept out of a plan so they do not tag along: "zeg niet tegen je broer dat we naar de film gaan, anders wil hij mee". */
const TAG_ALONG = /\banders (?:wil|willen|wilt|gaat|gaan|komt|komen) (?:hij|zij|ze|die|ie) (?:ook |per se |perse )?mee\b|\banders (?:wil|willen|wilt) (?:hij|zij|ze|die|ie) ook\b/;

/** Something bought or made for the sibling or friend kept in the dark: "zeg ni tegen uw zus wa we voor haar gekocht hebben". */
const FOR_THEM = /\b(?:haar|hem|hun|de (?:juf|meester|mentor|trainer|coach)|mama|papa|oma|opa|(?:je|jouw) (?:moeder|vader|zus|broer|ouders|ma|pa)) (?:\w{1,8} )?(?:verrassen|verassen)\b|\b(?:haar|zijn|hun) (?:kamer|fiets|kluisje|bureau|deur|auto) (?:\w{1,8} )?(?:versieren|inpakken|vol hangen|volhangen)\b|\b(?:hij|zij|ze|ie) (?:krijgt|krijgen) (?:\w{1,8} ){0,2}(?:nieuwe|nieuw|cadeau|kado|puppy|hondje|fiets|telefoon|ps5|switch)\b|\bvoor (?:haar|hem|hun|ze) (?:\w{1,10} ){0,2}(?:gekocht|besteld|gemaakt|geregeld|gebakken|geknutseld|gepland)\b|\b(?:voor|van) (?:zijn|haar|hun) (?:\d{2}e|\d{2}ste|verjaardag|jubileum|trouwdag|pensioen|afscheid|diploma)\b|\b(?:gekocht|besteld|gemaakt|gebakken|geknutseld|gepland) (?:\w{1,6} )?voor (?:haar|hem|hun)\b/;

/** Family other than parents, and coaches: "hoeft je tante niks van te weten" is kept from them as from a parent. */
const KIN_OR_COACH = 'tante|oom|oma|opa|broer|zus|broertje|zusje|trainer|coach';

const BASE: RuleDef[] = [
  {
    id: 'nl.secrecy.tell-no-one',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks the teen to tell no one or keeps "our secret".',
    patterns: [
      /\b(?:sommige dingen|zulke dingen|dit soort dingen|wat (?:wij|we) (?:samen )?(?:hebben|doen|delen)|ons ding) (?:zijn|is|blijven|blijft) (?:gewoon |echt |alleen |nu eenmaal )?van ons\b/,
      /\b(?:vertel|zeg) (?:(?:aan|tegen) )?(?:je|jouw|uw) (?:vriendinnen|vrienden|klasgenoten|zus|broer|zusje|broertje|bff|beste vriendin) (?:maar )?(?:niks|niets|nix|nie|ni|niet) (?:over|van)\b/,
      /(?<!\b(?:ik|we|wij|ze|hij|zij) (?:wil|wilde|mag|mogen|mocht|ga|gaan|kan|kunnen|zal|moet|moeten|hoef|hoeven) )\b(?:niet|nie|ni|nooit|niks|niets) over (?:het werk|ons|mij|dit|wat we doen|het geld|de klusjes|de klus|de shoots|de shoot|de job|de bijbaan|het pakketje|de pakketjes) (?:praten|vertellen|babbelen|zeggen|posten|kletsen) (?:met|tegen|aan) (?:anderen|iemand|andere mensen|je vrienden|je vriendinnen|je ouders|niemand|je familie|je klas|mensen)\b|\bhoe minder (?:mensen|mensjes|lui|personen|mn|volk) (?:het |dit |dat |ervan |er van |van ons |hiervan |daarvan )?(?:weten|afweten|horen|zien) hoe (?:beter|veiliger|fijner)\b/,
      /\bover (?:het werk|ons|mij|dit|wat we doen|het geld|de klusjes|de shoots) (?:praat|praten|vertel|vertelt|babbel|babbelt|zeg|zegt) (?:je|jij|ge|we|wij) (?:niet|nie|ni|nooit|niks|niets) (?:met|tegen|aan) (?:anderen|iemand|andere mensen|je vrienden|je vriendinnen|je ouders|niemand)\b/,
      new RegExp(`\\b(?:zeg|vertel|verklap|zeg maar|vertel maar|(?:zegt|vertelt|verklapt) (?:gij|ge)) (?:het |dit |dat |er |hier |daar )?(?:.{0,12} )?(?:tegen|aan) (?:${NOBODY}|niemand anders)\\b`),
      new RegExp(`\\b(?:tegen|aan) ${NOBODY} (?:.{0,12} )?(?:zeggen|vertellen|verklappen|laten zien|zien|doorvertellen)\\b`),
      /\b(?:niet|nie|ni|niks|niets) (?:.{0,12} )?(?:doorvertellen|door vertellen|doorzeggen|rondvertellen|verder vertellen)\b/,
      /\b(?:dit|het|dat|alles) (?:blijft|is|moet|mag|houden we) (?:echt |gewoon |wel |alleen |echt alleen |puur )?(?:tussen ons|tussen jou en mij|tussen jij en ik|tussen ons tweeen|onder ons)\b/,
      /\bmondje dicht\b|\b(?:vertel|zeg) (?:het |dit |dat )?(?:niet|nie|ni|nooit) (?:verder|door)\b|\b(?:hou|houd) (?:je|jouw|uw) (?:mond|bek|kop|snavel|waffel)(?: \w{1,12})? (?:erover|hierover|daarover|over (?:ons|mij|dit|wat we))\b/,
      /\b(?:zorg (?:wel |ervoor |er voor )?dat|zodat|zorgen dat) (?:je ouders|jouw ouders|je moeder|je vader|je ma|je pa|niemand|geen mens|je familie|uw ouders|uw ma)\b.{0,24}\b(?:zien|ziet|lezen|leest|weten|weet|vinden|vindt|merken|merkt|achter komen|achterkomen|ontdekken)\b|\b(?:beter|veiliger|slimmer) (?:als|dat) niemand (?:het |dit |dat |er |ervan |hiervan |van ons )?(?:\w{1,12} )?(?:weet|hoort|ziet|merkt)\b/,
      /\b(?:dit|dat|alles|ons gesprek|dit gesprek|deze chat|onze chat|wat we doen|wat we zeggen) (?:blijft|moet|houden we|is) (?:echt |gewoon |wel |ook )?geheim\b/,
      new RegExp(`\\blaat ${NOBODY} (?:.{0,16} )?(?:zien|lezen|weten|horen)\\b`),
      new RegExp(`\\b(?:dit|het|dat|dit gesprek|deze chat|dit hier) (?:mag|moet|hoeft|kan) (?:echt |gewoon |absoluut |helemaal )?${NOBODY} (?:.{0,6} )?(?:te )?(?:weten|zien|horen|lezen)\\b`),
      new RegExp(`\\b(?:je|jij|ge|gij) (?:moet|mag|gaat) (?:het|dit|dat|ons|alles) (?:.{0,6} )?(?:geheim|stil|voor jezelf|onder ons) houden\\b|\\b(?:kan|kun|kunt|wil|wilt|zal|zou) ${YOU} (?:het|dit|dat|ons|alles|deze chat|dit gesprek) (?:.{0,6} )?(?:geheim|stil|voor jezelf|onder ons) (?:te )?houden\\b`),
      /\b(?:vertel|zeg|verklap) (?:het |dit |dat |er |maar |ff )?(?:aan |tegen )?niemand (?:iets |wat |niks )?(?:over (?:mij|me|ons|onze [a-z]{2,14}|wat we|dit|deze chat|wat ik)|dat (?:we|wij|ik|je met))\b/,
      /\b(?:je|jij|ge) (?:mag|moet|kan) (?:er |hier |daar |het )?(?:echt |gewoon |absoluut |nooit )?(?:met|tegen) niemand (?:over|erover|hierover|daarover) (?:praten|hebben|delen)\b|\b(?:moet|moeten|moest|zou|blijft|blijven|houden we|dat was) (?:echt |gewoon |wel |toch )?(?:tussen (?:ons|ons tweeen|jou en mij)|onder ons)(?: blijven| houden)?\b|\b(?:blijft|is) (?:het |dit |dat |alles )?van ons (?:tweetjes|tweeen|twee)\b|\b(?:wat (?:we|wij) (?:hier |samen |elkaar )?(?:zeggen|bespreken|delen|sturen|typen|doen|schrijven)|ons gesprek|onze chat|dit gesprek|deze chat|onze gesprekken) (?:is|blijft|zijn|blijven) (?:\w{1,6} )?van ons(?: (?:tweetjes|tweeen|twee|alleen))?\b|\b(?:wat (?:we|wij) (?:\w{1,10} )?(?:bespreken|doen|zeggen|hebben|delen)|ons gesprek|onze chat|dit gesprek|deze chat) (?:\w{1,6} )?(?:gaat|gaan) niemand (?:iets |wat |ene moer |een bal |ook maar iets )?aan\b/,
      new RegExp(`\\b(?:je|jij) (?:mag|moet|kan|kunt) (?:het |dit |dat |er )?(?:echt |gewoon |absoluut |helemaal |nooit )?(?:aan |tegen )?${NOBODY} (?:.{0,8} )?(?:vertellen|zeggen|laten zien|verklappen|over vertellen)\\b`),
      /\b(?:ons|onze) (?:kleine )?(?:geheimpje|geheim|geheimen|secret|secretje)\b/,
      // t22: "belangrijk dat je er nog met niemand over praat, ook niet met je club".
      /\bdat (?:je|jij|ge|gij) (?:er |hier |daar |het )?(?:nog |echt |nu |voorlopig |gewoon )?(?:met|tegen|aan) niemand (?:over |erover |hierover |daarover |iets |wat )?(?:praat|praten|vertelt|zegt|spreekt|deelt|hebt)\b/,
      /\b(?:beloof|beloofd|belooft|zweer) (?:.{0,20} )?(?:dat )?(?:je|jij) (?:het |dit |er )?(?:aan |tegen )?(?:niemand|niks|niets|nooit|niet)\b/,
      /\bik (?:kom|ga|zit|beland) (?:echt |dan |zwaar |heel erg )?(?:in de problemen|in de shit|de bak in|de gevangenis in|in de cel|in de gevangenis)\b.{0,12}\bals (?:je|jij|ge) (?:dit|het|dat|iets|ons|onze chat) (?:\w{1,8} )?(?:aan |tegen )?(?:iemand|je ouders|de politie|je moeder|je vader)\b|\bals (?:je|jij|ge) (?:dit|het|dat|iets) (?:aan |tegen )?(?:iemand|je ouders|de politie) (?:vertelt|zegt|laat zien)\b.{0,12}\b(?:kom|ga|zit) ik (?:echt |zwaar )?(?:in de problemen|in de shit|de bak in|de gevangenis in)\b/,
      /\b(?:hou|houd) (?:het|dit|dat|ons|alles) (?:.{0,12} )?(?:geheim|stil|voor jezelf|onder ons|tussen ons|secret)\b/,
      new RegExp(`\\b${NOBODY} (?:hoeft|mag|moet) (?:.{0,20} )?(?:te )?(?:weten|horen|zien)\\b`),

      // The meeting itself kept quiet, Flemish "voor u houden": "da we elkaar zien moet ge echt voor u houden".
      /\b(?:da|dat|dak|wat|hoe vaak|waar) (?:we|wij|ik) (?:\w{1,10} ){0,3}(?:moet|moete|moogt|mag|moeten|ga|gaat) (?:je|jij|ge|gij|u|gulle|jullie) (?:echt |wel |gewoon |goed |zeker |beter |maar )?(?:voor (?:u|uzelf|jezelf|je zelf|jou|ons)|onder ons|geheim|stil|stilletjes|binnenskamers) (?:houden|hou|houen)\b|\b(?:hou|houd|houdt) (?:da|dat|dit|het|alles) (?:\w{1,6} )?voor (?:u|uzelf)\b/,
      // The rest of a club, class or team kept out of the sender's bond with the teen: "de anderen van de club hoeven niet te weten dat ik jou extra begeleid", "je teamgenoten moeten niet weten dat we appen".
      /\b(?:de anderen|de rest|anderen|de andere \w{2,12}|je (?:klasgenoten|vriendinnen|vrienden))(?: (?:van|uit|in|op|bij) (?:de|het|je|jouw|onze|ons|uw) \w{2,12})? (?:hoeven|hoeft|mogen|mag|moeten|moet) (?:dit |het |dat |er |hier )?(?:echt |toch |natuurlijk |helemaal |nog )?(?:niet|nie|ni|niks|nooit) (?:van )?(?:te )?(?:weten|horen|zien) (?:dat (?:ik|we|wij) (?:je|jou|u|samen|elkaar|extra)|dat (?:je|jij) (?:\w{1,8} )?(?:met|bij) (?:mij|me)|wat (?:we|wij) (?:\w{1,8} )?(?:doen|bespreken|hebben|delen))\b/,
      // Moderators kept out of the contact: "niet tegen de mods zeggen dat ik je gedmd heb", "zeg niks tegen de admins".
      /\b(?:niet|nie|ni|niks|niets|nooit) (?:\w{1,6} )?(?:tegen|aan|bij) (?:de |die )?(?:mods?|moderators?|admins?) (?:\w{1,6} )?(?:zeggen|vertellen|melden|laten zien|verklappen)\b|\b(?:zeg|vertel|meld) (?:het |dit |dat |er )?(?:niks|niets|niet|nie|nooit) (?:\w{1,6} )?(?:tegen|aan|bij) (?:de |die )?(?:mods?|moderators?|admins?)\b/,
      // The chat as a place whose words stay inside it: "wat hier gezegd wordt blijft hier, afspraak?", "wat we in de dm zeggen blijft tussen ons" (a talking circle, class or team saying it of its own meeting is excused).
      /^(?!.{0,160}\b(?:praatgroep|gespreksgroep|groep|kring|sessie|sessies|therapie|therapeut|training|kamp|klas|team|ploeg|les|mentoruur|vertrouwenspersoon|jeugdwerker|leiding|scouts|kleedkamer)\b).{0,160}\bwat (?:hier|in deze chat|in de dm|(?:we|wij) hier|(?:we|wij) in (?:deze chat|de dm)) (?:gezegd wordt|wordt gezegd|gebeurt|besproken wordt|zeggen|bespreken|doen) (?:blijft|moet blijven) (?:hier|in deze chat|tussen ons|onder ons)\b/,
    ],
    unless: [SHARED_CLASS, 
      // The sender about to confide something of their own: "je mag echt niemand vertellen wat ik nu ga zeggen".
      /\b(?:vertellen|zeggen|verklappen|doorvertellen) wat ik (?:je |jou )?(?:nu |zo |straks |hierna )?(?:ga|gaat) (?:zeggen|vertellen)\b/,
      // The sender's own news or family trouble: "ge moogt het aan niemand vertellen maar ik stop met voetbal", "wat ik je vertelde over de scheiding van mijn ouders".
      /\bik (?:stop|kap|ga stoppen|ga kappen) met (?:de |het |mijn |mn )?(?:voetbal|hockey|basketbal|volleybal|turnen|dansen|zwemmen|tennis|school|studie|club|scouts|chiro|muziekles|pianoles|gitaarles|balletles)\b|\bscheiding van (?:mijn|mn|m'n) (?:ouders|moeder en vader|vader en moeder)\b/,
      // A group's own night keeping its jokes: "wat hier gebeurt blijft hier, dit is de meidenavond".
      /\bwat (?:hier|daar|op \w{2,12}|in \w{2,12}) gebeurt (?:\w{1,6} )?blijft (?:hier|daar|in \w{2,12}|op \w{2,12})\b.{0,40}\b(?:meidenavond|meiden avond|jongensavond|logeerpartij|sleepover|pyjamaparty|slaapfeest|slaapfeestje|vrijgezellen\w{0,6}|klassenuitje|groepsapp|groepschat|kampvuur)\b|\b(?:meidenavond|jongensavond|logeerpartij|sleepover|pyjamaparty|slaapfeestje)\b.{0,40}\bwat (?:hier|daar) gebeurt (?:\w{1,6} )?blijft (?:hier|daar)\b/,
      /\b(?:niemand|geen mens) (?:\w{1,6} )?(?:je|jouw|uw) (?:wachtwoord|wachtwoorden|pincode|ww|password|inlog|inloggegevens|pin|code|codes)\b|\bdat ik (?:\w{1,10} ){0,3}(?:bang (?:ben|was|voor)|eng (?:vind|vond)|(?:niet|nie|ni) (?:durf|durfde)|zenuwachtig (?:ben|was)|moest huilen)\b/, // The sender's own sorrow or act ("dat ik gehuild heb", "mn ouders gaan scheiden", "ik heb de foto's verwijderd") and a youth worker's confidentiality.
      /\bik heb (?:.{0,30} )?(?:verwijderd|gewist|weggehaald|gedelete)\b|\b(?:jeugdwerker|vertrouwenspersoon|hulpverlener|beroepsgeheim|behalve als (?:je|jij) in gevaar|tenzij (?:je|jij|ge|iemand) (?:\w{1,8} )?(?:in gevaar|onveilig|gevaar loopt)|(?:hulp|iemand) (?:moet |moeten )?(?:halen|inschakelen|erbij halen)|moet ik (?:het )?(?:melden|doorgeven))\b|\b(?:mijn|mn|m'n) (?:ouders|moeder|vader|ma|pa) (?:gaan|gaat) (?:scheiden|uit elkaar)\b|\bdat ik (?:\w{1,10} ){0,3}(?:gehuild|gejankt|overgegeven|gekotst|gevallen|gestruikeld|gedumpt|afgewezen)\b|\bschaam (?:me|mij)\b/,
      // The sender's own trouble or embarrassment, confided: "er is iets thuis met mijn ouders", "ik werd ongesteld tijdens zwemles".
      /\bik (?:werd|ben|was) (?:\w{1,10} ){0,3}ongesteld\b|\ber is iets (?:thuis|met (?:mijn|mn|m'n) (?:ouders|moeder|vader|ma|pa|broer|zus))\b|\b(?:mijn|mn|m'n) (?:ouders|moeder|vader|ma|pa) (?:hebben|heeft|maken|maakt) (?:\w{1,8} ){0,2}(?:ruzie|problemen)\b|\b(?:ruzie|gedoe) thuis\b|\bthuis (?:is|gaat) (?:het )?(?:\w{1,6} )?(?:niet goed|slecht|kut|moeilijk)\b/,
      /\bniemand (?:mag|hoeft|moet) (?:het |dit )?(?:te )?weten dat ik\b/,
      // A gamer's own rule-breaking kept from the moderators: "niet tegen de mods zeggen dat ik een alt account heb".
      /\bdat ik (?:\w{1,8} ){0,3}(?:cheat|cheats|cheatte|gecheat|hack|hacks|gehackt|alt|alts|smurf|smurfs|spam|spamde|gespamd|bot|bots|aimbot|mods gebruik|exploit|glitch|geglitcht)\b/,
      // The sender's own school mischief: "zeg tegen niemand dat ik het antwoord voorzei".
      /\bdat ik (?:\w{1,10} ){0,4}(?:voorzei|voorzeg|voorgezegd|gespiekt|spiekte|afgekeken|afkeek|overgeschreven|overschreef|te laat (?:was|kwam)|gespijbeld|spijbelde)\b/,
      // The sender's own news they will tell themselves soon: "ik vertel het maandag aan de klas".
      /\bik (?:vertel|zeg) (?:het|dit|dat) (?:\w{1,10} ){0,2}(?:zelf|aan de klas|tegen de klas|aan iedereen|tegen iedereen)\b|\b(?:ik|we|wij) (?:ga|gaan|moet|moeten) (?:\w{1,8} )?(?:verhuizen|emigreren|stoppen met|naar een andere school)\b|\b(?:we|wij) (?:verhuizen|emigreren)\b/,
      // A band, team or club's own news that its members announce themselves: "kan je het geheim houden dat we stoppen met de band? we vertellen het vrijdag zelf".
      /\b(?:we|wij) (?:vertellen|zeggen|melden|posten) (?:het|dit|dat|t) (?:\w{1,10} ){0,2}(?:zelf|aan de klas|tegen de klas|aan iedereen|tegen iedereen|aan de groep|aan het team|in de groepsapp)\b(?! (?:\w{1,6} )?(?:aan|tegen) (?:je|jouw|uw) )|\b(?:we|wij|ik) (?:stoppen|stop|kappen|kap|gaan stoppen|gaan kappen) (?:\w{1,6} )?met (?:de|het|onze|ons|mijn|mn|m'n) (?:band|bandje|team|teampje|duo|club|groep|vereniging|koor|dansgroep|[a-z]{3,10}(?:les|club|team|groep))\b/,
      /\bdat ik (?!je |jou )(?:.{0,16} )?(?:leuk|knap|cute|schattig) vind\b/,
      // The sender's own crush, confided to a friend: "zeg tegen niemand wie ik leuk vind", "vertel niemand op wie ik een crush heb".
      /\b(?:wie|op wie) ik (?!je |jou )(?:\w{1,8} )?(?:leuk|knap|cute|schattig|lief) (?:vind|vond)\b|\bop wie ik (?:\w{1,8} )?(?:verliefd ben|verliefd was|een crush heb|crush)\b|\bwie (?:mijn|mn|m'n) (?:crush|lover|date) (?:is|was)\b/,
      FOR_THEM,
      // The sender's own fault: "vertel niemand dat we de wedstrijd verloren hebben door mij".
      /\b(?:door mij|mijn schuld|mn schuld|m'n schuld)\b/,
      // The sender's own setback: "dit blijft tussen ons maar ik ben gezakt voor mijn rijbewijs".
      /\bik ben (?:\w{1,8} )?(?:gezakt|gebuisd|blijven zitten|ontslagen|gedumpt|afgewezen|uitgeloot|niet aangenomen|niet geslaagd|niet door)\b/,
      // The setback the sender fears: "dit blijft tussen ons he, maar ik denk dat ik blijf zitten", "ik ga zakken voor wiskunde".
      /\bik (?:denk dat ik |vrees dat ik |ben bang dat ik |ga |ga waarschijnlijk |ga wss |zal |ga echt |heb kans dat ik )?(?:blijf zitten|blijven zitten|ga blijven zitten|zak voor|zakken voor|ga zakken|niet over ga|niet overga|niet slaag|niet ga slagen|moet herkansen|een herexamen|herexamens|buis voor|ga buizen|een buis)\b/,
      /\bik (?:heb|had) (?:verkering|een vriend|een vriendje|een vriendin|een crush|een date)\b/,
      /\bik (?:vind|vond) (?!je |jou )(?:.{0,20} )?(?:leuk|knap|cute|schattig)\b/,
      /\b(?:ik ben|ik bn) (?:.{0,12} )?verliefd op (?!je\b|jou\b)/,
      /\b(?:dat|da|dt) ik (?:\w{1,8} )?(?:verliefd ben|verliefd was|verkering heb|een crush heb)\b/,
      /\b(?:verrassing[a-z']{0,10}|verassing[a-z']{0,10}|surprise|[a-z]{0,12}(?:cadeau|kado|cado|kadoo)(?:tje)?s?|verjaardag[a-z]{0,8}|spoiler|spoilers|toets|proefwerk|onvoldoende|cijfer|rapport|voor mama|voor papa|de antwoorden|sinterklaas|lootjes|moederdag|vaderdag)\b/,
      /\bgeheim (?:agent|recept|ingang|level|code van)\b/,
      // A surprise for one friend ("dit blijft onder ons he, ze mag er niks van merken"), when no parent is named.
      /^(?!.{0,200}\b(?:ouders|moeder|mama|mam|vader|papa|pap|ma|pa|familie)\b).{0,120}\b(?:ze|zij|hij) mag (?:er |het |dit )?(?:echt |nog |absoluut )?(?:niks|niets|nix|nie|ni|niet) (?:van )?(?:merken|weten|zien|doorhebben)\b/,
      // A family's playful secret about a treat: "ons geheimpje dat oma stiekem ijs gaf", "opa gaf ons chips, niet tegen mama zeggen".
      /\b(?:oma|opa|omi|opi|tante|oom|papa|mama|de juf|de meester)\b.{0,30}\b(?:ijs|ijsje|ijsjes|snoep|snoepjes|chocola|chocolade|chips|taart|taartje|koekjes?|patat|friet|frietjes|cola|pannenkoeken)\b|\b(?:ijs|ijsje|ijsjes|snoep|snoepjes|chocola|chips|taart|koekjes?|patat)\b.{0,30}\b(?:oma|opa|omi|opi|tante|oom|papa|mama)\b/,
      // A team's tactics kept from the other side ("niet doorvertellen aan de tegenstander welke opstelling we doen").
      /\b(?:tegenstanders?|opstelling|tactiek|strategie|het andere team|de andere teams?|playbackshow|playback|talentenjacht|bonte avond|eindmusical|musical|toneelstuk|sketch|dansje|choreo|choreografie)\b|\banders (?:\w{1,8} )?(?:jatten|pikken|stelen|kopieren|copyen|gappen|nemen) (?:ze|zij|die|hun) (?:ons|onze|het|dat|alles)\b/,
      // The sender's own secret, which they will tell themselves: "ik heb een 3 voor duits, ik zeg het zelf wel".
      /\bik (?:zeg|vertel) (?:het|t) (?:zelf|straks|morgen|vanavond)\b|\bik (?:heb|had) (?:echt |gewoon |weer |nog |toch )?(?:een |n )?\d{1,2}(?: \d)? voor\b/,
      // News that is secret only until it is announced: "mijn zus is zwanger, officieel volgende week", "niet doorvertellen nog, de leerlingenraad maakt het vrijdag bekend".
      /\b(?:zwanger|verloofd|gaan trouwen|gaat trouwen|officieel|bekendmaken|bekend maken|maakt (?:het |dat )?(?:\w{1,10} )?bekend|maken (?:het |dat )?(?:\w{1,10} )?bekend)\b|\b(?:erover|geheim|stil|mond dicht|niks zeggen|niets zeggen)\b.{0,12}\btot (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week|het bekend is)\b/,
      // The sender's own news, to be told when they choose ("ik wil het pas zeggen als ik erdoor ben").
      /\bik wil het (?:pas|zelf|eerst|zelf pas) (?:\w{1,10} ){0,4}(?:zeggen|vertellen|vertelle)\b|\bals ik (?:erdoor|aangenomen|geslaagd|gekozen|geselecteerd) ben\b|\b(?:auditie|sollicitatie|sollicitatiegesprek)\b/,
      // The sender's own plan ("dit blijft tussen ons, maar ik denk dat ik ga stoppen met hockey").
      /\bik (?:denk dat ik |ga |wil |overweeg )?(?:ga )?(?:stoppen|ophouden|kappen) met (?:hockey|voetbal|school|dansen|turnen|zwemmen|de club|het team|tennis|atletiek|[a-z]{3,12}les)\b/,
      // The sender's own mishap ("vertel niemand dat ik de taart heb verpest").
      /\bdat ik (?:de|het|die) laatste \w{2,12} (?:heb|op heb|gepakt heb|heb opgegeten)\b|\bdat ik (?:\w{1,10} ){0,4}(?:verpest|kapot|kapotgemaakt|gebroken|laten vallen|verloren|vergeten|opgegeten|gezakt|verbrand|laten aanbranden)\b/,
      // The sender's own small crime ("ons geheimpje: ik heb de laatste koek op").
      /\bik heb (?:de |het |die |dat |je |jouw |een )?(?:laatste )?(?:koek|koekje|koekjes|chips|snoep|taart|ijsje|pizza|stuk|reep|chocola|vaas|bord|glas)\w{0,4} (?:op|opgegeten|gepakt|kapot|gebroken|gejat)\b|\bik heb (?:.{0,20} )?(?:opgegeten|opgedronken|kapotgemaakt|kapot gemaakt|gejat)\b/,
      // The sender promises to tell no one themselves, without asking the same back.
      /\bik (?:niks |niets |het |er niks |er niets |echt niks )?(?:zeg|vertel|verklap) (?:het |dit |dat |er |niks |niets )?(?:\w{1,8} )?(?:tegen|aan) (?:niemand|geen mens)\b(?!.{0,30}\b(?:jij ook|jij dan ook|jij niet|jij ook niet|jij toch ook|beloof|jij mag|jij moet)\b)/,
    ],
    examples: {
      match: [
        "je vriendinnen uit 2a hoeven niks te weten, vertel het aan niemand",'zeg het aan niemand, ook niet aan je mama, dan stop ik niet met je te helpen', "de anderen van de ploeg hoeven niet te weten dat je bij mij was", "dat was toch tussen ons, waarom weet je zus het nu", "het moest onder ons blijven, dat had je beloofd", "de rest van het team hoeft niet te weten dat ik je extra train", "je klasgenoten hoeven niet te weten wat we samen doen", "zeg niks tegen de mods over ons he", "niet aan de admins vertellen dat we dm'en ok", 
        'da we elkaar zien moet ge echt voor u houden', 'dat we afspreken moet je echt voor jezelf houden he', 'wat we samen doen moet ge goed onder ons houden', 'hou da voor u, ook tegen uw zus',
        'zeg tegen niemand dat ik je die foto stuurde', 'ge moet ni alles vertellen, sommige dingen zijn gewoon van ons', 'wat wij hebben is van ons, niemand snapt dat', 'vertel je vriendinnen niks over mij ok', 'over het werk praat je nooit met anderen', 'vertel het aan niemand, ook niet aan je beste vriendin',
        'dit moet tussen ons blijven',
        'wat hier gebeurt blijft hier he schat', 'wat we in de dm zeggen blijft tussen ons, deal?', 'wat in deze chat gezegd wordt blijft in deze chat',
        'zeg het tegen niemand oke',
        'dit blijft tussen ons',
        'dit blijft geheim oke',
        'dit blijft tussen ons he, maar ik denk dat je echt speciaal bent',
        'dit blijft onder ons he, je moeder mag er niks van merken',
        'dit blijft tussen ons, ze mogen thuis niks weten en je mama al helemaal nie',
        'ons gesprek blijft echt geheim he',
        'ons geheimpje 🤫',
        'zeg tegen niemand wie ik ben, ok? zweer het',
        'vertel aan niemand wie je nu aan het appen bent',
        'ik kom echt in de problemen als je dit aan iemand laat zien',
        'als je het aan iemand vertelt kom ik in de problemen',
        'niemand hoeft dit te weten',
        'niet doorvertellen he',
        'beloof dat je het aan niemand vertelt',
        'hou het geheim',
        'vertel dit aan niemand',
        'niemand hoeft het te weten, we gaan gewoon naar een feestje',
        'dit is alleen tussen jou en mij',
        'vertel het niet door he',
        'ons gesprek is geheim',
        'hou je mond erover',
        'zorg dat je ouders het niet zien',
        'zet je telefoon op slot zodat niemand het ziet',
        'het is beter als niemand dit weet',
        'zegt gij dat aan niemand he',
        'kan je dit geheim houden? het is belangrijk',
        'vertel niemand over onze coaching, ook je moeder niet',
        'je mag er echt met niemand over praten, beloof je dat?',
        'wat we bespreken gaat niemand wat aan, snap je',
        'wat wij hebben is speciaal en moet tussen ons blijven',
        'dan blijft het van ons tweetjes',
        'screenshots maken is echt nie chill, wat wij zeggen is van ons',
        'onze chat blijft gewoon van ons alleen oke',
        'wat we hier bespreken is echt van ons',
        'jij moet met niemand hierover praten',
        'ik zeg het tegen niemand, jij ook niet he',
        'ons geheimpje he, niet tegen je moeder zeggen',
        'vertel het nog niet aan niemand, ook nog niet aan je moeder',
        'nie over de klus praten met je vrienden he',
        'hoe minder mensen hiervan weten hoe beter, geloof me',
        'voor de selectie is het belangrijk dat je er nog met niemand over praat', 'het is beter dat je hier voorlopig met niemand over praat ok',
      ],
      noMatch: [
        'je mag echt niemand vertellen wat ik nu ga zeggen, ik ben verliefd op daan',
        "tim uit 3b!! zweer dat je het aan niemand vertelt",
        "die jongen uit 4h vindt je leuk, vertel het aan niemand ok", "dit blijft tussen ons he, ik wil niet dat de hele klas het weet", "niet doorvertellen he, anders weet onze hele jaarlaag het morgen",'zeg het aan niemand maar ik kap met hockey na dit seizoen', 'hou dat over de scheiding van mn ouders voor jezelf aub', 'in de praatgroep geldt: wat hier gezegd wordt blijft hier', 'wat hier gebeurt blijft hier zei de trainer over de kleedkamer', 'wat hier gebeurt is echt raar, de wifi doet het weer niet', "de anderen hoeven niet te weten dat je een herkansing krijgt", "niet tegen de mods zeggen dat ik een alt account heb lol", "de rest van de klas hoeft niet te weten wat je cijfer is", "dat was tussen de middag, ik was er niet", 'ge moogt het aan niemand zeggen, we organiseren een verrassingsfeestje voor papa', 'zeg niks tegen niemand, het is een verrassingsbezoekje voor oma', 'wat ik van die juf vind hou ik wel voor mezelf', 'dat ik gezakt ben moet je echt voor jezelf houden', 'vertel aan niemand op wie ik een crush heb pls', 'niet doorvertellen wie mn crush is he, zweer het', 'dit blijft onder ons maar ik vrees dat ik blijf zitten dit jaar', 'niet doorvertellen he, ik ga zakken voor frans denk ik', 'laat niemand je pincode zien he, ook je vrienden niet', 'zeg tegen niemand dat ik bang was in het spookhuis', 'vertel je vriendinnen niks over het verrassingsfeest', 'die bal is van ons, niet van de buren', 'over het werk praat ik niet met mijn moeder, saai', 'dit blijft echt onder ons he, hij mag er niks van merken tot zaterdag', 'niet verder vertellen hoor, maar we gaan emigreren naar spanje', 'zeg het nog tegen niemand, wij verhuizen in de zomer', 'ik heb een 5,5 voor wiskunde, niet doorvertellen he', "beloof je dat je het niet doorvertelt? er is iets thuis met mijn ouders", "niet doorvertellen he, mijn ouders hebben elke dag ruzie", "beloof dat je het niemand vertelt, ik werd ongesteld tijdens zwemles en schaam me dood", "beloof dat je niks zegt, ik ben ongesteld geworden in de klas 😭", "sst ik ga papa's verjaardagstaart zelf bakken, ons geheimpje", "ik bak een taart voor mama's verjaardag, ons geheimpje he", "ons geheimpje: ik heb een verjaardagskaart voor oma gemaakt", "zeg niks tegen mama, we maken morgen een verjaardagsontbijt", "ja maar dit blijft tussen ons he, ze wil het nog niet zeggen", "zeg tegen niemand dat ze verkering hebben, ze willen het zelf vertellen", "dit blijft onder ons, hij wil het pas na de zomer bekend maken", "ons geheimpje he, sanne wil niet dat iedereen het weet", 
        'zeg tegen niemand dat ik het antwoord voorzei haha',
        'wat je hier vertelt blijft tussen ons, tenzij je in gevaar bent. dan moet ik hulp halen, dat zeg ik altijd eerlijk',
        'alles wat je de mentor vertelt blijft onder ons, tenzij iemand onveilig is, dan moet ik het melden',
        'het is ons geheimpje dat opa ons patat gaf voor het eten 😂',
        'niet tegen mama zeggen dat we ijsjes hebben gegeten bij oma hihi',
        'zeg niks tegen niemand maar ik ga verhuizen 😢 ik vertel het maandag aan de klas',
        'vertel het aan niemand, ik zeg het morgen zelf tegen de juf',
        "niet doorvertellen aan de tegenstander welke opstelling we zaterdag doen haha",
        'niemand mag weten wat we voor de talentenjacht doen, anders pikken ze ons idee',
        'vertel niemand ons thema voor het feest, anders jatten ze het',
        "niemand hoeft nog te weten dat we samen zijn, ik wil het eerst zelf aan mijn ouders zeggen",
        "ons geheimpje he, ik heb stiekem je kado al gekocht",
        'zeg tegen niemand dat ik de laatste koek heb',
        'je mag met niemand praten tijdens het examen',
        'fijn dat je er met niemand over praat behalve met de vertrouwenspersoon', 'goed dat je met niemand ruzie hebt',
        'vertel niemand dat ik de taart heb verpest haha',
        'ik zweer dat ik niks zeg tegen niemand, vertel nou wie je leuk vindt',
        'dit blijft tussen ons ok, maar ik denk dat ik ga stoppen met hockey',
        'da blijft tussen ons he, ik wil nie dat heel de klas weet da ik verliefd ben',
        'wallah nie doorvertellen, ik heb een auditie voor de musical en ik wil het pas zeggen als ik erdoor ben',
        "je hoeft het aan niemand te vertellen maar ik heb een 4 voor wiskunde, ik zeg het zelf wel tegen mn ouders",
        'het cadeau voor mama blijft geheim he',
        'de verrassing blijft geheim tot zaterdag',
        'het blijft tussen ons he, dat ik hem leuk vind',
        'vertel het aan niemand maar ik heb verkering',
        'niemand mag weten dat ik die film leuk vond lol',
        'het is een verrassingsfeest voor sanne dus niks zeggen tegen niemand',
        'niet tegen lisa zeggen, het is een verrassing',
        'niemand weet het antwoord van vraag 3',
        'zeg het tegen de juf',
        'ik heb het aan iedereen verteld',
        'het geheime level in minecraft is vet',
        'zeg niks tegen sanne, de antwoorden van de toets heb ik van tim',
        'verstop de cadeautjes zodat niemand ze ziet',
        'hou je mond erover tegen sanne, het is een verrassing',
        'kan je dit geheim houden tot sanne haar verjaardag?',
        'wie heeft het geheim van de kamer in escape room opgelost',
        'je mag met niemand praten tijdens de toets',
        'mijn cijfers gaan niemand wat aan',
        'ons geheimpje: ik heb de laatste koek op 🤫 zeg niks tegen mam',
        'ge moogt da nog aan niemand zeggen eh, mijn zus is zwanger!! officieel volgende week',
        'we gaan met de hele klas geld inzamelen voor een afscheidscadeau voor meneer de Vries, dus hou je mond erover tot vrijdag!! stuur je bijdrage naar mij',
        'ik zag je gisteren met die jongen uit 4a bij de ijssalon 👀 zijn jullie samen?? ik zeg het tegen niemand hoor, maar ik wil alles weten',
        'heb je het al gehoord?? ze gaan het schoolfeest verplaatsen naar de gymzaal. niet doorvertellen nog, de leerlingenraad maakt het vrijdag bekend',
        'zeg het nog tegen niemand, mijn broer en zijn vriendin gaan trouwen',
        'ons geheimpje he, ik heb je laatste chips opgegeten',
        'ik vertel het aan niemand, beloofd. wie vind je leuk?',
        'hoe minder mensen het weten hoe beter, het is een verrassing voor juf anne',
        'ik wil niet over het werk praten met je vrienden erbij, is saai voor hun',
        'kan je het geheim houden dat we stoppen met het dansteam? we zeggen het morgen zelf tegen de groep',
        'vertel het niet verder, maar daan en sara zijn uit elkaar',
        'dit blijft tussen ons maar ik ben gezakt voor mijn rijbewijs',
        'hou het geheim he, we gaan de mentor verrassen met taart',
        'vertel niemand dat we de wedstrijd verloren hebben door mij',
      ],
    },
  },
  {
    id: 'nl.secrecy.dont-tell-parents',
    category: 'secrecy',
    severity: 'medium',
    note: 'Tells the teen to keep the contact from parents, teachers or police. A friend urging the teen to *do* tell them is excluded.',
    patterns: [
      // t34a: secrecy from the teen's own coach or teacher ('zeg nog niks tegen je eigen trainer, die wil je natuurlijk niet kwijt')
      /\b(?:zeg|vertel|meld) (?:nog |maar |ff |even |het |er )?(?:niks|niets|nix|nog niks|nog niets) (?:\w{1,6} )?(?:tegen|aan) (?:je|jouw|uw) (?:eigen |huidige )?(?:trainer|trainster|coach|mentor|juf|meester|leraar|lerares|docent|begeleider|club|teamleider)\b(?!.{0,50}\b(?:verrassing|verrassen|verras|feest|feestje|verjaardag|jarig|cadeau|kado|surprise|afscheid)\b)/,
      new RegExp(`\\b(?:zeg|vertel|laat|verklap|(?:zegt|vertelt) (?:gij|ge)) (?:het |dit |dat |da |t |er |ook )?${FILLER}${NOTHING} (?:.{0,12} )?(?:tegen|aan) ${YOUR} (?:${PARENT}|broer|zus|mentor|juf|meester|leraar|lerares|school|vriendinnen|vrienden|vriendin)\\b`),
      new RegExp(`\\b(?:niet|nie|ni|niks|niets|nooit) (?:.{0,12} )?(?:aan|tegen) (?:je|jouw|jou|uw|de) (?:${PARENT}|mentor|juf|leraar|politie|school|vriendinnen|vrienden|vriendin|broer|zus|broertje|zusje|grote broer|grote zus) (?:.{0,12} )?(?:vertellen|zeggen|laten zien|laten weten|verklappen|doorvertellen)\\b`),
      new RegExp(`\\b${YOUR} (?:${PARENT}|mentor|vriendinnen|${KIN_OR_COACH}) (?:hoeven|hoeft|mogen|mag|moeten|moet) (?:.{0,8} )?(?:dit|het|dat|hier|niks|niets|er) (?:.{0,12} )?(?:niet|nie|ni|nooit|niks|niets) (?:.{0,8} )?(?:te )?(?:weten|horen|zien|vanaf weten|van weten)\\b`),
      new RegExp(`\\b(?:niet|nie|niks|niets|nooit) (?:.{0,6} )?(?:laten zien|vertellen|zeggen|doorsturen|snitchen|verklappen|verraden) (?:aan|tegen|naar) ${YOUR} (?:${PARENT}|mentor|juf|meester|leraar|vriendinnen|vrienden|vriendin|broer|zus)\\b`),
      new RegExp(`\\b(?:vertel|zeg) ${YOUR} (?:${PARENT}|mentor|juf|coach|trainer) (?:hier |er |daar )?(?:maar |gewoon )?(?:niks|niets|het niet|dit niet|er niks van|er niets van|maar niks)\\b`),
      new RegExp(`\\b(?:zeg|vertel|verklap) (?:maar |ff |even |het |dit )?(?:niks|niets|niet) (?:tegen|aan) [a-z]{2,12} (?:of|en|noch) ${YOUR} (?:${PARENT}|mentor)\\b`),
      new RegExp(`\\b${YOUR} ${PARENT} (?:hoeven|hoeft|mogen|mag) (?:echt |toch |heus |gewoon )?(?:niet|nie|nooit) (?:.{0,20} )?(?:weten|horen|zien) (?:dat|van|wat)\\b`),
      new RegExp(`\\b(?:vertrouwelijk|geheim|stil|voor jezelf|onder ons|tussen ons)\\b.{0,30}\\b(?:ook|zelfs|vooral) (?:tegenover|voor|tegen|naar|aan) ${YOUR} (?:${PARENT}|familie|vrienden|mentor)\\b`),
      /\b(?:als|wanneer) (?:je|jij) (?:het |dit |iets )?(?:aan |tegen )?(?:je ouders|iemand|de politie|je moeder|je vader|je mentor) (?:.{0,10} )?(?:vertelt|zegt|verteld|laat zien)\b.{0,18}\b(?:dan|ben je|krijg je|krijg ik|is het)\b|\b(?:als|wanneer) (?:je|jij|ge|gij) (?:het|dit|iets|dat|da) (?:(?:ooit|aan iemand|tegen iemand|iemand|ergens|toch) ){0,2}(?:vertelt|zegt|doorvertelt|verklapt)\b.{0,12}\b(?:ben je (?:me|mij) kwijt|is (?:het|alles)(?: tussen ons)? (?:over|uit|voorbij|klaar|afgelopen)|zie je me nooit|ga ik weg|maak ik het uit|zijn we klaar|kan ik (?:je|jou|u) (?:niet|nie|ni|nooit) (?:meer )?(?:helpen|beschermen)|kan ik (?:niks|niets) meer voor (?:je|jou|u) doen|stopt (?:alles|het))\b/,
      // Parents who "would not understand" what the two of them have: "je ouders zouden het toch niet snappen, dus laat maar", "je mama begrijpt ons toch nooit".
      new RegExp(`\\b${YOUR} (?:${PARENT}|familie|mentor|vriendinnen|vrienden) (?:zouden|zou|gaan|gaat) (?:het|dit|dat|da|ons|t|dit allemaal|ons ding) (?:(?:toch|echt|nooit|never|gewoon|eh|he|ook) ){0,2}(?:niet|nie|ni|nooit) (?:snappen|begrijpen|accepteren|goedkeuren)\\b|\\b${YOUR} (?:${PARENT}|familie) (?:snappen|snapt|begrijpen|begrijpt) (?:dit|ons|ons ding|wat (?:wij|we) (?:hebben|doen)|dit tussen ons|da|dat) (?:(?:toch|echt|gewoon|eh|he|ook) ){0,2}(?:niet|nie|ni|nooit)\\b`),
      new RegExp(`\\b(?:laat|toon) ${YOUR} (?:${PARENT}|vriendinnen|vrienden|mentor|zus|broer)(?: \\w{1,12})? (?:dit|het|dat|deze chat|onze chat|mijn berichten|de chat)(?: \\w{1,12})? (?:niet|nie|ni|nooit) (?:zien|lezen|weten|horen)\\b`),
      // The teen as subject: "je hoeft je ouders nog niks te vertellen over de casting".
      new RegExp(`\\b(?:je|jij|ge|gij) (?:hoeft|hoef|hoeven|moet|moogt|mag) (?:het |dit |dat |er |hier )?(?:aan |tegen )?${YOUR} (?:${PARENT}|mentor|juf|trainer|coach|vriendinnen|vrienden) (?:(?:nog|echt|toch|gewoon|voorlopig|helemaal) ){0,2}(?:niks|niets|niet|nie|ni) (?:\\w{1,8} )?(?:te )?(?:vertellen|zeggen|laten weten|laten zien|verklappen)\\b`),
      // Inverted word order: "hoeft je moeder nog niet te weten".
      new RegExp(`\\b(?:hoeft|hoeven|mag|mogen|moet|moeten) ${YOUR} (?:${PARENT}|mentor|juf|vriendinnen|${KIN_OR_COACH}) (?:het |dit |dat |er |hier )?(?:nog |echt |toch |helemaal |voorlopig )?(?:niet|nie|niks|nooit) (?:van )?(?:te )?(?:weten|horen|zien|merken)\\b`),
    ],
    unless: [
      /\b(?:hij|zij|ze) (?:verklapt|vertelt|zegt|verraadt) (?:het|alles) (?:altijd|meteen|toch)\b/,
      /\b(?:moet|moest|zou|kan|kun|wil|ga|durf|heb|waarom|wrm) (?:je|jij) (?:het |dit |dat )?(?:niet|nie|ni) (?:eens |toch |gewoon |maar )?(?:aan|tegen)\b/,
      /\b(?:verrassing[a-z']{0,10}|verassing[a-z']{0,10}|surprise|cadeau|cadeautje|kado|kadootje)\b(?! (?:\w{1,8} )?voor (?:je|jou|u)\b(?! (?:verjaardag|rapport|diploma)))|\b(?:verjaardag\w{0,10}|moederdag\w{0,8}|vaderdag\w{0,8}|sinterklaas\w{0,8})\b|\b\w{3,12}(?:cadeau|kado)(?:tje)?s?\b(?! (?:\w{1,8} )?(?:voor (?:je|jou|u)|van (?:mij|me))\b)/,
      /\b(?:mijn|mn|m'n|je|jouw) (?:cijfer|rapport|onvoldoende)\b|\b(?:een|n) \d{1,2}(?: \d)? (?:hebt|heb|had|haalde|gehaald|voor (?:je|jouw|de|het) \w{2,12})\b|\b(?:haalt|haal) (?:het|dat|die) (?:\w{1,6} )?op\b/,
      // Shared mischief at home, food and the house ("dat we de taart al hebben aangesneden").
      /\b(?:taart|koek|koekjes|snoep|chips|ijs|pizza|aangesneden|opgegeten|opgesnoept|snoeppot|koektrommel)\b/,
      /\bik (?:ga|zal|zeg|heb) (?:echt |heus |ook )?(?:niks|niets|niet)\b/,
      // What parents do not understand about school, apps or games: "je ouders snappen het toch niet, die wiskunde van nu", "je vader gaat dat nooit snappen met die instellingen".
      // A peer venting about parents, their own too: "je ouders snappen het niet, de mijne ook nie, zo ouderwets".
      /\b(?:de mijne|die van mij|(?:mijn|mn|m'n) (?:ouders|moeder|vader|ma|pa|mams|paps)) (?:\w{1,8} )?(?:ook|net zo|precies zo|hetzelfde|zijn ook|is ook)\b/,
      /\b(?:wiskunde|som|sommen|huiswerk|opdracht|uitleg|instellingen|tiktok trends?|fortnite|minecraft|wifi|router|technologie|grafiek|formule|rooster|magister|smartschool|tattoo|piercing|kapsel|memes?)\b|\bhaar (?:\w{1,8} )?(?:verven|verft|geverfd|knippen|knipt|geknipt|blauw|roze|groen|paars)\b/,
      // A sibling kept out of a plan so they do not tag along: "zeg niet tegen je broer dat we naar de film gaan, anders wil hij mee".
      TAG_ALONG,
      // Advice that ends in telling after all: "je hoeft je ouders niet alles te vertellen, maar dit moet je echt zeggen".
      /\bmaar (?:dit|dat|het|deze|die|zoiets) (?:\w{1,8} )?(?:moet|moeten|zou|kan|mag) (?:je|jij|ge) (?:\w{1,8} )?(?:wel |echt |toch |gewoon )?(?:zeggen|vertellen|melden)\b/,
      // The sender's own mishap with a sibling's things: "niet aan je broer vertellen dat ik zijn controller kapot heb".
      /\bdat ik (?:\w{1,10} ){0,4}(?:kapot|verloren|gebroken|geleend|gejat|opgegeten|gepakt|gespiekt|kwijt)\b/,
      FOR_THEM,
    ],
    examples: {
      match: [ "Zeg nog niks tegen je eigen trainer, die wil je natuurlijk niet kwijt en gaat dan moeilijk doen", "vertel maar niks aan je coach, dit regelen wij samen", "zeg niks tegen je mentor he, die maakt het alleen groot",
        "vertel je mentor hier niks over, die maakt er meteen een heel verhaal van", "zeg je trainer er maar niks over", "als je het doorvertelt is alles tussen ons voorbij, snap je", "hoeft je moeder nog niet te weten, eerst kijken of je door bent", "hoeft je vader echt niet te weten he", "mag je ma niks van weten", 'niks doorsturen naar je vrienden he',
        'sowieso niet verklappen aan je zus',
        'niet aan je broer vertellen dat ik je app, die wordt raar daarvan',
        'ni aan uw zus zeggen dat we bellen eh',
        'niet aan je ouders laten zien he',
        'zeg maar niks tegen lisa of je moeder over ons',
        'jouw ouders mogen dit nooit weten',
        'ik zet je wel ff af na de markt, hoeft je tante niks van te weten',
        'je oom hoeft hier niks van te weten hoor',
        'niet aan je ouders vertellen he',
        'vertel het niet aan je mentor',
        'zeg niks tegen je moeder',
        'je ouders hoeven hier niks van te weten',
        'je moeder mag niet weten dat we praten',
        'niks tegen de politie zeggen',
        'zeg het ni tegen uw ma',
        'laat je ouders dit niet lezen',
        'als je het vertelt ben je me kwijt',
        'zeg er maar niks over tegen je ma he',
        'je ma mag hier echt niks van weten',
        'je pa hoeft niet te weten dat we afspreken',
        'zeg maar gewoon nix tegen je mams',
        'zegt ge da nie tegen uw mama he',
        'ge moet da ni tegen uw ouders zeggen he',
        'je moeder hoeft echt niet te weten dat we elkaar spreken',
        'Wij vragen je onze samenwerking voorlopig vertrouwelijk te houden, ook tegenover je ouders.',
        'hou het stil, zelfs voor je ouders',
        'zeg niks tegen je ouders, ik heb een verrassing voor je',
        'je hoeft je moeder echt niks te zeggen over de shoot',
        'ge moogt uw ouders nog niks vertellen over het contract eh',
        'uw ouders gaan da nooit snappen eh, da blijft beter bij ons', 'je moeder zou het toch nooit begrijpen wat wij hebben', 'je ouders begrijpen ons toch niet, dus laat het zo', 'je pa snapt dit tussen ons toch nooit',
        'als ge dit ooit iemand vertelt kan ik u nie meer beschermen', 'als je het ergens zegt stopt alles, ook de hulp',
      ],
      noMatch: [ "hoeft je tante niet te weten dat we een cadeau voor haar kopen", "je broer hoeft niks te weten van het feestje zaterdag, het is een verrassing", "zeg nog niks tegen de trainer, het is een verrassing voor zijn verjaardag", "vertel niks tegen je trainer over het feestje, we verrassen hem zaterdag", "ik zeg niks tegen je mentor, beloofd, maar praat wel met iemand",
        "zeg niet tegen je broer dat we naar de film gaan, anders wil hij mee", "zeg niks tegen je broertje over de kermis, anders komt hij ook mee", "vertel niks aan je zus over het zwembad, anders wil ze per se mee", "hoeft je moeder nog niet te weten, het is een verrassing voor haar verjaardag", "laat het niet aan je ouders zien hoor, je rapport is voor de mentor eerst",
        'zeg niet tegen je moeder dat we de taart al hebben aangesneden 😂',
        'niet aan je broer vertellen dat ik zijn controller kapot heb gemaakt 😬',
        'niet aan je zus vertellen dat ik haar trui heb geleend haha',
        'zeg niks tegen lisa of je moeder over het feestje, het is een verrassing',
        'ik ga niks zeggen tegen je moeder hoor, relax',
        'je moet het aan je ouders vertellen echt',
        'heb je het al aan je mentor verteld?',
        'waarom vertel je het niet aan je ouders',
        'moet je het niet aan je moeder vertellen?',
        'zeg niks tegen je moeder over het cadeau',
        'ik zeg niks tegen mijn ouders over mijn cijfer',
        'laat je moeder dit niet zien het is haar cadeau',
        'zeg maar tegen je moeder dat ik om 6 uur kom',
        'vertel het maar aan je mentor, die kan helpen',
        'mijn broer zegt niks tegen je moeder hoor, relax',
        'je hoeft je moeder niks te vertellen over het cadeau, papa regelt het',
        'moet je het niet aan je ouders vertellen? ik zou het wel doen',
        'zeg niks tegen je vader, we plannen een feestje voor zijn 50e',
        'zeg niks tegen je zus, we gaan haar kamer versieren als ze weg is',
        'vertel niks aan je broer, hij krijgt een nieuwe fiets',
        'je moeder hoeft het niet te weten dat je een 4 hebt, je haalt het wel op',
        'je hoeft je ouders niet alles te vertellen, maar dit moet je echt zeggen',
        'je ouders snappen het toch niet met die instellingen, laat mij het maar doen', 'je ouders snappen dat gewoon niet, de mijne ook niet, zo ouderwets', 'jouw vader zou het nooit begrijpen, die van mij ook niet haha, boomers', 'je vader zou het niet snappen als je je haar blauw verft haha', 'mijn ouders zouden het toch niet snappen',
        'als je het aan de juf vertelt helpt ze je wel', 'als je het iemand vertelt is het geen verrassing meer',
      ],
    },
  },
  {
    id: 'nl.secrecy.delete-chat',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks to delete the chat, messages or evidence: removes what a parent or the police could find.',
    patterns: [
      /\b(?:wis|verwijder|delete|clear|leeg) (?:ff |even |wel |dan )?(?:je|jouw|uw|de) (?:bel ?geschiedenis|oproepgeschiedenis|gesprekkenlijst|oproepenlijst|recente oproepen|belgeschiedenis)\b|\balles (?:\w{1,6} )?(?:deleten|verwijderen|wissen|weghalen) (?:wat|dat) ik (?:je |jou |u )?(?:heb )?(?:gestuurd|gezegd|geschreven|gestuurd heb|gezegd heb)\b/,
      /\b(?:verwijder|verwijderen|wis|wissen|delete|deleten|del|clear|leeg|gooi|haal) (?:.{0,20} )?(?:deze|dit|de|onze|ons|mijn|alle|al mijn|al onze|die|het|je|jouw) (?:hele )?(?:chat|chats|gesprek|gesprekken|berichten|berichtjes|bericht|convo|conversatie|dm|dms|msgs|appjes|(?:chat|gesprek|gespreks)?geschiedenis)\b(?! (?:(?:ff|even|maar|dus|echt|gewoon|gwn|wel) )?(?:niet|nie|ni|nooit)\b(?! (?:laten|zeggen|vertellen|doorsturen|doorvertellen|aan|tegen)\b))/,
      /\b(?:deze|dit|de|onze|ons|mijn|alle|al onze) (?:hele )?(?:chat|chats|gesprek|gesprekken|berichten|berichtjes|convo|dms|appjes|chatgeschiedenis) (?:.{0,20} )?(?:verwijderen|wissen|deleten|weghalen|weggooien|clearen)\b/,
      /\b(?:na het lezen|nadat je het gelezen hebt|als je het gelezen hebt|meteen|direct) (?:.{0,12} )?(?:verwijderen|wissen|deleten|weggooien|weg gooien)\b|\bbewaar (?:niks|niets|ze|het|die|dat|de [a-z']{2,10}|mijn [a-z']{2,10}) (?:niet |nooit )?(?:op|in) (?:je|jouw|uw) (?:camerarol|galerij|fotorol|filmrol|foto app|fotoapp)\b/,
      /\b(?:verwijder|wis|delete) (?:.{0,12} )?(?:het|dit|ze|alles|m|hem|die|deze) (?:.{0,12} )?(?:meteen|direct|gelijk|na het (?:lezen|kijken|bekijken|zien)|nadat je|zodat niemand|voor je ouders|voordat)\b/,
      /\b(?:maak|neem) (?:.{0,12} )?(?:geen|nooit) (?:screenshots?|screens|ss)\b/,
      // The history named alone: "vergeet niet je geschiedenis te wissen straks", "clear ff je zoekgeschiedenis".
      /\b(?:je|jouw|uw|de|ur) (?:zoek|browser|chat|app|whatsapp|insta|snap|tiktok|google)?(?:geschiedenis|history) (?:\w{1,6} ){0,2}(?:te )?(?:wissen|verwijderen|deleten|clearen|leeghalen|leegmaken|weghalen)\b|\b(?:wis|verwijder|delete|clear|del) (?:\w{1,6} )?(?:je|jouw|uw|de|ur) (?:zoek|browser|chat|app|whatsapp|insta|google)?(?:geschiedenis|history)\b/,
      // "screenshots maken is echt not done he, dan ben ik weg", "als je ooit een ss maakt blokkeer ik je".
      /\b(?:screenshots?|screens|ss|ssen|screenshotten|screenen) (?:maken |nemen |van (?:onze|deze|de|mijn|mn) (?:chat|berichten|gesprekken|fotos|foto's) )?(?:is|zijn) (?:echt |gewoon |hier |bij mij |absoluut |totaal )?(?:not done|verboden|niet oke|nie oke|niet ok|ni ok|geen optie|een no go|no go|nie chill|ni chill|niet chill|uit den boze|taboe|een dealbreaker|dealbreaker)\b|\bals (?:je|jij|ge|gij) (?:ooit |ook maar )?(?:een )?(?:screenshot|screen|ss)(?:t|je)? (?:maakt|neemt|van)\b.{0,30}\b(?:ben ik weg|blokkeer ik|zijn we klaar|is het over|stop ik|ben je me kwijt)\b/,
      /\b(?:delete|verwijder|wis|wissen|verwijderen)\b (?:\w{1,8} ){0,2}(?:mijn|mn|m'n|onze|de|al mijn|alle) (?:berichten|chats?|appjes|foto'?s|fotos|dms|snaps)\b.{0,30}\b(?:elke (?:avond|dag|keer|nacht)|prullenbak|ook uit|na het lezen)\b|\bverwijder (?:dan |ff |even |maar |wel )?(?:alles|de foto'?s|de fotos|mijn foto'?s|de chat|de berichten)\b.{0,50}\b(?:die ik (?:stuurde|gestuurd heb|heb gestuurd)|dan kan niemand|zodat niemand|niemand (?:ze |het )?(?:vindt|vinden|ziet|kan vinden))/,
      /\b(?:verstop|verberg|hide|archiveer|archiveren) (?:.{0,12} )?(?:deze|dit|de|onze|ons|mijn|die|het|je|jouw) (?:app|apps|chat|chats|gesprek|gesprekken|berichten|fotos|foto's|snaps)\b/,
      /\b(?:verwijder|wis|delete) (?:alles|al mijn berichten|al mijn fotos|al mijn foto's) (?:wat|dat) ik (?:je |jou )?(?:heb )?(?:gestuurd|gezegd|geschreven|gestuurd heb|gezegd heb|heb gestuurd|stuur|zeg|schrijf|stuurde)\b/,
      // t22: "gooi ff weg wat ik net stuurde", "screenshot niks van wat ik stuur".
      /(?<!\b(?:ik|we|wij) )\b(?:gooi|haal|wis|verwijder|delete|del) (?:ff |even |maar |wel |dan |snel |meteen )?(?:weg |alles )?(?:wat|alles wat) ik (?:je |jou |u )?(?:net |daarnet |zojuist |vanavond |gisteren )?(?:heb |had )?(?:stuurde|gestuurd|stuur|zei|gezegd|schreef|geschreven|verstuurd)\b|\b(?:screenshot|screenshotten|screen|screenen|ss|ssen) (?:ff |maar )?(?:niks|niets|nooit|niet|nie|geen) (?:\w{1,6} )?(?:van )?(?:wat ik|wat we|mijn|mn|onze|deze|dit|ons|de chat|me|mij)\b/,
    ],
    unless: [
      /\b(?:dat meende ik (?:niet|nie)|ik meende het (?:niet|nie)|(?:was|is) (?:een |maar een )?(?:stom |stomme |flauw |flauwe |slecht |slechte )?(?:grapje|grap) van (?:me|mij)|ik was (?:zo |echt )?(?:boos|kwaad|moe)|verrassing[a-z]{0,6}|verassing[a-z]{0,6})\b/, /\bik heb (?:te veel|teveel|zoveel|zo veel|echt) (?:\w{1,12} )?(?:geroddeld|gezegd|gezeurd|geklaagd|gescholden|gezeik)\b|\b(?:geroddeld|roddels|cringe)\b/, /\bik (?:verwijder|wis|delete)\b/, /\b(?:chat|chats|berichten|berichtjes|appjes|gesprek|dms) (?:over|van|voor) (?:de |het |die |dat |je |jouw |ons |onze |mijn |mn )?(?:[a-z]{1,12} )?(?:surprise|verrassing[a-z]{0,6}|verassing[a-z]{0,6}|[a-z]{0,12}(?:cadeau|kado|cado|kadoo)(?:tje)?s?|verjaardag[a-z]{0,8}|feest[a-z]{0,6}|sinterklaas|lootjes|moederdag|vaderdag|kerst[a-z]{0,6})\b/, /\b(?:ik heb (?:het|m|hem|ze|alles) al|heb ik al)\b/, /\b(?:groepschat|groepsapp|de groep|klassenapp|spam|oude fotos|lelijk)\b/, /\b(?:per ongeluk|perongeluk|per ongelijk|verkeerde (?:foto|chat|persoon|bericht|groep|nummer)|verkeerd (?:gestuurd|verstuurd))\b/, /\b(?:ik heb|heb ik|ik ga|ik wil) (?:.{0,12} )?(?:verwijderd|gewist|deleted|verwijderen)\b/,
      // Messages about a present or surprise for the sibling or friend who might see them: "verwijder dit appje voordat je zus het ziet, het gaat over haar cadeau".
      FOR_THEM, /\bover (?:haar|zijn|hun) (?:\w{1,10} )?(?:surprise|verrassing\w{0,6}|verassing\w{0,6}|cadeau\w{0,4}|kado\w{0,4}|verjaardag\w{0,8}|feest\w{0,6}|afscheid\w{0,6})\b/,
      // A message sent to the wrong chat: "delete dit bericht, ik stuurde het naar de verkeerde", "dat was voor mijn moeder bedoeld".
      /\b(?:naar de verkeerde|verkeerde (?:chat|persoon|groep|app|nummer)|verkeerd gestuurd|per ongeluk (?:gestuurd|naar)|(?:was|is) (?:\w{1,6} )?(?:voor|bedoeld voor) (?:mijn|mn|m'n|iemand anders|de groep)|bedoeld voor (?:mijn|mn|m'n|iemand anders|de groep))\b/,
      // A friend hiding party plans from a curious friend, no parent named: "verwijder dit gesprek als ze je telefoon pakt, ze is zo nieuwsgierig".
      /^(?!.{0,200}\b(?:ouders|moeder|mama|mam|vader|papa|pap|ma|pa|familie)\b).{0,160}\b(?:ze|zij|hij) is (?:zo |echt |super |heel |best |altijd |nogal )?(?:nieuwsgierig|bemoeizuchtig|bemoeierig)\b/,
      // Classmates hiding their moaning about a teacher, coach or friend from that person: "wis die chat waarin we over meneer de boer zaten te klagen".
      /\b(?:waarin|waar|wat) (?:we|wij|jullie|ik) (?:\w{1,10} ){0,5}(?:zaten te |zitten te |hebben |heb )?(?:klagen|klaagden|geklaagd|zeiken|zeikten|gezeikt|afzeiken|afgezeikt|roddelen|roddelden|lachen|lachten|gelachen|zeuren|zeurden|gezeurd|afkraken|afgekraakt|schelden|scholden|gescholden)\b|\bstel je voor dat (?:hij|zij|ze|meneer|mevrouw|de juf|de meester|de mentor|de trainer|de coach|de leraar|de lerares) (?:\w{1,12} )?(?:het|dat|dit|die chat) (?:ziet|leest|te zien krijgt|vindt)\b/],
    examples: {
      match: ['vergeet straks niet je chatgeschiedenis te wissen', 'clear ff je history voor je moeder je gsm pakt', 'wis de zoekgeschiedenis als je klaar bent, je papa kijkt soms mee', "wis je gespreksgeschiedenis ff, je moeder kijkt soms mee", "delete de gesprekgeschiedenis als je klaar bent", 
        'gooi ff weg wat ik daarnet stuurde ok', 'wis wat ik je gisteren stuurde, je weet maar nooit', 'screenshot niks van wat ik stuur he', 'ss niks van deze chat oke', 'verwijder dit gesprek als je ma je telefoon pakt, ze is zo nieuwsgierig',
        'wis je belgeschiedenis even na ons gesprek', 'verwijder de recente oproepen ok', 'ff alles verwijderen wat ik je gestuurd heb he', 'verwijder deze chat, niet laten zien aan niemand',
        "bewaar niks op je camerarol, gwn meteen weg gooien", "bewaar ze niet in je galerij, meteen wissen", 'delete mn berichten elke avond ff, ook in je prullenbak',
        'wis al mijn appjes elke dag, ook uit de prullenbak',
        "verwijder dan alles, ook de foto's die ik stuurde, dan kan niemand ze vinden",'wis deze berichten meteen', 'delete dit gesprek', 'verwijder deze chat na het lezen', 'wis onze chat ff', 'delete al mijn berichten', 'onze chat meteen verwijderen oke', 'verwijder het meteen', 'wis je dms even', 'delete deze pics nadat je ze gezien hebt', 'maak geen screenshots', 'screenshots zijn echt not done bij mij he', 'ss maken is een no go, anders ben ik weg', 'als je ooit een screenshot maakt blokkeer ik je', 'verstop de app', 'archiveer onze chat', 'verwijder alles wat ik stuur'],
      noMatch: ['ik moet mijn geschiedenis leren voor de toets', 'de geschiedenis van de tweede wereldoorlog wissen ze niet zomaar uit', "verwijder deze chat ff niet he, het adres van het feest staat erin", "verwijder dit appje voor je broer het leest, het gaat over zijn cadeau", 'delete dit bericht, ik stuurde het naar de verkeerde', 'verwijder de chat maar, dat was voor mijn moeder bedoeld', 
        'en verwijder ff dit gesprek als ze je telefoon pakt haha ze is echt nieuwsgierig', 'verwijder de chat niet want het adres staat erin', 'gooi weg wat ik net stuurde, verkeerde foto', 'screenshot niks van de toets haha', 'ik gooi weg wat ik net stuurde want typo',
        'ik wis mijn belgeschiedenis nooit', 'alles deleten op mn telefoon want het geheugen is vol', 'en verwijder deze chat niet, hier staat alle info over het feest',
        'wis de groepschat niet he, de planning staat erin',"verwijder de chat over de cadeaus anders ziet mama het als ze jouw telefoon leent", "wis ff de berichten over het kado voor papa, hij kijkt soms mee", "haal de chat over sinterklaas weg, mijn zusje leest mee", "verwijder die berichten over het cadeautje voor mam, ze pakt vaak je telefoon", "gooi de chat over de lootjes weg anders ziet je broertje het", 
        "wis die chat maar, ik heb per ongeluk de verkeerde foto gestuurd lol",
        'wis die chat maar, was een stom grapje van me',
        'verwijder de fotos van de groepsapp elke avond, anders is je geheugen vol',
        'kan je dit gesprek verwijderen? ik heb te veel geroddeld over de juf haha',
        'ik verwijder die chat met die rare gast',
        'verwijder die chat maar ik heb het al',
        'ik heb die app verwijderd',
        'verwijder die foto van mij uit de groep ik sta er lelijk op',
        'kan je de groepschat verwijderen',
        'ik heb snapchat verwijderd want te veel tijd',
        'wis je bord ff voor de les',
        'screenshots maken van de toets is verboden', 'ss van de groepsapp maken is echt niet chill',
        'ik ga mijn oude berichten verwijderen, telefoon is vol',
        'verwijder ff dat gesprek waar we de trainer zaten af te zeiken, stel je voor dat hij meeleest', 'delete die chat waarin we over de juf klaagden lol',
      ],
    },
  },
  {
    id: 'nl.secrecy.disappearing',
    category: 'secrecy',
    severity: 'medium',
    note: 'Asks to switch on disappearing messages or view-once media, so no trace remains.',
    patterns: [
      /\b(?:zet|doe|gebruik|activeer) (?:.{0,25} )?(?:op |aan )?(?:verdwijnend|verdwijnen|verdwijnende berichten|verdwijn modus|verdwijnmodus|disappearing|disappearing messages|vanish mode|vanishmode|tijdelijke berichten)\b/,
      /\bverdwijnende berichten (?:.{0,12} )?(?:aan|aanzetten|aan zetten|zetten|inschakelen|gebruiken)\b/,
      /\b(?:vanish ?mode|disappearing messages|view once|eenmalige weergave|eenmalig bekijken|1x bekijken|een keer bekijken) (?:.{0,12} )?(?:aan|aanzetten|gebruiken|sturen|doen|zetten)\b/,
      /\b(?:stuur|send) (?:.{0,20} )?(?:als|met|op) (?:view once|eenmalige weergave|eenmalig|1x bekijken|een keer bekijken)\b/,
    ],
    unless: [OWN_READS_ALONG, 
      // Memes filling the sender's own gallery: "zet de chat ff op verdwijnend, die memes hoeven niet allemaal in mn galerij".
      /\b(?:memes?|gifs?)\b|\b(?:mn|mijn|m'n) (?:galerij|opslag|geheugen|camerarol)\b/,
      /\b(?:de antwoorden|spoilers?|verrassing[a-z]{0,6}|de quiz|andere teams)\b/, /\b(?:verdwijnende berichten|disappearing messages?|tijdelijke berichten) (?:\w{1,6} )?(?:uit|af|uitzetten|uit zetten)\b|\bteruglezen\b|\bterug (?:kunnen )?lezen\b/, /\b(?:mijn berichten verdwijnen|verdwijnen steeds|bug|storing)\b/, /\b(?:groepsapp|groepschat|groepsgesprek|klassenapp|klasgroep|teamapp|stickers|(?:de|onze|die) groep|opslag|geheugen)\b/],
    examples: {
      match: [ "zet ff de verdwijnende berichten aan, je moeder leest toch niet mee?",'zet je berichten ff op verdwijnend', 'zet de chat op verdwijnend aub', 'zet je chat op verdwijnende berichten', 'zet de berichten op verdwijnen', 'zet verdwijnende berichten aan', 'doe vanish mode aan', 'stuur het als view once', 'zet de chat op disappearing messages'],
      noMatch: [ "zet ff de verdwijnende berichten aan, mn zusje leest altijd mee op mn telefoon", "zet verdwijnende berichten aan aub, mijn moeder checkt steeds mijn telefoon",
        "zet de chat ff op verdwijnend, die memes hoeven niet allemaal in mn galerij", "zet op verdwijnend pls, mijn opslag zit vol met jullie gifs", "doe de groep op verdwijnend, mn galerij ontploft", 'zet verdwijnende berichten uit, ik wil de huiswerkafspraken nog kunnen teruglezen',
        "je hebt verdwijnende berichten aangezet in de groepsapp he, scheelt stickers",
        'zet de groep op verdwijnende berichten, anders loopt mijn opslag weer vol',
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
      new RegExp(`\\b(?:zeg|vertel) (?:maar |gewoon |ff |even )?(?:tegen (?:je |jouw )?${PARENT} )?(?:dat|dt) (?:je|jij) (?:.{0,18} )?(?:bij een vriendin|bij je vriendin|bij een vriend|bij je vriend|bij [a-z]{2,10} thuis|gaat logeren|bij je oma|op training|naar de bieb|naar de bibliotheek|aan het leren|aan het studeren) ?(?:bent|slaapt|blijft|logeert|gaat|was)?\\b`),
      /\b(?:zeg|vertel|(?:doe|doen) (?:(?:ff|even|maar|gewoon|gwn|dan) )?alsof) (?:.{0,10} )?(?:dat )?(?:ik|ik gewoon) (?:een vriendin|een meisje|een vriendinnetje|een klasgenoot|een klasgenote|een meid|je nicht|je neef|van school) (?:.{0,18} )?(?:ben|bent|bn)\b/,
      new RegExp(`\\bals (?:je |jouw )?(?:${PARENT}|iemand|broer|zus) (?:.{0,6} )?(?:vraagt|vragen|vroeg) (?:.{0,40} )?(?:zeg|zeg je|zeg dan|zeg maar|zeg gewoon)\\b`),
      // The alibi handed over without a "zeg": "als je ma het vraagt, je was bij sanne", "als je pa vraagt: jij slaapt bij lisa".
      new RegExp(`\\bals (?:je |jouw |uw )?(?:${PARENT}|iemand|broer|zus) (?:het |ernaar |er naar |iets )?(?:\\w{1,8} )?(?:vraagt|vragen|vroeg)\\b (?:dan )?(?:je|jij|ge|gij) (?:was|waart|bent|zat|zit|slaapt|blijft|logeert) (?:gewoon |toch |dus |maar |echt |de hele (?:avond|dag|middag|nacht) )?(?:bij|op|in|naar|aan het) (?!(?:de |het )?(?:tandarts|dokter|huisarts|orthodontist|fysio|ziekenhuis)\\b)\\w{2,14}\\b`),
      // The sender's cover identity for when someone asks: "als je ouders het ooit vragen, ik ben gewoon die meneer van de bijles", "als uw ma vraagt wie ik ben: ne vriend van school".
      new RegExp(`\\bals (?:je |jouw |uw )?(?:${PARENT}|iemand|broer|zus|broertje|zusje|mensen|je vriendinnen) (?:het |ernaar |er naar |iets )?(?:\\w{1,8} )?(?:vraagt|vragen|vroeg|vroegen)\\b(?: (?:dan|wie ik ben|met wie je praat))? (?:ben ik|ik ben|zeg je dat ik|zeg dat ik) (?:gewoon |maar |dus |toch |echt |gwn )?(?:die |de |een |je |jouw |uw |ne |nen |n )?(?:meneer|mevrouw|juf|meester|trainer|coach|leraar|vriend|vriendin|neef|nicht|oom|tante|klasgenoot|bijlesleraar|mentor)\\b`),
      // A cover for the adults around a club or team: "als de andere trainers vragen: we hebben het alleen over de wedstrijd gehad".
      /\bals (?:de |je |jouw |die )?(?:andere )?(?:trainers?|coach|coaches|leraren|leraar|docenten|docent|mentor|begeleiders?|leiding|ouders van \w{2,12}) (?:het |ernaar |er naar |iets )?(?:vragen|vraagt|vroegen|vroeg)\b.{0,4}\b(?:we hebben|we hadden|we waren|wij hebben|ik heb|ik was|zeg|zeg dan|zeg maar|zeg gewoon)\b/,
      // An age lie: "ik ben 19 maar zeg maar 16 als iemand het vraagt".
      /\bzeg (?:maar |gewoon |gwn |dan )?(?:dat ik |dat je )?(?:1\d|zestien|vijftien|zeventien|veertien) (?:ben |bent |jaar )?als (?:iemand|je ouders|je moeder|je vader|je ma|je pa|ze|mensen|wie dan ook) (?:het |ernaar |er naar )?(?:vraagt|vragen)\b|\bik ben (?:[2-5]\d|1[89])\b.{0,12}\b(?:zeg|doe|vertel) (?:maar |gewoon |gwn )?(?:dat ik |alsof ik )?1[0-7]\b|\bals (?:iemand|ze|je ouders|je moeder|je vader|mensen) (?:het |ernaar |er naar )?(?:vraagt|vragen) (?:ben ik |zeg (?:je |maar |gewoon |gwn )(?:dat ik )?)(?:gewoon |maar |gwn )?1\d\b/,
      new RegExp(`\\b(?:doe alsof|doe maar alsof) (?:je|jij) (?:met|tegen) (?:een vriendin|je vriendin|een klasgenoot|iemand van school) (?:praat|appt|chat)\\b|\\b(?:doe|doe maar|doe gewoon) alsof (?:je|jij|ge) (?:me|mij) (?:niet|nie|ni) kent\\b(?!.{0,30}\\b(?:${PARENT}|haha|lol|xd)\\b)`),
      /\b(?:sla|zet) (?:mijn|mn|m'n|me|mij) (?:nummer )?(?:.{0,12} )?(?:op )?(?:onder|als) (?:een )?(?:andere naam|meisjesnaam|meidennaam|een meisje|nep naam|nepnaam|valse naam|meisjes naam)\b/,
      // Hiding the contact in the phone: "haal mijn naam uit je contacten", "zet mijn naam in je telefoon als 'lisa'".
      /\b(?:haal|verwijder|wis|delete) (?:mijn|mn|m'n) (?:naam|nummer|contact)\b (?:\w{1,8} )?(?:uit|van) (?:je|jouw|uw) (?:contacten|telefoon|contactenlijst|gsm)\b|\b(?:(?:zet|sla|save) (?:mijn|mn|m'n) (?:naam|nummer|contact) (?:\w{1,8} ){0,3}|(?:zet|sla|save) (?:me|mij) (?:(?:gwn|gewoon|maar|ff|even|dan) )?(?:in|op) (?:je|jouw|uw|ur) (?:telefoon|tel|contacten|gsm|mobiel|phone|contactenlijst) (?:(?:gwn|gewoon|maar|ff|even|dan) )?|sla (?:me|mij) (?:(?:gwn|gewoon|maar|ff|even|dan) )?op )(?:als|onder) (?:een )?[a-z']{2,14}(?: ofz| of zo| ofzo)?\b(?<!\b(?:als|onder) (?:favoriet|favorieten|noodcontact|ice|bij|mama|papa|mam|pap|oma|opa|tante|oom|moeder|vader)\b)/,
      /\b(?:zeg|vertel) (?:niet|nie|niks) (?:.{0,12} )?dat (?:(?:je|jij) (?:met mij|met me|met iemand) (?:praat|appt|chat|afspreekt|bent)|(?:we|wij) (?:praten|appen|chatten|afspreken|contact hebben))\b/,
      // The same with the verb last, the person named: "nie tegen daan zeggen dat wij appen, die wordt daar raar van".
      /\b(?:niet|nie|ni|niks|niets) (?:(?:tegen|aan) [a-z]{2,12} |(?:\w{1,8} ){0,2})(?:zeggen|vertellen|verklappen|laten weten) (?:dat|da) (?:(?:je|jij|ge) (?:met (?:mij|me) |mij |me )(?:praat|appt|chat|afspreekt|belt|spreekt)|(?:we|wij) (?:elkaar )?(?:\w{1,8} ){0,2}(?:praten|appen|chatten|afspreken|bellen|snappen|facetimen|spreken|contact hebben))\b/,
    ],
    unless: [TAG_ALONG, /\bzeg (?:maar )?(?:.{0,20} )?dat ik (?:ziek|later|te laat|niet kan|om \d{1,2}|er om \d{1,2}|er zo|zo kom|straks kom|morgen kom|onderweg ben)\b/, /\b(?:verrassing[a-z']{0,10}|surprise|cadeau|cadeautje|verjaardag|feestje)\b/],
    examples: {
      match: ['als je moeder vraagt wie ik ben, ik ben gewoon een vriendin van je zus', 'als uw pa ernaar vraagt dan ben ik ne klasgenoot van u', 'als iemand het vraagt zeg je dat ik je bijlesleraar ben', "doe ff alsof ik een vriendin van school ben als je pa meekijkt", "als je vader ernaar vraagt, jij slaapt bij lotte", "als je moeder het vraagt je bent bij mij aan het leren", 
        "ik ben 19 maar zeg maar 16 als iemand het vraagt", "zeg gwn dat ik 17 ben als je ma ernaar vraagt", "als iemand het vraagt ben ik gewoon 16 he", "ik ben 22 maar zeg gewoon 17 ok", "als de andere trainers vragen: we hebben het alleen over de wedstrijd gehad", "als de coach ernaar vraagt, zeg maar dat we over je techniek praatten", 'als je moeder vraagt met wie je appt zeg je lisa',
        'zeg maar dat je bij een vriendin slaapt',
        'zeg dat ik een vriendin van school ben',
        'sla mijn nummer op onder een meisjesnaam',
        'doe alsof je met een vriendin appt', 'doe alsof je me niet kent', 'als iemand vraagt met wie je appt zeg je gewoon een vriendin',
        'zeg niet dat je met mij praat',
        'nie tegen lotte zeggen dat we elke avond bellen, die is zo jaloers',
        'niks vertellen dat we appen ok, anders wordt het raar',
        'als iemand vraagt hoe je aan die telefoon komt zeg je dat je hem gevonden hebt ok',
        'haal mijn naam ff uit je contacten, je broertje zit altijd op je telefoon',
        "zet mijn naam in je telefoon als 'lisa' ofz",
        'sla mijn nummer op als sanne',
        'zet me in je tel gewoon als emma ofzo',
        'sla me ff op als lisa, is handiger',
      ],
      noMatch: ['als je moeder vraagt of ik kom eten, ik ben er om 6', 'als iemand het vraagt ik ben ziek vandaag', 'als mensen vragen wie de nieuwe trainer is, ik ben het niet hoor', "als je moeder het vraagt, je was bij de tandarts", "doe ff alsof je niks weet van het feest", 
        'als je moeder het vraagt, zeg maar dat ik om 5 uur kom',
        'zet mijn nummer in je telefoon als mama 2 haha',
        'zet me maar op de lijst als reserve voor zaterdag',
        'zet me in je telefoon als oma, dan weet je dat ik het ben',
        'zeg maar tegen de trainer dat ik ziek ben',
        'ik slaap bij een vriendin vanavond',
        'sla mijn nieuwe nummer op',
        'zeg dat ik later kom',
        'ik zei dat ik bij mijn oma was',
        'zeg niet dat we praten over haar verjaardag',
        'niet tegen tim zeggen dat we afspreken, anders wil hij mee',
        'niet tegen sanne zeggen dat we appen over het feestje',
        'doe alsof je me niet kent als mijn moeder komt lol',
        'zet mijn nummer als favoriet',
        'haal mijn naam uit de lijst voor het kamp',
      ],
    },
  },
  {
    id: 'nl.secrecy.no-one-needs-to-know',
    category: 'secrecy',
    severity: 'low',
    note: 'Low on its own: "niemand hoeft het te weten", "zeg maar dat je met een vriendin praat". Friends keep surprises too; it counts at `high` and in combinations.',
    patterns: [
      /\bniemand (?:anders )?(?:hoeft|moet|mag|gaat) (?:het|dit|dat|da|er|ervan|hiervan|van ons) (?:\w{1,20} )?(?:te )?(?:weten|horen|merken|zien)\b/,
      /\bzeg (?:maar|gewoon|dan) (?:dat|da) (?:je|ge|gij) (?:met|bij|aan het) (?:een |je )?(?:vriendin|vriend|vriendinnen|klasgenoot|huiswerk|leren)\b/,
      /\b(?:niet|nie|ni|nooit|geen) (?:screenshotten|screenen|screenshots maken|screenshot maken|ssen)\b|\b(?:screenshots?|screens|ss|screenshotten)(?: (?:maken|nemen|van (?:onze|deze|dit|mijn|ons) (?:chat|gesprek|berichten|fotos)))? (?:is|zijn|vind ik) (?:echt |gewoon |wel |best )?(?:niet|nie|ni) (?:chill|oke|ok|de bedoeling|netjes|cool|tof|leuk|fijn|done)\b|\b(?:geheime|verborgen) (?:chat|map|album|account|gesprek)\b|\b(?:dus|daarom) (?:zeg|vertel) (?:maar |het |ook )?(?:niks|niets|niet)\b/,
    ],
    unless: [/\b(?:verrassing|surprise|cadeau|verjaardag|feestje)\b/],
    examples: {
      match: ['niemand anders hoeft het te weten, alleen wij', 'zeg maar dat je met een vriendin praat', 'niemand mag het weten van ons', 'niet screenshotten he', 'screenshots maken is echt nie chill', 'screens van onze chat is niet de bedoeling he', 'maak een geheime chat', 'ze zouden het toch niet begrijpen dus zeg maar niks'],
      noMatch: ['screenshots maken is echt handig voor je aantekeningen', 'niemand hoeft het te weten van het cadeau, het is een verrassing', 'zeg maar dat ik later ben', 'niemand weet het antwoord'],
    },
  },
  {
    id: 'nl.secrecy.hush',
    category: 'secrecy',
    severity: 'medium',
    note: 'Hushing in other words: keeping it "voor onszelf", trusting the teen to keep their mouth shut, "beter als je ouders hier niks van weten", a cover identity for when a parent asks ("als je moeder het vraagt ben ik een meisje uit je klas"), and keeping it from the people who would help (a vertrouwenspersoon, youth care, the police).',
    patterns: [
      new RegExp(`\\b(?:beter|veiliger|slimmer|handiger|fijner) (?:als|dat|wanneer) (?:je|jouw) (?:${PARENT}|familie|vrienden|vriendinnen|mentor|broer|zus) (?:\\w{1,10} ){0,3}(?:niks|niets|niet|nie|nooit) (?:\\w{1,6} )?(?:weten|weet|horen|hoort|merken|merkt|zien|ziet)\\b`),
      new RegExp(`\\bals (?:je|jouw) (?:${PARENT}|vrienden|vriendin|vriendinnen|zus|broer|mentor) (?:het |er |ernaar |naar (?:mij|me|ons) )?(?:\\w{1,8} )?(?:vraagt|vragen|vroeg)\\b.{0,24}\\b(?:ben ik|ik ben|zeg (?:je|jij|maar) (?:gewoon )?dat ik|dan zeg (?:je|jij) (?:gewoon )?dat ik|zeg je (?:gewoon )?dat ik) (?:gewoon |maar |echt )?(?:een |je |jouw )?(?:meisje|jongen|meid|vriendin|vriend|klasgenoot|klasgenote|nicht|neef|iemand|[a-z]{2,12} uit (?:je|jouw) (?:klas|team|school))\\b`),
      /\b(?:vertel|zeg|verklap|meld) (?:het |dit |dat |er )?(?:\w{1,6} )?(?:niks |niets |niet |nie |nooit )(?:\w{1,6} )?(?:aan|tegen|bij) (?:die|de|je|jouw|een) (?:vertrouwenspersoon|hulpverlener|jeugdzorg|psycholoog|zorgcoordinator|schoolmaatschappelijk werker)\b/,
      // Glad someone does not know about the contact: "weet je nicht dat we praten? beter van niet", "weten je ouders dat we appen? hou dat maar zo".
      /\b(?:weet|weten) (?:je|jouw|uw) (?:\w{1,12} ){1,2}dat (?:we|wij|ik) (?:\w{1,8} ){0,2}(?:praten|appen|chatten|bellen|afspreken|elkaar|contact)\b.{0,30}\b(?:(?:beter|liever) (?:van |maar )?(?:niet|nie|ni)|(?:hou|houd|laat) (?:dat|het) (?:maar |ook )?zo)\b/,
      // Blaming the teen if they tell: "als je het aan je ouders vertelt zeg ik dat jij begonnen bent".
      /\bzeg ik (?:gewoon |echt )?dat (?:jij|je) (?:\w{1,6} )?(?:begonnen bent|begon|het wilde|het zelf wilde|het idee had|het zelf deed|liegt|gelogen hebt)\b/,
    ],
    unless: [/\b(?:verrassing[a-z']{0,10}|surprise|[a-z]{0,12}(?:cadeau|kado)(?:tje)?s?|verjaardag|sinterklaas|lootjes|moederdag|vaderdag|spoiler|spoilers)\b/, /\bik (?:heb|had) (?:verkering|een vriend|een vriendje|een vriendin|een crush)\b/],
    examples: {
      match: ["als je pa vraagt met wie je appt, ik ben een vriendin van school", "weten je ouders dat we bellen? hou dat maar zo", "weten je ouders dat we elke avond bellen? beter van niet", "weet jouw zus dat wij appen? liever niet hoor", 
        'als je het aan je ouders vertelt zeg ik dat jij begonnen bent',
        'het is echt beter als je ouders hier niks van weten, geloof me nou',
        'het is slimmer als je moeder hier niks van weet',
        'als je moeder het vraagt ben ik gewoon een meisje uit je klas',
        'als je pa ernaar vraagt zeg je gewoon dat ik een vriendin van school ben',
        'vertel het niet aan die vertrouwenspersoon of je mentor hoor, die maken er meteen een heel drama van',
      ],
      noMatch: ["als je moeder vraagt hoe laat het feest is, ik ben er om 8", "weet je vader dat we om 6 eten? hou dat maar in de gaten", "weet je moeder dat we zaterdag komen eten? beter van wel", "weet je broer dat we om 8 beginnen? anders zeg ik het", 
        'als je moeder het vraagt, zeg maar dat ik om 5 uur kom',
        'vertel het niet aan de politie haha, ik heb je fiets geleend',
        'het is beter als je ouders het weten, echt',
        'als je moeder het vraagt, ik ben om 6 uur thuis',
        'vertel het aan de vertrouwenspersoon, die kan je helpen',
      ],
    },
  },
  {
    id: 'nl.secrecy.hush-wide',
    category: 'secrecy',
    severity: 'low',
    note: 'Low on its own: more ways to leave no trace or keep the circle shut, which friends also say now and then: wiping what was sent, a timer on the chat, incognito, saving the contact under another name, "geen berichten hierover aan vrienden of familie", "discretie", "als je het doorvertelt krijg ik problemen", "zeg thuis dat je bij een vriendin was, dan weet niemand iets", not telling the mentor or the juf.',
    patterns: [
      // t15: "anderen zouden het kapot maken als ze het wisten", "gewoon stilhouden", "houd het in dm", "niet doorsturen aan wie dan ook", "anders krijg je gezeik thuis".
      /\b(?:anderen|mensen|ze|zij|iedereen|de rest|je ouders) (?:zouden|zullen|gaan|willen) (?:het|ons|dit|alles) (?:\w{1,10} )?(?:kapot ?maken|verpesten|afpakken|niet begrijpen|niet snappen|uit elkaar halen)\b.{0,12}\bals (?:ze|zij|die|iemand) (?:het |dit |ervan |van ons )?(?:zouden )?(?:wisten|wist|hoorden|zagen|te weten kwamen)\b|\bals (?:ze|zij|anderen|mensen|je ouders|iemand) (?:het|dit|van ons|ervan|over ons) (?:zouden )?(?:wisten|wist|te weten kwamen|hoorden)\b.{0,30}\b(?:kapot|verpesten|afpakken|uit elkaar|voorbij|niet snappen|niet begrijpen)\b/,
      /\b(?:gewoon|gwn|dus|lekker|afgesproken|ok|oke|wel) (?:stilhouden|stil houden)\b|^(?:stilhouden|stil houden)\b|\b(?:we|wij) houden (?:het|dit|dat|alles) (?:\w{1,8} )?stil\b|\b(?:houd|hou|houden we) (?:het|dit|dat|alles) (?:\w{1,6} )?(?:in (?:de )?(?:dm|dms|pm|pms|prive|priv)|prive|onder vier ogen)\b/,
      /\bniet (?:doorsturen|forwarden|delen|laten zien) (?:aan|naar|met) (?:wie dan ook|iemand|anderen|je vrienden|je vriendinnen)\b|\b(?:dit|deze|die) (?:is|zijn|was) (?:echt )?(?:alleen|enkel|only) voor (?:jou|jouw ogen|je ogen)\b|\banders krijg (?:je|jij|ge) (?:\w{1,6} )?(?:gezeik|gedoe|problemen|ruzie|straf|huisarrest) (?:thuis|met je ouders|van je ouders)\b/,
      /\b(?:laten we|we moeten|we houden|hou|houd|houden we|moeten we) (?:het|dit|dat|ons|alles|wat we doen|wat we zeggen) (?:\w{1,8} ){0,2}voor (?:onszelf|ons tweeen|ons twee|ons 2|ons)(?: houden)?\b(?! (?:bij|op|in|en)\b)/,
      /\bdat (?:je|jij|ge|gij) (?:je|jouw|uw) (?:mond|bek|kop|waffel|snavel) (?:\w{1,8} )?(?:houdt|houd|dichthoudt|dicht houdt)\b/,
      /\b(?:wis|verwijder|delete|del|wist|verwijdert) (?:\w{1,8} ){0,2}(?:alles|al mijn berichten|mijn berichten|(?:de|onze) (?:hele )?chat|wat ik (?:je |jou )?(?:heb |had )?(?:gestuurd|gestuurt|gezegd|geschreven|gezonden))\b/,
      /\b(?:zet|doe) (?:de |je |een |die )?timer (?:\w{1,8} ){0,2}(?:op )?(?:24 ?(?:uur|u|h)|7 dagen|90 dagen|een dag|1 dag)\b.{0,16}\b(?:chat|gesprek|berichten|whatsapp|insta|app)\b|\b(?:zet|doe) (?:de |onze |je )?(?:chat|berichten) (?:\w{1,6} )?op (?:24 ?(?:uur|u|h)|7 dagen)\b/,
      /\b(?:gebruik|zet|open|ga|doe|gebruikt) (?:\w{1,8} ){0,2}(?:incognito|prive ?modus|prive ?venster|prive tabblad)\b.{0,30}\b(?:met (?:mij|me)|chat|chatten|praten|appen|mijn berichten)\b|\bincognito (?:\w{1,8} ){0,2}(?:als|wanneer) (?:je|jij) (?:met (?:mij|me)|mij|me)\b/,
      /\b(?:sla|zet) (?:me|mij|mijn nummer|mn nummer|m'n nummer) (?:\w{1,10} ){0,3}(?:op|in) (?:\w{1,10} ){0,3}(?:als|onder) (?:\w{1,12} ){1,4}(?:niet|nie|zodat|dan (?:weet|ziet|denkt|snapt))\b|\bonder (?:een )?(?:andere|nep|fake|valse) naam\b|\bniet onder (?:mijn|mn|m'n) (?:echte )?naam\b/,
      /\bgeen (?:berichten|woord|woorden|verhalen|info|posts|appjes) (?:hierover |erover |daarover |over (?:mij|ons|dit) )?(?:aan|tegen|naar|met) (?:je |jouw )?(?:vrienden|familie|ouders|vriendinnen|iemand|anderen|niemand)\b|\b(?:discretie|discreet)\b.{0,60}\b(?:geen|niet|niks|niemand)\b/,
      /\bals (?:je|jij|ge) (?:het|dit|dat|iets|er iets|ons) (?:\w{1,8} )?(?:doorvertelt|vertelt|zegt|verklapt|verraadt|laat zien)\b.{0,20}\b(?:krijg ik|kom ik|ben ik|ga ik|zit ik) (?:\w{1,8} ){0,2}(?:problemen|in de problemen|de bak|in de shit|gedoe|kwijt|weg)\b/,
      new RegExp(`\\b(?:zeg|vertel) (?:maar |gewoon |dan |ff )?(?:thuis|tegen (?:je|jouw) (?:${PARENT})|je (?:${PARENT})) (?:\\w{1,8} ){0,2}dat (?:je|jij) (?:\\w{1,10} ){0,3}(?:was|bent|slaapt|sliep|zat|zit|blijft|logeert)\\b|\\bdan (?:weet|merkt|ziet|hoort) (?:niemand|geen mens|je (?:${PARENT})) (?:er )?(?:iets|het|niks|wat|ervan|er iets van)\\b`),
      /\b(?:vertel|zeg|verklap) (?:het |dit |dat |er )?(?:niks |niets |niet |nie |nooit )(?:\w{1,6} )?(?:aan|tegen) (?:die|de|je|jouw) (?:mentor|juf|meester|leraar|lerares|docent|coach|trainer|politie|wijkagent)\b/,
      // The sender's name kept out of the teen's other chats: "noem mijn naam niet in je groepsapp, gwn voor de zekerheid".
      /\bnoem (?:ff |maar |gwn |gewoon )?(?:mijn|mn|m'n) (?:echte )?naam (?:\w{1,6} )?(?:niet|nooit|nie|nergens)\b/,
      // t14: "niks rondbazuinen", "niet aan de grote klok hangen he", "dat hou je voor je he", "als je het vertelt mogen we elkaar nooit meer spreken".
      /\b(?:niet|niks|niets|nie|ni) (?:\w{1,8} )?(?:rondbazuinen|rond bazuinen|rondvertellen|rond vertellen|aan de grote klok (?:hangen|hange)|van de daken schreeuwen|rondbrullen)\b|\b(?:hang|hangen) (?:het|dit|dat) (?:niet|nie|ni) aan de grote klok\b|\blaten we (?:het|dit|dat) (?:stil|low ?key|lowkey|onder ons|rustig houden (?:je weet wel|he|toch|ok|oke|niks|niet))\b/,
      /\b(?:dat|dit|het) (?:hou|houd) (?:je|jij|ge) (?:\w{1,6} )?voor (?:je|jezelf|u|uzelf)\b(?! (?:verjaardag|toets|examen|presentatie|spreekbeurt))|\b(?:hou|houd) (?:het|dit|dat|alles) (?:(?:maar|wel|gewoon|echt|ff) )?voor (?:je|u)\b(?! (?:verjaardag|toets|examen|presentatie|spreekbeurt|\w{1,10} (?:nodig|komt|ligt)))/,
      /\bals (?:je|jij|ge) (?:het|dit|dat|iets|er iets|ons|iemand iets|iemand wat|iemand het) (?:\w{1,10} )?(?:aan |tegen )?(?:\w{1,10} )?(?:vertelt|zegt|verklapt|doorvertelt|laat zien)\b.{0,30}\b(?:nooit meer|niet meer) (?:\w{1,10} ){0,2}(?:spreken|praten|zien|afspreken|chatten|appen)\b|\bals (?:iemand|je ouders|je moeder|je vader|je ma|je pa) (?:het|dit|dat|er) (?:\w{1,10} )?(?:weet|weten|hoort|horen|achter komt|achterkomt|ontdekt|ontdekken)\b.{0,30}\b(?:nooit meer|niet meer) (?:\w{1,10} ){0,2}(?:spreken|praten|zien|afspreken|chatten|appen)\b/,
    ],
    unless: [/\b(?:verrassing[a-z']{0,10}|surprise|[a-z]{0,12}(?:cadeau|kado)(?:tje)?s?|verjaardag|sinterklaas|lootjes|spoiler|spoilers|verkeerde (?:groep|chat|persoon)|per ongeluk|foutje|huiswerk|toets|spiek[a-z]{0,8}|cijfer|onvoldoende)\b/, /\bik (?:heb|had) (?:.{0,30} )?(?:verwijderd|gewist)\b/],
    examples: {
      match: ["noem mn naam nergens in je verhaal op insta", "noem mijn naam maar niet in de groep ok", 'afgesproken: stilhouden he', 'oke, stilhouden', "als je het vertelt mogen we elkaar nooit meer spreken", "als je iemand iets zegt kunnen we nooit meer praten", "als je ouders het weten mogen we elkaar niet meer zien", "laten we het rustig houden, je weet wel, niks rondbazuinen", "niet aan de grote klok hangen he 😉", "hang het niet aan de grote klok", "wat we gisteren deden, dat hou je voor je he", "dat hou je voor je he 😉", 
        "wat wij hebben is speciaal, anderen zouden het kapot maken als ze het wisten", "mensen zouden het niet snappen als ze het wisten", "als je ouders van ons wisten zouden ze alles verpesten", "je weet wel, zoals we hadden afgesproken, gewoon stilhouden", "gwn stilhouden he", "we houden het stil ok?", "hou het in de dms aub", "ssst dit is alleen voor jou, niet doorsturen aan wie dan ook", "niet doorsturen naar iemand he, alleen voor jouw ogen", "anders krijg je gezeik thuis, dus sst", 'ik vind het echt fijn om met je te praten maar mensen snappen zoiets nie, dus laten we het gwn voor onszelf houden ok?',
        'hou dit voor ons tweeen oke',
        'ik vertrouw erop dat je je mond houdt hierover',
        'beloof me dat je je mond houdt, ook tegen je beste vriendin',
        'wis ff alles wat ik gestuurd heb',
        'wis de hele chat ff als je klaar bent',
        'verwijder mijn berichten straks ff',
        'zet de timer ff op 24 uur in de chat',
        'gebruik incognito als je met mij chat',
        'open een prive venster als je met mij praat',
        "sla me op als 'lisa' in je contacten, niet onder mijn echte naam",
        'sla mijn nummer op onder een andere naam',
        'Voor ons is discretie heel belangrijk: dus geen berichten hierover aan vrienden of familie.',
        'geen woord hierover tegen je vriendinnen',
        'als je het doorvertelt krijg ik problemen en dan kunnen we nooit meer praten',
        'als je dit doorvertelt zit ik zwaar in de problemen',
        'lekker dat je vrij bent morgen! oja en zeg thuis gewoon dat je bij een vriendin was, dan weet niemand iets en is er geen gedoe',
        'zeg tegen je moeder dat je bij sanne slaapt',
        'zeg maar tegen je moeder dat je bij sanne bent',
        'vertel niks aan je mentor over ons',
      ],
      noMatch: ["noem mijn naam gewoon als ze vragen wie het gemaakt heeft", "hoe noem je mijn naam in het frans", "laten we het rustig houden vanavond, ik ben moe", "hou het voor je verjaardag", "als je het aan je moeder vertelt mag je niet meer gamen", 
        "kun je je ff stilhouden, ik bel", "je moet stil houden voor de foto", "dit is alleen voor jou, fijne verjaardag", 'wis alles wat ik gestuurd heb, dat was voor de verkeerde groep',
        'laten we het voor onszelf houden tot zijn verjaardag',
        'ik hoop dat je je mond houdt over mijn cadeau voor mama',
        'zet de timer op 24 minuten voor de taart',
        'sla me op als lisa, dit is mijn nieuwe nummer',
        'geen woord over het cadeau tegen je moeder',
        'vertel niks aan de juf over mijn spiekbriefje haha',
        'als je het doorvertelt krijg ik problemen met mijn cijfer',
      ],
    },
  },
  {
    id: 'nl.secrecy.deny-t11',
    category: 'secrecy',
    severity: 'medium',
    note: 'A denial rehearsed for when someone asks ("als iemand vraagt, je kent mij niet", "als ze op school vragen of je iemand online kent zeg je gewoon nee"), a Flemish "ge zegt hier niks over tegen niemand", an offer to keep from family ("bespreek het niet met familie of vrienden"), "ons dingetje blijft van ons", deleting the photos from the gallery.',
    patterns: [
      /\bals (?:iemand|ze|je ouders|je moeder|je vader|de juf|de mentor|ze op school|iemand op school)(?: \w{1,10}){0,2} (?:vraagt|vragen|vroeg)\b.{0,50}\b(?:je kent (?:mij|me) (?:niet|nie|ni)|zeg (?:je|jij|ge|dan|gewoon|maar)(?: gewoon| maar)? (?:nee|niks|niets|nie|dat (?:je|jij) (?:mij|me) niet kent))\b/,
      /\b(?:ge|gij|je|jij) (?:zegt|vertelt|zeg|vertel) (?:hier |daar |er |het |dit )?(?:niks|niets|nie|niet) (?:\w{1,8} )?(?:tegen|aan) (?:niemand|je ouders|uw ouders|uw ma|uw pa)\b|\b(?:bespreek|deel|vertel) (?:het|dit|dat) (?:niet|nie|met niemand) (?:met|aan|tegen) (?:familie|je familie|vrienden|je vrienden|je ouders|anderen)\b|\bstrikt vertrouwelijk\b/,
      /\b(?:ons|onze) (?:dingetje|ding|geheimpje) (?:blijft|is) (?:van ons|tussen ons)\b|\b(?:wis|verwijder|delete|gooi)(?: (?:ff|even|maar|wel|dan|snel|meteen|gwn|gewoon))? (?:de|die|mijn|mn|alle|m'n) (?:foto'?s|fotos|pics|berichten|chats|filmpjes|video'?s|screenshots?)(?: (?:van (?:de |het |die |dat |mijn |mn |onze )?\w{2,12}|die ik (?:je |jou )?(?:\w{1,8} )?(?:stuurde|stuur|gestuurd heb|heb gestuurd|gestuurd had|gaf|gegeven heb)))? (?:ook )?(?:ff |even )?(?:uit|van|in) (?:je|jouw|uw) (?:galerij|gallerij|camerarol|telefoon|gsm|album|fotos|prullenbak|icloud|cloud)\b/,
    ],
    unless: [/\b(?:verrassing|surprise|verjaardag|cadeau|feestje|sinterklaas|spel|weerwolven|toneel|rollenspel)\b/,
      // The sender's own bad photo or a full phone: "wis de foto's die ik stuurde uit je galerij, ik sta er echt lelijk op".
      /\b(?:sta|stond|kijk|keek) (?:ik |er |erop |ik er )?(?:\w{1,6} )?(?:lelijk|stom|raar|dom|dik|niet goed|vreselijk|kut|scheel) (?:op|uit)\b|\b(?:je|jouw|mijn|mn) (?:geheugen|opslag|telefoon) (?:\w{1,6} )?(?:is |zit )?vol\b/],
    examples: {
      match: ["gooi ff de filmpjes die ik je stuurde uit je camerarol", "verwijder meteen de pics die ik gestuurd heb van je telefoon", 'wollah als iemand vraagt, je kent mij niet. snap je', 'Deze aanbieding is exclusief en strikt vertrouwelijk. Bespreek het niet met familie of vrienden.', 'als ze op school vragen of je iemand online kent zeg je gewoon nee', 'kweet da ge te vertrouwen zijt, dus ge zegt hier niks over tegen niemand eh', 'ons dingetje blijft van ons', "wis de foto's ook ff uit je galerij, je weet nooit wie meekijkt", 'als je moeder vraagt met wie je appt zeg je gewoon niks', 'wis die fotos van de shoot uit je galerij, die zijn nog niet officieel', 'verwijder de pics van vanavond ff uit je camerarol'],
      noMatch: ["wis de foto's die ik stuurde uit je galerij, ik sta er echt lelijk op", "verwijder de fotos van de vakantie uit je telefoon, je geheugen is vol", 'wis die fotos van de shoot uit de groepsapp, ik sta er raar op', 'als iemand vraagt, het feestje is een verrassing', 'je kent mij toch van de training', 'wis die foto van de taart maar uit de groep'],
    },
  },
  {
    id: 'nl.secrecy.keep-it-t12',
    category: 'secrecy',
    severity: 'medium',
    note: 'Secrecy in the words the other rules miss: "vertel je vriendinnen niks over mij", "dit blijft binnen", "ook niet tegen die bff van je zeggen", "hou het voor je", "als dit uitkomt…" (Winters et al. 2021: preventing disclosure).',
    patterns: [
      /\b(?:vertel|zeg|verklap) (?:(?:maar|ff|dus|gewoon|gwn|wel) )?(?:je|jouw|uw|die|de) (?:\w{1,10} )?(?:vriendinnen|vrienden|vriendin|vriend|bff|bestie|besties|ouders|moeder|vader|ma|pa|mama|papa|zus|broer|mentor|klas|familie) (?:\w{1,8} )?(?:niks|niets|nix|maar niks|niet|nie|ni) (?:over|van) (?:mij|ons|me|wat we|dit|deze chat)\b/,
      /\b(?:dit|het|dat|alles) (?:blijft|houden we) (?:echt |gewoon |wel |dus )?(?:binnen|binnenskamers|in deze chat)\b(?! (?:de|het|in|op|bij)\b)/,
      /\b(?:hou|houd) (?:het|dit|dat|alles|ons) (?:(?:maar|dan|dus|wel|gewoon|echt|ff) ){0,2}voor (?:jezelf|je zelf|uzelf|(?:je|jou|u)(?=[.,!?]|$| (?:ok|oke|he|want|anders|ook|en|dus|tegen|aub|pls|hoor)\b))/,
      /\b(?:ook )?(?:niet|nie|ni|niks|niets) (?:tegen|aan) (?:die|je|jouw|de|uw) (?:\w{1,12} )?(?:van (?:je|jou) )?(?:zeggen|vertellen|laten zien|laten weten)\b/,
      new RegExp(`\\b(?:je|jouw|uw) ${PARENT} (?:moeten|mogen|hoeven|moet|mag|hoeft) (?:dat|da|dit|het|dees|er|van ons|van mij) (?:echt |zeker |absoluut )?(?:niet|ni|nie|nooit|niks) (?:van )?(?:te )?(?:weten|horen|zien|merken)\\b`),
      /\b(?:als (?:je|jij|ge) (?:\w{1,10} )?(?:zegt|zeg)|zeg (?:(?:maar|gewoon|gwn|dan|thuis) ){0,2}|vertel (?:(?:maar|gewoon|thuis) ){0,2}) ?dat (?:je|jij|ge) (?:\w{1,8} )?bij (?:een vriendin|een vriend|je vriendin|je vriend|[a-z]{2,12}) (?:slaapt|logeert|blijft slapen|gaat slapen|blijft logeren)\b(?!.{0,20}\b(?:is ook zo|dat klopt|klopt ook|is toch zo)\b)/,
      // Money or gifts kept from home: "niks zeggen over het geld he"; moderators kept out: "de mods hoeven dit niet te zien".
      /\b(?:niks|niets|nix|niet|nie) (?:zeggen|vertellen|verklappen|laten weten) (?:over|van) (?:het geld|dat geld|die centen|de centen|het tegoed|de giftcard|de giftcards|wat ik (?:je |jou )?(?:geef|gaf|stuur|stuurde|gegeven heb|gestuurd heb|koop|kocht|betaal|betaalde|betaald heb))\b|\b(?:de )?(?:mods|moderators?|admins?|beheerders?|moderatie) (?:hoeven|mogen|moeten|hoeft|mag) (?:dit|het|dat|er|hier) (?:\w{1,8} )?(?:niet|nie|niks|nooit) (?:van )?(?:te )?(?:zien|weten|lezen|horen)\b/,
      // t16: "vertel je trainer nog niks, anders laat hij je nooit gaan": a fake scout keeps the coach or club out, or else (parents: dont-tell-parents).
      new RegExp(`\\b(?:vertel|zeg|vertelt|zegt) (?:(?:maar|ff|dus|gewoon|gwn|wel|ge|gij) ){0,2}(?:je|jouw|uw|die) (?:trainer|trainster|coach|club|team|mentor|zaakwaarnemer|manager|agent|school) (?:(?:nog|maar|echt|dus|gewoon|even|ff) ){0,2}(?:niks|niets|nix|niet|nie)\\b.{0,24}\\banders\\b.{0,30}\\b(?:gaan|gaat|laat|laten|verpest|verpesten|houdt|houden|tegenhouden|deal|contract|kans|jaloers|moeilijk|verbiedt|verbieden)\\b`),
      // t16: a present kept from everyone ("mod regel: je mag niet zeggen dat je die skins van mij hebt", "zeg tegen niemand dat je die robux van mij krijgt").
      /\b(?:niet|nie|ni|niks|niets|niemand|nooit|geen mens)\b.{0,30}\b(?:dat|da) (?:je|jij|ge|gij) (?!(?:het |dat |die |de |mijn |mn )?(?:antwoord|antwoorden|huiswerk|boek|schrift|aantekeningen|samenvatting|oplader|pen|gum|kauwgom|snoep|chips)\b)(?:\w{1,10} ){0,3}van (?:mij|me) (?:hebt|heb|krijgt|krijg|gekregen|kreeg|kocht|gekocht)\b(?! (?:\w{1,8} )?(?:geleend|lenen|afgekeken|overgeschreven|gespiekt))|\b(?:niet|nie|ni|niks|niets|niemand|nooit|geen mens)\b.{0,30}\b(?:dat|da) ik (?:je|jou|u) (?!(?:het |dat |die |de |mijn |mn )?(?:antwoord|antwoorden|huiswerk|boek|schrift|aantekeningen|samenvatting|oplader|pen|gum|kauwgom|snoep|chips)\b)(?:\w{1,10} ){0,3}(?:geef|gaf|gegeven|stuur|stuurde|gestuurd|koop|kocht|gekocht|betaal|betaalde|betaald|overmaak|overmaakte)\b/,
      // t22: "ik wil niet dat je mentor of je zus hiervan weet"; "vertel niks over de bijbaan op school, die maken er meteen een heel ding van".
      /\bik wil (?:niet|nie|ni) dat (?:je|jouw|uw) \w{2,14} (?:(?:of|en) (?:je |jouw |uw )?\w{2,14} )?(?:hiervan|hier van|ervan|daarvan|van ons|iets van|het|dit|dat|er iets van|hier iets van) (?:\w{1,6} )?(?:weet|weten|hoort|horen|ziet|zien|merkt|merken)\b|\b(?:(?:vertel|zeg|verklap)(?: \w{1,10}){0,2} (?:niks|niets|nix|niet|nie|ni)|(?:niks|niets|nix|niet|nie|ni)(?: \w{1,10}){0,2} (?:vertellen|zeggen|verklappen))\b.{0,50}\b(?:die|ze|zij|hij|dan) (?:\w{1,8} )?(?:maken|maakt|gaan|gaat) (?:er|daar|d'r) (?:\w{1,8} ){0,2}(?:een )?(?:(?:heel|hele|groot|enorm|gigantisch) )?(?:ding|drama|probleem|verhaal|punt|toestand|gedoe|issue|heisa|zaak) (?:van|over)\b/,
      // Advice to keep it in: "ik zou het niet aan de meiden van je klas vertellen wat we doen, die snappen dat niet".
      /\bik zou (?:(?:het|dit|dat|er|maar|echt|gewoon|gwn|ook|dus) ){0,3}(?:niet|nie|ni|niks|niets|nooit|aan niemand|tegen niemand) (?:(?:aan|tegen) (?:\w{1,12} ){1,5})?(?:vertellen|zeggen|verklappen|laten zien|laten weten|rondvertellen|delen) (?:wat (?:we|wij)|over ons|over mij|van ons|dat (?:we|wij) (?:\w{1,8} )?(?:praten|appen|chatten|afspreken|bellen|elkaar|contact))\b|\b(?:wat (?:we|wij) (?:samen )?(?:doen|hebben|bespreken|zeggen|delen)|dat (?:we|wij) (?:elkaar )?(?:praten|appen|chatten|afspreken|bellen|spreken)) (?:zou ik|zou ik echt|zou ik maar) (?:\w{1,8} ){0,3}(?:niet|nie|ni|niks|nooit|aan niemand|tegen niemand) (?:\w{1,10} ){0,3}(?:vertellen|zeggen|verklappen|laten zien|delen)\b/,
      /\bals (?:dit|dat|het|dit hier|dat van ons|wij|ons ding|onze chat|dit gesprek) (?:ooit )?(?:uitkomt|uit komt|bekend wordt|naar buiten komt|uitlekt)\b.{0,20}\b(?:zit ik|ben ik|ga ik|kom ik|mag ik|moet ik|zijn we|zitten we|is het (?:over|klaar|voorbij)|ben je|zit je|krijg ik|krijgen we)\b/,
    ],
    unless: [TAG_ALONG, FOR_THEM,
      // Someone else's good news kept until it is given (t16): "niet aan je nichtje vertellen dat ze een hondje krijgt! - tante".
      /\b(?:dat|wat|da) (?:hij|ze|zij|ie) (?:\w{1,10} ){0,3}(?:krijgt|krijgen|gaat krijgen|gaan krijgen|mag houden)\b|\b(?:puppy|pup|puppytje|hondje|kitten|katje|poesje|konijntje)\b/, /\b(?:verrassing\w{0,6}|verassing\w{0,6}|surprise|cadeau\w{0,4}|kado\w{0,4}|verjaardag\w{0,6}|feestje|spoiler\w{0,2}|sinterklaas|lootjes|moederdag|vaderdag|tenzij|vertrouwenspersoon|toets|proefwerk|antwoord|antwoorden|zwanger|verloofd)\b(?! (?:\w{1,8} )?van (?:mij|me)\b(?! en\b))|\bdat ik\b(?! (?:je|jou|u) (?:\w{1,10} ){0,3}(?:geef|gaf|gegeven|stuur|stuurde|gestuurd|koop|kocht|gekocht|betaal|betaalde|betaald|overmaak|overmaakte)\b)|\bik (?:zeg|vertel) (?:het|t) (?:zelf|straks|morgen)\b/, /\b(?:een|n) \d{1,2}(?: \d)? (?:hebt|heb|had|haalde|gehaald)\b|\b(?:haalt|haal) (?:het|dat|die) (?:\w{1,6} )?op\b/],
    examples: {
      match: ["ik zou het niet aan je vriendinnen vertellen dat we appen, die worden jaloers", "wat we samen doen zou ik aan niemand vertellen", 
        'ik wil niet dat je mentor of je zus hiervan weet, beloof je dat', 'ik wil nie dat uw ma hier iets van weet', 'vertel niks over het werk op school, die maken er meteen een heel drama van', 'zeg er maar niks over thuis, ze maken er toch een probleem van',
        'vertel je trainer nog niks, anders laat hij je nooit gaan', 'zeg je coach maar niks, anders verpest hij het', 'vertel je mentor nog niets, anders gaat hij moeilijk doen', 'zeg je club nog niks, anders gaat de deal niet door', "niks zeggen over het geld he", "niet vertellen over wat ik je stuurde ok", 'mod regel: je mag niet zeggen dat je die skins van mij hebt, anders worden we allebei gebanned', 'zeg tegen niemand dat je die robux van mij krijgt he', 'niet aan je ouders vertellen dat je die schoenen van mij hebt gekregen', 'ge moogt nie zeggen da ge dat geld van mij krijgt', 'niemand mag weten dat je die vbucks van me hebt', 'vertel niemand dat je een cadeautje van mij krijgt', 'niemand mag weten dat ik je die schoenen gaf', 'zeg niet tegen je moeder dat ik je geld stuur', "de mods hoeven dit niet te zien", "de admins mogen dit niet lezen", 'vertel je vriendinnen niks over mij, die snappen het toch niet',
        'zeg je ouders maar niks over ons',
        'dit blijft binnen he',
        'ook niet tegen die bestie van je zeggen',
        'hou het voor je, ok?',
        'uw ouders moeten da ni weten he',
        'je moeder hoeft dit echt niet te weten',
        'als je zaterdag zegt dat je bij sanne slaapt kunnen we de hele avond samen zijn',
        'zeg thuis maar dat je bij een vriendin logeert',
        'als dit uitkomt zit ik in de problemen',
      ],
      noMatch: ["ik zou niet vertellen wat je cijfer is, dat gaat niemand aan", "ik zou het aan je mentor vertellen wat er gebeurd is", 
        'niet tegen de anderen zeggen dat ik je het antwoord gaf he', 'ik wil niet dat je zus het ziet, het is een verrassing', 'vertel het je mentor, die maken er echt geen drama van',
        "niks tegen je zusje zeggen dat we gaan zwemmen, anders wil ze ook mee", 'zeg je moeder nog niks, anders is de verrassing weg', 'vertel je zus nog niks, anders wil ze ook mee', 'zeg je coach nog niks over je enkel, anders mag je zaterdag niet spelen', 'vertel je mentor nog niks, anders krijg je strafwerk haha', 'zeg niks tegen de juf dat je het antwoord van mij hebt', 'niet zeggen dat ik je die oplader gaf, dan wil iedereen er een', 'vertel je ouders nog niks over het feest, anders mag je niet', 'niet aan je nichtje vertellen dat ze een hondje krijgt! - tante', 'niet tegen je broertje zeggen dat hij een ps5 krijgt he', 'zeg niks tegen je zus over de puppy, dat is voor zaterdag', 'niet aan je moeder vertellen wat ze krijgt, papa heeft het al gekocht', 'zeg niet tegen mama dat je die game van mij hebt geleend', 'niet tegen je zus zeggen, het is een verrassing',
        'het feest blijft binnen want het regent',
        'hou dit voor je verjaardag',
        'zeg maar dat je bij lisa slaapt, dan weet je moeder het voor het feestje',
        'zeg maar dat je bij lisa bent, dat is ook zo',
        'zeg maar dat je bij oma logeert, dat klopt toch ook',
        'niet tegen de juf zeggen dat ik te laat was haha',
        'als dit uitkomt wordt de juf echt boos, wie heeft dat gegooid',
        'je moeder hoeft dat niet te weten dat je een 4 had, je haalt het volgende keer op',
      ],
    },
  },
  {
    id: 'nl.secrecy.hide-contact',
    category: 'secrecy',
    severity: 'medium',
    note: 'Hides the contact itself: "zet me in je contacten onder een meidennaam", "sla mijn nummer op als Lisa school", or leans on trust to keep the chat in ("ik vertrouw erop dat dit gesprek hier blijft").',
    patterns: [
      /\b(?:zet|sla|bewaar|save|opslaan) (?:me|mij|mijn nummer|mn nummer|m'n nummer|dit nummer|mijn contact) (?:\w{1,12} ){0,3}(?:onder|als) (?:een |ne |nen )?(?:(?:meiden|meisjes|vrouwen|jongens|andere|nep|valse|fake|verzonnen|geheime|code|schuil)naam|(?:andere|nep|neppe|valse|fake|verzonnen|geheime|meisjes|meiden) (?:naam|contact)|vriendin van (?:school|hockey|voetbal|dansen|de club))\b/,
      // Asked as a favour: "kan je mijn naam in je telefoon veranderen naar iets anders? voor de zekerheid".
      /\b(?:kan|kun|kunt|wil|wilt) (?:je|jij) (?:ff |even )?(?:mijn|mn|m'n) (?:naam|contact) (?:\w{1,8} ){0,3}(?:veranderen|wijzigen) (?:naar|in) (?:iets anders|een andere naam|een meisjesnaam|een meidennaam)\b|\b(?:(?:verander|wijzig) (?:ff |even |maar )?(?:mijn|mn|m'n) (?:naam|contact) (?:ff |even )?(?:in|op) (?:je|jouw|uw) (?:telefoon|gsm|mobiel|contacten)|(?:mijn|mn|m'n) (?:naam|contact) (?:ff |even )?(?:in|op) (?:je|jouw|uw) (?:telefoon|gsm|mobiel|contacten) (?:\w{1,8} ){0,2}(?:veranderen|wijzigen))\b.{0,24}\bvoor de zekerheid\b(?! dat)/,
      /(?<!\b(?:ik|we|wij) )\b(?:verander|wijzig|hernoem|change|pas) (?:ff |even |dan |maar |gwn )?(?:mijn|mn|m'n|me) (?:naam|contact|contactnaam|nummer)\b (?:\w{1,8} ){0,3}(?:naar|in|als) (?:iets anders|een andere naam|(?:een )?(?:meisjes|meiden|vrouwen|nep|fake|valse|schuil|code) ?naam|(?:een )?vriendin|\w{2,12} (?:school|hockey|voetbal|dansen|klas|werk|bijles|training|turnen))\b/,
      /\b(?:dit|dat|ons|onze) (?:gesprek|gesprekje|gesprekken|chat|chatje|berichten)(?: \w{1,8})? (?:blijft|blijven) (?:hier|bij ons|bij (?:jou|je) en mij|binnen deze (?:chat|app))\b(?! (?:staan|bewaard))|\bdat (?:dit|ons|onze) (?:gesprek|gesprekje|gesprekken|chat|chatje|berichten) (?:hier|bij ons|onder ons|tussen ons) (?:blijft|blijven)\b/,
    ],
    examples: {
      match: ["wijzig mn naam in je contacten, gwn voor de zekerheid", "kun je mijn naam ff veranderen naar een meisjesnaam in je telefoon", "wil je mn contact in je telefoon wijzigen naar iets anders", 'zet me in je contacten onder een meidennaam, is makkelijker', 'sla mijn nummer op onder een andere naam he', 'save me als vriendin van hockey', 'ik vertrouw erop dat dit gesprek hier blijft', 'onze chat blijft bij ons he', 'verander mijn naam in je telefoon naar iets anders, bv lisa school', 'verander ff mn naam in je gsm naar een meisjesnaam'],
      noMatch: ["verander mijn naam in de klassenlijst, voor de zekerheid dat het goed staat", "kan je mijn naam in de lijst veranderen naar sanne de vries", "kan je mijn naam veranderen in de groepsapp? ik heet nu noor", 'verander mijn naam in de groepsapp naar sanne, ik heb een nieuw nummer', 'ik verander mijn naam op insta naar iets anders', 'zet me in je contacten als sanne', 'sla mijn nummer op, is nieuw', 'dit gesprek blijft hier staan zodat je het kan teruglezen', 'onze berichten blijven hier bewaard tot vrijdag', 'ik hoop dat dit gesprek hier staat als je terugleest'],
    },
  },
  {
    id: 'nl.secrecy.pact-wide',
    category: 'secrecy',
    severity: 'low',
    note: 'Low on its own: secrecy without the word "geheim": a pact of silence ("jij zegt niks, ik zeg niks"), the chat fenced off as "alleen tussen coach en cliënt", "hou het klein, je weet hoe mensen praten". Siblings and friends make such pacts too: counted at `high` and in combinations.',
    patterns: [
      /\b(?:jij|je|gij|ge) (?:zegt|zeg|zwijgt|vertelt) (?:niks|niets|nix|niet|nie)\b.{0,10}\bik (?:zeg|zwijg|vertel) (?:ook )?(?:niks|niets|nix|niet|nie)\b|\bik (?:zeg|vertel) (?:niks|niets|nix) (?:zolang|als) (?:jij|je|ge) (?:ook )?(?:niks|niets|nix) (?:zegt|vertelt)\b/,
      /\b(?:is|zijn|blijft|blijven|gaat|gaan) (?:alleen|enkel|puur|strikt|altijd) tussen (?:ons|ons twee|ons 2|jou en mij|mij en jou|(?:de )?\w{2,12} en (?:de |zijn |haar )?\w{2,12})\b(?! (?:in|op|om|uur)\b)/,
      /\b(?:hou|houd|houden we|we houden) (?:het|dit|dat|alles|ons) (?:\w{1,6} )?(?:klein|low|lowkey|low key|discreet|onder de radar|onder ons)\b|\bje weet (?:toch |zelf )?(?:wel )?hoe (?:mensen|ze|de mensen|iedereen|je ouders|roddels|de buren) (?:zijn|praten|roddelen|reageren|kletsen)\b/,
    ],
    unless: [/\b(?:verrassing[a-z']{0,10}|surprise|[a-z]{0,12}(?:cadeau|kado)(?:tje)?s?|verjaardag[a-z]{0,10}|sinterklaas|lootjes|spoiler|spoilers|finale|wedstrijd|match|competitie|toernooi)\b/],
    examples: {
      match: ['jij zegt niks en ik zeg niks, deal?', 'ik zeg niks zolang jij ook niks zegt', 'dit blijft altijd tussen trainer en speler, zo hoort dat', 'onze gesprekken zijn alleen tussen jou en mij', 'hou het lowkey he, je weet hoe de mensen praten', 'hou het klein, je mama hoeft niet alles te weten'],
      noMatch: ['de finale is alleen tussen ajax en psv', 'hou het klein, het is maar een verjaardagsfeestje', 'je weet hoe laat de bus gaat?', 'jij zegt niks over de verrassing, ik zeg ook niks'],
    },
  },
  {
    id: 'nl.secrecy.keep-private',
    category: 'secrecy',
    severity: 'medium',
    note: 'Fences the contact off without the word "geheim": "laten we dit soort gesprekken privé houden, de andere leiding zou het niet begrijpen", "niet in je dagboek schrijven he, ik meen het" (the adult who asks that nothing is written down or shared with other adults around the teen).',
    patterns: [
      // "laten we dit soort gesprekken wel privé houden", "hou ons contact voor jezelf".
      /\b(?:laten we|laat ons|we houden|hou|houd|houden we) (?:\w{1,8} ){0,2}(?:gesprek|gesprekken|gesprekjes|chat|chats|chatjes|contact|berichten|berichtjes|appjes|dms|band|vriendschap|ons) (?:(?:wel|maar|even|gewoon|gwn|liever|echt|ff) ){0,2}(?:prive|voor onszelf|voor ons|onder ons|tussen ons|stil|geheim|voor jezelf)\b/,
      // "de andere leiding zou het niet begrijpen", "de andere trainers zouden dit niet snappen".
      /\bde (?:andere |rest van de )?(?:leiding|leiders|leidsters|trainers|trainsters|leraren|docenten|collega'?s|begeleiders|coaches|vrijwilligers|anderen|groep|mensen hier) (?:zou|zouden|gaat|gaan|zullen|zal) (?:het|dit|dat|ons|onze band|wat (?:wij|we) hebben) (?:\w{1,6} )?(?:niet|nie|ni|nooit) (?:snappen|begrijpen|accepteren|goedvinden)\b(?!.{0,40}\b(?:te laat|op tijd|afzeggen|afgezegd|vergeten|kwijt)\b)/,
      // "niet in je dagboek schrijven he, ik meen het", "schrijf hier niks over op".
      /\b(?:niet|nie|ni|niks|niets|nooit) (?:\w{1,6} ){0,2}(?:in|op) (?:je|jouw|uw|ur) (?:dagboek|dagboekje|notities|notes|notitieboekje|journal)\b|\b(?:schrijf|zet) (?:het |dit |dat |er |hier |daar )?(?:niks|niets|nergens|niet) (?:over )?(?:op|neer|in (?:je|jouw) (?:dagboek|notities))\b(?!.{0,30}\b(?:lijst|boodschappen|agenda)\b)/,
    ],
    unless: [
      // The sender's own sibling or parent reads along: "laten we dit soort gesprekken voor onszelf houden, mijn zus leest altijd mee".
      OWN_READS_ALONG,/\b(?:verrassing\w{0,6}|verassing\w{0,6}|surprise|cadeau\w{0,4}|kado\w{0,4}|verjaardag\w{0,6}|sinterklaas|lootjes|spoiler\w{0,2}|toets|proefwerk|examen|antwoorden|spiekbriefje)\b/],
    examples: {
      match: [
        'laten we dit soort gesprekken wel privé houden. de andere leiding zou het niet begrijpen, en je ouders zouden zich mss schamen',
        'laten we onze chats gewoon prive houden ok',
        'hou ons contact maar voor jezelf',
        'de andere trainers zouden dit niet begrijpen',
        'de rest van de leiding gaat het nooit snappen wat wij hebben',
        'niet in je dagboek schrijven he haha. ik meen het wel',
        'zet dit ook niet in je notities ok',
        'schrijf hier niks over op he',
      ],
      noMatch: [
        'laten we dit soort gesprekken voor onszelf houden, mijn zus leest altijd mee',
        'laten we de groepsapp gezellig houden',
        'hou je gesprekken met de mentor prive, dat is je recht',
        'de andere leiding zou het niet begrijpen als we te laat zijn, dus kom op tijd',
        'schrijf het in je dagboek, dat helpt echt',
        'niks in je dagboek over de verrassing he',
        'schrijf niks op de toets die je niet weet',
      ],
    },
  },
  {
    id: 'nl.secrecy.hide-app-or-police',
    category: 'secrecy',
    severity: 'medium',
    note: 'Session 30 (fresh batch t50): hiding the app or chat from a parent ("stop die app ff in een mapje achteraan, dan ziet je moeder hem niet") and keeping it from the police ("hoef je echt niet aan de politie te vertellen").',
    patterns: [
      /\b(?:stop|zet|verstop|verberg|sleep) (?:die|de|deze|onze|mijn|dat) (?:app|chat|contact|naam|icoontje|account)\b.{0,50}\b(?:ziet|vindt|merkt|checkt) (?:je|jouw|uw) (?:moeder|vader|ouders|ma|pa|mama|papa|mam|pap)\b/,
      /\b(?:niet|nie|ni|nooit) aan de (?:politie|wout|juut|popo|agent)\b|\baan de (?:politie|wout|juut|popo) (?:\w{1,10} ){0,4}(?:niet|nie|ni|geen|nooit) (?:te )?(?:vertellen|zeggen|melden|laten weten)\b/,
    ],
    unless: [/\b(?:verrassing|surprise|cadeau|kado|fietsje|fiets)\b/],
    examples: {
      match: ['stop die app ff in een mapje achteraan, dan ziet je moeder hem niet', 'hoef je echt niet aan de politie of wie dan ook te vertellen, dan krijgen we allebei gedoe', 'verstop mijn contact ergens, anders vindt je vader het'],
      noMatch: ['stop die app in een mapje, dan is je scherm rustiger', 'heb je het al aan de politie verteld? dat moet je echt doen', 'verstop het cadeau, anders ziet je moeder het'],
    },
  },
];

/**
 * A friend's gossip about someone else's news, which that person will tell themselves ("dit blijft
 * tussen ons he, ze wil het nog niet zeggen"), or the sender's own confidence that is about to
 * follow ("ik moet je iets vertellen maar beloof dat je het aan niemand zegt"): kept as a low
 * signal, since the words are the same.
 */
const OTHERS_NEWS =
  /\bik (?:moet|wil|ga|kan) (?:je|jou|u) (?:echt |ff |even |nog |eerst )?(?:iets|wat|een geheim|een geheimpje) (?:\w{1,6} )?(?:vertellen|zeggen|bekennen|opbiechten|toevertrouwen)\b(?! (?:\w{1,6} )?over (?:ons|mij|me|jou|je|jezelf|wat (?:we|wij)|seks|sex)\b)|\b(?:ze|zij|hij|ie|ze allebei|ze zelf|hij zelf|zij zelf) (?:wil|willen|wilt|gaat|gaan) (?:het|dat|dit) (?:(?:nog|zelf|pas|eerst|liever|echt|zelf nog) ){0,2}(?:(?:niet|nie|ni) )?(?:\w{1,10} ){0,3}(?:zeggen|vertellen|bekend maken|bekendmaken|delen|aankondigen|posten)\b|\b(?:ze|zij|hij|[a-z]{3,12}) (?:wil|willen) (?:niet|nie) dat (?:iedereen|de klas|de hele klas|anderen|mensen|de rest) (?:het )?(?:weet|weten|hoort|horen)\b|\b(?!(?:jij|je|ik|wij|we|jou|mij|me|u|gij|ge)\b)[a-z]{2,12} en (?!(?:jij|je|ik|mij|jou|me|u|gij|ge)\b)[a-z]{2,12} (?:zijn|hebben|gaan|zitten) (?:\w{1,8} )?(?:uit elkaar|uit|samen|verkering|gezoend|getongd|het uitgemaakt|uitgemaakt|ruzie|met elkaar)\b|\b(?:ze|zij|hij|ie) (?:is|zijn|heeft|hebben) (?:het )?(?:\w{1,8} )?(?:uitgemaakt|gedumpt|vreemdgegaan|gezoend|getongd|verkering)\b|\b(?:de|onze|ons|mijn|mn) (?:coach|trainer|trainster|juf|meester|mentor|leraar|lerares|docent|directeur|rector|baas|manager|buurman|buurvrouw) (?:\w{1,8} )?(?:stopt|gaat stoppen|gaat weg|vertrekt|verhuist|gaat verhuizen|is ontslagen|wordt ontslagen|gaat met pensioen|is zwanger|gaat trouwen)\b|\b(?:mijn|mn|m'n) (?:vader|moeder|pa|ma|broer|zus|ouders|opa|oma|oom|tante|nicht|neef) (?:heeft|hebben|is|zijn|gaat|gaan|krijgt|wordt) (?:\w{1,8} ){0,2}(?:nieuwe baan|ontslagen|ziek|zwanger|verhuizen|trouwen|geslaagd|gezakt|in het ziekenhuis|met pensioen|werkloos|verloofd)\b/;

/**
 * A friend who wants to be saved under a nickname ("sla mn nummer op als 'bestie 💖' hahaha"), with
 * no word of parents or of being seen: kept as a low signal, since a cover name is the same move.
 */
const NICKNAME =
  /\b(?:als|onder) (?:bestie|bff|besties|queen|koningin|king|bae|legend|legende|goat|held|idool|de beste|beste vriendin|grootste fan|lievelings\w{0,8})\b(?!.{0,40}\b(?:ouders|moeder|vader|ma|pa|mama|papa|niemand|zodat|anders|weten|ziet|zien)\b)/;

export const rules: RuleDef[] = withEverydayTwins(BASE, OTHERS_NEWS, {
  'nl.secrecy.cover-story': {
    everyday: NICKNAME,
    match: ["sla mn nummer op als 'bestie 💖' hahaha", 'zet mijn nummer in je telefoon als queen 👑 lol', 'sla mn naam op als bff haha', 'save mijn nummer als legend xd'],
    noMatch: ['sla mijn nummer op als lisa, zodat je moeder het niet ziet', 'sla mn nummer op als bestie, dan weten je ouders niet dat ik het ben', 'zet mijn naam als sanne in je telefoon'],
  },
  'nl.secrecy.tell-no-one': {
    match: ["ik moet je iets vertellen maar beloof dat je het aan niemand zegt", "ik wil je een geheimpje vertellen, niet doorvertellen he", 
      'ja maar dit blijft tussen ons he, ze wil het nog niet zeggen',
      'niet doorvertellen he, ze wil het zelf aan de klas vertellen',
      'dit blijft tussen ons, hij wil het zelf posten',
      'ons geheimpje he, sanne wil niet dat iedereen het weet',
      'dit blijft onder ons, de coach stopt na dit seizoen',
      'niet doorvertellen maar onze mentor gaat met pensioen',
      'dit blijft tussen ons, mn vader heeft een nieuwe baan',
    ],
    noMatch: ["ik moet je iets vertellen over ons, beloof dat je het aan niemand zegt", 'dit blijft tussen ons he', 'zeg niks tegen je ouders, ze willen het toch niet weten', 'dit blijft tussen ons, ik wil het nog niet zeggen'],
  },
});
