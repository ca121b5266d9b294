"""Which R4 elements a Danish goal text states, found with word lists and patterns.

Every element is found as a short span of the original text, so the coach can quote the user's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from agreements.danish import (
    Deadline,
    Quantity,
    QuantityMatch,
    find_frequency,
    find_quantities,
    parse_deadline,
    word_set,
)

ELEMENTS = ("initiative", "output", "effect", "indicator", "data_source", "baseline", "target", "deadline", "followup")
VERDICTS = ("measurable", "initiative_only", "vague")

Span = tuple[int, int]
_IC = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    found: dict[str, str]
    missing: list[str]
    verdict: str
    baseline: Quantity | None = None
    target: Quantity | None = None
    target_words: str | None = None
    deadline: Deadline | None = None
    frequency: str | None = None
    direction: str | None = None
    multi_year: bool = False
    long_horizon_effect: bool = False
    spans: dict[str, Span] = field(default_factory=dict)
    # "measure" names a quantity ("sygefraværet"), "share" a stated share ("80 % af eleverne"), "method" only how
    # ("måles"), "count" a counted target that implies what is counted ("160 unge")
    indicator_kind: str | None = None


def _compile(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(alternatives) + r")", _IC)


_WORD = re.compile(r"[\wæøå]+(?:[-'’.][\wæøå]+)*", _IC)

# ---------------------------------------------------------------- sentences and words

_ABBREVIATIONS = word_set(
    "pr fx ca mv jf evt inkl ekskl nr kl mht vedr dvs osv mio mia kr pct st bl.a f.eks t min "
    "jan feb mar apr jun jul aug sep sept okt nov dec"
)
_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s+[A-ZÆØÅ«\"'\d–•-]|\s*$)|\n+")


def _sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = _WORD.findall(text[start : match.start()])
        if match.group().startswith(".") and before and before[-1].lower() in _ABBREVIATIONS:
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if text[s[0] : s[1]].strip()]


def _sentence_of(sentences: list[Span], pos: int) -> Span:
    return next((s for s in sentences if s[0] <= pos <= s[1]), (0, 0))


def _words_before(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The words in text[start:end], nearest first, with their positions."""
    return [(m.group().lower(), start + m.start()) for m in reversed(list(_WORD.finditer(text[start:end])))]


# ---------------------------------------------------------------- word lists

_INITIATIVE = _compile(
    r"\bigangsæt\w*",
    r"\b(?:sætte[rs]?|sættes|sat)\s+(?:\w+\s+)?i\s+gang\b",
    r"\biværksæt\w*",
    r"\bopstart(?:e|es|er|et|en)?\b",
    r"\bstarte[rs]?\s+op\b",
    r"\betabler(?:e|es|er|et|ing|ingen)\b",
    r"\b(?:videre)?udvikle[rs]?\b(?!\s+sig)",
    r"\b(?:videre)?udvikles\b",
    r"\bvidereudvikl\w*",
    r"\budvikling\s+af\b",
    r"\bimplementer(?:e|es|er|et|ing|ingen)\b",
    r"\bindfør(?:e|es|er|t|else|elsen)\b",
    r"\b(?:sætte[rs]?|sættes|sat|have|har|øget|øge|skærpe[st]?|skærpet|særligt|større|mere|stort)\s+fokus\b",
    r"\bfokus\s+på\b",
    r"\bfokusere[rs]?\b",
    r"\b(?:styrke[rst]?|forbedre[rst]?|øge[st]?|udbygge[rs]?|intensivere[rs]?|videreudvikle[rs]?)\s+"
    r"(?:(?:det|den|de|vores|et|en)\s+)?(?:\w+e\s+)?(?:samarbejd\w*|indsats\w*|koordin\w*|dialog\w*|arbejde\w*|ledelse\w*"
    r"|kompetence\w*|tværfaglig\w*|sammenhæng\w*)",
    r"\barbejde[rs]?\s+(?:videre\s+)?(?:med|for|på\s+at)\b",
    r"\barbejdes\s+(?:der\s+)?(?:med|for)\b",
    r"\bgennemføre[s]?\s+(?:en|et)\s+(?![\wæøå]*uddannelse)",
    r"\bgennemførelse\s+af\b",
    r"\bafprøv\w*",
    r"\bpilotprojekt\w*",
    r"\b(?:et|nyt|det)\s+projekt\w*",
    r"\bkampagne\w*",
    r"\b(?:en|ny|nye|fælles|målrettet|styrket|tværfaglig)\s+indsats\w*",
    r"\bopret(?:te|tes|ter|tet)\b",
    r"\bopbygge[rs]?\b",
    r"\blancere[rs]?\b",
    r"\budbrede[rs]?\b|\budbredelse\b",
    r"\bopkvalificer(?:e|es|er|ing|ingen)\b",
    r"\bkompetenceudvikl(?:e|es|er|ing|ingen)\b",
    r"\buddanne[rs]?\b",
    r"\btilbyde[rs]?\b|\btilbydes\b",
    r"\budarbejde[rs]?\b|\budarbejdes\b",
    r"\bansætte[rs]?\b",
    r"\bomlægge[rs]?\b|\bomlægning\b",
    r"\bdigitalisere[rs]?\b",
    r"\bafholde[rs]?\b",
    r"\bkortlægge[rs]?\b|\bkortlægning\b",
    r"\bafdække[rs]?\b",
    r"\bundersøge[rs]?\s+(?:mulighed|om|hvordan)\w*",
    r"\brevidere[rs]?\b",
    r"\b(?:nytænke|gentænke|modernisere|omorganisere|udvide|understøtte)[rs]?\b",
    r"\binvestere[rs]?\s+i\b",
    r"\bindgå[rs]?\s+(?:et\s+|en\s+)?(?:partnerskab|samarbejde|aftale)\w*",
)

_NOT_ACTIVITY_OBJECT = (
    r"(?!(?:grad|end|og|eller|til|at|i|på|med|af|for|om)\b)"
    r"(?!(?:(?:det|den|de|vores|et|en)\s+)?(?:\w+e\s+)?(?:samarbejd|indsats|fokus|koordin|dialog|arbejde\b|arbejdet"
    r"|opmærksomhed|kompetence|projekt|tiltag|sammenhæng|tværfaglig|ledelse))"
)
_PEOPLE = (
    r"(?:(?:de\s+)?(?:borger|elev|bruger|børn|barn|unge|ledige|medarbejder|beboer|patient|ældre|familie|forældre"
    r"|kunde|deltager|virksomhed|pårørende|klient|ansatte|lærling|kursist|kvinde|mænd|mand|pige|drenge)\w*\s+)?"
)
_CHANGE_ADJECTIVE = re.compile(
    r"\b(?P<adj>lavere|højere|flere|færre|mere|mindre|bedre|større|kortere|øget|øgede|forøget|reduceret|reducerede"
    r"|nedbragt|forbedret|forbedrede|styrket|styrkede|stigende|faldende)\s+" + _NOT_ACTIVITY_OBJECT
    + r"(?!\d)(?P<noun>[a-zæøå][\wæøå-]*)(?:\s+(?:i|på|blandt|hos)\s+[a-zæøå][\wæøå-]*)?",
    _IC,
)
_CHANGE_VERB = (
    r"(?:stige|stiger|falde|falder|øges|forøges|reduceres|nedbringes|nedsættes|halveres|fordobles|mindskes"
    r"|forkortes|sænkes|hæves|løftes|forbedres|styrkes|bringes\s+(?:ned|op)|gå\s+(?:ned|op)|går\s+(?:ned|op)"
    r"|komme\s+(?:ned|op))"
)
_EFFECT = _compile(
    r"\b[a-zæøå][\wæøå-]*\s+(?:skal|må|bør|vil)\s+(?:helt\s+|længere\s+|yderligere\s+)?(?:ned|op)\b(?!\s+(?:i\s+)?gang)",
    r"\b[a-zæøå][\wæøå-]*\s+(?:skal|må|bør|vil|kan)\s+(?:\S+\s+){0,3}?" + _CHANGE_VERB + r"\b",
    r"\b[a-zæøå][\wæøå-]*\s+(?:stiger|falder|øges|reduceres|nedbringes|halveres|fordobles|mindskes|forkortes"
    r"|forbedres|styrkes)\b",
    r"\b(?:reducere|nedbringe|nedsætte|øge|forøge|halvere|fordoble|mindske|forkorte|sænke|hæve|løfte|forbedre"
    r"|styrke|højne|begrænse|mindske)\s+" + _NOT_ACTIVITY_OBJECT
    + r"(?:(?:det|den|de)\s+(?:[\wæøå]+e\s+)?)?(?:\w+s\s+)?[a-zæøå][\wæøå-]*"
    r"(?:\s+af\s+[\wæøå-]+)?",
    r"\b(?:reduktion|nedbringelse|nedgang|stigning|forøgelse|forbedring|fald|halvering|fordobling|løft)\s+(?:i|af|på)\s+"
    + _NOT_ACTIVITY_OBJECT + r"(?:\w+s\s+)?[a-zæøå][\wæøå-]*",
    r"\b" + _PEOPLE + r"(?:kommer|komme|kommet|er|være|bliver|blive|fastholdes|fastholde|starter|begynder|går|skal)"
    r"\s+(?:\w+\s+)?i\s+(?:gang\s+med\s+(?:en\s+)?uddannelse|job|arbejde|beskæftigelse|uddannelse|ordinær\w*|fleksjob"
    r"|ungdomsuddannelse|praktik|lære)\b",
    r"\b" + _PEOPLE + r"(?:bliver|blive|er|være|føler\s+sig|forbliver|oplever\s+sig\s+som|opleves\s+som)\s+"
    r"(?:mere\s+|mindre\s+|bedre\s+|mest\s+muligt\s+)?(?:selvhjulpne?|selvstændige?|selvforsørgende|trygge?"
    r"|tilfredse?|sunde?|raske?|robuste?|inkluderede?|ensomme|uafhængige?|parate?|klar\s+til\s+\w+"
    r"|[\wæøå-]*neutral|fossilfri\w*)\b",
    r"\b" + _PEOPLE + r"(?:trives|mestrer|klarer\s+sig)\b",
    r"\bmestre\s+(?:eget|sit|deres|egen|hverdagen)\b",
    r"\bklare\s+sig\s+selv\b",
    r"\b" + _PEOPLE + r"(?:oplever|opleve),?\s+at\s+(?:[\wæøå]+\s+){1,3}[\wæøå]+",
    r"\b" + _PEOPLE + r"(?:oplever|opleve),?\s+(?:at|en|et|større|bedre|mindre|mere|højere|færre|god|gode|øget|sig"
    r"|tryghed|trivsel)\b",
    r"\b" + _PEOPLE + r"får\s+(?:et\s+)?(?:job|arbejde|en\s+uddannelse|bedre|mere|hurtigere)\b",
    r"\b(?:blive|bo|bor|forblive|forbliver|bliver)\s+(?:\w+\s+)?i\s+(?:eget|egne|egen)\s+(?:hjem|bolig)\b",
    r"\bblive\s+boende\b",
    r"\blærer\s+at\s+\w+",
    r"\bi\s+(?:højere|større|mindre)\s+grad\s+(?:\w+\s+){0,2}?[\wæøå]+(?:es|s)\b",
    r"\bi\s+(?:højere|større|mindre)\s+grad\s+(?:kan|skal|vil)?\s*(?:klare|mestre|deltage|bruge|blive|være)\b",
)
_NOT_EFFECT_SUBJECT = re.compile(
    r"^(?:samarbejd|indsats|fokus|koordin|dialog|arbejdet|projekt|tiltag|opfølgning|målet|det|der|den|følges)", _IC
)
_SHARE_OF = re.compile(r"\s+af\s+(?:de\s+|alle\s+)?[\wæøå-]+", _IC)
_OF_OR_FROM = re.compile(r"\s+(?:af|fra)\b", _IC)
_UNIT_SUBJECT = re.compile(r"(?:dage|uger|måneder|timer|minutter|procent|pct|point)\s+", _IC)
_SIZE_ARTICLES = frozenset({"en", "et", "det", "den", "de", "nogle", "i"})

_OUTPUT_ACTIVITY = _compile(
    r"\b(?:uddannes|uddannet|efteruddannes|opkvalificeres|opkvalificeret|kompetenceudvikles|certificeres|certificeret"
    r"|trænes|undervises|gennemfører|gennemført|gennemføres|afslutter|afsluttet|deltager|deltaget|deltage|afholdes"
    r"|afholdt|holdes|etableres|etableret|oprettes|oprettet|udarbejdes|udarbejdet|implementeres|implementeret"
    r"|tilbydes|tilbudt|modtager|modtaget|screenes|screenet|visiteres|besøges|besøgt|bygges|bygget|renoveres"
    r"|renoveret|plantes|plantet|opsættes|opsat|installeres|installeret|digitaliseres|digitaliseret|udskiftes"
    r"|udskiftet|anlægges|anlagt|ansættes|ansat|introduceres|leveres|leveret|afvikles|afviklet|udrulles|udrullet"
    r"|indføres|indført|oprettes|uddanne|afholde|etablere|oprette|gennemføre|ansætte|bygge|plante|afholder|etablerer"
    r"|opretter|uddanner|ansætter|bygger|planter|tilbyder|udarbejder|leverer|screener|besøger|renoverer|installerer)\b",
    r"\b(?:får|modtager|skal\s+have|har\s+haft|har\s+fået)\s+(?:en|et|tilbudt|tilbud\s+om)\s+"
    r"(?!job\b|arbejde\b|\w*uddannelse\b|brug\b|bedre\b|god\b|mere\b)[\wæøå-]+",
    r"\b(?:bruger|anvender|benytter)\b",
    r"\b(?:er|være|bliver|blive|skal\s+have)\s+(?:\w+\s+)?(?:etableret|implementeret|udarbejdet|gennemført|oprettet"
    r"|indført|afholdt|udrullet|digitaliseret|vedtaget|på\s+plads|i\s+drift|taget\s+i\s+brug|færdig\w*)\b",
)
_DELIVERABLES = re.compile(
    r"^(?:pladser|plads|forløb|kurser|kursus|workshops?|møder|arrangementer|aktiviteter|boliger|samtaler|hjemmebesøg"
    r"|besøg|screeninger|handleplaner|planer|tilbud|praktikpladser|lærepladser|elevpladser|ladestandere|træer|km"
    r"|kilometer|kampagner|events|uddannelsesforløb|holdforløb|hold|sessioner|projekter|rapporter|analyser"
    r"|partnerskaber|ansættelser|nyansættelser|vejledere|ambassadører|deltagere|kursister|pladsen|ydelser|udlån"
    r"|lejligheder|senge|stillinger|praktikker|undervisningsforløb|tests?|målinger|cykelstier|solceller|elbiler"
    r"|temadage|temadag|studiedage|kursusdage|konferencer|netværksmøder|informationsmøder|kurser|uddannelsespladser"
    r"|dagtilbudspladser|plejeboliger|ladepunkter|vejledninger|materialer|videoer|guides)$",
    _IC,
)
_COMPLETED_OUTPUT = _compile(
    r"\b[\wæøå-]+\s+(?:er|skal\s+være|være|bliver|blive)\s+(?:\w+\s+)?(?:etableret|implementeret|udarbejdet|gennemført"
    r"|oprettet|indført|afholdt|udrullet|digitaliseret|på\s+plads|i\s+drift|taget\s+i\s+brug|færdiggjort)\b",
    r"\b(?:alle|samtlige|hver)\s+(?:[\wæøå.]+\s+){1,4}?(?:har|får|have|skal\s+have)\s+(?:en|et|fået|udarbejdet|gennemført"
    r"|adgang\s+til|tilbudt)\s+(?:et\s+|en\s+)?(?!job\b|arbejde\b|\w*uddannelse\b|brug\b)[\wæøå-]+"
    r"(?:\s+(?!i\b|på\b|og\b|senest\b|inden\b|til\b|af\b|for\b|fra\b|med\b)[\wæøå-]+)?",
    r"\b(?:alle|samtlige|hver)\s+(?:[\wæøå.]+\s+){1,4}?(?:har\s+|skal\s+)?(?:gennemført|gennemføre|gennemfører|deltaget"
    r"|deltage|deltager|uddannet|uddannes|modtaget|modtage|modtager|certificeret|screenet|screenes|tilbudt|tilbydes"
    r"|afslutter|introduceres|oplæres|undervises)\b(?:\s+(?:et|en)\s+[\wæøå-]+)?",
)

_MEASURE_NOUN = _compile(
    r"\b(?:andel(?:en|ene|e)?|antal(?:let)?|procentdel(?:en)?)\b",
    r"\b[\wæøå-]*(?:fravær|ventetid|behandlingstid|svartid|responstid|leveringstid|ekspeditionstid|ledighed|udgift"
    r"|omkostning|forbrug|udledning|omsætning|udlån|karaktergennemsnit|karakterer|sygedage|genindlæggelse|indlæggelse|frafald"
    r"|belægning|nøgletal|besøgstal|udlånstal|elevtal|ledighedstal|kvote|indeks|score|resultat|gennemførelse)"
    r"[\wæøå]*",
    r"\b[\wæøå]{3,}(?:grad|rate|procent|niveau)(?:en|et|erne|er)?\b",
    r"\bgennemsnitlige\s+[\wæøå]+",
)
_DEFINED_SHARE = re.compile(r"\s+(?=" + _MEASURE_NOUN.pattern + ")", _IC)
_NOT_MEASURE = re.compile(
    r"^(?:landsgennemsnit|regionsgennemsnit|fraværende|moderat|fravær$|resultatet$|resultater$|indsatsniveau"
    r"|procentpoint|serviceniveau)",
    _IC,
)
_METHOD = _compile(
    r"\b[\wæøå-]*(?:undersøgelse|måling|screening|spørgeskema|audit|stikprøve|benchmark|læsetest|skala)[\wæøå]*",
    r"\b(?:måles|målt|måler|måle|måling|opgøres|opgjort|opgør|registreres|registreret|registrering\w*|tælles"
    r"|optælling\w*|dokumenteres|monitoreres|monitorering)\b",
    r"\b(?:nationale\s+test\w*|test(?:en|ene|s)?)\b",
    r"(?-i:\b(?:APV|MTU|KPI)\b)",
    r"\bindikator\w*",
)
_MEASURING_VERB = re.compile(r"måles|målt|opgøres|opgjort|registreres|registreret|tælles|dokumenteres|monitoreres", _IC)
_PRONOUNS = word_set("det den de der dette denne disse man vi hun han en et")
_TOPIC_PREPOSITIONS = word_set("om på omkring vedrørende vedr angående med")
_DATA_SOURCE = _compile(
    r"(?-i:\b(?:F?LIS|STAR|STIL|VIVE|DST|KL|KOMBIT|EASY|DUBU|SBSYS)\b)(?:['’]?s?\s+(?:benchmark|nøgletal)\w*)?",
    r"\bledelsesinformation\w*",
    r"\b[\wæøå-]*?(?:fag|løn|økonomi|omsorgs|journal|sags|sagsbehandlings|booking|vagtplan|telefoni?|tidsregistrerings"
    r"|fraværs|elev|it|esdh|kvalitets|visitations|administrations|registrerings|indberetnings|rapporterings"
    r"|personale|bi|planlægnings|ventelist)system(?:et|erne|er)?\b",
    r"\bDanmarks\s+Statistik\b|\bstatistikbanken\b|\b[\wæøå-]*statistik(?:ken|ker|kerne)?\b",
    r"\bKL-benchmark\w*|\bbenchmark\w*\s+fra\s+KL\b|\bECO[- ]nøgletal\w*|\bkommunale\s+nøgletal\b|\bnøgletal\.dk\b",
    r"\b(?:den\s+)?nationale\s+trivselsmåling\w*|\b(?:de\s+)?nationale\s+test\w*",
    r"\b[\wæøå-]*(?:tilfredshedsundersøgelse|brugerundersøgelse|trivselsundersøgelse|trivselsmåling|spørgeskemaundersøgelse"
    r"|borgerundersøgelse|medarbejderundersøgelse|pårørendeundersøgelse|tilfredshedsmåling)[\wæøå]*",
    r"\bSundhedsdatastyrelsen\b|\beSundhed\b|\bSundhedsprofil\w*|\bjobindsats(?:\.dk)?\b|\buddannelsesstatistik(?:\.dk)?",
    r"\bStyrelsen\s+for\s+\w+|\b(?:Energi|Miljø|Trafik|Social|Sundheds)styrelsen\b|\bArbejdstilsynet\b",
    r"\bDanmarks\s+Miljøportal\b|\bEnergi\s*data\w*|\benergidata\b|\bklimaregnskab\w*",
    r"\b(?:Nexus|Cura|Opus|Sensum|Momentum|Fasit|Aula|Tabulex|MinUddannelse|Meebook|Vitae|Prisme|EnergyKey|Qlik"
    r"|Targit|Columna|Acadre|Workzone|Silkeborg\s+Data|Power\s*BI|Hjernen\s*(?:&|og)\s*Hjertet|KMD\s+\w+)\b",
    r"\bdashboard\w*|\btidsregistrering\w*",
    r"\b(?:data|tal|udtræk)\s+fra\s+(?:vores\s+|det\s+|den\s+)?[\wæøå.-]+",
)
_NOT_SOURCE = re.compile(
    r"^(?:uddannelses|ledelses|sundheds|skole|social|rets|beskæftigelses|velfærds|støtte|værdi)system", _IC
)

_FOLLOWUP_VERB = _compile(
    r"\bfølge[rs]?\s+op\b",
    r"\bfølge[sr]?\b",
    r"\bopfølgning\w*",
    r"\b(?:af)?rapporter(?:es|er|e|ing)\w*",
    r"\bdrøfte[rs]?\b|\bdrøftes\b",
    r"\bgøre[rs]?\s+status\b|\bgøres\s+status\b|\bstatus\s+(?:på|gøres)\b",
    r"\bevaluere[rs]?\b|\bevalueres\b",
    r"\bpræsenteres\b|\bfremlægges\b|\bforelægges\b|\borienteres\b|\bmonitorer\w*",
    r"\b(?:tages|tage[sr]?)\s+op\b",
    r"\bgennemgå[rs]?\b|\bgennemgås\b",
)
_FORUM = _compile(
    r"\bLokal-?MED\w*",
    r"(?-i:\bMED\b)(?:-?udvalg\w*)?",
    r"\bMED-udvalg\w*",
    r"\b[\wæøå-]*udvalg(?:et|ene)?\b",
    r"\bdirektion(?:en)?\b",
    r"\bleder(?:gruppe|team|møde|forum)\w*",
    r"\bledelsesteam\w*",
    r"\bpersonalemøde\w*",
    r"\b[\wæøå-]*bestyrelse(?:n|rne|sm\w*)?\b",
    r"\bstyre?(?:ings)?gruppe\w*",
    r"\bbyråd\w*",
    r"\b(?:dialog|tavle|status|opfølgnings|evaluerings|ledelses)møde\w*",
    r"\bledelsestilsyn\w*",
    r"\baftalegiver\w*|\bfagchef(?:en|erne)?\b|\bdirektør(?:en)?\b",
    r"\b(?:måneds|kvartals|års|LIS-|kvalitets|status)rapport\w*",
    r"\bbudgetopfølgning\w*",
    r"(?-i:\bF?LIS\b)",
    r"\b[\wæøå]+møde(?:r|rne|t)?\b",
)
# A report or a system is a forum only when a follow-up verb says it is used as one.
_NEEDS_FOLLOWUP_VERB = re.compile(r"^(?:F?LIS|[\wæøå-]*rapport)", _IC)
_INVOLVEMENT = re.compile(
    r"\b(?:samarbejde|sammen|inddrag\w*|involver\w*|formuleret|udarbejdet|drøftet|aftalt|godkendt|vedtaget|besluttet"
    r"|udviklet|dialog|af|blandt|repræsentanter|politisk)\b[^.]{0,40}$",
    _IC,
)
_ALWAYS_FOLLOWUP_FORUM = re.compile(r"^(?:dialog|status|opfølgnings)møde|^ledelsestilsyn|^budgetopfølgning", _IC)

_TARGET_WORDS = _compile(
    r"\bhalver(?:es|et|e|ing)\b",
    r"\bfordobl(?:es|et|e|ing)\b",
    r"\b(?:på\s+(?:niveau|højde)\s+med|bedre\s+end|lavere\s+end|højere\s+end|under|over|mindst\s+på)\s+(?:\w+\s+){0,3}?"
    r"(?:[\wæøå]*gennemsnit\w*|sammenlignelige\s+kommuner|klyngen|regionen|landsplan|de\s+bedste\s+\w+)",
    r"\b(?:lands|regions)gennemsnit\w*",
    r"\bpå\s+niveau\s+med\s+(?:\w+\s+){0,2}[\wæøå]+",
    r"\bnul\s+[\wæøå]+",
    r"\b(?:alle|samtlige|ingen)\s+(?!\d|de\b|der\b|vores\b|andre\b|tre\b|to\b)(?:nye\s+|de\s+)?"
    r"(?:[\wæøå]+(?:ige|iske|ske|nde|ede|te)\s+(?!(?:skal|har|får|er|kan|vil|bliver|gennemfører|i|på|med|til|og"
    r"|have|få|være|blive|deltage|gennemføre|modtage|kunne|trives|opleve|bruge|tilbydes)\b))?[\wæøå-]+",
    r"\b[\wæøå-]*neutral\b|\bfossilfri\w*",
)
_QUANTIFIER_EXCLUDED_BEFORE = word_set(
    "for blandt til hos med af om mellem fra ved overfor over tværs sammen gavn i på"
)
_TARGET_MARKERS = word_set(
    """til mindst minimum min højst maksimalt maks max under over end nå nås opnå opnås målet mål målsætning
    målsætningen ambitionen ambition målværdi målværdien skal være blive ligge lande udgøre op ned"""
)
_BASELINE_MARKERS = word_set(
    """fra nu nuværende aktuelle aktuelt niveauet niveau udgangspunkt udgangspunktet baseline status var lå ligger pt
    sidste seneste tidligere havde udgjorde siden viste viser"""
)
_QUOTED_TARGET_MARKERS = word_set("til mindst minimum min højst maksimalt maks max under over")
_ADJACENT_FILLERS = word_set("nu ca cirka omkring knap godt på")
_RIGHT_BASELINE = re.compile(
    r"\s*(?:\)\s*)?(?:i\s+dag|lige\s+nu|p\.?t\.?|for\s+tiden|(?:i|ved|for)\s+(?:sidste|seneste|forrige)\b"
    r"|(?:som\s+)?udgangspunkt|\(?\s*(?:i\s+|for\s+|ultimo\s+)?(?P<year>(?:19|20)\d{2})\b)",
    _IC,
)
_RIGHT_RELATIVE = re.compile(r"\s*(?:færre|flere|lavere|højere|mindre|mere)\b", _IC)
_NOT_COUNTED = word_set(
    """dage dag uger uge måneder måned timer time minutter min sekunder år kr kr. kroner procentpoint point
    arbejdsdage hverdage døgn kvarter"""
)

_LOWER = _compile(
    r"\b(?:ned|nedad|falde[rt]?|faldende|fald\s+i|reducer\w*|reduktion\w*|halver\w*|færre|lavere|mindre|nedbring\w*"
    r"|nedsæt\w*|mindsk\w*|sænk\w*|forkort\w*|kortere|begræns\w*|højst|maksimalt|maks|under(?=\s+(?:\d|lands|regions|gennemsnit)))\b"
)
_HIGHER = _compile(
    r"\b(?:op|stige[rt]?|stigende|stigning|øge[st]?|øget|øgede|øgning|forøg\w*|flere|højere|mere|fordobl\w*|hæve[st]?"
    r"|løft\w*|mindst|minimum|over(?=\s+\d)|styrke[st]?|bedre)\b"
)

_MULTI_YEAR = _compile(
    r"\bover\s+(?:de\s+)?(?:næste|kommende)\s+(?:\d+|to|tre|fire|fem|seks|par)\s+år\b",
    r"\b(?:i\s+)?de\s+(?:næste|kommende)\s+(?:\d+|to|tre|fire|fem|seks|par)\s+år\b",
    r"(?<!\w\s)\bover\s+(?:to|tre|fire|fem|flere)\s+år\b",
    r"\bflerårig\w*",
    r"\bover\s+flere\s+år\b|\bstrækker\s+sig\s+over\b",
    r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",
    r"\b(?:\d+-|to|tre|fire|fem)årig[te]?\s+(?:projekt|indsats|forløb|periode|aftale|program|strategi|plan|satsning"
    r"|udviklingsprojekt|pilotprojekt|målsætning|mål|handleplan|pulje|forsøg|investering|arbejde)\w*",
    r"\bi\s+perioden\b",
)
_FREM_MOD = re.compile(r"\b(?:frem\s+(?:mod|til)|hen\s+over|mod)\s+(?P<year>(?:19|20)\d{2})\b", _IC)
_LONG_HORIZON = _compile(
    r"\bpå\s+(?:længere|lang|sigt)\b|\bpå\s+sigt\b",
    r"\blangsigted?e?\b|\blangsigtet\b",
    r"\blivskvalitet\w*",
    r"\bmestring\s+af\s+eget\s+liv\b|\bmestre\s+(?:sit\s+|deres\s+)?eget\s+liv\b",
    r"\buddannelsesniveau\w*",
    r"\bsundhedstilstand\w*|\bfolkesundhed\w*|\bmiddellevetid\w*|\blevealder\w*|\bsocial\s+mobilitet\b",
    r"\blivsforløb\w*|\bgenerationer\b",
)
_LEADING_INDICATOR = re.compile(r"\b(?:som\s+)?(?:førende\s+|tidlig\w*\s+|proces)?indikator\w*\b", _IC)


def _spans(pattern: re.Pattern[str], text: str) -> Iterator[Span]:
    for match in pattern.finditer(text):
        yield match.start(), match.end()


def _first(spans: Iterable[Span]) -> Span | None:
    return min(spans, default=None)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _word_before(text: str, pos: int) -> str:
    words = _WORD.findall(text[max(0, pos - 40) : pos])
    return words[-1].lower() if words else ""


# ---------------------------------------------------------------- quantities: baseline and target


@dataclass(frozen=True, slots=True)
class _Role:
    match: QuantityMatch
    role: str  # "baseline", "target", "relative" or "" for a bare number
    start: int
    end: int
    explicit: bool


_SCALE = re.compile(r"\b(?:på\s+)?(?:en\s+)?skala\s+(?:fra\s+)?[\d,]+\s*(?:til|-|–)\s*[\d,]+", _IC)
_PAST_TENSE = word_set("steg faldt lå udgjorde viste viser nåede endte landede havde")
_FUTURE_WORDS = word_set("skal må vil bør målet mål målsætningen ambitionen forventer")
_CHANGE_NOUNS = word_set("reduktion nedbringelse nedgang stigning forøgelse forbedring fald løft")


def _role(text: str, match: QuantityMatch, boundary: int, today: date) -> _Role:
    unit = match.quantity.unit
    words = _words_before(text, boundary, match.start)[:6]
    seen = {word for word, _ in words}
    if seen & _PAST_TENSE and not seen & _FUTURE_WORDS:
        return _Role(match, "baseline", match.start, match.end, True)  # "steg sidste år til 340.000"
    for index, (word, pos) in enumerate(words):
        if word.isdigit():
            continue
        if word == "dag" and index + 1 < len(words) and words[index + 1][0] == "i":
            return _Role(match, "baseline", words[index + 1][1], match.end, True)
        if word == "med" and unit in ("%", "procentpoint"):
            return _Role(match, "relative", pos, match.end, True)
        if word in _CHANGE_NOUNS and index <= 1 and unit in ("%", "procentpoint"):
            return _Role(match, "relative", pos, match.end, True)
        if word in _TARGET_MARKERS:
            return _Role(match, "target", pos if word in _QUOTED_TARGET_MARKERS else match.start, match.end, True)
        if word in _BASELINE_MARKERS:
            return _Role(match, "baseline", pos, match.end, True)
        if word == "er" and all(w in _ADJACENT_FILLERS for w, _ in words[:index]):
            aim = index + 1 < len(words) and words[index + 1][0] in _TARGET_MARKERS  # "målet er 80 %"
            return _Role(match, "target" if aim else "baseline", match.start if aim else pos, match.end, True)
    relative = _RIGHT_RELATIVE.match(text, match.end)
    if relative and unit in ("%", "procentpoint"):
        return _Role(match, "relative", match.start, relative.end(), True)
    right = _RIGHT_BASELINE.match(text, match.end)
    if right and (right["year"] is None or int(right["year"]) < today.year):
        start = words[0][1] if words and words[0][0] == "mod" else match.start
        return _Role(match, "baseline", start, right.end(), True)
    return _Role(match, "target" if unit else "", match.start, match.end, False)


def _roles(text: str, sentences: list[Span], today: date) -> list[_Role]:
    roles: list[_Role] = []
    previous_end = 0
    scales = list(_spans(_SCALE, text))
    for match in find_quantities(text, today):
        if any(_overlaps((match.start, match.end), scale) for scale in scales):
            continue
        if _DEFINED_SHARE.match(text, match.end) and match.quantity.unit == "%":
            continue  # "elever med mere end 10 % fravær" defines who is counted
        sentence = _sentence_of(sentences, match.start)
        roles.append(_role(text, match, max(sentence[0], previous_end), today))
        previous_end = match.end
    return roles


def _scaled(baseline: Quantity, change: Quantity, direction: str | None) -> Quantity | None:
    if direction is None:
        return None
    sign = -1 if direction == "lower" else 1
    if change.unit == "procentpoint" and baseline.unit == "%":
        return Quantity(round(baseline.value + sign * change.value, 2), "%")
    if change.unit == "%":
        return Quantity(round(baseline.value * (1 + sign * change.value / 100), 2), baseline.unit)
    return None


# ---------------------------------------------------------------- the analysis


class _Analyser:
    def __init__(self, text: str, today: date) -> None:
        self.text = text
        self.today = today
        self.sentences = _sentences(text)
        self.roles = _roles(text, self.sentences, today)

    def sentence_text(self, pos: int) -> Span:
        return _sentence_of(self.sentences, pos)

    # -- initiative, effect, output

    def initiative(self) -> Span | None:
        first = _first(_spans(_INITIATIVE, self.text))
        return self._extend_phrase(first, 3) if first else None

    def effect(self) -> Span | None:
        candidates: list[Span] = []
        sentence_starts = {start for start, _ in self.sentences}
        for match in _CHANGE_ADJECTIVE.finditer(self.text):
            if match["adj"][0].isupper() and match.start() not in sentence_starts:
                continue  # part of a name: "Den Styrkede Pædagogiske Læreplan"
            adjective = match["adj"].lower()
            if adjective in ("mindre", "større") and _word_before(self.text, match.start()) in _SIZE_ARTICLES:
                continue
            if _word_before(self.text, match.start()) == "i" and match["noun"].lower() == "grad":
                continue
            candidates.append((match.start(), match.end()))
        for start, end in _spans(_EFFECT, self.text):
            subject = self.text[start:end]
            if _NOT_EFFECT_SUBJECT.match(subject):
                continue
            unit_subject = _UNIT_SUBJECT.match(subject)
            candidates.append((start + unit_subject.end() if unit_subject else start, end))
        return _first(candidates)

    def effect_from_indicator(self, effect: Span | None, indicator: Span | None) -> Span | None:
        """"Ventetiden på genoptræning skal halveres" reads better than "genoptræning skal halveres"."""
        if effect is None or indicator is None or not indicator[0] < effect[0]:
            return effect
        between = self.text[indicator[1] : effect[0]]
        same_sentence = self.sentence_text(indicator[0]) == self.sentence_text(effect[0])
        if same_sentence and len(_WORD.findall(between)) <= 5 and not re.search(r"[,;:]", between):
            return indicator[0], effect[1]
        return effect

    def level_as_effect(self, indicator: Span, target: Span) -> Span | None:
        """A measured quantity given a level ("Fraværet skal under 6 %") states the change it aims at."""
        if self.text[target[0] : target[1]].lower().startswith(("alle", "samtlige", "ingen")):
            return None
        joined = (min(indicator[0], target[0]), max(indicator[1], target[1]))
        same_sentence = self.sentence_text(indicator[0]) == self.sentence_text(target[0])
        return joined if same_sentence and joined[1] - joined[0] <= 60 else indicator

    def output(self) -> Span | None:
        candidates = list(_spans(_COMPLETED_OUTPUT, self.text))
        for role in self.roles:
            if role.role not in ("target", "") or role.match.quantity.unit in _NOT_COUNTED:
                continue
            span = self._output_around(role.match)
            if span:
                candidates.append(span)
        return _first(candidates)

    def _output_around(self, match: QuantityMatch) -> Span | None:
        sentence = self.sentence_text(match.start)
        unit = match.quantity.unit
        if _DELIVERABLES.match(unit) and not _OF_OR_FROM.match(self.text, match.end):
            return match.start, match.end
        after = self.text[match.end : min(sentence[1], match.end + 150)]
        activity = _OUTPUT_ACTIVITY.search(after)
        if activity and len(_WORD.findall(after[: activity.start()])) <= 5:
            return match.start, match.end + activity.end()
        before_start = max(sentence[0], match.start - 40)
        before = list(_OUTPUT_ACTIVITY.finditer(self.text[before_start : match.start]))
        if before and len(_WORD.findall(self.text[before_start + before[-1].end() : match.start])) <= 1:
            return before_start + before[-1].start(), match.end
        return None

    # -- indicator, data source

    def indicator(self) -> tuple[Span | None, str | None]:
        measures = [
            s
            for s in _spans(_MEASURE_NOUN, self.text)
            if not _NOT_MEASURE.match(self.text[s[0] : s[1]]) and not self._is_topic(s)
        ]
        measure = _first(measures)
        if measure:
            return self._extend_measure(measure), "measure"
        share = self._implied_indicator(shares=True)
        if share:
            return share, "share"
        method = _first(_spans(_METHOD, self.text))
        if method:
            subject = self._measured_subject(method)
            return (subject, "measure") if subject else (method, "method")
        count = self._implied_indicator(shares=False)
        return count, "count" if count else None

    def _is_topic(self, span: Span) -> bool:
        """"fokus på sygefravær", "et projekt om ventetid": the subject of an activity, not a measure."""
        if _word_before(self.text, span[0]) not in _TOPIC_PREPOSITIONS:
            return False
        start, end = self.sentence_text(span[0])
        sentence = self.text[start:end]
        if not _INITIATIVE.search(sentence) or _EFFECT.search(sentence) or _CHANGE_ADJECTIVE.search(sentence):
            return False
        return not any(r.role in ("target", "relative") and start <= r.start < end for r in self.roles)

    def _measured_subject(self, method: Span) -> Span | None:
        """"Tilfredsheden måles …": the noun that opens the sentence is what is measured."""
        if not _MEASURING_VERB.fullmatch(self.text[method[0] : method[1]]):
            return None
        start, _ = self.sentence_text(method[0])
        first = _WORD.search(self.text, start, method[0])
        if first is None:
            return None
        noun = first.group().lower()
        if noun in _PRONOUNS or not noun.endswith(("en", "et", "ne")):
            return None
        return first.start(), first.end()

    def _implied_indicator(self, shares: bool) -> Span | None:
        """A counted target names what is counted: "160 unge", "80 % af eleverne"."""
        for role in reversed(self.roles):
            if role.role not in ("target", "baseline"):
                continue
            unit = role.match.quantity.unit
            if unit == "%" and shares:
                share = _SHARE_OF.match(self.text, role.match.end)
                if share:
                    return role.match.start, share.end()
            elif unit not in ("", "%", "procentpoint") and unit not in _NOT_COUNTED and not shares:
                return role.match.start, role.match.end
        return None

    def _extend_measure(self, span: Span) -> Span:
        word = self.text[span[0] : span[1]].lower()
        if not word.startswith(("andel", "antal", "procentdel", "gennemsnitlig")):
            return span
        return self._extend_phrase(span, 6, stop_at_numbers=True)

    _PHRASE_STOPS = word_set(
        """skal er var bliver blive stiger falder fra til mindst højst op ned øges reduceres halveres fordobles steg
        faldt lå udgjorde viste viser nåede inden senest ultimo primo medio som der og eller ligger udgør målt måles
        opgjort opgøres så at for ved vil kan må bør har hvor når"""
    )
    _TRAILING = word_set("i af på og for til med om mellem")

    def _extend_phrase(self, span: Span, limit: int, stop_at_numbers: bool = False) -> Span:
        end = span[1]
        sentence_end = self.sentence_text(span[0])[1]
        for taken, match in enumerate(_WORD.finditer(self.text, span[1], sentence_end)):
            gap = self.text[end : match.start()]
            word = match.group().lower()
            if gap.strip() not in ("", ".") or (gap.strip() == "." and not self._dot_continues(end)):
                break
            if word in self._PHRASE_STOPS or taken >= limit:
                break
            if stop_at_numbers and word.replace(",", "").isdigit() and not self.text.startswith(".", match.end()):
                break
            if word == "i" and re.match(r"\s+dag\b", self.text[match.end() :], _IC):
                break
            end = match.end()
        words = list(_WORD.finditer(self.text, span[0], end))
        while len(words) > 1 and words[-1].group().lower() in self._TRAILING:
            words.pop()
        return span[0], max(span[1], words[-1].end() if words else span[1])

    def _dot_continues(self, pos: int) -> bool:
        """A dot after an ordinal ("2. klasse") or an abbreviation ("pr. medarbejder") does not end the phrase."""
        words = _WORD.findall(self.text[max(0, pos - 12) : pos])
        return bool(words) and (words[-1].isdigit() or words[-1].lower() in _ABBREVIATIONS)

    def data_source(self) -> Span | None:
        spans = [s for s in _spans(_DATA_SOURCE, self.text) if not _NOT_SOURCE.match(self.text[s[0] : s[1]])]
        return _first(spans)

    # -- baseline, target

    def baseline(self) -> tuple[Span | None, Quantity | None]:
        for role in self.roles:
            if role.role == "baseline":
                return (role.start, role.end), role.match.quantity
        return None, None

    def target(self, baseline: Quantity | None, direction: str | None) -> tuple[Span | None, Quantity | None]:
        numeric = [r for r in self.roles if r.role in ("target", "relative")]
        best = max(numeric, key=lambda r: (r.explicit, r.match.start)) if numeric else None
        if best is None or not best.explicit:
            worded = self._word_target_span()
            if worded is not None:
                words = self.text[worded[0] : worded[1]].lower()
                return worded, self._word_target(words, baseline)
        if best is not None:
            quantity = best.match.quantity
            if best.role == "relative":
                scaled = _scaled(baseline, quantity, direction) if baseline else None
                if scaled is None and quantity.unit == "%":
                    return (best.start, best.end), None  # "med 10 %" without a baseline gives no level
                quantity = scaled or quantity
            elif baseline and not quantity.unit and baseline.unit:
                quantity = Quantity(quantity.value, baseline.unit)
            return (best.start, best.end), quantity
        return None, None

    def _word_target_span(self) -> Span | None:
        """A level in words: "halveres", "landsgennemsnittet", "alle skoler", "ingen borgere"."""
        for match in _TARGET_WORDS.finditer(self.text):
            quantifier = match.group().lower().startswith(("alle", "samtlige", "ingen"))
            if quantifier and _word_before(self.text, match.start()) in _QUANTIFIER_EXCLUDED_BEFORE:
                continue
            return match.start(), match.end()
        return None

    @staticmethod
    def _word_target(words: str, baseline: Quantity | None) -> Quantity | None:
        if words.startswith("halver"):
            return Quantity(round(baseline.value / 2, 2), baseline.unit) if baseline else None
        if words.startswith("fordobl"):
            return Quantity(baseline.value * 2, baseline.unit) if baseline else None
        if words.startswith(("alle", "samtlige")):
            return Quantity(100.0, "%")
        if words.startswith(("ingen", "nul")):
            return Quantity(0.0, words.split()[-1])
        return None

    # -- follow-up

    def followup(self) -> tuple[Span | None, str | None]:
        frequency = find_frequency(self.text)
        candidates: list[Span] = []
        if frequency:
            _, start, end = frequency
            candidates.append(self._around_frequency(start, end))
        for start, end in _spans(_FORUM, self.text):
            forum = self.text[start:end]
            if _INVOLVEMENT.search(self.text[max(0, start - 60) : start]) and not self._verb_near(start):
                continue
            if _word_before(self.text, start) in ("af", "blandt"):
                continue
            verb = self._verb_near(start)
            if verb:
                candidates.append((min(verb[0], start), max(verb[1], end)))
            elif _NEEDS_FOLLOWUP_VERB.match(forum):
                continue
            elif _ALWAYS_FOLLOWUP_FORUM.match(forum) or _word_before(self.text, start) in ("i", "på", "til", "via"):
                candidates.append(self._with_preposition(start, end))
        return _first(candidates), frequency[0] if frequency else None

    def _verb_near(self, pos: int) -> Span | None:
        sentence = self.sentence_text(pos)
        verbs = [s for s in _spans(_FOLLOWUP_VERB, self.text) if sentence[0] <= s[0] < sentence[1]]
        near = [s for s in verbs if abs(s[0] - pos) <= 60]
        return _first(near)

    def _around_frequency(self, start: int, end: int) -> Span:
        verb = self._verb_near(start)
        if verb and abs(verb[0] - start) <= 30:
            return min(verb[0], start), max(verb[1], end)
        return start, end

    def _with_preposition(self, start: int, end: int) -> Span:
        before = re.search(r"\b(?:i|på|til|via)\s+$", self.text[max(0, start - 5) : start], _IC)
        return (start - len(before.group()) if before else start), end

    # -- direction, horizon

    def direction(self, baseline: Quantity | None, target: Quantity | None) -> str | None:
        if baseline and target and target.unit == baseline.unit and target.value != baseline.value:
            return "lower" if target.value < baseline.value else "higher"
        lower = len(_LOWER.findall(self.text))
        higher = len(_HIGHER.findall(self.text))
        if lower == higher:
            return None
        return "lower" if lower > higher else "higher"

    def multi_year(self, deadline: Deadline | None) -> bool:
        if _MULTI_YEAR.search(self.text):
            return True
        if any(int(m["year"]) > self.today.year for m in _FREM_MOD.finditer(self.text)):
            return True
        return deadline is not None and deadline.end.year >= self.today.year + 2

    def long_horizon(self, deadline: Deadline | None) -> bool:
        if speaks_of_long_term_effect(self.text):
            return True
        return deadline is not None and deadline.end > self.today + timedelta(days=365)


_TRAILING_WORDS = re.compile(r"(?:[\s,]+(?:i|af|på|og|for|til|med|om|mellem|at|der|som))+[\s,]*$", _IC)


def _trimmed(text: str, span: Span) -> Span:
    """Without surrounding blanks or a dangling preposition ("opleve, at de har indflydelse på")."""
    start, end = span
    words = text[start:end]
    trailing = _TRAILING_WORDS.search(words)
    if trailing and trailing.start() > 0:
        end = start + trailing.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return start, end


def analyse(text: str, today: date) -> Analysis:
    """Finds the R4 elements of a goal text and judges whether it is measurable."""
    analyser = _Analyser(text, today)
    spans: dict[str, Span] = {}

    def keep(element: str, span: Span | None) -> None:
        if span is not None and span[1] > span[0]:
            spans[element] = span

    keep("initiative", analyser.initiative())
    keep("output", analyser.output())
    indicator, indicator_kind = analyser.indicator()
    is_measure = indicator_kind in ("measure", "share")
    keep("effect", analyser.effect_from_indicator(analyser.effect(), indicator if is_measure else None))
    keep("indicator", indicator)
    keep("data_source", analyser.data_source())
    baseline_span, baseline = analyser.baseline()
    keep("baseline", baseline_span)

    provisional = analyser.direction(baseline, None)
    target_span, target = analyser.target(baseline, provisional)
    keep("target", target_span)
    if baseline and target and not baseline.unit and target.unit not in ("", "procentpoint"):
        baseline = Quantity(baseline.value, target.unit)
    direction = analyser.direction(baseline, target)

    deadline = parse_deadline(text, today)
    if deadline:
        start = text.find(deadline.words)
        keep("deadline", (start, start + len(deadline.words)) if start >= 0 else None)
    followup_span, frequency = analyser.followup()
    keep("followup", followup_span)

    if "effect" not in spans and "output" not in spans and is_measure and "target" in spans:
        keep("effect", analyser.level_as_effect(spans["indicator"], spans["target"]))

    spans = {element: _trimmed(text, spans[element]) for element in ELEMENTS if element in spans}
    found = {element: text[start:end] for element, (start, end) in spans.items()}
    return Analysis(
        text=text,
        found=found,
        missing=[element for element in ELEMENTS if element not in found],
        verdict=_verdict(found),
        baseline=baseline,
        target=target,
        target_words=found.get("target"),
        deadline=deadline,
        frequency=frequency,
        direction=direction,
        multi_year=analyser.multi_year(deadline),
        long_horizon_effect=analyser.long_horizon(deadline),
        spans=spans,
        indicator_kind=indicator_kind if "indicator" in found else None,
    )


def _verdict(found: dict[str, str]) -> str:
    if "indicator" in found and "target" in found:
        return "measurable"
    if "initiative" in found and "output" not in found and "effect" not in found:
        return "initiative_only"
    return "vague"


def names_a_measure(words: str) -> bool:
    """Whether the words name a quantity that can have a level, such as "sygefraværet" or "andelen af …"."""
    match = _MEASURE_NOUN.search(words)
    return match is not None and not _NOT_MEASURE.match(match.group())


def speaks_of_long_term_effect(text: str) -> bool:
    """Whether the text names an effect that plainly takes years to show ("livskvalitet", "på sigt")."""
    return _LONG_HORIZON.search(text) is not None


def states_leading_indicator(text: str) -> bool:
    """Whether the text already names an indicator as an intermediate measuring point (R5)."""
    return _LEADING_INDICATOR.search(text) is not None
