"""Which R4 elements a Danish goal text states, found with word lists and patterns.

Every element is found as a short span of the original text, so the coach can quote the user's own words.

Conventions the rules follow:
- initiative: an activity the unit starts or carries out ("Vi gennemfører kurser …", "omlægger hjemmeplejen til en
  mere rehabiliterende arbejdsform"); not an aim it contributes to ("bidrage til en bæredygtig udvikling"), and not
  participants completing something ("Alle ledere gennemfører et forløb" is output).
- output: what is delivered and to whom or how much ("mentorforløb for 160 unge", "kompetenceudvikling … for alle
  pædagoger", "øge antallet af elever fra 410 til 475", "alle medarbejdere skal have gennemført kurset").
- effect: the intended change or state for citizens or the organisation, however broad ("en god start på livet",
  "være et attraktivt sted at bo", "fremme borgernes sundhed"); a new way of working is not an effect.
- indicator: what is measured; whom an activity reaches ("for 160 unge") and a tool being introduced ("et nyt system
  til registrering af skader") are not.
- data_source: a named system, register, statistic, survey, counter or account, or what follows "opgøres i/af",
  "hentes fra", "trækkes fra", "registreres i".
- target: the level to reach; a threshold that defines what is counted ("andelen af elever, der får mindst 02")
  is part of the indicator.
- followup: how the goal is followed up; the rhythm of an activity ("ugentlig holdtræning") or a trial period is not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from agreements.danish import (
    NUMBER_WORDS,
    Deadline,
    Quantity,
    QuantityMatch,
    find_frequency,
    find_quantities,
    parse_deadline,
    word_set,
)
from agreements.goals import clauses, element_model

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
    return re.compile(_one_boundary(alternatives), _IC)


def _one_boundary(alternatives: Sequence[str]) -> str:
    """The alternatives as one group, with the word boundary that begins a run of them tried once for the run, not
    once per alternative at every position: the same matches in the same order of preference, several times faster
    to scan a text with (the engine does not factor it out itself)."""
    parts: list[str] = []
    for bounded, run in itertools.groupby(alternatives, key=_bounded):
        if bounded:
            parts.append(r"\b(?:" + "|".join(alternative[2:] for alternative in run) + ")")
        else:
            parts.extend(run)
    return "(?:" + "|".join(parts) + ")"


def _bounded(alternative: str) -> bool:
    """Every top-level branch of the alternative begins with a word boundary."""
    branches, depth, start, escaped, in_class = [], 0, 0, False, False
    for at, char in enumerate(alternative):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternative[start:at])
            start = at + 1
    branches.append(alternative[start:])
    return all(branch.startswith(r"\b") for branch in branches)


_WORD = re.compile(r"[\wæøå]+(?:[-'’.][\wæøå]+)*", _IC)

# ---------------------------------------------------------------- sentences and words

_ABBREVIATIONS = word_set(
    "pr fx ca mv jf evt inkl ekskl nr kl mht vedr dvs osv mio mia kr pct st bl.a f.eks t min "
    "jan feb mar apr jun jul aug sep sept okt nov dec"
)
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s+[A-ZÆØÅ«\"'\d–•-]|\s*$)|:(?=\s+[A-ZÆØÅ«\"'–•-]|\s*$)|\n+")


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
    r"\barbejde[rs]?\s+(?:videre\s+|mere\s+|endnu\s+mere\s+|målrettet\s+|systematisk\s+|aktivt\s+)?(?:med|for|på,?\s+at)\b",
    r"\barbejdes\s+(?:der\s+)?(?:med|for)\b",
    r"\bgennemføre[s]?\s+(?:en|et)\s+(?![\wæøå]*uddannelse)",
    r"\bgennemfør(?:e|er|es)\s+(?:vi\s+|der\s+|også\s+)?(?:[\wæøå-]+\s+){0,2}?[\wæøå-]*(?:kurs|forløb"
    r"|kompetenceudvikling|efteruddannelse|undervisning|træning|oplæring|workshop|temadag|seminar|screening"
    r"|introduktion|mentorordning|samtale|hjemmebesøg|kampagne|arrangement|evaluering|undersøgelse|måling|analyse"
    r"|pilot|forsøg)\w*",
    r"(?<![\wæøå-])[\wæøå-]+(?:ne|en|et)\s+(?:skal\s+|vil\s+)?gennemføres\b",
    r"\bder\s+(?:skal\s+|vil\s+)?gennemføres\b",
    r"\bgennemførelse\s+af\b",
    r"\bafprøv\w*",
    r"\bpilotprojekt\w*",
    r"\b(?:et|nyt|det)\s+projekt\w*",
    r"\bkampagne\w*",
    r"\b(?:en|ny|nye|fælles|målrettet|styrket|tværfaglig)\s+(?:konkret\s+|ny\s+|særlig\s+)?indsats\w*",
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
    r"\b(?:nytænke|gentænke|modernisere|omorganisere|reorganisere|organisere|udvide|understøtte)[rs]?\b",
    r"\barbejde[rs]?\s+(?:\w+\s+)?ud\s+fra\b",
    r"\bgå(?:r)?\s+fra\s+(?:en|et|de|den|det)\s+[\wæøå-]+\s+(?:[\wæøå-]+\s+)?til\s+(?:en|et|de|den|det)\b",
    r"\barbejde[rs]?\s+(?:endnu\s+)?(?:mere|mindre)\s+[\wæøå]+(?:ende|t)\b",
    r"\bændre[rs]?\s+(?:[\wæøå-]+\s+){1,2}?til\s+(?:en|et)\b|\bomstille[rs]?\b|\bomstilling\s+af\b",
    r"\binvestere[rs]?\s+i\b",
    r"\bgøre[rs]?\s+(?:det\s+)?(?:\w+\s+)?(?:synlig|tydelig|gennemsigtig|kendt)\w*|\bgøres\s+(?:\w+\s+)?(?:synlig|tydelig"
    r"|gennemsigtig|kendt)\w*|\bsynliggør\w*|\btydeliggør\w*",
    r"\b(?:sikre[rs]?|sørge[rs]?\s+for|sørges\s+for)\s*,?\s+at\b",
    r"\bkvalificere[rs]?\b|\bkvalificeres\b",
    r"\b(?:skabe[rs]?|skabes)\s+(?:mere\s+|et\s+|en\s+|øget\s+|bedre\s+)?(?:samarbejde|sammenhæng(?!ende)|dialog|netværk"
    r"|partnerskab)\w*",
    # "Med planen sætter Kommunalbestyrelsen en politisk dagsorden": the subject may stand after the verb
    r"\bsætte[rs]?\s+(?:[\wæøå]+\s+){0,4}dagsorden\b",
    r"\bsætte[rs]?\s+(?:[\wæøå-]+\s+){1,10}?på\s+(?:\w+\s+)?dagsordenen\b|\bsættes\s+(?:[\wæøå-]+\s+){0,3}?på\s+"
    r"(?:\w+\s+)?dagsordenen\b",
    # an activity named as a noun at the head of a statement: "Udbygning af samarbejdet …", "Oprettelse af …"
    r"(?:^|(?<=[:.;–-]\s)|(?<=\n))\s*(?!(?:Stigning|Forbedring|Nedbringelse|Forøgelse|Halvering|Fordobling|Genanvendelse"
    r"|Udledning|Anvendelse|Gennemførelse|Beskæftigelse|Deltagelse|Opfyldelse|Styrkelse|Mindskning|Begrænsning"
    r"|Formidling)\b)(?-i:[A-ZÆØÅ])[a-zæøå]{3,}(?:ning|ering|else|ling)\s+af\b",
    # an activity named as a noun: "Afvikling af individuel olieopvarmning", "Udtagning af lavbundsjorde"
    r"\b(?:afvikling|udfasning|udskiftning|udtagning|nedlæggelse|renovering|efterisolering|opsætning|ombygning"
    r"|understøttelse|opprioritering|planlægning)\s+af\b",
    r"\b(?:op|ned)?prioritere[rs]?\b|\b(?:op|ned)?prioriteres\b",
    r"\bplanlægge[rs]?\b(?!\s+at\b)",
    # "løsninger, der beskytter biodiversiteten" says what the solutions do, not what the unit does
    r"(?<!\bder\s)(?<!\bsom\s)\b(?:beskytte[rs]?|friholde[rs]?)\s+(?!sig\b)[\wæøå-]+|\b(?:at|vil|skal)\s+bevare\b",
    r"\b(?:opsætte[rs]?|efterisolere[rs]?|efterisoleres|indsamle[rs]?|indsamles)\b|\bskift(?:es|et)\s+ud\b",
    r"\bfastsætte[rs]?\s+(?:[\wæøå-]+\s+){0,3}?(?:mål|måltal|rammer|retningslinjer)\w*",
    r"\bskabe[rs]?\s+(?:[\wæøå]+\s+)?rammer(?:ne)?\s+for\b",
    r"\bblive[r]?\s+(?:bredt\s+)?kendt\b",
    r"\bnedsætte[rs]?\s+(?:et|en|nyt|ny)\s+(?:[\wæøå]+e\s+)?[\wæøå-]*(?:råd|udvalg|gruppe|komité|panel|forum|team)\b"
    r"|\bnedsættes\s+(?:et|en)\s+[\wæøå-]*(?:råd|udvalg|gruppe|komité|panel|forum|team)\b",
    r"\banvendelse\s+af\b|\bindgået\s+i\b",
    r"\bvi\s+(?:vil\s+)?(?:beskytte|prioritere|overvåge)[rs]?\b|\bovervåge[rs]?\s+og\s+styre\b",
    r"\b(?:er|var)\s+(?:\w+\s+)?i\s+gang\s+med\s+at\b",
    r"\btænkes\s+ind\b|\bintegreres\b",
    r"\b(?:tidlige?|forebyggende|koordinerede?|kvalificerede?|individuelle|fleksible|helhedsorientere[dt]e?)"
    r"(?:(?:\s*,\s*|\s+og\s+)[\wæøå]+)*\s+indsats\w*",
    r"\bdialog\s+og\s+(?:\w+\s+)?kommunikation\b",
    r"\bindgå[rs]?\s+(?:et\s+|en\s+)?(?:partnerskab|samarbejde|aftale)\w*",
    r"\bsamarbejder\s+med\b|\b(?:skal|vil)\s+(?:\w+\s+)?samarbejde\s+med\b",
    r"\bsætte[rs]?\s+(?:tidligt\s+|målrettet\s+)?ind\b(?=\s+(?:med|over|for)\b)|\bsættes\s+ind\b|\bsøsætte[rs]?\b",
    r"\buddele[rs]?\b|\buddeles\b",
    r"\blave[rs]?\s+(?:en|et)\s+(?:ny\s+|nyt\s+|fælles\s+)?[\wæøå]*(?:plan|strategi|analyse|undersøgelse|kortlægning"
    r"|model|koncept|politik|procedure|vejledning)\b|\blaves\s+(?:en|et)\s+[\wæøå]+",
    r"\bafsætte[rs]?\s+(?:\d[\d.,]*\s+(?:mio\.?\s+)?(?:kr|kroner)|midler|ressourcer|penge|timer)\b|\bafsættes\b",
)

_CONTRIBUTES_TO = re.compile(r"\bbidrag(?:e|er|es)\s+(?:\w+\s+)?til\s+(?:at\s+)?(?:[\wæøå-]+\s+){0,4}$", _IC)
_AIMED_DEVELOPMENT = re.compile(
    r"\b(?:[\wæøå]+ig|grøn|god|positiv|sund|stærk|gunstig)\s+(?:og\s+[\wæøå]+\s+)?$", _IC
)
_SUBJECT_FILLERS = word_set("skal vil må kan også hvert år årligt alle samtlige hver de nye i at og")

_NOT_ACTIVITY_OBJECT = (
    r"(?!(?:grad|end|og|eller|til|at|i|på|med|af|for|om)\b)"
    # "nedsætte et råd" sets up a body: an initiative, not a reduction
    r"(?!(?:et|en|nyt|ny)\s+(?:[\wæøå]+e\s+)?[\wæøå-]*(?:råd|udvalg|gruppe|komité|panel|forum|team)\b)"
    r"(?!(?:(?:det|den|de|vores|et|en)\s+)?(?:\w+e\s+)?(?:samarbejd|indsats|fokus|koordin|dialog|arbejde\b|arbejdet"
    r"|opmærksomhed|kompetence|projekt|tiltag|sammenhæng|tværfaglig|ledelse))"
)
_PEOPLE_STEMS = (
    r"(?:borger|elev|bruger|børn|barn|unge|ledige|medarbejder|beboer|patient|ældre|familie|forældre"
    r"|kunde|deltager|virksomhed|pårørende|klient|ansatte|lærling|kursist|kvinde|mænd|mand|pige|drenge)"
)
_PEOPLE = r"(?:(?:de\s+)?" + _PEOPLE_STEMS + r"\w*\s+)?"
# Who takes part in an activity rather than carries it out: "Alle ledere gennemfører et forløb".
_PARTICIPANT_STEMS = (
    r"(?:" + _PEOPLE_STEMS[3:-1] + r"|leder|pædagog|lærer|sygeplejersk|assistent|hjælper|personale|kolleg"
    r"|frivillig|sagsbehandler|terapeut|nyansat|praktikant|mentor|vejleder|dagplejer)"
)
_PARTICIPANT = re.compile(r"^" + _PARTICIPANT_STEMS, _IC)
# Qualities of a life or a service that a goal wishes for: "en tryg og god start på livet".
_QUALITY = (
    r"(?:god|godt|gode|tryg|trygt|trygge|sund|sundt|sunde|værdig\w*|meningsfuld\w*|aktiv|aktivt|aktive"
    r"|selvstændig\w*|sikker|sikkert|sikre|rig|rigt|stærk|stærkt|lykkelig\w*|indholdsrig\w*|harmonisk\w*|uafhængig\w*|levende"
    r"|rummelig\w*|inkluderende|sammenhængende|bæredygtig\w*|grøn|grønt|grønne|professionel\w*|imødekommende"
    r"|venlig\w*|respektfuld\w*|nærværende|helhedsorientere\w*|høj|højt|effektiv\w*|ensartet|lige)"
)
_QUALITIES = (
    _QUALITY + r"(?:\s*(?:,|og)\s+(?:" + _QUALITY + r"|[\wæøå-]+(?:ig|igt|ige|isk|iske|ende|eret|erede)\b)){0,3}"
)
_CHANGE_ADJECTIVE = re.compile(
    r"\b(?P<adj>lavere|højere|flere|færre|mere|mindre|bedre|større|kortere|renere|grønnere|sundere|tryggere|øget|øgede|forøget|reduceret|reducerede"
    r"|nedbragt|forbedret|forbedrede|styrket|styrkede|stigende|faldende)\s+" + _NOT_ACTIVITY_OBJECT
    + r"(?!\d)(?P<noun>[a-zæøå][\wæøå-]*)(?:\s+(?:i|på|blandt|hos)\s+[a-zæøå][\wæøå-]*)?",
    _IC,
)
_CHANGE_VERB = (
    r"(?:stige|stiger|falde|falder|øges|forøges|reduceres|nedbringes|nedsættes|halveres|fordobles|mindskes"
    r"|forkortes|sænkes|hæves|løftes|forbedres|styrkes|bringes\s+(?:ned|op|under|over)|gå\s+(?:ned|op)|går\s+(?:ned|op)"
    r"|forebygges|undgås|bekæmpes|modvirkes|begrænses"
    r"|komme\s+(?:ned|op))"
)
_EFFECT = _compile(
    r"(?<![\wæøå-])(?:[a-zæøå][\wæøå-]*\s+(?:blandt|hos)\s+)?[a-zæøå][\wæøå-]*,?\s+(?:skal|må|bør|vil)\s+"
    r"(?:helt\s+|længere\s+|yderligere\s+)?(?:ned|op)\b"
    r"(?!\s+(?:i\s+)?gang)",
    r"(?<![\wæøå-])[a-zæøå][\wæøå-]*,?\s+(?:skal|må|bør|vil|kan)\s+(?:\S+\s+){0,3}?" + _CHANGE_VERB + r"\b",
    r"(?<![\wæøå-])[a-zæøå][\wæøå-]*\s+(?:stiger|falder|øges|reduceres|nedbringes|halveres|fordobles|mindskes|forkortes"
    r"|forbedres|styrkes)\b",
    r"\b(?:reducere|nedbringe|nedsætte|øge|forøge|halvere|fordoble|mindske|forkorte|sænke|hæve|løfte|forbedre"
    r"|styrke|højne|begrænse|mindske|fremme[rs]?)\s+" + _NOT_ACTIVITY_OBJECT
    + r"(?:(?:det|den|de)\s+(?:[\wæøå]+e\s+)?)?(?:\w+s\s+)?[a-zæøå][\wæøå-]*"
    r"(?:\s+af\s+[\wæøå-]+)?",
    r"\b(?:reduktion|nedbringelse|nedgang|stigning|forøgelse|forbedring|fald|halvering|fordobling|løft)\s+(?:i|af|på)\s+"
    + _NOT_ACTIVITY_OBJECT + r"(?:\w+s\s+)?[a-zæøå][\wæøå-]*",
    r"\b" + _PEOPLE + r"(?:kommer|komme|kommet|er|være|bliver|blive|fastholdes|fastholde|starter|begynder|går|skal)"
    r"\s+(?:\w+\s+)?i\s+(?:gang\s+med\s+(?:en\s+)?uddannelse|job|arbejde|beskæftigelse|uddannelse|ordinær\w*|fleksjob"
    r"|ungdomsuddannelse|praktik|lære)\b",
    r"\b" + _PEOPLE + r"(?:bliver|blive|er|være|føler\s+sig|forbliver|oplever\s+sig\s+som|opleves\s+som)\s+"
    r"(?:mere\s+|mindre\s+|bedre\s+|mest\s+muligt\s+|så\s+)?(?:selvhjulpne?|selvstændige?|selvforsørgende|trygge?"
    r"|dygtige|dygtigere"
    r"|tilfredse?|sunde?|raske?|robuste?|inkluderede?|ensomme|uafhængige?|parate?|klar\s+til\s+\w+"
    r"|[\wæøå-]*neutral|fossilfri\w*|røgfri\w*)\b",
    r"\b" + _PEOPLE + r"(?:trives|mestrer|klarer\s+sig)\b",
    r"\bmestre\s+(?:eget|sit|deres|egen|hverdagen)\b",
    r"\bskabe[rs]?\s+(?:mere\s+|øget\s+|bedre\s+|en\s+)?(?:vækst|trivsel|tryghed|livskvalitet|lige\s+muligheder|arbejdspladser"
    r"|bosætning|sundhed|livsglæde|arbejdsglæde|læring|kulturændring|muligheder)\b|\blige\s+(?:muligheder|vilkår|adgang)\b",
    r"\bklare\s+sig\s+selv\b",
    r"\b(?:øger|styrker|forbedrer|reducerer|nedbringer|mindsker|fremmer|hæver|sænker|højner|forlænge[r]?)\s+"
    + _NOT_ACTIVITY_OBJECT + r"(?:(?:den|det|de)\s+(?:[\wæøå]+e\s+)?)?[a-zæøå][\wæøå-]*",
    r"\b(?:være|blive)\s+(?:det|den)\s+(?:mest|bedste)\s+[\wæøå-]+(?:\s+[\wæøå-]+)?",
    r"\b(?:være|blive)\s+(?:det|den)\s+(?:naturlige|oplagte|foretrukne|første)\s+valg\b",
    # what one works for, or makes room for, is the aim: "arbejde for at sikre offentlighedens adgang til kysterne"
    r"(?:\b(?:vil|skal|at|kan|må|vi|og)\s+arbejde\s+|\barbejde[rs]\s+)(?:aktivt\s+)?(?:for|på),?\s+(?:aktivt\s+)?at\s+"
    r"(?:sikre\s+)?"
    r"(?!(?:[\wæøå]+\s+){0,2}?(?:plan|strategi|projekt|samarbejd|indsats|procedure)\w*)[\wæøå-]+(?:\s+[\wæøå-]+){0,3}",
    r"\brammer(?:ne)?\s+for,?\s+at\s+(?:sikre\s+)?"
    r"(?!(?:[\wæøå]+\s+){0,2}?(?:plan|strategi|projekt|samarbejd|indsats|procedure)\w*)[\wæøå-]+(?:\s+[\wæøå-]+){0,3}",
    # an aim stated as a clause: "Målsætningen er, at ældre borgere kan bevare …", "Visionen er, at …"
    r"\b(?:målet|målsætningen|visionen|ambitionen|mål\s+om),?\s+(?:er,?\s+)?at\s+(?!(?:[\wæøå]+\s+)?(?:udarbejde|etablere"
    r"|gennemføre|implementere|igangsætte|iværksætte|afholde|oprette|tilbyde|udvikle|arbejde|sikre)\b)"
    r"(?:[\wæøå-]+\s+){1,6}?(?:kan|skal|vil|er|har|får|bliver|oplever)\s+[\wæøå-]+",
    r"\b(?:gode|bedre|optimale|attraktive)\s+vilkår\b|\bpå\s+lige\s+fod\s+med\b",
    # a purpose clause names what the work is for: "…, så der skabes miljøer, der tilgodeser børns forudsætninger"
    r",\s+så\s+(?:at\s+)?der\s+(?:skabes|opstår|bliver|bygges\s+bro)\s+[\wæøå-]+",
    # something phased out is a change in the world: "individuelle oliefyr er udfaset i 2030"
    r"(?<![\wæøå-])[a-zæøå][\wæøå-]*\s+(?:er|være|skal\s+være|bliver|blive)\s+(?:helt\s+)?(?:udfaset|afviklet)\b"
    r"|(?<![\wæøå-])[a-zæøå][\wæøå-]*\s+(?:skal\s+)?udfases\b",
    r"\b" + _PEOPLE + r"har\s+(?:[\wæøå]+\s+){0,4}?(?:kompetencer|færdigheder|kundskaber)\b",
    r"\bønsker\s+(?:mere\s+|øget\s+)?(?:vækst|trivsel|tryghed|livskvalitet|sundhed|bosætning)\b",
    r"\b(?:skabe|fastholde|udvikle)[rs]?\s+(?:og\s+(?:skabe|fastholde|udvikle)[rs]?\s+)?(?:attraktive|levende|trygge"
    r"|levedygtige|bæredygtige)\s+[\wæøå-]+",
    r"\bhave\s+gennemført\s+(?:mindst\s+)?(?:en\s+)?(?:ungdoms|erhvervs|gymnasial\w*\s+|videregående\s+)uddannelse\b",
    r"\bvære\s+(?:stigende|faldende)\b",
    r"\bkendetegnet\s+(?:af|ved)\s+(?:høj|god)\s+kvalitet\b",
    r"\bføre[rs]?\s+til\s+(?:\w+\s+)?forbedring\w*",
    r"\b[\wæøå]*minimering\b|\bminimeres\b",
    r"\b" + _PEOPLE + r"(?:oplever|opleve)\s+(?:sammenhæng|kvalitet|værdighed|indflydelse|medbestemmelse"
    r"|fællesskab)\w*",
    r"\b" + _PEOPLE + r"(?:oplever|opleve),?\s+at\s+(?:[\wæøå]+\s+){1,3}[\wæøå]+",
    r"\b" + _PEOPLE + r"(?:oplever|opleve),?\s+(?:at|en|et|større|bedre|mindre|mere|højere|færre|god|gode|øget|sig"
    r"|tryghed|trivsel)\b",
    r"\b" + _PEOPLE + r"får\s+(?:et\s+)?(?:job|arbejde|en\s+uddannelse|bedre|mere|hurtigere|en\s+tilknytning\s+til)\b",
    r"\b(?:blive|bo|bor|forblive|forbliver|bliver)\s+(?:\w+\s+)?i\s+(?:eget|egne|egen)\s+(?:hjem|bolig)\b",
    r"\bblive\s+boende\b",
    r"\blære[r]?\s+at\s+\w+",
    r"\bi\s+(?:højere|større|mindre)\s+grad\s+(?:\w+\s+){0,2}?[\wæøå]+(?:es|s)\b",
    r"\bi\s+(?:højere|større|mindre)\s+grad\s+(?:kan|skal|vil)?\s*(?:klare|mestre|deltage|bruge|blive|være)\b",
    # broad aspirations: a wished-for state of life, place or service, however vague
    r"\b(?:en|et|den|det)\s+(?:mere\s+)?" + _QUALITIES + r"\s+(?:start(?:\s+på\s+[\wæøå]+)?|[\wæøå]*liv|[\wæøå]*hverdag"
    r"|alderdom|barndom|opvækst|skolegang|skolestart|tilværelse|fremtid|modtagelse|oplevelse|[\wæøå]*miljø)\b",
    r"\bbidrag(?:e|er|es)\s+(?:aktivt\s+|positivt\s+|væsentligt\s+)?til\s+at\s+[\wæøå]+\s+(?:(?:den|det|de|en|et)\s+)?"
    r"(?:\w+s\s+)?[\wæøå-]+",
    r"\bbidrag(?:e|er|es)\s+(?:aktivt\s+|positivt\s+|væsentligt\s+)?til\s+" + _NOT_ACTIVITY_OBJECT
    + r"(?!(?:projekt|arbejde|opgave|møde|budget)\w*\b)(?!(?:\w+s\s+)?[\wæøå-]*(?:plan|strategi|projekt|program"
    r"|politik|handleplan|budget)(?:en|et|er|erne)?\b)(?:(?:en|et|den|det|de)\s+)?[\wæøå-]+"
    r"(?:\s+og\s+[\wæøå-]+)?(?:\s+(?!i\b|på\b|af\b|for\b|med\b|til\b)[\wæøå-]+)?",
    r"\bgør(?:e|es)?\s+(?:det\s+)?(?:[\wæøå-]+\s+){0,3}?(?:lettere|nemmere|enklere|tryggere|sundere|grønnere|bedre"
    r"|(?!mere\b|flere\b)[a-zæøå]{3,}ere|mere\s+[\wæøå]+(?:ig|igt|ige|ende|bar|bart|bare|lig|ligt|lige|sk|ske))\b"
    r"(?:\s+for\s+[\wæøå-]+)?",
    r"\b(?:være|blive|er|bliver|forblive)\s+(?:en\s+|et\s+)?(?:endnu\s+|mere\s+)?(?:attraktiv\w*|god|godt|tryg\w*"
    r"|sund\w*|rar\w*|grøn|grønt|foretrukn\w*|foretrukken|bæredygtig\w*|levende|spændende|nærværende|inkluderende"
    r"|rummelig\w*|mangfoldig\w*)\s+(?:og\s+[\wæøå]+\s+)?(?:[\wæøå]*sted(?:er)?|[\wæøå]*plads|[\wæøå]*kommuner?|by(?:er)?"
    r"|[\wæøå]*samfund|[\wæøå]*områder?|[\wæøå]*miljø(?:er)?|arbejdsgiver|destination|[\wæøå]*fællesskab(?:er)?|tilbud)\b"
    r"(?:\s+at\s+[\wæøå]+)?",
    r"\bmøde[rs]?\s+(?:[\wæøå]+\s+){1,2}?med\s+(?:en\s+|et\s+)?" + _QUALITIES + r"(?:\s+[\wæøå-]+)?",
    r"\b(?:yde|yder|levere|leverer|give|giver|sikre|sikrer)\s+(?:[\wæøå]+\s+)?(?:en\s+|et\s+)?" + _QUALITIES
    + r"\s+(?:betjening|service\w*|sagsbehandling|modtagelse|behandling|kvalitet|pleje|omsorg)\b",
)
_WORKING_METHOD = re.compile(
    r"(?<![\wæøå-])[\wæøå-]*(?:arbejdsform|arbejdsgang|arbejdsmetode|tilgang|metode|model|praksis|organisering|struktur"
    r"|tilrettelæggelse|samarbejd|team|procedure|proces|måde\b|kultur|[\wæøå]+form\b|ledelse|ordning|rutine"
    r"|planlægning|vagtplan|opgaveløsning)",
    _IC,
)
_NOT_EFFECT_SUBJECT = re.compile(
    # "den"/"det" as a subject says nothing; "den gode hverdag" names the state wished for
    r"^(?:samarbejd|indsats|fokus|koordin|dialog|arbejdet|projekt|tiltag|opfølgning|målet(?!,?\s+er,?\s+at\b)|der|følges"
    r"|(?:det|den)\b(?!\s+(?:mere\s+)?" + _QUALITY + r"\b))",
    _IC,
)
_SHARE_OF = re.compile(r"\s+af\s+(?:de\s+|alle\s+)?[\wæøå-]+", _IC)
# "80 % er tilfredse med …", "højst 5 % ryger dagligt": the share in a state is what is measured; so is the share
# taking up an offer ("mindst 95 % tager imod tilbuddet")
_SHARE_STATE = re.compile(
    r"\s+(?:er|bliver|har|føler\s+sig|oplever|ryger|bor|bruger|tager\s+imod|takker\s+ja\s+til|benytter|deltager\s+i"
    r"|gennemfører)\s+(?:[\wæøå-]+\s+){0,1}?[\wæøå-]+", _IC
)
_OF_OR_FROM = re.compile(r"\s+(?:af|fra)\b", _IC)
_UNIT_SUBJECT = re.compile(r"(?:dage|uger|måneder|timer|minutter|procent|pct|point)\s+", _IC)
_SIZE_ARTICLES = frozenset({"en", "et", "det", "den", "de", "nogle", "i"})
# A statement that names a wished-for state without a verb: adjectives, then what they describe.
_NOMINAL_ASPIRATION = re.compile(
    r"(?:(?:en|et)\s+[a-zæøå]{3,}(?:e|ig|igt|et|t)|[a-zæøå]{4,}e)\s+(?:(?:og|,)\s*[a-zæøå]{3,}(?:e|ig|igt|et|t)\s+)?"
    r"[a-zæøå][\wæøå-]+",
    _IC,
)
_HEADING = re.compile(r"^(?:[\wæøå-]+\s+)?\d+(?:\.\d+)*[a-z]?\s*[:.)–-]\s+|^(?-i:[A-ZÆØÅ]{3,}[\wÆØÅ&-]*)\s*:\s+", _IC)
_FINITE_VERBS = word_set(
    "skal vil kan må bør er var bliver blev har havde får fik gør gjorde sker skete giver gav skaber sikrer ses findes"
    " præger medvirker understøttes styrkes"
)
_FIXED_BY_DECISION = re.compile(r"\b(?:fastsættes|fastsat|fastlægges|fastlagt)\b", _IC)
_PASSIVE = re.compile(r"[a-zæøå]{4,}(?:tes|des|res|ses|ges|kes|les|ves|bes|pes)", _IC)
_PLAN_NOUN = re.compile(
    r"[\wæøå-]*(?:plan|strategi|projekt|program|politik|indsats|initiativ|kampagne|samarbejde)(?:en|et|er|erne)?\b", _IC
)
_PUTTING_UP = word_set(
    "opsætte opsætter opsættes etablere etablerer etableres oprette opretter oprettes bygge bygger bygges anlægge"
    " anlægger anlægges installere installerer installeres indsamle indsamler indsamles plante planter plantes"
    " ansætte ansætter ansættes"
)

_OUTPUT_ACTIVITY = _compile(
    r"\b(?:uddannes|uddannet|efteruddannes|opkvalificeres|opkvalificeret|kompetenceudvikles|certificeres|certificeret"
    r"|trænes|undervises|gennemfører|gennemført|gennemføres|afslutter|afsluttet|deltager|deltaget|deltage|afholdes"
    r"|afholdt|holdes|etableres|etableret|oprettes|oprettet|udarbejdes|udarbejdet|implementeres|implementeret"
    r"|tilbydes|tilbudt|modtager|modtaget|screenes|screenet|visiteres|besøges|besøgt|bygges|bygget|renoveres"
    r"|renoveret|plantes|plantet|opsættes|opsat|installeres|installeret|digitaliseres|digitaliseret|udskiftes"
    r"|udskiftet|anlægges|anlagt|ansættes|ansat|introduceres|leveres|leveret|afvikles|afviklet|udrulles|udrullet"
    r"|udleveres|udleveret|uddeles|uddelt|udsendes|udsendt|distribueres|distribueret"
    r"|indføres|indført|oprettes|uddanne|afholde|etablere|oprette|gennemføre|ansætte|bygge|plante|afholder|etablerer"
    r"|opretter|uddanner|ansætter|bygger|planter|tilbyder|udarbejder|leverer|screener|besøger|renoverer|installerer)\b",
    r"\b(?:får|modtager|skal\s+have|har\s+haft|har\s+fået)\s+(?:en|et|tilbudt|tilbud\s+om)\s+"
    r"(?!job\b|arbejde\b|\w*uddannelse\b|brug\b|bedre\b|mere\b|" + _QUALITY + r"\b)[\wæøå-]+",
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
# The scope of an activity delivered: "mentorforløb for 160 unge", "kompetenceudvikling … for alle pædagoger".
_SCOPED_ACTIVITY = re.compile(
    r"(?<![\wæøå-])(?!(?:for|be|op|ind|sam|til|hen|ved)hold)[\wæøå-]*(?:forløb(?:et|ene)?|kurs(?:us|er|et|erne|usforløb)|kompetenceudvikling|efteruddannelse|undervisning"
    r"|træning|vejledning|workshops?|temadag(?:e)?|samtaler|screening(?:er)?|hjemmebesøg|mentorordning|introduktion"
    r"|oplæring|aktiviteter|hold|praktikpladser|pladser|tilbud)"
    r"(?:\s+(?:i|om|med|inden\s+for)\s+[\wæøå-]+(?:\s+(?!for\b|til\b)[\wæøå-]+)?)?"
    r"\s+(?:for|til)\s+(?:(?:mindst|op\s+til|ca\.|cirka|yderligere)\s+)?(?P<count>\d[\d.]*|alle|samtlige|"
    + "|".join(w for w in NUMBER_WORDS if w not in ("en", "et", "én", "ét")) + r")\s+(?:de\s+|nye\s+)?"
    r"(?:[a-zæøå][\wæøå]*e\s+(?=" + _PEOPLE_STEMS + r"))?(?P<who>[a-zæøå][\wæøå]*(?:-\s+og\s+[\wæøå-]+)?)",
    _IC,
)
# Whom a delivered activity reaches, after a verb of delivering: "Der etableres lektiecafé for alle elever".
_AUDIENCE = re.compile(
    r"\b(?:for|til|på)\s+(?:(?:mindst|op\s+til|ca\.|cirka)\s+)?(?:alle|samtlige|hver|hvert|\d[\d.]*|"
    + "|".join(w for w in NUMBER_WORDS if w not in ("en", "et", "én", "ét")) + r")\s+(?:de\s+|nye\s+|\d\.\s*)?"
    r"(?:[a-zæøå][\wæøå]*e\s+)?(?:" + _PARTICIPANT_STEMS + r"|klasse|skole|institution|dagtilbud|daginstitution"
    r"|plejecent|afdeling|distrikt|børnehave|vuggestue|dagplejer|[\wæøå]*uddannelse|[\wæøå]*skole)[\wæøå]*",
    _IC,
)
# A building or a facility put up is delivered: "Der skal bygges en ny daginstitution".
_FACILITY_BUILT = re.compile(
    r"\b(?:bygge|bygges|bygger|opføre|opføres|opfører|anlægge|anlægges|anlægger|renovere|renoveres|renoverer)\s+"
    r"(?:der\s+)?(?:en|et|to|tre|fire|fem)\s+(?:nye?|nyt|ekstra)?\s*[\wæøå-]*(?:institution|skole|plejecent\w*"
    r"|plejehjem|bolig\w*|cykelsti\w*|hal|haller|bygning\w*|center|sti|stier|park|legeplads|bibliotek|svømmehal"
    r"|bofællesskab|børnehus|dagtilbud)\w*",
    _IC,
)
_DELIVERING = re.compile(
    r"\b(?:etabler|opret|tilbyd|tilbud|afhold|gennemfør|udbyd|iværksæt|igangsæt|lancer|indfør|arranger|udarbejd)\w*\s+",
    _IC,
)
# A count of people taking part in the unit's own offer: "øge antallet af elever fra 410 til 475".
# A time limit on a delivery is an output with its measure ("Huller udbedres inden for 48 timer", "… senest 14 dage
# efter fødslen"); the measure of a service the users feel ("Ventetiden … må højst være 3 måneder") is read as an
# effect (the development set of tests/test_goal_analysis.py).
_SERVICE_MEASURE = re.compile(
    r"(?<![\wæøå-])(?:[\wæøå-]*(?:vente|sagsbehandlings|svar|respons|behandlings|leverings|åbnings)tid(?:en|er|erne)?"
    r"|[\wæøå-]*(?:sagsbehandlings|svar|behandlings)frist(?:en|er|erne)?|normering(?:en|erne)?)\b",
    _IC,
)
_SERVICE_TIME_LIMIT = re.compile(
    r"\b(?:inden\s*for|senest|højst|maksimalt)\s+(?:\d+|"
    + "|".join(w for w in NUMBER_WORDS if w not in ("en", "et", "én", "ét"))
    + r")\s+(?:(?:timer|minutter)\b|(?:hverdage|arbejdsdage|dage|uger|måneder)\s+(?:efter|fra)\s*,?\s+(?:at\s+)?"
    r"(?:[\wæøå]+\s+){0,3}?(?:anmeld|meld|henvend|ansøg|modtag|visit|fødsl|henvis|opring|indberet|bestil|kontakt|beslut"
    r"|opstart|udskriv|indflyt|tilmeld|skadesanmeld)\w*)"
    r"|\binden\s*for\s+(?:(?:en|et|én|ét)\s+(?:time|døgn|uge|måned)\s+(?:efter|fra)\s+(?:[\wæøå]+\s+){0,2}?"
    r"(?:anmeld|henvend|ansøg|modtag|visit|fødsl|henvis|opring|indberet|bestil)\w*"
    r"|(?:det\s+første\s+(?:døgn|halve\s+år|år)|den\s+første\s+(?:uge|måned|time))\b)"
    r"|\b(?:inden|senest|før)\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?",  # "ryddet og saltet inden kl. 6.00"
    _IC,
)
# A time limit shortly after what is delivered: "et svar inden for 10 hverdage", "tilbydes besøg af sundhedsplejersken
# inden for de første 14 dage", "tilbyde en plads … senest efter tre måneder".
_PLAIN_TIME_LIMIT = re.compile(
    r"\b(?:inden\s*for|senest(?:\s+efter)?)\s+(?:de\s+første\s+)?(?:\d+\.?|"
    + "|".join(w for w in NUMBER_WORDS if w not in ("en", "et", "én", "ét"))
    + r")\s+(?:hverdage|arbejdsdage|dage|uger|måneder)\b"
    r"|\binden\s*for\s+(?:en|et)\s+(?:uges|måneds|døgns)\s+tid\b",  # "indenfor en uges tid efter hjemkomsten"
    _IC,
)
_DELIVERED_THING = re.compile(
    r"\b(?:svar|besked|afgørelse|[\wæøå]*besøg|samtale|tilbud|plads|[\wæøå]*bolig)(?:et|en|er|erne|n|r)?\b", _IC
)
# How often a service is delivered is its level: "tømmes mindst to gange om ugen", "kører … mindst hver anden uge",
# "holder åbent … to dage om ugen".
_SERVICE_FREQUENCY = re.compile(
    r"\b(?:(?:mindst|minimum|højst|op\s+til)\s+)?(?:\d+|en|én|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+"
    r"(?:(?:gange?|dage|aftener|timer)\s+(?:om|pr\.?|hver|i)\s+(?:dagen|døgnet|ugen|måneden|året|uge|måned|år)"
    r"|gange?\s+(?:årlig|ugentlig|månedlig|daglig)t?"  # "hentes 5 gange årligt"
    r"|gange?\s+hver\s+(?:\d+\.|anden|tredje|fjerde)?\s*(?:dag|uge|måned|år))\b"  # "en gang hver 14. dag"
    r"|\b(?:mindst|minimum)\s+(?:en\s+gang\s+)?hver\s+(?:\d+\.|anden|tredje|fjerde)?\s*(?:dag|uge|måned|år)\b"
    # a bare rhythm right after a delivering passive: "tømmes hver uge", "bliver tømt hver 14. dag"
    r"|(?<=[a-zæøå]{3}es\s)hver\s+(?:\d+\.\s*|anden\s+|tredje\s+|fjerde\s+)?(?:dag|uge|måned)\b"
    r"|\bbliver\s+[a-zæøå]{3,}t\s+hver\s+(?:\d+\.\s*|anden\s+|tredje\s+|fjerde\s+)?(?:dag|uge|måned)\b"
    # a count of deliveries per period said as an adjective: "tilbydes mindst et årligt besøg"
    r"|\b(?:mindst|minimum)\s+(?:\d+|en|én|et|ét|to|tre|fire|fem|seks)\s+(?:årlig|ugentlig|månedlig|daglig)[et]?\s+"
    r"(?!\w*møde)[\wæøå-]+",
    _IC,
)
# A change with a size names what is measured, the thing changed: "reducere brugen af drivhusgasser med 70%", "en
# reduktion af CO2 på 80%", "en fordobling af skovarealet".
_SIZED_THING = (
    r"(?P<thing>(?!(?:den|det|de|en|et|sin|sit|sine|vores|deres)\b)[\wæøå][\wæøå-]*(?:\s+af\s+[\wæøå][\wæøå-]*)?)"
)
_SIZE = r"\s+(?:med|på)\s+(?:hele\s+|mindst\s+|ca\.\s+)?\d[\d,.]*\s*(?:%|procent)"
_SIZED_CHANGE = re.compile(
    r"\b(?:(?:reducere|nedbringe|nedsætte|mindske|sænke|øge|forøge|hæve)\s+"
    r"|(?:reduktion|nedbringelse|nedsættelse|forøgelse|stigning|fald)\s+(?:af|i)\s+"
    r"|(?P<sized>halvere|fordoble|halvering|fordobling)\s+(?:af\s+|i\s+)?)"
    + _SIZED_THING + r"(?(sized)|" + _SIZE + r")",
    _IC,
)
# The same with the thing as the subject of a passive: "Restancerne skal nedbringes med 10 %".
_SIZED_PASSIVE = re.compile(
    r"(?<![\wæøå-])(?P<thing>[a-zæøå][\wæøå-]*(?:en|et|ne|erne))(?:\s+(?:til|i|på|for|af)\s+[\wæøå-]+)?\s+"
    r"(?:skal\s+|må\s+)?(?:reduceres|nedbringes"
    r"|nedsættes|mindskes|sænkes|øges|forøges|hæves)" + _SIZE,
    _IC,
)
# The unit speaking of what it delivers to the citizen: "henter vi … dit haveaffald", "Vi giver dig svar …".
_WE_DELIVER = re.compile(
    r"\bvi\s+(?:skal\s+|vil\s+)?(?:henter|tømmer|rydder|fejer|salter|leverer|besøger|indsamler|afhenter|sender|giver"
    r"|besvarer|behandler|kontakter|hente|tømme|rydde|feje|levere|besøge|indsamle|afhente|sende|give|besvare|behandle"
    r"|kontakte)\b"
    r"|\b(?:henter|tømmer|rydder|fejer|salter|leverer|besøger|indsamler|afhenter|sender|giver|besvarer|behandler"
    r"|kontakter)\s+vi\b",
    _IC,
)
# The citizen getting something done by the unit: "får du hentet storskrald", "Du får tømt din beholder".
_GETS_DONE = re.compile(
    r"\bfår\s+(?:du\s+|man\s+|I\s+)?(?!\w*(?:tilfreds|glad|tryg|ret|lyst|brug))[a-zæøå]{3,}(?:et|t)\s+"
    r"(?:din|dit|dine|jeres|sit|sin|sine|[a-zæøå]+)\b",
    _IC,
)
# A delivery stated as done by a time: "skal være lappet", "er ryddet og saltet".
_DONE_BY_THEN = re.compile(
    r"\b(?:skal\s+)?(?:være|er|bliver)\s+(?!\w*(?:tilfreds|glad|tryg))[a-zæøå]{3,}(?:et|t)\b", _IC
)
_OWN_ORGANISATION = re.compile(
    r"[\wæøå-]*(?:model|team|enhed|organisering|råd|forum|gruppe|netværk|test)(?:len|let|lerne|ler|en|et|ene|er|erne|s)?",
    _IC,
)
# Whom or where a service set up reaches: "for borgere på sygedagpenge", "ved alle sommerhuse".
_REACHING = re.compile(
    r"\b(?:for|til)\s+(?:alle\s+|samtlige\s+|de\s+)?" + _PEOPLE_STEMS
    + r"|\b(?:ved|på|i|til)\s+(?:alle|samtlige|hver)\s+(?!\w*(?:medarbejder|ansat|afdeling|team))[\wæøå-]+",
    _IC,
)
_CLOCK_LIMIT = re.compile(r"(?:inden|senest|før)\s+kl", _IC)
# The passive of a delivering verb: "tømmes", "ryddes", "lappes", "behandles".
_DELIVERY_PASSIVE = re.compile(r"[a-zæøå]{3,}(?:tes|des|res|ses|ges|kes|les|ves|bes|pes|mes|nes|pes)", _IC)
# A time limit said in words is the level itself: "inden for den første uge", "inden for en måned efter henvendelsen".
_WORDED_TIME_LIMIT = re.compile(r"^inden\s*for\s+(?:en|et|én|ét|den|det|de)\b", _IC)
# A service delivered by a named unit of the municipality, in the present tense: "Erhvervsservice besøger 150
# virksomheder om året", "Borgerservice besvarer 80 % af henvendelserne …". What citizens do is no delivery of the unit.
_UNIT_DELIVERY = re.compile(
    r"(?P<subject>(?-i:[A-ZÆØÅ])[\wæøå-]+)\s+(?:(?:skal|vil)\s+)?(?P<verb>(?:besøg|besvar|behandl|udbedr|kontakt|tilbyd"
    r"|afhold|gennemfør|etabler|opret|lever|screen|rydd|tøm|udbetal|afgør|svar|vejled|visiter|sagsbehandl|kør"
    r"|undervis|indkald|uddel|fej|vedligehold)(?:er|e)|holder\s+åbent|følger(?!\s+op)(?=\s+(?:alle|samtlige|hver)\b))\b",
    _IC,
)
_PEOPLE_TO_JOB = re.compile(r"\b(?:i\s+(?:job|arbejde|beskæftigelse|uddannelse)|i\s+gang\s+med)\b", _IC)
_PARTICIPANT_COUNT = re.compile(
    r"\bantal(?:let)?\s+(?:af\s+)?(?:nye\s+)?(?:(?:elever|deltagere|kursister|holddeltagere|medlemmer|lærlinge"
    r"|praktikanter)\b(?!\s*,?\s*(?:der|som)\s+(?!deltager|gennemfører|går|er\s+tilmeldt))"
    r"|(?:borgere|unge|ældre|børn|medarbejdere|ledige|familier|forældre)\s*,?\s+(?:der|som)\s+(?:deltager|gennemfører"
    r"|modtager|starter|benytter|er\s+tilmeldt|går\s+til|tager\s+imod|får\s+tilbudt)\b)",
    _IC,
)
_STAFF = (
    r"(?:medarbejder|personale|leder|pædagog|lærer|sygeplejersk|assistent|hjælper|ansatte|kolleg|sagsbehandler"
    r"|terapeut|nyansat|vejleder|dagplejer|social-\s+og\s+sundheds)"
)
_COMPLETED_EDUCATION = re.compile(
    r"(?:gennemført|gennemfører|gennemføre|afsluttet|afslutter)\s+(?:mindst\s+)?(?:en\s+)?(?:ungdoms|erhvervs"
    r"|gymnasial\w*\s+|videregående\s+)uddannelse",
    _IC,
)
_COMPLETED_OUTPUT = _compile(
    r"\b(?:har|få|får)\s+(?:et\s+)?tilbud\s+om\s+(?:en\s+|et\s+)?[\wæøå-]+(?:\s+[\wæøå-]+)?",
    r"\bskal\s+[\wæøå-]*certificeres\b",
    r"\bnå\w*\s+ud\s+til\s+(?:mindst\s+|over\s+)?(?:\d[\d.]*|alle|samtlige)\s+(?:[\wæøå-]+\s+)?[\wæøå-]+",
    # staff completing training is output (competences delivered); citizens completing education is an effect
    r"\b" + _STAFF + r"[\wæøå]*\s+(?:[\wæøå]+\s+){0,3}?(?:skal\s+)?(?:have\s+)?(?:gennemføre|gennemfører|gennemført"
    r"|deltage|deltager|deltaget)\s+(?:i\s+)?(?:(?:en|et|det|den|de)\s+)?(?:[\wæøå-]+\s+)?[\wæøå-]*(?:uddannelse|kursus"
    r"|kurset|kurser|forløb|kompetenceudvikling|træning|undervisning|efteruddannelse|modul)\w*",
    r"\btilbyd(?:e|er|es)\s+(?:alle|samtlige)\s+(?:[\wæøå.]+\s+){1,4}?(?:en|et)\s+(?:[\wæøå]+e\s+)?[\wæøå-]+",
    r"(?<![\wæøå-])[\wæøå-]+\s+(?:er|skal\s+være|være|bliver|blive)\s+(?:\w+\s+)?(?:etableret|implementeret|udarbejdet|gennemført"
    r"|oprettet|indført|afholdt|udrullet|digitaliseret|på\s+plads|i\s+drift|taget\s+i\s+brug|færdiggjort)\b",
    r"\b(?:alle|samtlige|hver)\s+(?:[\wæøå.]+\s+){1,4}?(?:har|får|have|skal\s+have)\s+(?:en|et|fået|udarbejdet|gennemført"
    r"|adgang\s+til|tilbudt|implementeret|indført|etableret|oprettet|taget)\s+"
    r"(?!(?:et|en)\s+(?:mere\s+)?" + _QUALITY + r"\b)(?:et\s+|en\s+)?"
    r"(?!job\b|arbejde\b|\w*uddannelse\b|brug\b|mere\b|" + _QUALITY
    + r"\b)[\wæøå-]+"
    r"(?:\s+(?!i\b|på\b|og\b|senest\b|inden\b|til\b|af\b|for\b|fra\b|med\b)[\wæøå-]+)?",
    r"\b(?:alle|samtlige|hver)\s+(?:[\wæøå.]+\s+){1,4}?(?:har\s+|skal\s+)?(?:gennemført|gennemføre|gennemfører|deltaget"
    r"|deltage|deltager|uddannet|uddannes|modtaget|modtage|modtager|certificeret|screenet|screenes|tilbudt|tilbydes"
    r"|afslutter|introduceres|oplæres|undervises)\b(?:\s+(?:et|en)\s+[\wæøå-]+)?",
)

_MEASURE_NOUN = _compile(
    r"\b(?:andel(?:en|ene|e)?|antal(?:let)?|procentdel(?:en)?)\b",
    r"\bmængde(?:n|rne)?\s+af\b",
    r"(?<![\wæøå-])[\wæøå-]*(?:fravær|ventetid|behandlingstid|svartid|responstid|leveringstid|ekspeditionstid|ledighed|udgift"
    r"|omkostning|forbrug|udledning|udslip|arbejdsløshed|omsætning|udlån|karaktergennemsnit|karakterer|sygedage|genindlæggelse|indlæggelse|frafald"
    r"|belægning|nøgletal|besøgstal|udlånstal|elevtal|ledighedstal|kvote|indeks|score|resultat|gennemførelse"
    r"|genanvendelse|spild|ledningstab|ledingstab|varmetab|energitab|likviditet|overskud|underskud|kassebeholdning"
    r"|levetid|levealder|befolkningstal|indbyggertal|magtanvendelse)"
    r"[\wæøå]*",
    r"\b[\wæøå]{3,}(?:grad|rate|procent|niveau|frekvens|kvotient)(?:en|et|erne|er)?\b",
    r"\b[\wæøå]{3,}måltal(?:let|lene)?\b",
    # a service goal fixed at a level: "servicemålet for ukompliceret byggeri er fastsat til 40 dage"
    r"\bservicemål(?:et|ene)?(?=\s+for\s[^.]*?\b(?:fastsat|er|være)\s+(?:til\s+)?(?:højst\s+|maksimalt\s+)?\d)",
    r"\b[\wæøå]{4,}tilfredshed(?:en)?\b",  # "brugertilfredsheden"; bare "tilfredshed med livet" is an aspiration
    r"\bgennemsnitlige\s+[\wæøå]+",
)
_DEFINED_SHARE = re.compile(r"\s+(?=" + _MEASURE_NOUN.pattern + ")", _IC)
_NOT_MEASURE = re.compile(
    r"^(?:landsgennemsnit|regionsgennemsnit|landsniveau|regionsniveau|fraværende|moderat|fravær$|resultatet$|resultater$"
    r"|resultaterne$|indsatsniveau"
    r"|procentpoint|serviceniveau)",
    _IC,
)
# A compound whose head is an activity names what is done, not what is measured: "fraværssamtaler", "trivselsplan"
_ACTIVITY_TAIL = re.compile(
    r"(?:samtale|indsats|forløb|kursus|kurser|projekt|plan|politik|strategi|team|møde|vejleder|vejledning|procedure"
    r"|retningslinje|handleplan|tiltag|kampagne|pulje)[\wæøå]*$",
    _IC,
)
_METHOD = _compile(
    r"(?<![\wæøå-])[\wæøå-]*(?:undersøgelse|måling|screening|spørgeskema|audit|stikprøve|benchmark|læsetest|skala)[\wæøå]*",
    r"\b(?:måles|målt|måler|måle|måling|opgøres|opgjort|opgør|registreres|registreret|registrering\w*|tælles"
    r"|optælling\w*|dokumenteres|monitoreres|monitorering)\b",
    r"\b(?:nationale\s+test\w*|test(?:en|ene|s)?)\b",
    r"(?-i:\b(?:APV|MTU|KPI)\b)",
    r"\bindikator\w*",
)
_MEASURING_VERB = re.compile(r"måles|målt|opgøres|opgjort|registreres|registreret|tælles|dokumenteres|monitoreres", _IC)
# A verb of measuring with a pronoun for its object names no measure: "vi måler det med tal fra LIS", "vi opgør den
# hver måned" (what is measured was said before). "Det opgøres månedligt" still names how it is measured.
_MEASURES_IT = re.compile(
    r"(?:måler|måle|opgør|opgøre|registrerer|registrere|tæller|tælle|følger|følge|monitorerer|monitorere)\s+"
    r"(?:(?:også|løbende|altid)\s+)?(?:på\s+)?(?:det|den|dem|dette|disse)\b",
    _IC,
)
_PRONOUNS = word_set("det den de der dette denne disse man vi hun han en et")
_TOPIC_PREPOSITIONS = word_set("om på omkring vedrørende vedr angående med mod imod")
_DATA_SOURCE = _compile(
    r"(?-i:\b(?:F?LIS|STAR|STIL|VIVE|DST|KL|KOMBIT|EASY|DUBU|SBSYS|BTU)\b)(?:['’]?s?\s+(?:benchmark|nøgletal)\w*)?",
    r"\bledelsesinformation\w*",
    r"(?<![\wæøå-])[\wæøå-]*?(?:fag|løn|økonomi|omsorgs|journal|sags|sagsbehandlings|booking|vagtplan|telefoni?|tidsregistrerings"
    r"|fraværs|elev|it|esdh|kvalitets|visitations|administrations|registrerings|indberetnings|rapporterings"
    r"|personale|bi|planlægnings|ventelist)system(?:et|erne|er)?\b",
    r"\bDanmarks\s+Statistik\b|\bstatistikbanken\b",
    r"(?<![\wæøå-])(?:(?-i:[A-ZÆØÅ][\wæøå]+)\s+(?=[\wæøå]+-))?[\wæøå-]*statistik(?:ken|ker|kerne)?\b",
    r"\bKL-benchmark\w*|\bbenchmark\w*\s+fra\s+KL\b|\bECO[- ]nøgletal\w*|\bkommunale\s+nøgletal\b|\bnøgletal\.dk\b",
    r"\b(?:den\s+)?nationale\s+trivselsmåling\w*|\b(?:de\s+)?nationale\s+test\w*",
    r"(?<![\wæøå-])[\wæøå-]*(?:tilfredshedsundersøgelse|brugerundersøgelse|trivselsundersøgelse|trivselsmåling|spørgeskemaundersøgelse"
    r"|borgerundersøgelse|medarbejderundersøgelse|pårørendeundersøgelse|tilfredshedsmåling)[\wæøå]*",
    r"\bSundhedsdatastyrelsen\b|\beSundhed\b|\bSundhedsprofil\w*|(?-i:\b[A-ZÆØÅ][a-zæøå]+profil(?:en)?\b)|\bjobindsats(?:\.dk)?\b|\buddannelsesstatistik(?:\.dk)?",
    r"\bStyrelsen\s+for\s+\w+|\b(?:Energi|Miljø|Trafik|Social|Sundheds)styrelsen\b|\bArbejdstilsynet\b",
    r"\bDanmarks\s+Miljøportal\b|\bEnergi\s*data\w*|\benergidata\b|\bklimaregnskab\w*",
    r"\b(?:Nexus|Cura|Opus|Sensum|Momentum|Fasit|Aula|Tabulex|MinUddannelse|Meebook|Vitae|Prisme|EnergyKey|Qlik"
    r"|Targit|Columna|Acadre|Workzone|Silkeborg\s+Data|Power\s*BI|Energy\s+Key|Hjernen\s*(?:&|og)\s*Hjertet|KMD\s+\w+)\b",
    r"\bdashboard\w*|\btidsregistrering\w*",
    r"\b(?:data|tal|udtræk)\s+fra\s+(?:vores\s+|det\s+|den\s+)?[\wæøå.-]+",
    # counting devices, registrations, accounts and systems not named above
    r"(?<![\wæøå-])[\wæøå-]+tæller(?:e|en|ne)\b|\btællere(?:ne)?\b|\btælleren\b|(?<![\wæøå-])[\wæøå-]*målere(?:ne)?\b|(?<![\wæøå-])[\wæøå-]*måleren\b"
    r"|(?<![\wæøå-])[\wæøå-]+måler\b(?<!\bmåler)|(?<![\wæøå-])[\wæøå-]*sensor(?:er|erne|en)\b",
    r"(?<![\wæøå-])[\wæøå-]*registrering(?:en|erne|er)\b",
    r"(?<![\wæøå-])[\wæøå-]+regnskab(?:et|erne)?\b|\bdet\s+grønne\s+regnskab\b",
    r"(?<![\wæøå-])[\wæøå-]{3,}system(?:et|erne)\b|(?<![\wæøå-])[\wæøå-]+(?:ens|ets)\s+(?:it-?|fag|data)?system(?:et|er|erne)?\b",
    r"(?<![\wæøå-])[\wæøå-]+opgørelse(?:n|rne)\b|\bdatavarehus\w*|\bdatawarehouse\b",
    r"(?-i:\b(?:KMD|SAPA|GetOrganized|LUDUS|DREAM|Modulus|Bosted|Elevplan|BBR|CVR)\b)",
    # a measurement of a named body: "VIVEs hjemløsetælling", "DI's lokale erhvervsklimamåling"
    r"(?-i:\b[A-ZÆØÅ][\wÆØÅæøå]*)['’]?s\s+(?:[a-zæøå-]+\s+){0,2}?[a-zæøå-]*(?:måling|tælling|barometer|undersøgelse"
    r"|statistik|opgørelse|profil|indeks|analyse)(?:en|er|erne)?\b",
)
# "opgøres i …", "hentes fra …", "trækkes fra …", "registreres i …": where the figures are taken from
_SOURCE_AFTER_VERB = re.compile(
    r"\b(?:opgøres|opgjort|opgør|hentes|hentet|trækkes|trukket|registreres|registreret|indberettes|indberettet"
    r"|udtrækkes|dokumenteres|fremgår|aflæses|aflæst|tælles|optælles|optalt)\s+(?:løbende\s+|automatisk\s+|digitalt\s+)?(?:i|af|fra|via|gennem)\s+"
    r"(?P<source>(?!(?:procent|pct|antal|dage|timer|uger|måneder|forbindelse|samarbejde|starten|slutningen|udgangen"
    r"|løbet|forhold|hver|hvert|alle|år|året|kvartal|kvartalet|perioden|os|dem|medarbejderne|borgerne|dag|alt|kroner"
    r"|kr|minutter|point|gennemsnit|\d)\b)"
    r"(?:(?:det|den|de|vores|kommunens|[\wæøå-]+s)\s+)?(?:[\wæøå]+(?:e|te)\s+)?(?:[\wæøå]+-\s+og\s+)?"
    r"(?![\wæøå]*niveau)[a-zæøå][\wæøå.-]*[\wæøå](?:\s+(?:og|&)\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?)",
    _IC,
)
# "tal fra LIS": the words before a named source
_FIGURES_FROM = re.compile(r"(?:data|tal|udtræk)\s+fra\s+", _IC)
# What a named source is said with: "LIS med data fra lønsystemet (SD)", "Nexus (omsorgssystemet)"
_SOURCE_TAIL = re.compile(
    r"(?:\s+\([^()\n]{1,40}\))?(?:\s+(?:med|og|samt)\s+(?:data|tal|oplysninger|udtræk)\s+fra\s+(?:det\s+|den\s+|vores\s+)?"
    r"[\wæøå.-]*[\wæøå](?:\s+\([^()\n]{1,40}\))?)+|\s+\([^()\n]{1,40}\)",
    _IC,
)
# "Kilde: Region Syddanmark «Hvordan har du det?», 2021"
_SOURCE_NAMED = re.compile(r"\b(?:kilde|datakilde)n?\s*:\s*(?P<source>[^,;\n]+?)(?=\s*(?:,|;|\.\s|\.?$))", _IC)
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
    r"(?<![\wæøå-])[\wæøå-]*udvalg(?:et|ene)?\b",
    r"\bdirektion(?:en)?\b",
    r"\bleder(?:gruppe|team|møde|forum)\w*",
    r"\bledelsesteam\w*",
    r"\bpersonalemøde\w*",
    r"(?<![\wæøå-])[\wæøå-]*bestyrelse(?:n|rne|sm\w*)?\b",
    r"\bstyre?(?:ings)?gruppe\w*",
    r"\bbyråd\w*",
    r"\b(?:dialog|tavle|status|opfølgnings|evaluerings|ledelses)møde\w*",
    r"\bledelsestilsyn\w*",
    r"\baftalegiver\w*|\bfagchef(?:en|erne)?\b|\bdirektør(?:en)?\b",
    r"\b(?:måneds|kvartals|års|LIS-|kvalitets|status)rapport\w*",
    r"\bbudgetopfølgning\w*",
    r"(?-i:\bF?LIS\b)",
    r"\b(?!(?:netværks|forældre|informations|borger|samtale|opstarts|intro|stor|tema|fælles)møde)[\wæøå]+møde(?:r|rne|t)?\b",
)
# A report or a system is a forum only when a follow-up verb says it is used as one.
_NEEDS_FOLLOWUP_VERB = re.compile(r"^(?:F?LIS|[\wæøå-]*rapport)", _IC)
_INVOLVEMENT = re.compile(
    r"\b(?:samarbejde|sammen|inddrag\w*|involver\w*|formuleret|udarbejdet|drøftet|aftalt|godkendt|vedtaget|besluttet"
    r"|udviklet|dialog|af|blandt|repræsentanter|politisk)\b[^.]{0,40}$",
    _IC,
)
_FOLLOWUP_NOUN = re.compile(
    r"(?<![\wæøå-])[\wæøå-]*(?:opfølgning|status|rapport|evaluering|måling|opgørelse|gennemgang|dialog|drøftelse|nøgletal"
    r"|udtræk|afrapportering|ledelsesinformation)",
    _IC,
)
_NOT_NOUNS = word_set("i på til via med og af for om hvor som der at ved efter inden senest eller samt")
_INTRODUCING_VERB = re.compile(
    r"^(?:afprøv|indfør|etabler|opret|igangsæt|iværksæt|implementer|introducer|start|pilottest|invit|afhold|arranger"
    r"|indkald|tilbyd)\w*$",
    _IC,
)
# A survey or a test named as what the unit carries out: "gennemføre en brugerundersøgelse"
_CARRYING_OUT = re.compile(
    r"\b(?:(?:gennemfør|udarbejd|afhold|udvikl|indfør|igangsæt|iværksæt)(?:e|er|es|t|et|ede)?|lave[rs]?"
    r"|sætte[rs]?\s+(?:\w+\s+)?i\s+gang)\s+(?:en|et|to|tre"
    r"|nye?|fælles|årlige?|digitale?)?\s*(?:[\wæøå-]+\s+)?$",
    _IC,
)
_ALWAYS_FOLLOWUP_FORUM = re.compile(r"^(?:dialog|status|opfølgnings)møde|^ledelsestilsyn|^budgetopfølgning", _IC)

_TARGET_WORDS = _compile(
    r"\bhalver(?:es|et|e|ing)\b",
    r"\bfordobl(?:es|et|e|ing)\b",
    r"\b(?:på\s+(?:niveau|højde)\s+med|bedre\s+end|lavere\s+end|højere\s+end|under|over|mindst\s+på|foran)\s+"
    r"(?:\w+\s+){0,3}?(?:[\wæøå]*gennemsnit\w*|sammenlignelige\s+kommuner|klyngen|regionen|landsplan|de\s+bedste\s+\w+"
    r"|nationale\s+mål\w*)",
    r"\b(?:lands|regions)(?:gennemsnit|niveau)\w*",
    r"\bmed\s+(?:en\s+|to\s+)?(?:tredjedel|fjerdedel|femtedel|tiendedel|halvdel)(?:e|en)?\b",
    r"\bblandt\s+de\s+(?:\d+|[\wæøå]+)\s+(?:bedste|mest\s+[\wæøå]+|førende)\b",
    # "bedst blandt sammenlignelige kommuner"
    r"\bbedst\s+blandt\s+(?:de\s+)?(?:\w+\s+){0,2}?(?:kommuner|klyngen|landets\s+\w+)\b",
    r"\b(?:konstant|uændret|stabil)\s+på\s+(?:samme\s+)?niveau\b|\bpå\s+samme\s+niveau\s+som\s+i\s+dag\b",
    r"\bpå\s+niveau\s+med\s+(?:\w+\s+){0,2}[\wæøå]+",
    r"\bnul\s+[\wæøå]+",
    # a state to reach, not a kind of thing: "klimaneutral i 2050", not "klimaneutral opvarmning"
    r"(?<![\wæøå-])[\wæøå-]*neutral[et]?\b(?!\s+(?!(?:i|senest|inden|fra|og|eller|som|ved|allerede|til|på|frem|med)\b)"
    r"[a-zæøå])|\bfossilfri\w*",
    r"\b(?:er|være|blive|bliver)\s+(?:helt\s+)?udfaset\b(?!\s+med\b)",
    # the classes of the water plans: "god økologisk tilstand"
    r"\b(?:god|høj)\s+(?:økologisk|kemisk)\s+(?:og\s+kemisk\s+)?tilstand\b",
)
# Things to be phased out are counted: "individuelle naturgasfyr er udfaset med 70 %".
_PHASED_OUT = re.compile(
    r"(?<![\wæøå-])(?P<things>(?:[a-zæøå][\wæøå-]*e\s+)?[a-zæøå][\wæøå-]*)\s+(?:er|være|skal\s+være|bliver|blive)\s+"
    r"(?:helt\s+)?"
    r"(?:udfaset|afviklet)\b",
    _IC,
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
_MEASURE_AT = word_set("tallet andelen antallet niveauet")
_CHANGED_TO = re.compile(r"\s+(?:skal\s+)?(?:[a-zæøå]+es|falde|stige)\s+(?:ned\s+|op\s+)?til\b", _IC)
_CHANGE_NOUNS = word_set("reduktion nedbringelse nedgang stigning forøgelse forbedring fald løft")


def _role(text: str, match: QuantityMatch, boundary: int, today: date) -> _Role:
    unit = match.quantity.unit
    relative = _RIGHT_RELATIVE.match(text, match.end)
    if relative and unit in ("%", "procentpoint"):
        return _Role(match, "relative", match.start, relative.end(), True)  # "20 % færre rygere"
    words = _words_before(text, boundary, match.start)[:6]
    seen = {word for word, _ in words}
    if seen & _PAST_TENSE and not seen & _FUTURE_WORDS:
        return _Role(match, "baseline", match.start, match.end, True)  # "steg sidste år til 340.000"
    if len(words) > 1 and words[0][0] == "på" and words[1][0] in _MEASURE_AT and _CHANGED_TO.match(text, match.end):
        return _Role(match, "baseline", words[1][1], match.end, True)  # "tallet på 5,5 procent reduceres til …"
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


# The subject of an aim is what is measured: "Målet for beskæftigelsesfrekvensen er at nå landsgennemsnittet"
_AIM_FOR = re.compile(
    r"\b(?:målet|målsætningen|ambitionen|målværdien)\s+for\s+(?P<measure>(?:[\wæøå-]+\s+){0,6}?[\wæøå-]+)\s+"
    r"(?:er\s+(?:at\s+|på\s+|mindst\s+|højst\s+|\d)|(?:fastsættes|sættes|fastlægges)\s+til\s+)",
    _IC,
)
_MEASURE_HEAD = re.compile(r"\b(?:andel(?:en|ene)?|antal(?:let)?|procentdel(?:en)?)\s+(?:af\s+)?", _IC)
_MAIN_PREDICATE = word_set(
    """skal må bør vil kan er var bliver blev udgør udgjorde ligger lå fra til steg faldt stiger falder stige falde
    øges reduceres nedbringes halveres mod nå nåede"""
)
_THRESHOLD_WORDS = word_set("mindst over under end højst minimum maksimalt maks min")
_RELATIVE_WORDS = word_set("der som med hvor")
_THRESHOLD_CLAUSE = re.compile(
    r"(?<![\wæøå-])[\wæøå-]+\s*,\s*(?:der|som)\s+(?:[\wæøå]+\s+){1,3}?(?:i\s+)?(?:mere\s+end|mindre\s+end|over|under|mindst"
    r"|højst)\s+$",
    _IC,
)


_CHANGED_BY = re.compile(
    r"\b(?:udvid|øg|forøg|reducer|nedbring|sænk|hæv|løft|forhøj|mindsk|halv|fordobl|nedsæt|begræns)\w*\s+(?:\w+\s+)?$",
    _IC,
)


def _defines_the_measure(text: str, span: Span, sentence: Span) -> bool:
    """A threshold inside what is measured ("andelen af elever, der får mindst 02") is not a level to reach."""
    before = text[sentence[0] : span[0]]
    heads = list(_MEASURE_HEAD.finditer(before))
    if heads:
        zone = before[heads[-1].end() :]
        relative = re.search(r"\b(?:der|som|med|hvor)\b", zone, _IC)
        head = [w.lower() for w in _WORD.findall(zone[: relative.start()] if relative else zone)]
        inside = [w.lower() for w in _WORD.findall(zone[relative.end() :])] if relative else []
        if relative and relative.group().lower() != "med":
            inside = inside[1:]  # the relative clause's own verb: "der er fraværende mere end 10 %"
        closed = relative is not None and "," in zone[relative.end() :]  # the main clause has resumed
        change_by = (
            relative is not None and relative.group().lower() == "med" and not zone[relative.end() :].strip()
            and _CHANGED_BY.search(before[: heads[-1].start()]) is not None
        )  # "udvide antallet af pladser … med 10 nye pladser": the change, not who is counted
        open_clause = not (set(head) | set(inside)) & _MAIN_PREDICATE and not closed and not change_by
        if open_clause and (relative or (head and head[-1] in _THRESHOLD_WORDS)):
            return True
    clause = _THRESHOLD_CLAUSE.search(before)
    if clause is None:
        return False
    after = text[span[1] : sentence[1]]
    return re.match(r"[^,]*,\s*(?:skal|må|bør|vil|kan)\b", after, _IC) is not None


# A goal's number in its document: "Mål 4:", "Delmål 2.1 –", "Indsatsområde 3.", "2.3 Flere borgere …"
_LABEL = re.compile(
    r"(?:(?<![\wæøå-])(?:[\wæøå-]*mål(?:sætning)?|indsats(?:område)?|fokusområde|tema|punkt|pejlemærke|spor|nr\.?|kpi)\s*"
    r"\d+(?:\.\d+)*[a-z]?\s*[:.)–-](?=\s)|(?:^|(?<=\n))\s*\d+(?:(?:\.\d+)+\.?|[.)])\s+(?=(?-i:[A-ZÆØÅ])))",
    _IC,
)
# A mark in a subject defines who is counted: "elever, der får mindst 4 i matematik", "7 eller derover i dansk"
_GRADE_AFTER = re.compile(
    r"\s+(?:eller\s+(?:derover|mere|højere)\s+)?(?:i|ved)\s+(?:både\s+)?(?:dansk|matematik|engelsk|tysk|fransk|fysik"
    r"|kemi|biologi|geografi|historie|læsning|karaktergennemsnit|gennemsnit|alle\s+fag|de\s+bundne\s+prøvefag"
    r"|[\wæøå]*prøve\w*|[\wæøå]*fag(?:ene)?)\b(?:\s+(?:og|eller)\s+(?:dansk|matematik|engelsk))?",
    _IC,
)
_GRADE_BEFORE = word_set("mindst over under minimum karakteren karakter højst end")


_QUALIFYING_AMOUNT = re.compile(
    r"(?<![\wæøå-])(?!(?:skal|må|bør|vil|kan|være|er|blive|bliver|ligge|ligger|komme|nå|nås|ned|op|helt|lige|godt|langt"
    r"|ikke|højst|ca|cirka|på|til|med|fra|og|eller|af|i|den|det|de)\b)[a-zæøå][\wæøå-]{3,}\s+(?:over|under)\s+$",
    _IC,
)
# "virksomheder med over 20 ansatte": which ones are meant (after a noun), not a change (after a verb: "reduceres med")
_WHICH_ONES = re.compile(
    r"(?<![\wæøå-])(?P<noun>[a-zæøå][\wæøå-]*)\s+med\s+(?:over|under|mere\s+end|mindre\s+end|mindst|højst)\s+$", _IC
)
_MEANS_OR_DEFINITE = re.compile(
    r"\b(?:afsat|afsættes|afsætter|bevilget|bevilges|investeres|investerer)\s+(?:\w+\s+)?$|\b(?:de|disse|vores|sine"
    r"|deres)\s+$|\b(?:første|sidste|seneste)\s+$",
    _IC,
)


def _grade_threshold(text: str, match: QuantityMatch) -> Span | None:
    if match.quantity.unit or _word_before(text, match.start) not in _GRADE_BEFORE:
        return None
    after = _GRADE_AFTER.match(text, match.end)
    return (match.start, after.end()) if after else None


_ORDINAL_OR_AGE = re.compile(
    r"\.?(?:\s*(?:,|og|eller)\s*\d+\.)*\s*(?:klasse|klassetrin|årgang|sygeuge|levedøgn|leveår)\w*", _IC
)
_AGE_BEFORE = re.compile(r"\bnår\s+(?:barnet|den\s+unge|du|han|hun|de)\s+(?:er|bliver|fylder)\s+$", _IC)


def _roles(text: str, sentences: list[Span], today: date) -> tuple[list[_Role], list[Span]]:
    """The role of each quantity, and the thresholds that only define what is measured."""
    roles: list[_Role] = []
    thresholds: list[Span] = []
    previous_end = 0
    scales = list(_spans(_SCALE, text)) + list(_spans(_LABEL, text))
    for match in find_quantities(text, today):
        if any(_overlaps((match.start, match.end), scale) for scale in scales):
            continue  # a scale ("på en skala fra 1 til 5") or the goal's own number ("Delmål 2.1:")
        if not text[match.start].isdigit() and "-" in text[match.start : match.end]:
            continue  # a number word inside a compound: "to-lærer-timerne"
        if re.match(r"(?:én|ét|en|et)\b", text[match.start : match.end], _IC):
            continue  # "én fælles indgang" says "a single", not a level to reach
        if _ORDINAL_OR_AGE.match(text, match.end) or _AGE_BEFORE.search(text[max(0, match.start - 40) : match.start]):
            continue  # "på 2., 4., 6. og 8. klassetrin", "når barnet er 4 måneder": which ones or when, not a level
        grade = _grade_threshold(text, match)
        if grade:
            thresholds.append(grade)
            continue
        which = _WHICH_ONES.search(text[max(0, match.start - 50) : match.start])
        which_ones = which is not None and clauses.verb_kind(which["noun"]) is None and not which["noun"].endswith("es")
        if _QUALIFYING_AMOUNT.search(text[max(0, match.start - 40) : match.start]) or which_ones:
            thresholds.append((match.start, match.end))
            continue  # "lokalsamfund over 200 indbyggere", "byggeprojekt over 20 mio.": which ones, not how many
        if _MEANS_OR_DEFINITE.search(text[max(0, match.start - 40) : match.start]):
            continue  # "afsat 0,5 mio. kr.", "de tre indsatser": money for the work, or things already named
        threshold_before = _word_before(text, match.start) in ("med", "end", "over", "under", "mindst", "højst")
        if _DEFINED_SHARE.match(text, match.end) and match.quantity.unit == "%" and threshold_before:
            continue  # "elever med mere end 10 % fravær" defines who is counted
        sentence = _sentence_of(sentences, match.start)
        if _defines_the_measure(text, (match.start, match.end), sentence):
            thresholds.append((match.start, match.end))
            continue  # "andelen af elever, der får mindst 02", "sager, der varer over 52 uger"
        roles.append(_role(text, match, max(sentence[0], previous_end), today))
        previous_end = match.end
    return roles, thresholds


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
        self.roles, self.thresholds = _roles(text, self.sentences, today)
        self.readings = clauses.read(text)

    def sentence_text(self, pos: int) -> Span:
        return _sentence_of(self.sentences, pos)

    # -- initiative, effect, output

    def initiative(self) -> Span | None:
        first = _first(s for s in _spans(_INITIATIVE, self.text) if not self._not_an_initiative(s))
        if first:
            return self._extend_phrase(first, 3)
        return next((r.span for r in self.readings if r.kind == "initiative"), None)

    def _not_an_initiative(self, span: Span) -> bool:
        """"bidrage til en bæredygtig udvikling" is an aim; "Alle ledere gennemfører" is taking part in an activity."""
        sentence_start = self.sentence_text(span[0])[0]
        before = self.text[max(sentence_start, span[0] - 60) : span[0]]
        if _CONTRIBUTES_TO.search(before):
            return True
        on_agenda = re.search(r"dagsorden", self.text[span[0] : span[1]], _IC)
        if not on_agenda and any(r.people and _overlaps(r.verb, span) for r in self.readings):
            return True  # "Flere ældre skal bevare deres funktionsevne": what citizens do is no initiative of the unit
        words = self.text[span[0] : span[1]].lower()
        if words.startswith(("sikre", "sørge")):
            start, end = self.sentence_text(span[0])
            if re.search(r"\bmål(?:et|sætning\w*)?\b", self.text[start : span[0]], _IC):
                return True  # "Det er Byrådets mål at sikre, at …" states an aim
            return _EFFECT.search(self.text, span[1], end) is not None  # "sikre, at borgerne oplever …" is an aim
        if words.startswith("udvikling") and _AIMED_DEVELOPMENT.search(before):
            return True
        if words.startswith("gennemfør") and not words.startswith("gennemførelse"):
            clause = re.split(r"[,;:]", self.text[sentence_start : span[0]])[-1]
            words_before = [word.lower() for word in _WORD.findall(clause)]
            subject = [w for w in words_before if w not in _SUBJECT_FILLERS and not w.isdigit()]
            if subject and subject[-1] not in ("vi", "der", "man", "i") and _PARTICIPANT.match(subject[-1]):
                return True
        return False

    def effect(self) -> Span | None:
        candidates: list[Span] = []
        sentence_starts = {start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
                           for start, end in self.sentences}
        for match in _CHANGE_ADJECTIVE.finditer(self.text):
            if match["adj"][0].isupper() and match.start() not in sentence_starts:
                continue  # part of a name: "Den Styrkede Pædagogiske Læreplan"
            adjective = match["adj"].lower()
            if adjective in ("mindre", "større") and _word_before(self.text, match.start()) in _SIZE_ARTICLES:
                continue
            if _word_before(self.text, match.start()) == "i" and match["noun"].lower() == "grad":
                continue
            if adjective.endswith("ede") and _word_before(self.text, match.start()) in ("den", "det", "de"):
                continue  # "den styrkede pædagogiske læreplan": a thing already named, not a change to reach
            if _word_before(self.text, match.start()) in ("arbejde", "arbejder", "arbejdes"):
                continue  # "arbejde mere forebyggende": a way of working
            if _word_before(self.text, match.start()) in _PUTTING_UP:
                continue  # "opsætte flere varmepumper": what the unit installs, not a change for citizens
            following = [w.group() for w in _WORD.finditer(self.text[match.end("noun") : match.end("noun") + 40])][:2]
            if any(_WORKING_METHOD.match(word) for word in [match["noun"], *following]):
                continue  # "en mere rehabiliterende arbejdsform" changes how the work is done: an initiative
            candidates.append((match.start(), match.end()))
        for start, end in _spans(_EFFECT, self.text):
            subject = self.text[start:end]
            if _NOT_EFFECT_SUBJECT.match(subject):
                continue
            unit_subject = _UNIT_SUBJECT.match(subject)
            after_clause = re.match(r"[\wæøå-]+,\s+", subject)  # "…, der får mindst 02, skal stige"
            if after_clause:
                start += after_clause.end()
            candidates.append((start + unit_subject.end() if unit_subject else start, end))
        read = next((r.span for r in self.readings if r.kind == "effect"), None)
        return _first(candidates) or read or self._nominal_aspiration()

    def _nominal_aspiration(self) -> Span | None:
        """"Levedygtige og attraktive lokalsamfund til gavn for borgerne.": a wished-for state named without a verb."""
        stripped = self.text.strip()
        heading = _HEADING.match(stripped)  # "Indsatsområde 3: Sammenhængende forløb for …"
        if heading:
            stripped = stripped[heading.end() :].strip()
        match = _NOMINAL_ASPIRATION.match(stripped)
        words = [word.lower() for word in _WORD.findall(stripped)]
        one_sentence = len(self.sentences) == 1 or (heading is not None and len(self.sentences) == 2)
        if not match or not one_sentence or len(words) > 20 or _FINITE_VERBS & set(words):
            return None
        if any(_PASSIVE.fullmatch(word) for word in words[1:]):
            return None
        if _INITIATIVE.search(stripped) or _PLAN_NOUN.search(stripped):
            return None
        if any(r.kind in ("initiative", "output") for r in self.readings):
            return None  # a verb was read after all: "Borgerne modtager et tilbud …"
        if self.unit_delivery() is not None:
            return None  # "Erhvervsservice besøger 150 virksomheder om året": a delivery, not a state
        start = self.text.find(stripped)
        return start, start + len(stripped.rstrip(".!"))

    def effect_from_indicator(self, effect: Span | None, indicator: Span | None) -> Span | None:
        """"Ventetiden på genoptræning skal halveres" reads better than "genoptræning skal halveres"."""
        if effect is None or indicator is None or not indicator[0] < effect[0]:
            return effect
        between = self.text[indicator[1] : effect[0]]
        same_sentence = self.sentence_text(indicator[0]) == self.sentence_text(effect[0])
        if same_sentence and len(_WORD.findall(between)) <= 5 and not re.search(r"[,;:]", between):
            return indicator[0], effect[1]
        joined = self.text[indicator[0] : effect[0]]
        relative = re.fullmatch(r"[^;:]*,\s*", between) and re.search(r",\s*(?:der|som)\s", joined, _IC)
        if same_sentence and relative and len(_WORD.findall(joined)) <= 20:
            return indicator[0], effect[1]  # "Andelen af borgere, der venter over 30 dage, skal ned"
        return effect

    def level_as_effect(self, indicator: Span, target: Span) -> Span | None:
        """A measured quantity given a level ("Fraværet skal under 6 %") states the change it aims at."""
        if self.text[target[0] : target[1]].lower().startswith(("alle", "samtlige", "ingen")):
            return None
        between = self.text[min(indicator[1], target[0]) : max(indicator[1], target[0])]
        if "måltal" in self.text[indicator[0] : indicator[1]].lower() or _FIXED_BY_DECISION.search(between):
            return None  # "anlægsmåltallet fastsættes til 4 mio. kr." fixes a budget figure, not a change in the world
        joined = (min(indicator[0], target[0]), max(indicator[1], target[1]))
        same_sentence = self.sentence_text(indicator[0]) == self.sentence_text(target[0])
        return joined if same_sentence and joined[1] - joined[0] <= 60 else indicator

    def scoped_activities(self) -> list[Span]:
        """"forløb for 160 unge": whom an activity reaches, an output rather than a measure."""
        audiences: list[Span] = []
        for audience in _AUDIENCE.finditer(self.text):
            start = self.sentence_text(audience.start())[0]
            clause = re.split(r"[,;:]", self.text[start : audience.start()])[-1]
            verbs = list(_DELIVERING.finditer(clause))
            if verbs:
                delivered = audience.start() - len(clause) + verbs[-1].end()
                audiences.append((delivered, audience.end()))
        return audiences + [
            (m.start(), m.end())
            for m in _SCOPED_ACTIVITY.finditer(self.text)
            if m["who"].lower() not in _NOT_COUNTED
            and not m["who"].lower().startswith(("procent", "pct"))
            and not re.fullmatch(r"(?:19|20)\d\d\.?", m["count"])
            and "." not in self.text[m.end("count") : m.start("who")]
        ]

    def _participant_count(self) -> Iterator[Span]:
        for match in _PARTICIPANT_COUNT.finditer(self.text):
            start, end = self.sentence_text(match.start())
            sentence = self.text[start:end]
            aims_higher = _HIGHER.search(sentence) and not _LOWER.search(sentence)
            if aims_higher and any(r.role == "target" and start <= r.start < end for r in self.roles):
                yield self._extend_phrase((match.start(), match.end()), 6, stop_at_numbers=True)

    def output(self) -> Span | None:
        candidates = list(_spans(_COMPLETED_OUTPUT, self.text))
        candidates += self.scoped_activities()
        candidates += self._participant_count()
        for role in self.roles:
            if role.role not in ("target", "") or role.match.quantity.unit in _NOT_COUNTED:
                continue
            span = self._output_around(role.match)
            if span:
                candidates.append(span)
        candidates += list(_spans(_FACILITY_BUILT, self.text))
        read = next((r.span for r in self.readings if r.kind == "output"), None)
        return _first(candidates) or read  # "Alle nye borgere får en fast kontaktperson"

    def service_level(self) -> tuple[Span, Span, Span] | None:
        """A service level stated as what is to be delivered: (its clause, what is measured, the time limit)."""
        for sentence_start, sentence_end in self.sentences:
            sentence = self.text[sentence_start:sentence_end]
            clause = _trimmed(self.text, (sentence_start, sentence_end))
            limit = _SERVICE_TIME_LIMIT.search(sentence) or self._delivered_within(sentence)
            felt = _SERVICE_MEASURE.search(sentence)
            if felt and (limit is None or felt.start() < limit.start()):
                continue  # "Ventetiden … må højst være 3 måneder": a measure the users feel, read as an effect
            # (one named only after the limit, "…, men der findes særlige sagsbehandlingstider", is no such measure)
            if limit is None and not _FOLLOWUP_VERB.search(sentence) and not _METHOD.search(sentence):
                limit = _SERVICE_FREQUENCY.search(sentence)  # a delivery by the unit, as often as it is promised
                if limit and (not self._delivered_in(sentence_start, sentence_start + limit.end())
                              or re.search(r"møde", sentence[: limit.start()], _IC)):
                    limit = None  # meetings held so often are a way of working or of following up
                followup = self.followup()[0] if limit else None
                if limit and followup and _overlaps(followup, (sentence_start + limit.start(),
                                                               sentence_start + limit.end())):
                    limit = None  # "Vi afholder dialogmøder … to gange om året": the rhythm of follow-up
            if not limit or _PEOPLE_TO_JOB.search(sentence):
                continue
            worded = (_WORDED_TIME_LIMIT.match(limit.group()) or _SERVICE_FREQUENCY.match(sentence, limit.start())
                      or _CLOCK_LIMIT.match(limit.group()))
            has_target = any(r.role == "target" and sentence_start <= r.start < sentence_end for r in self.roles)
            if not worded and not has_target:
                continue
            measured = _trimmed(self.text, (sentence_start, sentence_start + limit.start()))
            return clause, measured, (sentence_start + limit.start(), sentence_start + limit.end())
        return None

    @staticmethod
    def _delivered_within(sentence: str) -> re.Match[str] | None:
        """"et svar inden for 10 hverdage": a plain time limit within a few words after what is delivered."""
        for limit in _PLAIN_TIME_LIMIT.finditer(sentence):
            before = _WORD.findall(sentence[: limit.start()])[-5:]
            if any(_DELIVERED_THING.fullmatch(word) for word in before):
                return limit
            if before and _DELIVERY_PASSIVE.fullmatch(before[-1]) and not _FOLLOWUP_VERB.fullmatch(before[-1]):
                return limit  # "Hjælpemidler udleveres inden for 2 hverdage"
        return None

    def _delivered_in(self, start: int, end: int) -> bool:
        """"Affald i papirkurve tømmes", "Bogbussen kører til …": a delivery by the unit, not what people do."""
        words = [word.lower() for word in _WORD.findall(self.text[start:end])]
        if any(_DELIVERY_PASSIVE.fullmatch(word) for word in words[1:]):
            return True
        if _DONE_BY_THEN.search(self.text, start, end):
            return True  # "Huller … skal være lappet senest …"
        if _WE_DELIVER.search(self.text, start, end) or _GETS_DONE.search(self.text, start, end):
            return True  # "henter vi dit haveaffald …", "får du hentet storskrald …"
        return self.unit_delivery((start, end)) is not None

    def delivered_by_unit(self, span: Span) -> bool:
        """"Byggesager behandles inden for 30 dage", "Borgerservice besvarer …": the unit's own delivery (an
        initiative with its output), not what people get or have ("Alle unge skal have en plan inden for …")."""
        if _MEASURE_HEAD.match(self.text, span[0]):
            return False  # "Antallet af opkald, der besvares inden for 3 minutter, skal øges": a measure to move
        return self._delivered_in(*span)

    def delivery_reaching(self) -> Span | None:
        """"Kommunen indfører madaffaldsindsamling ved alle sommerhuse", "… en fast telefontid for borgere på
        sygedagpenge", "Socialpsykiatrien etablerer et akuttilbud": a service that a named unit sets up for people or
        places is delivered (an output), not a plan, a model or a team of the unit's own."""
        for verb in _DELIVERING.finditer(self.text):
            start, end = self.sentence_text(verb.start())
            subject = _WORD.search(self.text, start, verb.start())
            if subject is None or subject.group().lower() in _PRONOUNS:
                continue  # "Vi opretter et nyt aktivitetstilbud …": the unit's intent, as the development set reads it
            clause = re.split(r"[,;:]", self.text[verb.start() : end])[0]
            reaching = _REACHING.search(clause)
            words = _WORD.findall(clause[: reaching.start() if reaching else len(clause)])[1:]
            if not words or any(_PLAN_NOUN.fullmatch(word) or _OWN_ORGANISATION.fullmatch(word) for word in words):
                continue
            if reaching or re.search(r"tilbud(?:det)?$", words[-1], _IC):
                return verb.start(), verb.start() + len(clause.rstrip(". "))
        return None

    def delivery_by_unit(self) -> Span | None:
        """"Beredskabet underviser mindst 1.200 skoleelever", "Tandplejen indkalder alle børn …": what a named unit
        delivers, from its verb to the end of the clause, is the output beside the initiative."""
        verb = self.unit_delivery()
        if verb is None:
            return None
        start, end = self.sentence_text(verb[0])
        if _WORD.search(self.text, start, verb[0]).group().lower() in _PRONOUNS:  # type: ignore[union-attr]
            return None  # "Vi afholder dialogmøder …": the unit's way of working, named by what it does
        clause = re.split(r"[,;:]", self.text[verb[0] : end])[0]
        return (verb[0], verb[0] + len(clause)) if len(_WORD.findall(clause)) >= 3 else None

    def unit_delivery(self, within: Span | None = None) -> Span | None:
        """The verb of a delivery by a named unit at the start of a sentence ("Erhvervsservice besøger …")."""
        for sentence_start, sentence_end in self.sentences if within is None else [within]:
            stripped = self.text[sentence_start:sentence_end]
            offset = sentence_start + len(stripped) - len(stripped.lstrip())
            heading = _HEADING.match(self.text[offset:sentence_end])
            match = _UNIT_DELIVERY.match(self.text, offset + heading.end() if heading else offset, sentence_end)
            if match is None:
                continue
            subject = match["subject"].lower()
            if subject in ("alle", "flere", "færre", "ingen", "samtlige", "de", "mange") or re.fullmatch(
                _PARTICIPANT_STEMS + r"(?:e|er|erne|en|ne|n|r)?", subject
            ):
                continue  # "Alle ledere gennemfører …", "Borgerne tilbydes …": people taking part, not the unit
            return match.span("verb")
        return None

    def _output_around(self, match: QuantityMatch) -> Span | None:
        sentence = self.sentence_text(match.start)
        unit = match.quantity.unit
        if _DELIVERABLES.match(unit) and not _OF_OR_FROM.match(self.text, match.end):
            return match.start, match.end
        after = self.text[match.end : min(sentence[1], match.end + 150)]
        activity = _OUTPUT_ACTIVITY.search(after)
        if activity and _COMPLETED_EDUCATION.search(after[activity.start() : activity.end() + 45]):
            return None  # "90 procent af de 25-årige har gennemført en ungdomsuddannelse" is a change for them
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
            and not _ACTIVITY_TAIL.search(self.text[s[0] : s[1]])
        ]
        aimed = _AIM_FOR.search(self.text)
        if aimed:
            return aimed.span("measure"), "measure"
        measure = _first(measures)
        if measure:
            return self._extend_measure(measure), "measure"
        grade = self._graded_indicator()
        if grade:
            return grade, "measure"
        share = self._implied_indicator(shares=True)
        if share:
            return share, "share"
        phased = _PHASED_OUT.search(self.text)
        if phased:
            return phased.span("things"), "count"  # "individuelle oliefyr er udfaset": the ones left are counted
        sized = _SIZED_CHANGE.search(self.text) or _SIZED_PASSIVE.search(self.text)
        if sized and sized["thing"].lower() not in _PRONOUNS:
            return sized.span("thing"), "measure"  # "reducere brugen af drivhusgasser med 70%"
        for method in _spans(_METHOD, self.text):
            if self._is_purpose(method) or self._carried_out(method):
                continue
            subject = self._measured_subject(method)
            if subject:
                return subject, "measure"
            if not _MEASURES_IT.match(self.text, method[0]):
                return method, "method"
            # "vi måler det med tal fra LIS": the verb says that something is measured, not what
        count = self._implied_indicator(shares=False)
        return count, "count" if count else None

    def _graded_indicator(self) -> Span | None:
        """"Flere elever skal have mindst 4 i matematik": those reaching a mark are counted."""
        for start, end in self.thresholds:
            if not _GRADE_AFTER.search(self.text, start, end):
                continue
            sentence_start = self.sentence_text(start)[0]
            people = list(re.finditer(r"\b" + _PEOPLE_STEMS + r"[\wæøå]*", self.text[sentence_start:start], _IC))
            return (sentence_start + people[-1].start() if people else start), end
        return None

    def _is_topic(self, span: Span) -> bool:
        """"fokus på sygefravær", "et projekt om ventetid", "en kortlægning af energiforbruget", "fra ledighed til
        job": the subject of an activity or a passage, not a measure."""
        before = _word_before(self.text, span[0])
        if before == "fra" and re.match(r"\s+til\s", self.text[span[1] :], _IC):
            return True  # "vejen fra ledighed til job"
        start, end = self.sentence_text(span[0])
        sentence = self.text[start:end]
        initiative = _first(s for s in _spans(_INITIATIVE, sentence))
        read = next((r.span for r in self.readings if r.kind == "initiative" and start <= r.span[0] < end), None)
        acted_on = (initiative is not None and start + initiative[0] < span[0]) or read is not None
        if before not in _TOPIC_PREPOSITIONS and not (acted_on and before in ("af", "for", "i")) and not (
            initiative is not None and start + initiative[1] <= span[0] and before not in ("at",)
            and len(_WORD.findall(self.text[start + initiative[1] : span[0]])) <= 8
        ):
            return False
        if not (initiative or read) or _EFFECT.search(sentence) or _CHANGE_ADJECTIVE.search(sentence):
            return False
        if any(r.kind == "effect" and start <= r.span[0] < end for r in self.readings):
            return False
        return not any(r.role in ("target", "relative") and start <= r.start < end for r in self.roles)

    def _carried_out(self, span: Span) -> bool:
        """"Vi gennemfører en brugerundersøgelse": a survey the unit carries out is its activity, not yet a measure."""
        before = self.text[max(0, span[0] - 40) : span[0]]
        if not _CARRYING_OUT.search(before):
            return False
        start, end = self.sentence_text(span[0])
        return not any(r.role in ("target", "relative") and start <= r.start < end for r in self.roles)

    def _is_purpose(self, span: Span) -> bool:
        """"et nyt system til registrering af skader": what a new tool is for, an initiative rather than a measure."""
        if _word_before(self.text, span[0]) != "til":
            return False
        start, end = self.sentence_text(span[0])
        return _INITIATIVE.search(self.text, start, end) is not None

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
                share = _SHARE_OF.match(self.text, role.match.end) or _SHARE_STATE.match(self.text, role.match.end)
                if share:
                    return role.match.start, share.end()
            elif unit not in ("", "%", "procentpoint") and unit not in _NOT_COUNTED and not shares:
                reaches = _word_before(self.text, role.match.start) in ("for", "til", "mindst", "cirka", "ca")
                if reaches and any(s[0] <= role.match.start < s[1] for s in self.scoped_activities()):
                    continue  # "forløb for 160 unge" says whom the activity reaches, not what is measured
                return role.match.start, role.match.end
        return None

    def _extend_measure(self, span: Span) -> Span:
        word = self.text[span[0] : span[1]].lower()
        if not word.startswith(("andel", "antal", "procentdel", "gennemsnitlig", "mængde")):
            return span
        extended = self._extend_phrase(span, 6, stop_at_numbers=True)
        sentence_end = self.sentence_text(span[0])[1]
        for start, end in self.thresholds:
            if extended[1] <= start < sentence_end and start - extended[1] <= 50:
                # the threshold belongs to what is measured: "antallet af sager, der varer over 52 uger"
                return self._extend_phrase((span[0], end), 8)
        return extended

    _PHRASE_STOPS = word_set(
        """skal er var bliver blive stiger falder fra til mindst højst op ned øges reduceres halveres fordobles steg
        faldt lå udgjorde viste viser nåede inden senest ultimo primo medio som der og eller ligger udgør målt måles
        opgjort opgøres så at for ved vil kan må bør har hvor når stige falde øge øget reducere nedbringe komme gå ligge
        nå være vokse vokser mindskes forbedres styrkes hæves sænkes forkortes forøges nedsættes løftes ende lande
        registreres registreret hentes trækkes følges aflæses indberettes dokumenteres tælles"""
    )
    _TRAILING = word_set("i af på og for til med om mellem mere mindre en et den det de over under")

    def _extend_phrase(self, span: Span, limit: int, stop_at_numbers: bool = False) -> Span:
        end = span[1]
        sentence_end = self.sentence_text(span[0])[1]
        for taken, match in enumerate(_WORD.finditer(self.text, span[1], sentence_end)):
            gap = self.text[end : match.start()]
            word = match.group().lower()
            if gap.strip() not in ("", ".") or (gap.strip() == "." and not self._dot_continues(end)):
                break
            both_and = word == "og" and re.search(r"\bbåde\s+[\wæøå-]+\s*$", self.text[span[0] : match.start()], _IC)
            if (word in self._PHRASE_STOPS and not both_and) or taken >= limit:
                break
            if stop_at_numbers and self._counts_here(match.start(), match.end()):
                break
            if word == "i" and re.match(r"\s+dag\b", self.text[match.end() :], _IC):
                break
            end = match.end()
        words = list(_WORD.finditer(self.text, span[0], end))
        while len(words) > 1 and words[-1].group().lower() in self._TRAILING:
            words.pop()
        return span[0], max(span[1], words[-1].end() if words else span[1])

    def _counts_here(self, start: int, end: int) -> bool:
        """A quantity or a year ends a measure's name; an age ("over 65 år") or an ordinal ("2. klasse") does not."""
        word = self.text[start:end]
        if not word.replace(",", "").replace(".", "").isdigit() or self.text.startswith(".", end):
            return False
        if re.fullmatch(r"(?:19|20)\d\d", word):
            return True
        return any(r.match.start == start for r in self.roles) or any(t[0] == start for t in self.thresholds)

    def _dot_continues(self, pos: int) -> bool:
        """A dot after an ordinal ("2. klasse") or an abbreviation ("pr. medarbejder") does not end the phrase."""
        words = _WORD.findall(self.text[max(0, pos - 12) : pos])
        return bool(words) and (words[-1].isdigit() or words[-1].lower() in _ABBREVIATIONS)

    def data_source(self) -> Span | None:
        spans = [
            s
            for s in _spans(_DATA_SOURCE, self.text)
            if not _NOT_SOURCE.match(self.text[s[0] : s[1]])
            and not self._introduced_tool(s)
            and not self._carried_out(s)
        ]
        spans += [m.span("source") for m in _SOURCE_AFTER_VERB.finditer(self.text)]
        spans += [m.span("source") for m in _SOURCE_NAMED.finditer(self.text)]
        span = min(spans, key=lambda s: (s[0], -s[1]), default=None)
        if span is None:
            return None
        start, end = _trimmed(self.text, span)  # "hentes fra LIS med …" is read as the genitive "LIS med"
        while end > start and self.text[end - 1] == ".":
            end -= 1
        lead = _FIGURES_FROM.match(self.text, start, end)
        if lead and _DATA_SOURCE.fullmatch(self.text, lead.end(), end):
            start = lead.end()  # "tal fra LIS": the source is LIS
        more = _SOURCE_TAIL.match(self.text, end)
        if more:
            end = more.end()  # "LIS med data fra lønsystemet (SD)": the holder's whole source, not its known part
        return start, end

    def _introduced_tool(self, span: Span) -> bool:
        """"Vi udvikler et nyt dashboard": a tool still to be made is an initiative, not where figures come from."""
        if _word_before(self.text, span[0]) not in ("ny", "nyt", "nye"):
            return False
        start, end = self.sentence_text(span[0])
        return _INITIATIVE.search(self.text, start, end) is not None

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
        """A level in words: "halveres", "landsgennemsnittet", "nul arbejdsulykker".

        A quantifier ("alle børn", "ingen borgere") says whom a goal is for, not a level one can check a result
        against: it is no target."""
        match = _TARGET_WORDS.search(self.text)
        return (match.start(), match.end()) if match else None

    @staticmethod
    def _word_target(words: str, baseline: Quantity | None) -> Quantity | None:
        if words.startswith("halver"):
            return Quantity(round(baseline.value / 2, 2), baseline.unit) if baseline else None
        if words.startswith("fordobl"):
            return Quantity(baseline.value * 2, baseline.unit) if baseline else None
        if words.startswith("nul"):
            return Quantity(0.0, words.split()[-1])
        return None

    # -- follow-up

    def followup(self) -> tuple[Span | None, str | None]:
        frequency = find_frequency(self.text)
        candidates: list[Span] = []
        defines = frequency and _defines_the_measure(self.text, frequency[1:], self.sentence_text(frequency[1]))
        rhythm_only = frequency and self._no_followup_around(frequency[1], frequency[2])
        if frequency and not defines and not rhythm_only and not self._activity_rhythm(frequency[1], frequency[2]):
            _, start, end = frequency
            candidates.append(self._around_frequency(start, end))
        elif frequency:
            frequency = None
        for start, end in _spans(_FORUM, self.text):
            forum = self.text[start:end]
            if _INVOLVEMENT.search(self.text[max(0, start - 60) : start]) and not self._verb_near(start):
                continue
            if _word_before(self.text, start) in ("af", "blandt", "fra"):
                continue  # "nøgletal fra LIS" names where the figures come from
            verb = self._verb_near(start)
            if verb:
                candidates.append((min(verb[0], start), max(verb[1], end)))
            elif _NEEDS_FOLLOWUP_VERB.match(forum) or self._introduced(start):
                continue
            elif _ALWAYS_FOLLOWUP_FORUM.match(forum) or _word_before(self.text, start) in ("i", "på", "til", "via"):
                candidates.append(self._with_preposition(start, end))
        return self._merged(candidates), frequency[0] if frequency else None

    def _merged(self, candidates: list[Span]) -> Span | None:
        """"følges op månedligt" and "følges op … på dialogmøderne" are one follow-up: the longest reading."""
        if not candidates:
            return None
        ordered = sorted(candidates)
        start, end = ordered[0]
        for other in ordered[1:]:
            gap = self.text[end : other[0]] if other[0] > end else ""
            if other[0] <= end or re.fullmatch(r"\s*(?:(?:i|på|til|via|og)\s+)?", gap, _IC):
                end = max(end, other[1])
        return start, end

    def _no_followup_around(self, start: int, end: int) -> bool:
        """"Der gennemføres MUS … hvert år", "Der afsættes 2 mio. kr. årligt": a rhythm in a sentence that says
        nothing of following up, measuring or reporting."""
        sentence_start, sentence_end = self.sentence_text(start)
        sentence = self.text[sentence_start:sentence_end]
        context = (_FOLLOWUP_VERB, _FORUM, _FOLLOWUP_NOUN, _MEASURING_VERB, _METHOD, _DATA_SOURCE)
        return not any(pattern.search(sentence) for pattern in context)

    def _activity_rhythm(self, start: int, end: int) -> bool:
        """"ugentlig træning": how often an activity takes place, not how the goal is followed up."""
        words = self.text[start:end].lower()
        if not re.search(r"(?:lig|lige|ligt|vis|vise)$", words) or self._verb_near(start):
            return False
        noun = _WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        if noun is None or noun.group().lower() in _NOT_NOUNS:
            return False
        return not any(
            pattern.match(self.text, noun.start()) for pattern in (_FORUM, _METHOD, _DATA_SOURCE, _FOLLOWUP_NOUN)
        )

    def _introduced(self, pos: int) -> bool:
        """"Der afprøves faste dialogmøder": the meetings are what is tried out, not the follow-up."""
        start = self.sentence_text(pos)[0]
        words = _words_before(self.text, start, pos)[:3]
        return any(_INTRODUCING_VERB.match(word) for word, _ in words)

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

    keep("initiative", analyser.initiative() or analyser.unit_delivery())
    keep("output", analyser.output() or analyser.delivery_by_unit() or analyser.delivery_reaching())
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

    _learned(text, spans)
    service = analyser.service_level()
    if service:
        clause, measured, limit = service  # "Huller i vejene udbedres inden for 48 timer": a delivery with its limit
        by_unit = analyser.delivered_by_unit((measured[0], limit[1]))  # "… bliver tømt hver 14. dag" with its verb
        effect = spans.get("effect")
        if by_unit and effect is not None and measured[0] <= effect[0] < measured[1]:
            del spans["effect"]  # the delivery itself was read as a change: "Alle familier … skal kontaktes inden for"
        if "effect" not in spans:
            spans.setdefault("output", clause)
            if by_unit:
                spans.setdefault("initiative", measured)
            if "indicator" not in spans:
                spans["indicator"] = measured
                indicator_kind = "measure"
            limit_words = text[limit[0] : limit[1]]
            rhythm = _SERVICE_FREQUENCY.match(text, limit[0])
            if "target" not in spans and (_WORDED_TIME_LIMIT.match(limit_words) or rhythm
                                          or _CLOCK_LIMIT.match(limit_words)):
                spans["target"] = limit  # "inden for den første uge", "mindst hver anden uge": the level in words
            deadline_span = spans.get("deadline")
            if deadline_span and _overlaps(deadline_span, limit):
                del spans["deadline"]  # "inden for en måned efter henvendelsen" is the limit, not a deadline
                deadline = None
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


def _learned(text: str, spans: dict[str, Span]) -> None:
    """Where the learned model (element_model) is confident, it overrides the rules on initiative, output and effect:
    it removes a finding it all but rules out and adds one the rules missed, spanning the statement's first sentence
    (the model reads the whole statement, not a phrase in it)."""
    for element, probability in element_model.probabilities(text).items():
        low, high = element_model.BOUNDS[element]
        if probability <= low:
            spans.pop(element, None)
        elif probability >= high and element not in spans:
            spans[element] = _sentences(text)[0]


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
