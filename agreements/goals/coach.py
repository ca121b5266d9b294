"""The goal coach: one focused Danish question at a time until a goal meets R4, with R2 and R5 where they apply.

Question elements, in the order they are asked: "output_effect", "indicator" (or "leading_indicator" when the
effect only shows in the long run, R5), "data_source", "baseline", "target", "milestone" (multi-year goals, R2),
"deadline", "followup". Nothing the goal already states is asked for, and an element is given up after two
unusable answers, so the coach never gets stuck.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

from agreements.danish import Quantity, find_quantities, parse_deadline, parse_frequency
from agreements.goals.goal_analysis import (
    Analysis,
    analyse,
    names_a_measure,
    speaks_of_long_term_effect,
    states_leading_indicator,
)
from agreements.indicators.periods import MONTH_NAMES_DA

QUANTITY_FIELDS = ("baseline", "target")
# The longest goal text (or answer) the coach reads; longer text is refused with TOO_LONG before any analysis.
MAX_GOAL_TEXT = 1000
TOO_LONG = (
    "Målet er for langt til, at jeg kan læse det ordentligt – prøv at skrive det kortere (højst 1.000 tegn). "
    "Detaljerne kan komme bagefter, når jeg spørger ind."
)
TOO_LONG_ANSWER = "Det svar er for langt til mig – prøv at skrive det kortere (højst 1.000 tegn)."


def too_long(text: str) -> bool:
    return len(text.strip()) > MAX_GOAL_TEXT
QUESTION_ELEMENTS = (
    "output_effect", "indicator", "leading_indicator", "data_source", "baseline", "target", "milestone", "deadline",
    "followup",
)
# The state's fields that hold the answer to each question.
ANSWER_FIELDS: dict[str, tuple[str, ...]] = {
    "output_effect": ("output", "effect"),
    "target": ("target", "target_words"),
    "followup": ("followup", "frequency"),
}


@dataclass(frozen=True, slots=True)
class Question:
    element: str
    text: str
    example: str
    help: str


@dataclass(slots=True)
class CoachState:
    text: str
    today: str  # ISO date the coaching started; examples and next occurrences count from it
    initiative: str | None = None  # what the unit will do, in the holder's own sentence
    output: str | None = None
    effect: str | None = None
    indicator: str | None = None
    data_source: str | None = None
    baseline: Quantity | None = None
    baseline_year: int | None = None  # the year the baseline was measured, as the holder said it («24 % i 2025»)
    target: Quantity | None = None
    target_words: str | None = None
    deadline: str | None = None  # ISO date
    followup: str | None = None
    frequency: str | None = None
    milestone: str | None = None
    leading_indicator: str | None = None
    direction: str | None = None
    multi_year: bool = False  # R2: the goal spans several years, so this year needs a milestone
    long_horizon: bool = False  # R5: the effect shows late and nothing stated measures it along the way
    attempts: dict[str, int] = field(default_factory=dict)
    given_up: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoachState:
        known = {f.name for f in fields(cls)}
        values = {name: value for name, value in data.items() if name in known}
        for name in QUANTITY_FIELDS:
            if isinstance(values.get(name), dict):
                values[name] = Quantity(float(values[name]["value"]), str(values[name]["unit"]))
        values["attempts"] = dict(values.get("attempts") or {})
        values["given_up"] = list(values.get("given_up") or [])
        return cls(**values)

    @property
    def day(self) -> date:
        return date.fromisoformat(self.today)

    @property
    def spans_years(self) -> bool:
        """R2: the goal reaches beyond the agreement's year (the year of `today`), so this year needs a milestone:
        said so in the statement («frem mod 2028»), or a deadline after the year, however it came."""
        return self.multi_year or (self.deadline is not None and date.fromisoformat(self.deadline).year > self.day.year)


@dataclass(frozen=True, slots=True)
class AnswerResult:
    state: CoachState
    accepted: bool
    reask: bool
    text: str  # Danish: a short thanks, the question asked again with an example, or a note that we move on
    filled: tuple[str, ...] = ()
    given_up: bool = False
    next_question: Question | None = None


# ---------------------------------------------------------------- examples tailored to the goal's area


@dataclass(frozen=True, slots=True)
class _Area:
    keywords: str
    result: str
    measure: str
    source: str
    followup: str
    leading: str


_AREAS: tuple[_Area, ...] = (
    _Area(
        r"\blæse|\blæsning|\blæsere",
        "Flere elever i 2. klasse er gode læsere",
        "andelen af gode læsere i 2. klasse",
        "de nationale test",
        "Vi gør status på ledermøderne hvert halve år",
        "andelen af elever, der læser mindst 20 minutter om dagen",
    ),
    _Area(
        r"(?:triv(?:sel|sl|es)|stress|arbejdsglæde)\w*\s+(?:\w+\s+){0,2}(?:medarbejder|personale|ansatte|kolleg)"
        r"|(?:medarbejder|personale|ansatte|kolleg)\w*\s+(?:\w+\s+){0,2}(?:triv(?:sel|sl|es)|stress)|medarbejdertriv"
        r"|psykisk\w*\s+arbejdsmiljø|\bstress",
        "Medarbejderne trives, og færre oplever stress",
        "andelen af medarbejdere med høj trivsel",
        "den årlige trivselsmåling",
        "Vi drøfter resultaterne i Lokal-MED hvert kvartal",
        "andelen af medarbejdere, der har haft en trivselssamtale med deres leder",
    ),
    _Area(
        r"sygefravær|medarbejder|personale|arbejdsmiljø|rekrutter|fastholdelse|\bAPV\b|\bMED\b|lederudvikling",
        "Sygefraværet falder, og flere kolleger er på arbejde",
        "sygefraværet",
        "LIS med data fra lønsystemet",
        "Vi følger op månedligt i LIS og drøfter det i Lokal-MED",
        "andelen af sygemeldte, der har haft en sygefraværssamtale inden for 14 dage",
    ),
    _Area(
        r"ledig|\bjob|beskæftig|jobcent|kontanthjælp|sygedagpenge|uddannelseshjælp|selvforsørg|virksomhed",
        "Flere ledige kommer i job eller uddannelse",
        "antallet af borgere på kontanthjælp",
        "jobindsats.dk",
        "Vi gør status kvartalsvis i lederteamet",
        "antallet af ledige i virksomhedspraktik",
    ),
    _Area(
        r"ældre|plejecent|hjemmepleje|hjemmehjælp|rehabilit|genoptræn|plejebolig|demens|visitation",
        "Flere borgere klarer sig selv efter et rehabiliteringsforløb",
        "andelen af borgere, der ikke har brug for hjemmehjælp efter forløbet",
        "omsorgssystemet",
        "Vi følger op månedligt på ledermøderne",
        "antallet af borgere, der starter et rehabiliteringsforløb",
    ),
    _Area(
        r"dagtilbud|daginstitution|børnehave|vuggestue|dagpleje|pædagog|småbørn|sprogvurdering",
        "Flere børn har et alderssvarende sprog, når de starter i skole",
        "andelen af børn med alderssvarende sprog ved skolestart",
        "sprogvurderingerne i fagsystemet",
        "Vi drøfter status på ledermøderne hvert kvartal",
        "andelen af børn, der er sprogvurderet som 3-årige",
    ),
    _Area(
        r"skole|elev|klasse|undervisning|udskoling|afgangsprøve|\bSFO\b",
        "Flere elever trives og er glade for at gå i skole",
        "andelen af elever med høj trivsel",
        "den nationale trivselsmåling",
        "Vi gør status på ledermøderne hvert kvartal",
        "elevfraværet",
    ),
    _Area(
        r"handicap|udsat|misbrug|botilbud|bosted|socialpsykiatri|anbragt|anbringelse|underretning|hjemløs|forebyggende",
        "Flere børn kan blive i deres familie med den rette støtte",
        "antallet af anbragte børn",
        "fagsystemet",
        "Vi gennemgår tallene kvartalsvis med fagchefen",
        "antallet af familier, der får en tidlig forebyggende indsats",
    ),
    _Area(
        r"sundhed|indlæggelse|forebygg|rygning|rygestop|overvægt|alkohol|træning",
        "Færre ældre bliver indlagt med sygdomme, der kunne være forebygget",
        "antallet af forebyggelige indlæggelser",
        "Sundhedsdatastyrelsens tal på eSundhed",
        "Vi følger op kvartalsvis i ledergruppen",
        "antallet af borgere, der gennemfører et rygestopforløb",
    ),
    _Area(
        r"klima|co2|energi|udledning|solcelle|elbil|ladestander|grøn\s+omstilling|fossil",
        "Kommunens CO2-udledning falder",
        "CO2-udledningen fra kommunens bygninger og biler",
        "kommunens klimaregnskab",
        "Vi gør status hvert halve år i udvalget",
        "andelen af kommunens biler, der kører på el",
    ),
    _Area(
        r"\bvej|affald|genanvend|byggesag|byggetilladelse|spildevand|natur|\bpark|cykelsti|trafik|rotte",
        "Borgere og virksomheder får hurtigere svar på deres byggesager",
        "sagsbehandlingstiden på byggesager",
        "KL's benchmark af sagsbehandlingstider",
        "Vi følger op kvartalsvis i afdelingens ledergruppe",
        "andelen af ansøgninger, der er fuldt oplyst, når de kommer ind",
    ),
    _Area(
        r"bibliotek|kultur|museum|musikskole|fritid|idræt|forening|\bhal\b|udlån",
        "Flere børn og unge bruger bibliotekerne",
        "antallet af besøg på bibliotekerne",
        "bibliotekernes besøgstællere",
        "Vi gør status hvert halve år på dialogmøderne",
        "antallet af arrangementer for børn og unge",
    ),
    _Area(
        r"borgerservice|henvendelse|telefon|svartid|ekspedition|\bpas\b|kørekort",
        "Borgerne får hurtigere svar, når de ringer til Borgerservice",
        "svartiden i telefonen",
        "telefonisystemet",
        "Vi følger svartiden ugentligt på tavlemødet",
        "andelen af henvendelser, der løses ved første kontakt",
    ),
    _Area(
        r"digital|selvbetjening|automatiser|robot|\bRPA\b|kunstig\s+intelligens|\bIT\b",
        "Flere borgere søger digitalt, og sagsbehandlerne bruger mindre tid på manuelle opgaver",
        "andelen af ansøgninger, der kommer ind digitalt",
        "statistikken fra selvbetjeningsløsningen",
        "Vi følger op månedligt i ledergruppen",
        "antallet af arbejdsgange, der er automatiseret",
    ),
)
_DEFAULT_AREA = _Area(
    "",
    "30 borgere gennemfører forløbet, og flere af dem klarer sig selv bagefter",
    "andelen af borgere, der er tilfredse med hjælpen",
    "fagsystemet eller en brugerundersøgelse",
    "Vi følger op kvartalsvis på dialogmøderne",
    "antallet af borgere, der er startet i forløbet",
)


def _area(text: str) -> _Area:
    return next((a for a in _AREAS if re.search(a.keywords, text, re.IGNORECASE)), _DEFAULT_AREA)


_LOWER_IS_BETTER = re.compile(
    r"fravær|ventetid|\w*tid\b|\w*tiden\b|udgift|omkostning|indlæggelse|ledighed|udledning|forbrug|anbragt|anbringelse"
    r"|klage|kontanthjælp|ledige\b(?!,?\s+(?:der|som)\s|\s+i\s+(?:job|arbejde|beskæftigelse|uddannelse)\b)|fald\b|ulykke|tilbagefald|frafald|omsætning|rygere|sygedage"
    r"|sygemeld|stress|ensom|skade|fejl|restance|spild|overvægt|underretning|kriminalitet|hærværk|opsigelse|mistriv"
    r"|mobb|arbejdsløs|rygning|ryger\b|affaldsmængde|deponi",
    re.IGNORECASE,
)
_HIGHER_IS_BETTER = re.compile(
    r"trivsel|trives|tilfreds|tryg|\bjob|uddannelse|gode\s+læsere|selvhjulpne|aktive|deltager|fællesskab|genanvend"
    r"|besøg|digital|tilstedeværelse|karakter|gennemfør|beskæftig|selvforsørg",
    re.IGNORECASE,
)
_PERCENT_MEASURE = re.compile(r"andel|procent|fravær|grad\b|graden|rate\b|raten|kvote|frekvens", re.IGNORECASE)
_COUNT_MEASURE = re.compile(r"^\s*antal(?:let)?\b", re.IGNORECASE)
_DAYS_MEASURE = re.compile(r"dage\b|døgn\b", re.IGNORECASE)
_TIME_MEASURE = re.compile(r"tid\b|tiden\b|tider\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Levels:
    """Plausible numbers for the examples when the goal gives none."""

    baseline: Quantity
    target: Quantity
    milestone: Quantity


def _round_like(value: float, like: float) -> float:
    """Rounded as the user's own number is: whole numbers stay whole where that still shows a change."""
    if like == int(like) and round(value) != like:
        return float(round(value))
    return round(value, 1)


def _fits(level: Quantity | None, measure: str) -> Quantity | None:
    """A level the example may use: a share is given in %, never in «unge» or «dage» from some other number."""
    if level is None or level.unit == "procentpoint":
        return None
    counted = _COUNT_MEASURE.match(measure) is not None  # "antallet af elever med over 10 % fravær" is a count
    if _PERCENT_MEASURE.search(measure) and not counted and level.unit not in ("%", ""):
        return None
    if counted and level.unit == "%":
        return None
    return level


def _levels(state: CoachState, measure: str, direction: str) -> _Levels:
    target_level = _fits(state.target, measure)
    if _fits(state.baseline, measure) is not None and state.baseline is not None:
        baseline = state.baseline
    elif target_level is not None:
        factor = 1.2 if direction == "lower" else 0.8
        baseline = Quantity(_round_like(target_level.value * factor, target_level.value), target_level.unit)
    elif _COUNT_MEASURE.match(measure) and _DAYS_MEASURE.search(measure):
        baseline = Quantity(12.0, "dage")  # "antal fraværsdage pr. elev"
    elif _PERCENT_MEASURE.search(measure) and not _COUNT_MEASURE.match(measure):
        usual = 65.0 if direction == "higher" else 25.0
        baseline = Quantity(6.1 if "fravær" in measure.lower() else usual, "%")
    elif _TIME_MEASURE.search(measure):
        baseline = Quantity(20.0, "dage")
    else:
        baseline = Quantity(120.0, "")
    if target_level is not None:
        target = target_level
    else:
        factor = 0.9 if direction == "lower" else 1.15
        value = baseline.value * factor
        if baseline.unit == "%" and direction != "lower":
            value = min(value, baseline.value + (100 - baseline.value) / 2)  # 88 % → 94 %, never over 100 %
        target = Quantity(_round_like(value, baseline.value), baseline.unit)
    milestone = Quantity(_round_like((baseline.value + target.value) / 2, baseline.value), target.unit)
    return _Levels(baseline, target, milestone)


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def _decapitalised(words: str) -> str:
    first = words.split(" ", 1)[0]
    return words if first.isupper() else words[:1].lower() + words[1:]


_MORE_OR_FEWER = re.compile(
    # An ordinal's full stop («i 3. klasse») does not end the predicate.
    r"\b(?P<more>flere|færre)\s+(?!end\b)(?P<noun>[a-zæøå][\wæøå-]*)"
    r"(?:\s+(?P<predicate>(?:[^.,;:!?]|(?<=\d)\.(?=\s+[a-zæøå]))+))?",
    re.IGNORECASE,
)
_MODALS = frozenset({"skal", "må", "bør", "vil", "kan"})
_IRREGULAR_PRESENT = {
    "være": "er", "have": "har", "gøre": "gør", "vide": "ved", "få": "får", "gå": "går", "se": "ser", "stå": "står",
    "bo": "bor", "nå": "når", "tage": "tager", "blive": "bliver", "komme": "kommer",
}
_NOT_A_VERB = frozenset({"i", "på", "til", "med", "af", "for", "om", "og", "end", "ud", "ind"})


def _present(verb: str) -> str:
    """The present tense of a Danish infinitive: "gennemføre" → "gennemfører", "være" → "er"."""
    if verb in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[verb]
    return verb + "r" if verb.endswith("e") else verb


def _counted_phrase(words: str) -> tuple[str, str] | None:
    """"Færre medarbejdere melder sig stressede" → ("antallet af medarbejdere, der melder sig stressede", "lower")."""
    more = _MORE_OR_FEWER.search(words)
    if more is None:
        return None
    direction = "higher" if more["more"].lower() == "flere" else "lower"
    noun = more["noun"].lower()
    predicate = (more["predicate"] or "").split()
    if predicate and predicate[0].lower() in _MODALS:
        rest = predicate[1:]
        if rest and rest[0].lower() not in _NOT_A_VERB:
            predicate = [_present(rest[0].lower()), *rest[1:]]
        else:
            predicate = ["kommer", *rest]  # "Flere unge skal i uddannelse" → "der kommer i uddannelse"
    if not predicate or predicate[0].lower() in _NOT_A_VERB or len(predicate) > 8:
        return f"antallet af {noun}", direction
    return f"antallet af {noun}, der {' '.join(predicate)}", direction


# A quality the goal wishes for, measured as the share of people who have it (R4, R5).
_QUALITY_MEASURES: tuple[tuple[str, str, str], ...] = (
    (r"triv(?:sel|sl|es)", "andelen af {who} med høj trivsel", "higher"),
    (r"ensom", "andelen af {who}, der føler sig ensomme", "lower"),
    (r"stress", "andelen af {who}, der oplever stress", "lower"),
    (r"tilfreds", "andelen af {who}, der er tilfredse", "higher"),
    (r"tryg", "andelen af {who}, der føler sig trygge", "higher"),
)
_WHO = (
    ("medarbejder", "medarbejdere"), ("borger", "borgere"), ("elev", "elever"), ("børn", "børn"), ("barn", "børn"),
    ("ældre", "ældre"), ("beboer", "beboere"), ("bruger", "brugere"), ("forældre", "forældre"), ("unge", "unge"),
    ("patient", "patienter"), ("kolleg", "kolleger"), ("leder", "ledere"), ("ansatte", "ansatte"),
    ("pårørende", "pårørende"), ("familie", "familier"), ("ledige", "ledige"),
)


def _quality_measure(text: str) -> tuple[str, str] | None:
    """"Vi vil styrke trivslen blandt medarbejderne" → ("andelen af medarbejdere med høj trivsel", "higher")."""
    words = [word.lower() for word in re.findall(r"[\wæøå]+", text)]
    who = next((plural for word in words for stem, plural in _WHO if word.startswith(stem)), None)
    if who is None:
        return None
    for pattern, template, direction in _QUALITY_MEASURES:
        if re.search(pattern, text, re.IGNORECASE):
            return template.format(who=who), direction
    return None


@dataclass(frozen=True, slots=True)
class _Measure:
    words: str
    own: bool  # the user's own words, fit to quote in a question; otherwise only an example
    direction: str | None = None  # the direction the words themselves give ("færre", or a quality)


# An indicator said as a share in other words: «procent af de unge, der …», «hvor mange procent af …», «% unge i job»
_SHARE_OF = re.compile(
    r"^\s*(?:hvor\s+(?:mange\s+procent|stor\s+en\s+(?:del|andel))|procent(?:del(?:en)?)?|pct\.?|%)"
    r"(?:\s+af)?\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)
_IN_PERCENT = re.compile(
    r",?\s+(?:målt\s+)?(?:i\s+procent|i\s+%|som\s+(?:en\s+)?(?:andel|procent(?:del)?))\s*$", re.IGNORECASE
)
_BARE_SHARE = re.compile(r"^\s*(?:andel(?:en)?|procent(?:en|del(?:en)?)?|%|pct\.?)\s*$", re.IGNORECASE)
# A share the goal itself states: «80 % af de unge skal være i uddannelse»
_STATED_SHARE = re.compile(
    r"\b\d[\d.,]*\s*(?:%|procent|pct\.?)\s+af\s+(?P<who>(?:de\s+|alle\s+)?[a-zæøå][\wæøå-]*)"
    r"(?:\s+(?P<predicate>[^.,;:!?]+))?",
    re.IGNORECASE,
)


def _with_relative_comma(words: str) -> str:
    """«de unge der er i job» → «de unge, der er i job»."""
    return re.sub(r"(?<![,])\s+(der|som)\s+", r", \1 ", words, count=1)


def _share_phrase(words: str) -> str | None:
    """The share an indicator names in other words, as «andelen af …»; None when it names no share."""
    words = words.strip().rstrip(".")
    share = _SHARE_OF.match(words)
    if share and not _BARE_SHARE.match(words):
        return f"andelen af {_with_relative_comma(share['who'].strip())}"
    in_percent = _IN_PERCENT.search(words)
    if in_percent:
        who = words[: in_percent.start()].strip()
        if who and not names_a_measure(who) and not who.lower().endswith(("en", "et")):
            return f"andelen af {_with_relative_comma(who)}"  # «unge i uddannelse i procent»
    return None


def _says_share(words: str) -> bool:
    return bool(_SHARE_OF.match(words) or _IN_PERCENT.search(words) or _BARE_SHARE.match(words))


def _stated_share(text: str) -> str | None:
    """«80 % af de unge skal være i uddannelse» → «andelen af de unge, der er i uddannelse»."""
    stated = _STATED_SHARE.search(text)
    if stated is None:
        return None
    predicate = (stated["predicate"] or "").split()
    if predicate and predicate[0].lower() in _MODALS:
        rest = predicate[1:]
        predicate = [_present(rest[0].lower()), *rest[1:]] if rest and rest[0].lower() not in _NOT_A_VERB else []
    if not predicate or predicate[0].lower() in _NOT_A_VERB or len(predicate) > 8:
        return f"andelen af {stated['who'].lower()}"
    return f"andelen af {stated['who'].lower()}, der {' '.join(predicate)}"


_NAMED_SHARE = re.compile(
    r"\b(?:andel(?:en)?|procentdel(?:en)?)\s+af\s+(?P<who>(?:[^.;:()]|(?<=\d)\.(?=\s+[a-zæøå]))+?)"
    r"(?=\s+(?:skal|bør|må|vil|stiger|falder|øges|mindskes|i\s+20\d\d)\b|(?<!\d)\.|\.(?!\s+[a-zæøå])|[;:()]|\s*$)",
    re.IGNORECASE)  # «i 2. klasse»: a full stop after a digit before a small letter is an ordinal
_RELATIVE = re.compile(r"(?<!,)\s+(der|som)\s+")


def _named_share(text: str) -> str | None:
    """«Andelen af elever i almenskolen skal stige …» → «andelen af elever i almenskolen»; «andelen af unge under
    25 der er i job» → «andelen af unge under 25, der er i job»."""
    named = _NAMED_SHARE.search(text)
    if named is None:
        return None
    who = _RELATIVE.sub(r", \1 ", named["who"].strip().rstrip(","), count=1)
    return f"andelen af {who}" if 1 <= len(who.split()) <= 12 else None


def _in_percent(state: CoachState) -> bool:
    return any(level is not None and level.unit == "%" for level in (state.baseline, state.target))


def _measure(state: CoachState) -> _Measure | None:
    """What the goal measures, in words fit for the middle of a sentence, if the goal names or implies it."""
    answered = [words for words in (state.leading_indicator, state.indicator) if words]
    for words in answered:
        share = _share_phrase(words)
        if share and len(share.split()) <= 12:
            return _Measure(share, True)  # «procent af de unge, der er i job» is asked about as a share, in %
    for words in answered:
        usable = not words[:1].isdigit() and len(words.split()) <= 9 and not _BARE_SHARE.match(words)
        if names_a_measure(words) and usable:
            return _Measure(_decapitalised(words.strip().rstrip(".")), True)
    if any(_says_share(words) for words in answered):  # «tilfredsheden i procent», «andel»: the goal says of whom
        goal = [words for words in (state.effect, state.output, state.text) if words]
        phrases = [counted for counted in map(_counted_phrase, goal) if counted]
        if phrases:
            fullest = max(phrases, key=lambda counted: ", der " in counted[0])
            return _Measure(fullest[0].replace("antallet af", "andelen af", 1), True, fullest[1])
    stated = max((share for share in map(_stated_share, [*answered, state.text]) if share), key=len, default=None)
    if stated:
        return _Measure(stated, True)
    named = next((share for share in map(_named_share, [*answered, state.text]) if share), None)
    if named:
        return _Measure(named, True)
    for words in answered:
        counted = _counted_phrase(words)
        if counted:
            return _Measure(counted[0], True, counted[1])
    counted_unit = state.target.unit if state.target is not None else ""
    if counted_unit and counted_unit not in ("%", "procentpoint") and not _TIME_MEASURE.search(counted_unit):
        return _Measure(f"antallet af {counted_unit}", True)
    goal = [words for words in (state.effect, state.output, state.text) if words]
    phrases = [counted for counted in map(_counted_phrase, goal) if counted]
    if phrases:
        fullest = max(phrases, key=lambda counted: ", der " in counted[0])  # the first that says who is counted
        if _in_percent(state):  # the goal's figures are a share of them, not a count
            return _Measure(fullest[0].replace("antallet af", "andelen af", 1), True)
        return _Measure(fullest[0], True, fullest[1])
    quality = _quality_measure(" ".join([*answered, *goal]))
    return _Measure(quality[0], False, quality[1]) if quality else None


def _direction(state: CoachState, measure: str, stated: str | None, own: bool) -> str:
    """Which way the measure should move: its own words, the goal's numbers, the goal's words, or what is usual."""
    baseline, target = state.baseline, state.target
    if baseline and target and baseline.unit == target.unit and baseline.value != target.value:
        return "lower" if target.value < baseline.value else "higher"
    if stated:
        return stated
    in_goal = own and measure.split(",")[0].lower() in state.text.lower()
    if in_goal and state.direction in ("lower", "higher"):
        return state.direction
    if _LOWER_IS_BETTER.search(measure):
        return "lower"
    if _HIGHER_IS_BETTER.search(measure) or not own:
        return "higher"
    return state.direction if state.direction in ("lower", "higher") else "higher"


def _closing_comma(measure: str) -> str:
    """A relative clause inside a sentence is closed by a comma: "andelen af elever, der trives, skal op"."""
    return "," if re.search(r",\s+(?:der|som)\b", measure) else ""


def _level_sentence(measure: str, level: Quantity, direction: str) -> str:
    verb = "skal ned til" if direction == "lower" else "skal op på"
    closing_comma = _closing_comma(measure)
    counted_in_measure = level.unit not in ("", "%") and measure.endswith(level.unit)
    amount = Quantity(level.value, "") if counted_in_measure else level
    return f"{_capitalised(measure)}{closing_comma} {verb} {amount}"


# ---------------------------------------------------------------- what to ask


def _open_elements(state: CoachState) -> list[str]:
    """The elements still to ask about, most important first."""
    wanted: list[str] = []
    if not (state.output or state.effect):
        wanted.append("output_effect")
    if state.long_horizon and not state.leading_indicator:
        wanted.append("leading_indicator")
    elif not state.long_horizon and not state.indicator:
        wanted.append("indicator")
    measured = state.indicator or state.leading_indicator
    if not state.data_source and (measured or not {"indicator", "leading_indicator"} & set(state.given_up)):
        wanted.append("data_source")
    if state.baseline is None:
        wanted.append("baseline")
    if state.target is None and not state.target_words:
        wanted.append("target")
    if state.spans_years and not state.milestone:
        wanted.append("milestone")
    if not state.deadline:
        wanted.append("deadline")
    if not state.followup:
        wanted.append("followup")
    return [element for element in wanted if element not in state.given_up]


def next_question(state: CoachState) -> Question | None:
    """The one question to ask now, or None when the goal has everything (or the rest was given up)."""
    remaining = _open_elements(state)
    return _question(state, remaining[0]) if remaining else None


def question_for(state: CoachState, element: str) -> Question:
    """The question about one element whether or not it is answered, as when the user wants to change it."""
    if element not in QUESTION_ELEMENTS:
        raise ValueError(f"no question about {element!r}")
    return _question(state, element)


def forget(state: CoachState, element: str) -> CoachState:
    """A copy of the state that no longer knows the element, so a new answer replaces the old one."""
    if element not in QUESTION_ELEMENTS:
        raise ValueError(f"no question about {element!r}")
    attempts = {name: count for name, count in state.attempts.items() if name != element}
    given_up = [name for name in state.given_up if name != element]
    copy = replace(state, attempts=attempts, given_up=given_up)
    for name in ANSWER_FIELDS.get(element, (element,)):
        setattr(copy, name, None)
    return copy


def _question(state: CoachState, element: str) -> Question:
    area = _area(state.text)
    found = _measure(state)
    named = found.words if found and found.own else None
    measure = found.words if found else area.measure
    direction = _direction(state, measure, found.direction if found else None, found is not None and found.own)
    comma = _closing_comma(measure)
    levels = _levels(state, measure, direction)
    year = state.day.year
    if element == "output_effect":
        return Question(
            element,
            "Hvad skal komme ud af det? Skriv det resultat eller den forandring, I vil kunne se.",
            f"Fx «{area.result}».",
            "Output er det, I leverer – fx antal forløb eller uddannede medarbejdere. Effekt er den forandring, "
            "det giver for borgerne eller organisationen. Det er ikke nok, at en indsats bliver sat i gang.",
        )
    if element == "indicator":
        return Question(
            element,
            "Hvordan kan I se, om det lykkes? Hvad vil I måle?",
            f"Fx «{measure}».",
            "Det kan være et nøgletal, en brugerundersøgelse, en trivselsmåling eller tal fra fagsystemet.",
        )
    if element == "leading_indicator":
        return Question(
            element,
            "Effekten viser sig først på sigt. Hvad kan I måle allerede i år, som viser, at I er på vej?",
            f"Fx «{area.leading}».",
            "Når en effekt tager flere år at måle, aftaler I en indikator, der kan følges undervejs og viser, "
            "om indsatsen bevæger sig i den rigtige retning.",
        )
    if element == "data_source":
        subject = f"tallene for {measure}" if named else "tallene"
        return Question(
            element,
            f"Hvor kommer {subject}{_closing_comma(subject)} fra?",
            f"Fx «{area.source}».",
            "Skriv systemet eller undersøgelsen – fx LIS, fagsystemet, Danmarks Statistik eller en "
            "brugerundersøgelse. Så vidt muligt følges der op i LIS.",
        )
    if element == "baseline":
        return Question(
            element,
            f"Hvor ligger {measure}{comma} i dag?" if named else "Hvad er niveauet i dag?",
            f"Fx «{levels.baseline} i {year - 1}».",
            "Skriv det seneste tal, I kender – gerne med årstal. Det er udgangspunktet, I måler fremgangen mod.",
        )
    if element == "target":
        return Question(
            element,
            f"Hvor skal {measure}{comma} ligge, når målet er nået?" if named else "Hvilket niveau vil I nå?",
            f"Fx «{_level_sentence(measure, levels.target, direction)}».",
            "Skriv et tal eller et niveau, fx «halveres» eller «på niveau med landsgennemsnittet». "
            "«Flere» eller «bedre» er en retning, ikke et mål.",
        )
    if element == "milestone":
        return Question(
            element,
            "Målet strækker sig over flere år. Hvad er delmålet for i år?",
            f"Fx «{_level_sentence(measure, levels.milestone, direction)} ved udgangen af {year}».",
            "En aftale gælder ét år. Når et mål rækker længere, aftaler I, hvor langt I skal være nået i år.",
        )
    if element == "deadline":
        return Question(
            element,
            "Hvornår skal målet være nået?",
            f"Fx «senest ultimo {year}» eller «i løbet af 2. kvartal {year}».",
            "Skriv en dato eller en periode. «Løbende» og «hurtigst muligt» er ikke en frist.",
        )
    return Question(
        "followup",
        "Hvordan og hvor ofte følger I op undervejs?",
        f"Fx «{area.followup}».",
        "Skriv hvor ofte (månedligt, kvartalsvis, halvårligt) og hvor – fx i LIS, på dialogmøderne eller i Lokal-MED.",
    )


# ---------------------------------------------------------------- starting and acknowledging

_MILESTONE = re.compile(
    r"\bdelmål(?:et|ene)?\s+(?:for\s+(?:i\s+år|\d{4})\s+)?(?:er\s+|:\s*)?(?P<words>[^.;\n]+)", re.IGNORECASE
)


def _fill_from_analysis(state: CoachState, analysis: Analysis, skip: frozenset[str] = frozenset()) -> list[str]:
    """Fills the state's empty fields with what the analysis found; returns the elements filled."""
    found = analysis.found
    filled: list[str] = []

    def put(name: str, value: object) -> None:
        if name not in skip and value not in (None, "") and getattr(state, name) in (None, ""):
            setattr(state, name, value)
            filled.append(name)

    put("output", found.get("output"))
    put("effect", found.get("effect"))
    if analysis.indicator_kind in ("measure", "method"):
        put("indicator", found.get("indicator"))
    put("data_source", found.get("data_source"))
    put("baseline", analysis.baseline)
    if "target" not in skip and state.target is None and not state.target_words and "target" in found:
        state.target, state.target_words = analysis.target, found["target"]
        filled.append("target")
    put("deadline", analysis.deadline.end.isoformat() if analysis.deadline else None)
    if "followup" in found:
        put("followup", found["followup"])
        put("frequency", analysis.frequency)
    if state.direction is None:
        state.direction = analysis.direction
    return filled


def start(text: str, today: date) -> CoachState:
    """A coaching state for the goal text, with everything the text already states filled in."""
    return start_with_analysis(text, today)[0]


def start_with_analysis(text: str, today: date) -> tuple[CoachState, Analysis]:
    """`start`, with the analysis of the text it was filled from (read once)."""
    analysis = analyse(text, today)
    state = CoachState(text=text, today=today.isoformat())
    _fill_from_analysis(state, analysis)
    if "initiative" in analysis.spans:
        state.initiative = _sentence_around(text, analysis.spans["initiative"])
    if "effect" in analysis.spans and state.effect == analysis.found["effect"]:
        state.effect = _whole_change(text, analysis.spans["effect"], analysis.spans.get("indicator"))
    if "output" in analysis.spans and state.output == analysis.found["output"]:
        state.output = _whole_change(text, analysis.spans["output"], analysis.spans.get("indicator"))
    if analysis.indicator_kind in ("share", "count") and state.indicator is None:
        state.indicator = analysis.found.get("indicator")
    state.multi_year = analysis.multi_year
    long_term_words = speaks_of_long_term_effect(text)
    followed_along = analysis.indicator_kind in ("measure", "share") and not long_term_words
    about_an_effect = "effect" in analysis.found or long_term_words
    state.long_horizon = analysis.long_horizon_effect and about_an_effect and not followed_along
    milestone = _MILESTONE.search(text)
    if milestone:
        state.milestone = milestone["words"].strip()
    if state.long_horizon and states_leading_indicator(text) and state.indicator:
        state.leading_indicator = state.indicator
    return state, analysis


_SENTENCE_BREAK = re.compile(r"(?<!\d)[.!?;](?=\s+[A-ZÆØÅ«\d]|\s*$)|\n+")
# A full stop after a digit ends the clause only before a capital or the end: «i 3. klasse» is an ordinal.
_CLAUSE_BREAK = re.compile(
    r"[,;:!?](?=\s|$)|(?<!\d)\.(?=\s|$)|(?<=\d)\.(?=\s+[A-ZÆØÅ«]|\s*$)"
    r"|\s+(?:senest|inden|ultimo|primo|frem\s+mod)\b|\n"
)
_BARE_CHANGE = re.compile(
    r"^(?:flere|færre|bedre|mere|mindre|højere|lavere|større|kortere|øget|styrket)\s+[\wæøå-]+$", re.IGNORECASE
)

# A verb and a pronoun, nothing else: «nedbragt det», «reduceret den», «det nedbragt»
_BARE_PRONOUN = re.compile(
    r"^\s*(?:[\wæøå-]+\s+(?:det|den|dem|dette|denne|disse)|(?:det|den|dem|dette|denne|disse)\s+[\wæøå-]+)\s*$",
    re.IGNORECASE,
)


def _sentence_around(text: str, span: tuple[int, int]) -> str:
    """The holder's whole sentence around a span, as written: an initiative is kept in their words."""
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text) if m.end() <= span[0]]
    ends = [m.start() for m in _SENTENCE_BREAK.finditer(text) if m.start() >= span[1]] + [len(text)]
    return text[starts[-1] : ends[0]].strip().rstrip(".")


def _whole_change(text: str, span: tuple[int, int], measure: tuple[int, int] | None = None) -> str:
    """«Færre børn skal anbringes uden for hjemmet»: a change named by two words is kept to the end of its clause,
    so the effect is not shortened to «færre børn». A verb with a bare pronoun («nedbragt det») says nothing alone:
    it is kept with its sentence up to the end of its clause («Skolefraværet er for højt, og vi skal have nedbragt
    det»), from the sentence naming the measure when that comes before, so the pronoun keeps what it points back to."""
    words = text[span[0] : span[1]]
    if _BARE_PRONOUN.match(words):
        begin = min(span[0], measure[0]) if measure is not None else span[0]
        starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text) if m.end() <= begin]
        end = _CLAUSE_BREAK.search(text, span[1])
        return text[starts[-1] : end.start() if end else len(text)].strip()
    if not _BARE_CHANGE.match(words):
        return words
    end = _CLAUSE_BREAK.search(text, span[1])
    return text[span[0] : end.start() if end else len(text)].strip()


_PRAISE: tuple[tuple[str, str], ...] = (
    ("baseline", "et udgangspunkt"),
    ("target", "et mål"),
    ("deadline", "en tidsfrist"),
    ("indicator", "noget, der kan måles"),
    ("effect", "en ønsket forandring"),
    ("output", "et konkret resultat"),
    ("followup", "en plan for opfølgningen"),
    ("data_source", "en datakilde"),
)


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} og {parts[-1]}"


def acknowledge(analysis: Analysis) -> str:
    """One short Danish sentence on what the goal already does well."""
    if not analysis.missing or analysis.missing == ["initiative"]:
        return "Flot – målet er både konkret og målbart."
    good = [words for element, words in _PRAISE if element in analysis.found][:2]
    if good:
        return f"Godt – du har allerede {_joined(good)}."
    if "initiative" in analysis.found:
        return "Godt – du ved, hvad I vil sætte i gang. Lad os gøre det målbart sammen."
    return "Godt at have en idé at gå ud fra – lad os gøre den konkret sammen."


# ---------------------------------------------------------------- answers

_DONT_KNOW = re.compile(
    r"\b(?:ved\s+(?:det\s+)?ikke|aner\s+(?:det\s+)?ikke|ingen\s+anelse|ikke\s+endnu|kender\s+(?:det\s+)?ikke"
    r"|har\s+(?:vi\s+)?ikke|usikker)\b|^(?:nej|næ|nope|\?+|-+|øh+|hm+|ingen|intet)$",
    re.IGNORECASE,
)
_SKIP = re.compile(r"^(?:spring\s+over|spring\s+den\s+over|skip|pas|næste|videre)[.!]?$", re.IGNORECASE)
_LETTERS = re.compile(r"[a-zæøå]{2,}", re.IGNORECASE)

_REASK: dict[str, str] = {
    "baseline": "Jeg kan ikke finde et tal i svaret. Et skøn er fint.",
    "target": "Jeg mangler et tal eller et niveau. «Flere» eller «bedre» er en retning, ikke et mål.",
    "milestone": "Skriv gerne, hvor langt I skal være nået ved årets udgang.",
    "deadline": "Jeg kan ikke se en dato eller en periode i svaret.",
    "followup": "Skriv gerne, hvor ofte I følger op, eller hvor det sker.",
}
_REASK_TEXT = "Skriv det gerne med et par ord."
_REASK_UNSURE = "Et foreløbigt bud er fint – det kan altid rettes senere."
_GIVE_UP = "Det springer vi over for nu – du kan tilføje det senere."
_THANKS = "Tak, det har jeg noteret."
THANKS = _THANKS
_READ_AS = "Tak. Jeg har læst «{written}» som «{read}» – skriv «tilbage», hvis det ikke var det, du mente."
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Words that soften a spoken answer and say nothing about the goal: «trivselsmålingen vel», «nok 18 %»
_FILLERS = r"(?:vel|nok|jo|lige|bare|vist|altså|måske|da|sådan|cirka\s+sådan|tror\s+jeg|synes\s+jeg|egentlig)"
_LEADING_FILLERS = re.compile(r"^(?:(?:" + _FILLERS + r")\b[\s,]*)+", re.IGNORECASE)
_TRAILING_FILLERS = re.compile(r"(?:[\s,]+\b(?:" + _FILLERS + r"))+[\s,.!?]*$", re.IGNORECASE)
_VEL = re.compile(r"\s*,?\s+\bvel\b,?", re.IGNORECASE)
_UNIT_WORDS = ("procent", "procentpoint")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def without_fillers(text: str) -> str:
    """The answer without the small words of speech around it: «trivselsmålingen vel» → «trivselsmålingen»."""
    cleaned = _TRAILING_FILLERS.sub("", _LEADING_FILLERS.sub("", text))
    cleaned = _DOUBLED.sub(r"\1", _VEL.sub("", cleaned)).strip()  # «der der» typed twice: said once
    return cleaned if _LETTERS.search(cleaned) or any(ch.isdigit() for ch in cleaned) else text


def normalised_units(text: str) -> tuple[str, tuple[str, str] | None]:
    """A misspelt unit after a number read as the unit it resembles («18 procnet» → «18 procent»), with the word
    as written and as read, so the holder is told and never sees the typo repeated as if it were a unit."""
    for match in re.finditer(r"(?<=\d)\s*(?P<word>[a-zæøå]{5,})\b", text, re.IGNORECASE):
        word = match["word"].lower()
        if word in _UNIT_WORDS or not word.startswith(("p", "r", "o")):
            continue
        close = difflib.get_close_matches(word, _UNIT_WORDS, n=1, cutoff=0.7)
        if close:
            fixed = text[: match.start("word")] + close[0] + text[match.end("word") :]
            return fixed, (match["word"], close[0])
    return text, None



def _usable_text(text: str, min_words: int) -> bool:
    return len(_LETTERS.findall(text)) >= min_words


def _first_quantity(text: str, today: date) -> Quantity | None:
    matches = find_quantities(text, today)
    return matches[0].quantity if matches else None


def _unit_clash(state: CoachState, element: str, parsed: dict[str, Any] | None) -> str | None:
    """Why a level cannot be used, when it is a percentage and the other level a count (or the other way round):
    «120 unge» → «96 %» would make the goal's unit a percentage and its baseline «120 %»."""
    if element not in QUANTITY_FIELDS or not parsed or not isinstance(parsed.get(element), Quantity):
        return None
    new: Quantity = parsed[element]
    other: Quantity | None = state.target if element == "baseline" else state.baseline
    if other is None or not new.unit or not other.unit or "procentpoint" in (new.unit, other.unit):
        return None
    if (new.unit == "%") == (other.unit == "%"):
        return None
    known = "Målværdien" if element == "baseline" else "Udgangspunktet"
    return f"{known} er {other} – skriv tallet i samme enhed ({'procent' if other.unit == '%' else other.unit})."


def _milestone_of_another_year(state: CoachState, element: str, words: str) -> str | None:
    """Why a milestone cannot be used: it names another year than the agreement's («90 % i 2027» in the 2026
    agreement), and the milestone is what the agreement's own year must reach (R2)."""
    if element != "milestone":
        return None
    year = state.day.year
    named = {int(found) for found in _YEAR.findall(words)}
    if not named or year in named:
        return None
    return f"Delmålet er det, I skal nå i år – hvor langt skal I være ved udgangen af {year}?"


def _with_unit(quantity: Quantity, other: Quantity | None) -> Quantity:
    if quantity.unit or other is None or not other.unit or other.unit == "procentpoint":
        return quantity
    return Quantity(quantity.value, other.unit)


_OTHER_ELEMENTS = ("baseline", "target", "deadline", "followup")
# The present a baseline is said of: «i dag», «idag», «nu», «p.t.»
_NOW = re.compile(r"\b(?:i\s*dag|nu|p\.?\s?t\.?|for\s+tiden|i\s+øjeblikket|aktuelt)\b", re.IGNORECASE)
# A threshold that says who is counted («over 10 % fravær») is no level of the goal.
_THRESHOLD_BEFORE = re.compile(r"\b(?:over|under|mindst|højst|end)\s*$", re.IGNORECASE)


def _states_levels(text: str, analysis: Analysis, today: date) -> bool:
    """Whether the text states a level, a date or a follow-up, i.e. says something a source does not."""
    if set(analysis.found) & set(_OTHER_ELEMENTS):
        return True
    return any(not _THRESHOLD_BEFORE.search(text[: match.start]) for match in find_quantities(text, today))


def _baseline_said_of_now(text: str, analysis: Analysis, today: date) -> Quantity | None:
    """«ca 9 % af eleverne har over 10% fravær idag, vi vil ned på 6%» → 9 %: the first level said of today that is
    neither the target nor a threshold defining who is counted (the analysis reads no baseline in it)."""
    if analysis.baseline is not None:
        return analysis.baseline
    if not _NOW.search(text):
        return None
    target = analysis.spans.get("target")
    for match in find_quantities(text, today):
        if target is not None and match.start < target[1] and target[0] < match.end:
            continue
        if _THRESHOLD_BEFORE.search(text[: match.start]):
            continue
        return match.quantity
    return None


def _parse(state: CoachState, element: str, text: str, analysis: Analysis, today: date) -> dict[str, Any] | None:
    """The fields an answer to the element gives, or None when it cannot be used."""
    found = analysis.found
    if element == "output_effect":
        if not _usable_text(text, 2):
            return None
        if "output" in found and "effect" not in found:
            return {"output": text}
        return {"effect": text, **({"output": found["output"]} if "output" in found else {})}
    if element in ("indicator", "leading_indicator"):
        if not _usable_text(text, 1):
            return None
        says_more = bool(set(found) & {"data_source", "baseline", "target", "deadline", "followup"})
        if says_more and "indicator" not in found and not set(found) & {"output", "initiative"}:
            return None  # «det skal være færdigt ultimo 2028»: a deadline, no measure; noted, and the measure asked
        measure = found.get("indicator") if analysis.indicator_kind == "measure" and says_more else None
        return {element: measure or text.rstrip(".")}
    if element == "data_source":
        if "data_source" not in found and _states_levels(text, analysis, today):
            return None  # «ca 9 % har over 10 % fravær i dag»: levels, no source; noted, and the source asked again
        if not _usable_text(text, 1):
            return None
        source, words = found.get("data_source"), text.strip().rstrip(".")
        # A measure named inside the source's own name («sygefraværsstatistikken i LIS») says nothing more.
        says_more = bool(set(found) & {"baseline", "target", "deadline", "followup"}) or (
            "indicator" in found and (not source or found["indicator"].lower() not in source.lower()))
        if source and (says_more or not words.lower().startswith(source.lower())):
            return {"data_source": source}  # "vi måler det med tal fra LIS": the source named in a sentence
        return {"data_source": words}  # the holder's source as written, not only its known part
    if element == "baseline":
        quantity = analysis.baseline or _first_quantity(text, today)
        year = _YEAR.search(text)
        return {"baseline": _with_unit(quantity, state.target), "baseline_year": int(year.group()) if year else None} \
            if quantity else None
    if element == "target":
        if "target" in found:
            target = analysis.target or _halved_or_doubled(found["target"], state.baseline)
            return {"target": _with_unit(target, state.baseline) if target else None, "target_words": found["target"]}
        quantity = _first_quantity(text, today)
        if quantity is None:
            return None
        return {"target": _with_unit(quantity, state.baseline), "target_words": text}
    if element == "milestone":
        has_level = _first_quantity(text, today) or parse_deadline(text, today) or _usable_text(text, 3)
        return {"milestone": text} if has_level else None
    if element == "deadline":
        deadline = analysis.deadline or parse_deadline(text, today)
        return {"deadline": deadline.end.isoformat()} if deadline else None
    frequency = parse_frequency(text)
    if frequency is None and "followup" not in found:
        return None
    return {"followup": text, "frequency": frequency}


def _halved_or_doubled(words: str, baseline: Quantity | None) -> Quantity | None:
    if baseline is None:
        return None
    if words.lower().startswith("halver"):
        return Quantity(round(baseline.value / 2, 2), baseline.unit)
    if words.lower().startswith("fordobl"):
        return Quantity(baseline.value * 2, baseline.unit)
    return None


def _used_span(element: str, text: str, analysis: Analysis, today: date) -> tuple[int, int] | None:
    """The words the answer spent on the asked element, so they are not read again as something else."""
    if element in analysis.spans:
        return analysis.spans[element]
    if element in QUANTITY_FIELDS:
        matches = find_quantities(text, today)
        return (matches[0].start, matches[0].end) if matches else None
    return None


def _extras_to_skip(element: str, analysis: Analysis, used: tuple[int, int] | None) -> frozenset[str]:
    if element == "milestone":
        return frozenset({"baseline", "target", "deadline", "followup", "frequency"})
    skip = {"output", "effect"} if element != "output_effect" else set()
    for name, span in analysis.spans.items():
        if used is not None and span[0] < used[1] and used[0] < span[1] and name in QUANTITY_FIELDS:
            skip.add(name)
    return frozenset(skip)


_NOTED_AS = {
    "baseline": "udgangspunktet", "target": "målværdien", "deadline": "tidsfristen", "followup": "opfølgningen",
    "data_source": "datakilden",
}
_FREQUENCY_WORDS = {
    "weekly": "ugentligt", "monthly": "månedligt", "quarterly": "kvartalsvis", "half_yearly": "halvårligt",
    "yearly": "årligt",
}


def _note_others(state: CoachState, element: str, analysis: Analysis, text: str, today: date) -> list[str]:
    """Fills what an answer states about elements other than the one asked (baseline, target, deadline, follow-up,
    a named source); returns the elements filled. What it says of the goal's result or measure is not taken."""
    skip = frozenset({"output", "effect", "indicator", element, *ANSWER_FIELDS.get(element, ())})
    filled = _fill_extras(state, analysis, text, today, skip)
    return [name for name in _NOTED_AS if name in filled]


def _fill_extras(state: CoachState, analysis: Analysis, text: str, today: date, skip: frozenset[str]) -> list[str]:
    """What the analysis of an answer found besides what was asked (not `skip`), and a level said of today
    («9 % i dag») as the baseline; the baseline and target given each other's unit. The elements filled."""
    filled = _fill_from_analysis(state, analysis, skip=skip)
    if "baseline" not in skip and state.baseline is None:
        baseline = _baseline_said_of_now(text, analysis, today)
        if baseline is not None:
            state.baseline = baseline
            filled.append("baseline")
    if state.baseline is not None and state.target is not None:
        state.baseline = _with_unit(state.baseline, state.target)
        state.target = _with_unit(state.target, state.baseline)
    return filled


def _deadline_words(iso: str) -> str:
    day = date.fromisoformat(iso)
    if (day.month, day.day) == (12, 31):
        return f"ultimo {day.year}"
    return f"{day.day}. {MONTH_NAMES_DA[day.month - 1]} {day.year}"


def _noted_words(state: CoachState, names: list[str]) -> str:
    """«Tak – jeg har noteret udgangspunktet (9 %) og tidsfristen (ultimo 2027).»"""
    values = {
        "baseline": str(state.baseline) if state.baseline is not None else "",
        "target": str(state.target) if state.target is not None else state.target_words or "",
        "deadline": _deadline_words(state.deadline) if state.deadline else "",
        "followup": _FREQUENCY_WORDS.get(state.frequency or "", state.followup or ""),
        "data_source": state.data_source or "",
    }
    parts = [f"{_NOTED_AS[name]} ({values[name]})" if values[name] else _NOTED_AS[name] for name in names]
    return f"Tak – jeg har noteret {_joined(parts)}."


def answer(state: CoachState, element: str, text: str, today: date) -> AnswerResult:
    """Reads the user's answer to the question about `element` into the state."""
    new = replace(state, attempts=dict(state.attempts), given_up=list(state.given_up))
    words, corrected = normalised_units(without_fillers(" ".join(text.split())))
    analysis = analyse(words, today)
    unsure = bool(_DONT_KNOW.search(words))
    parsed = None if unsure or _SKIP.match(words) else _parse(new, element, words, analysis, today)
    clash = _unit_clash(new, element, parsed) or _milestone_of_another_year(new, element, words)
    if clash is not None:  # «96 %» for a goal counted in unge: asked again, nothing is changed
        question = _question(new, element)
        return AnswerResult(new, False, True, f"{clash} {question.example}", next_question=question)
    if parsed is None:
        # An answer that gives another element instead («inden udgangen af 2027» to the baseline question) keeps
        # it, says so and asks again; only an answer that gives nothing counts as a failed try.
        noted = [] if _SKIP.match(words) else _note_others(new, element, analysis, words, today)
        said = f"{_noted_words(new, noted)} " if noted else ""
        if noted and not unsure:
            question = _question(new, element)
            reask = f"{said}{question.text} {question.example}"
            return AnswerResult(new, False, True, reask, filled=tuple(noted), next_question=question)
        new.attempts[element] = new.attempts.get(element, 0) + 1
        if new.attempts[element] >= 2 or _SKIP.match(words):
            new.given_up.append(element)
            following = next_question(new)
            return AnswerResult(new, False, False, f"{said}{_GIVE_UP}", filled=tuple(noted), given_up=True,
                                next_question=following)
        question = _question(new, element)
        reason = _REASK_UNSURE if unsure else _REASK.get(element, _REASK_TEXT)
        reask = f"{said}{reason} {question.example}"
        return AnswerResult(new, False, True, reask, filled=tuple(noted), next_question=question)
    filled = []
    for name, value in parsed.items():
        setattr(new, name, value)
        if name not in ("frequency", "target_words", "baseline_year"):
            filled.append(name)
    new.attempts.pop(element, None)
    if element in ("indicator", "leading_indicator"):
        measured = _measure(new)
        if measured is not None and measured.own:  # "Færre medarbejdere melder sig stressede" should go down
            new.direction = _direction(new, measured.words, measured.direction, own=True)
    used = _used_span(element, words, analysis, today)
    filled += _fill_extras(new, analysis, words, today, _extras_to_skip(element, analysis, used))
    filled_once = tuple(dict.fromkeys(filled))
    thanks = _THANKS if not corrected else _READ_AS.format(written=corrected[0], read=corrected[1])
    return AnswerResult(new, True, False, thanks, filled=filled_once, next_question=next_question(new))


def verdict_and_next(text: str, today: date) -> dict[str, Any]:
    """For the command line: what the goal states, what it lacks, and the first question to ask."""
    analysis = analyse(text, today)
    question = next_question(start(text, today))
    return {
        "found": dict(analysis.found),
        "missing": list(analysis.missing),
        "verdict": analysis.verdict,
        "next_question": question.text if question else None,
    }

