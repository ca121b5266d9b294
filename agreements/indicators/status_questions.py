"""Status questions in plain Danish (R6, "what the people do with the bot"): parse, then answer.

`parse_status_question(text, subjects)` reads what is asked into a `StatusQuery`:
- «status», «overblik», «hvordan går det?» → OVERVIEW;
- «hvordan går det med sygefraværet?», «sygefravr», «status på trivsel» → INDICATOR (or GOAL when only a goal's
  statement matches). Names are matched forgivingly (`agreements.fuzzy`): case, æ/ø/å, inflections, compounds,
  typos; against indicator names and keys (also LIS source keys) first, then goal statements;
- «status på mål 2», «mål nr. 2», «andet mål» → GOAL;
- «hvilke mål er bagud?», «hvad halter?» → BEHIND;
- «hvad mangler jeg at indberette?», «mangler der tal?» → MISSING;
- several equally good matches → CHOOSE (the candidates, for a card with one button each);
- a status word with a name nothing matches → UNKNOWN, recognised (the answer says what can be asked);
- anything else → UNKNOWN, not recognised (the caller may answer as it does for other unknown text).
The buttons of a choice send «status på indikator KEY» or «status på mål N i aftale ID», which parse exactly.

`answer_status_question(query, reports)` gives a brief Danish `Answer` and says which card to show with it.
Both are pure: no I/O, and the caller decides which agreements the person may see.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from agreements.danish import word_set
from agreements.fuzzy import content_words, fold, similarity
from agreements.indicators import status_texts as texts
from agreements.indicators.status import IndicatorStatus
from agreements.indicators.status_report import AgreementReport, GoalLine, IndicatorLine

TIE_MARGIN = 0.03
MIN_SCORE = 0.5
MAX_CHOICES = 5
MAX_LISTED = 5
PREVIEW = 60


class Ask(enum.StrEnum):
    OVERVIEW = "overview"
    INDICATOR = "indicator"
    GOAL = "goal"
    BEHIND = "behind"
    MISSING = "missing"
    CHOOSE = "choose"
    UNKNOWN = "unknown"


class SubjectKind(enum.StrEnum):
    INDICATOR = "indicator"
    GOAL = "goal"


@dataclass(frozen=True, slots=True)
class Subject:
    """Something a question can name: an indicator, or a goal of an agreement."""

    kind: SubjectKind
    agreement_id: int
    goal_number: int
    name: str  # the indicator's name, or the goal's statement
    unit_name: str
    year: int
    key: str = ""  # the indicator's key
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusQuery:
    ask: Ask
    text: str
    subjects: tuple[Subject, ...] = ()  # INDICATOR/GOAL: the one meant; CHOOSE: the candidates
    goal_number: int | None = None
    agreement_id: int | None = None
    unmatched: str | None = None  # words that named nothing known
    recognised: bool = True  # False: not a status question at all
    unit_name: str | None = None  # the question names a unit («hvordan går det med Børn og Skole?»)


class CardKind(enum.StrEnum):
    NONE = "none"
    STATUS = "status"  # the status card of `agreement_ids`, narrowed to `goals` and `indicator_keys`
    CHOICES = "choices"  # a card with one button per choice


@dataclass(frozen=True, slots=True)
class Choice:
    title: str
    command: str


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    card: CardKind = CardKind.NONE
    agreement_ids: tuple[int, ...] = ()
    goals: tuple[tuple[int, int], ...] = ()  # (agreement id, goal number)
    indicator_keys: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()


# ---------------------------------------------------------------- the catalogue


def subjects_of(reports: Sequence[AgreementReport]) -> list[Subject]:
    """Every indicator and goal of the reports, with the words a question may use for them."""
    subjects: list[Subject] = []
    for report in reports:
        agreement_id, unit, year = report.agreement.id or 0, report.unit_name, report.agreement.year
        for number, goal in enumerate(report.agreement.goals, start=1):
            for indicator in goal.indicators:
                names = " ".join(n for n in (indicator.name, indicator.key, indicator.source_key or "") if n)
                subjects.append(Subject(
                    SubjectKind.INDICATOR, agreement_id, number, indicator.name, unit, year, key=indicator.key,
                    words=tuple(dict.fromkeys(content_words(names))),
                ))
            subjects.append(Subject(
                SubjectKind.GOAL, agreement_id, number, goal.statement, unit, year,
                words=tuple(dict.fromkeys(content_words(goal.statement))),
            ))
    return subjects


# ---------------------------------------------------------------- parsing

_ORDINALS = {
    "foerste": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7,
    "ottende": 8, "niende": 9, "tiende": 10,
}
_MENTION_RE = re.compile(r"<at>.*?</at>|(?<!\w)@\w+", re.IGNORECASE)
_OTHER_INTENT_RE = re.compile(
    r"\b(?:tilfoej\w*|opret\w*|lav|lave|laver|ret|rette|retter|aendr\w*|slet\w*|send\w*|godkend\w*|nyt|ny)\b"
)
_GOAL_WORD_RE = re.compile(r"\bmaal(?:et|ene)?\b")
_KEY_RE = re.compile(r"\bindikator(?:en)?\s+(?P<key>[\w.\-/]+)")
_GOAL_RE = re.compile(r"\bmaal(?:et)?\s*(?:nr\.?|nummer)?\s*(?P<number>\d{1,2})\b(?:.*?\baftale\s+(?P<agreement>\d+))?")
_ORDINAL_RE = re.compile(r"\b(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+maal\b")
_MISSING_RE = re.compile(
    r"\b(?:mangler|manglende|mangel)\b|\bindberet\w*|\bindrapporter\w*|\bikke\s+(?:indberettet|registreret)"
)
_BEHIND_RE = re.compile(
    r"\bbagud\b|\bhalter\b|\bhaenger\s+efter\b|\bi\s+risiko\b|\bgaar\s+(?:det\s+)?(?:daarligt|skidt)\b"
    r"|\bikke\s+paa\s+sporet\b|\bproblemer\b|\brode\b|\broede\b"
)
_OVERVIEW_RE = re.compile(
    r"\bstatus\b|\boverblik\b|\bopfoelgning\b|\bhvordan\s+(?:gaar|staar)\b|\bhvor\s+langt\b|\bnoegletal\b"
)
_CUE_WORDS = word_set(
    """status overblik opfoelgning noegletal bagud halter haenger efter risiko daarligt skidt sporet problemer
    rode roede mangler manglende mangel indberette indberettet indberetning indrapportere indrapporteret
    registrere registreret at hvorfor"""
)


def parse_status_question(text: str, subjects: Sequence[Subject]) -> StatusQuery:
    text = _MENTION_RE.sub(" ", text).strip()
    folded = " ".join(fold(text).split())
    key = _KEY_RE.search(folded)
    if key:
        wanted = key["key"].strip(".?!")
        exact = [s for s in subjects if s.kind is SubjectKind.INDICATOR and fold(s.key) == wanted]
        if exact:
            return StatusQuery(Ask.INDICATOR, text, subjects=(exact[0],))
    goal = _GOAL_RE.search(folded)
    ordinal = _ORDINAL_RE.search(folded)
    if goal or ordinal:
        number = int(goal["number"]) if goal else _ORDINALS[ordinal["ordinal"]] if ordinal else 0
        agreement = int(goal["agreement"]) if goal and goal["agreement"] else None
        return _goal_query(text, number, agreement, subjects)

    query_words = [w for w in content_words(text) if w not in _CUE_WORDS and not w.isdigit()]
    has_cue = bool(_MISSING_RE.search(folded) or _BEHIND_RE.search(folded) or _OVERVIEW_RE.search(folded))
    unit = _named_unit(query_words, subjects)
    if unit is not None:
        unit_words = content_words(unit)
        rest = [q for q in query_words if not any(similarity(q, w) for w in unit_words)]
        in_unit = [s for s in subjects if s.unit_name == unit]
        if not rest:
            return StatusQuery(Ask.OVERVIEW, text, unit_name=unit)
        query = parse_status_question(" ".join(rest) if has_cue else f"status {' '.join(rest)}", in_unit)
        if query.ask is Ask.UNKNOWN:
            return StatusQuery(Ask.OVERVIEW, text, unit_name=unit)
        return replace(query, text=text, unit_name=unit)
    if not has_cue and _OTHER_INTENT_RE.search(folded):
        return StatusQuery(Ask.UNKNOWN, text, recognised=False)  # «tilføj et mål om trivsel» is not a question
    if query_words:
        found = _match(query_words, [s for s in subjects if s.kind is SubjectKind.INDICATOR])
        if not found and (has_cue or _GOAL_WORD_RE.search(folded)):
            # A goal's statement is long prose: match it only when the text asks about status or a goal.
            found = _match(query_words, [s for s in subjects if s.kind is SubjectKind.GOAL])
        if len(found) == 1:
            ask = Ask.INDICATOR if found[0].kind is SubjectKind.INDICATOR else Ask.GOAL
            return StatusQuery(ask, text, subjects=(found[0],), goal_number=found[0].goal_number,
                               agreement_id=found[0].agreement_id)
        if found:
            return StatusQuery(Ask.CHOOSE, text, subjects=tuple(found[:MAX_CHOICES]))
    if _MISSING_RE.search(folded):
        return StatusQuery(Ask.MISSING, text)
    if _BEHIND_RE.search(folded):
        return StatusQuery(Ask.BEHIND, text)
    unmatched = _original_words(text, query_words) if query_words else None
    if query_words and has_cue:
        return StatusQuery(Ask.UNKNOWN, text, unmatched=unmatched)
    if _OVERVIEW_RE.search(folded) and not query_words:
        return StatusQuery(Ask.OVERVIEW, text)
    return StatusQuery(Ask.UNKNOWN, text, unmatched=unmatched, recognised=False)


def _named_unit(query_words: list[str], subjects: Sequence[Subject]) -> str | None:
    """The one unit whose name's every word the question has («Børn og Skole», «børn & skole»), or None."""
    named = []
    for unit in dict.fromkeys(s.unit_name for s in subjects):
        unit_words = content_words(unit)
        if unit_words and all(any(similarity(q, w) for q in query_words) for w in unit_words):
            named.append(unit)
    return named[0] if len(named) == 1 else None


def _original_words(text: str, folded_words: list[str]) -> str:
    """The words as the person wrote them, for quoting back."""
    wanted = set(folded_words)
    return " ".join(w for w in re.findall(r"[\wæøåÆØÅ-]+", text) if fold(w) in wanted)


def _goal_query(text: str, number: int, agreement_id: int | None, subjects: Sequence[Subject]) -> StatusQuery:
    goals = [s for s in subjects if s.kind is SubjectKind.GOAL and s.goal_number == number
             and (agreement_id is None or s.agreement_id == agreement_id)]
    if len(goals) == 1:
        return StatusQuery(Ask.GOAL, text, subjects=(goals[0],), goal_number=number,
                           agreement_id=goals[0].agreement_id)
    if len(goals) > 1:
        return StatusQuery(Ask.CHOOSE, text, subjects=tuple(goals[:MAX_CHOICES]), goal_number=number)
    return StatusQuery(Ask.GOAL, text, goal_number=number, agreement_id=agreement_id)


def _match(query_words: list[str], candidates: Sequence[Subject]) -> list[Subject]:
    """The best-matching subjects (several when they tie), or none that match well enough."""
    scored: list[tuple[float, int, Subject]] = []
    for order, subject in enumerate(candidates):
        score = _score(query_words, subject.words)
        if score >= MIN_SCORE:
            scored.append((score, order, subject))
    if not scored:
        return []
    scored.sort(key=lambda item: (-item[0], item[1]))
    best = scored[0][0]
    return [subject for score, _, subject in scored if score >= best - TIE_MARGIN]


def _score(query_words: list[str], subject_words: tuple[str, ...]) -> float:
    """The share of the question's words that the subject matches (weighted by how well), plus a little for how
    much of the subject's own name the question covers (so «sygefravær» prefers «Sygefravær» to
    «Sygefravær i dagtilbud»)."""
    if not subject_words:
        return 0.0
    best = [max((similarity(q, w) for w in subject_words), default=0.0) for q in query_words]
    if not any(best):
        return 0.0
    covered = sum(1 for w in subject_words if any(similarity(q, w) for q in query_words))
    return sum(best) / len(query_words) + 0.1 * covered / len(subject_words)


# ---------------------------------------------------------------- answering


def answer_status_question(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    if query.unit_name is not None:
        reports = [report for report in reports if report.unit_name == query.unit_name]
    if not reports:
        return Answer(texts.NO_AGREEMENTS)
    handlers = {
        Ask.OVERVIEW: _overview,
        Ask.INDICATOR: _indicator,
        Ask.GOAL: _goal,
        Ask.BEHIND: _behind,
        Ask.MISSING: _missing,
        Ask.CHOOSE: _choose,
        Ask.UNKNOWN: _unknown,
    }
    return handlers[query.ask](query, reports)


def _overview(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    lines: list[str] = []
    for report in reports:
        if not report.lines:
            lines.append(texts.OVERVIEW_NO_INDICATORS.format(unit=report.unit_name, year=report.agreement.year))
            continue
        lines.append(texts.OVERVIEW.format(unit=report.unit_name, year=report.agreement.year,
                                           counts=count_text(report.lines)))
        behind = [line.report.name for line in report.lines if line.status is IndicatorStatus.OFF_TRACK]
        if behind:
            lines.append(texts.OVERVIEW_BEHIND.format(names=_listed(behind)))
    return Answer("\n\n".join(lines), CardKind.STATUS, agreement_ids=_ids(reports))


def _indicator(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    subject = query.subjects[0]
    line = _line(reports, subject)
    if line is None:
        return _unknown(query, reports)
    report = line.report
    if report.status is IndicatorStatus.NO_DATA:
        text = texts.INDICATOR_NO_DATA.format(name=report.name, explanation=report.explanation)
    else:
        text = texts.INDICATOR.format(name=report.name, status=report.status.label, explanation=report.explanation)
    return Answer(text, CardKind.STATUS, agreement_ids=(subject.agreement_id,), indicator_keys=(report.key,))


def _goal(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    number = query.goal_number or 0
    candidates = [r for r in reports if query.agreement_id in (None, r.agreement.id)]
    report = candidates[0] if candidates else reports[0]
    goal_count = len(report.agreement.goals)
    if not 1 <= number <= goal_count:
        return Answer(texts.GOAL_NOT_FOUND.format(unit=report.unit_name, year=report.agreement.year,
                                                  number=number, last=goal_count))
    statement = _preview(report.agreement.goals[number - 1].statement)
    goal = report.goal(number)
    assert report.agreement.id is not None
    if goal is None:
        return Answer(texts.GOAL_NO_INDICATORS.format(number=number, statement=statement))
    lines = [texts.GOAL.format(number=number, statement=statement, counts=count_text(list(goal.indicators)))]
    lines.extend(f"{line.report.name}: {line.report.explanation}." for line in goal.indicators)
    return Answer("\n\n".join(lines), CardKind.STATUS, agreement_ids=(report.agreement.id,),
                  goals=((report.agreement.id, number),))


def _behind(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    several = len(reports) > 1
    behind: list[tuple[AgreementReport, GoalLine]] = []
    at_risk: list[tuple[AgreementReport, GoalLine]] = []
    for report in reports:
        for goal in report.goals:
            if goal.worst is IndicatorStatus.OFF_TRACK:
                behind.append((report, goal))
            elif goal.worst is IndicatorStatus.AT_RISK:
                at_risk.append((report, goal))
    lines: list[str] = []
    if behind:
        lines.append(texts.BEHIND.format(goals=_listed([_goal_ref(r, g, several, IndicatorStatus.OFF_TRACK)
                                                         for r, g in behind])))
    if at_risk:
        lines.append(texts.AT_RISK.format(goals=_listed([_goal_ref(r, g, several, IndicatorStatus.AT_RISK)
                                                          for r, g in at_risk])))
    if not behind:
        no_data = sum(1 for r in reports for line in r.lines if line.status is IndicatorStatus.NO_DATA)
        lines.insert(0, texts.NOTHING_BEHIND_NO_DATA.format(
            count=no_data, indicators=texts.INDICATORS_ONE if no_data == 1 else texts.INDICATORS_MANY)
            if no_data else texts.NOTHING_BEHIND)
    focus = tuple((r.agreement.id or 0, g.number) for r, g in [*behind, *at_risk])
    if not focus:
        return Answer(" ".join(lines))
    return Answer(" ".join(lines), CardKind.STATUS, agreement_ids=tuple(dict.fromkeys(a for a, _ in focus)),
                  goals=focus)


def _missing(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    missing = [(r, line) for r in reports for line in r.lines if line.missing_report]
    gaps = [line.report.name for r in reports for line in r.lines if line.setup_gap]
    lines: list[str] = []
    if missing:
        items = [
            texts.MISSING_ITEM.format(name=line.report.name, period=line.report.required_period.label)
            if line.report.latest_period is not None
            else texts.MISSING_NONE_YET.format(name=line.report.name)
            for _, line in missing
        ]
        lines.append(texts.MISSING.format(items=_listed(items)))
    if gaps:
        lines.append(texts.SETUP_GAPS.format(names=_listed(gaps)))
    if not lines:
        return Answer(texts.NOTHING_MISSING)
    keys = tuple(line.report.key for _, line in missing)
    if not keys:
        return Answer(" ".join(lines))
    return Answer(" ".join(lines), CardKind.STATUS,
                  agreement_ids=tuple(dict.fromkeys(r.agreement.id or 0 for r, _ in missing)), indicator_keys=keys)


def _choose(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    choices = []
    for subject in query.subjects:
        if subject.kind is SubjectKind.INDICATOR:
            choices.append(Choice(texts.CHOICE_INDICATOR.format(name=subject.name, unit=subject.unit_name),
                                  texts.COMMAND_INDICATOR.format(key=subject.key)))
        else:
            choices.append(Choice(texts.CHOICE_GOAL.format(number=subject.goal_number, unit=subject.unit_name,
                                                           year=subject.year),
                                  texts.COMMAND_GOAL.format(number=subject.goal_number,
                                                            agreement=subject.agreement_id)))
    prompt = texts.CHOOSE_AGREEMENT.format(number=query.goal_number) if query.goal_number else texts.CHOOSE
    return Answer(prompt, CardKind.CHOICES, choices=tuple(choices))


def _unknown(query: StatusQuery, reports: Sequence[AgreementReport]) -> Answer:
    lines = []
    if query.unmatched:
        lines.append(texts.NOT_FOUND.format(words=query.unmatched))
        names = [line.report.name for r in reports for line in r.lines][:12]
        if names:
            lines.append(texts.KNOWN_INDICATORS.format(names=_join(names)))
    lines.append(texts.HELP)
    return Answer(" ".join(lines))


# ---------------------------------------------------------------- helpers


def count_text(lines: Sequence[IndicatorLine]) -> str:
    """ "5 på sporet, 2 i risiko og 1 bagud" (only the statuses present, best first)."""
    order = (IndicatorStatus.ON_TRACK, IndicatorStatus.AT_RISK, IndicatorStatus.OFF_TRACK, IndicatorStatus.NO_DATA,
             IndicatorStatus.NOT_FOLLOWED_YET)
    parts = [f"{n} {status.label}" for status in order if (n := sum(1 for x in lines if x.status is status))]
    return _join(parts)


def _line(reports: Sequence[AgreementReport], subject: Subject) -> IndicatorLine | None:
    for report in reports:
        if report.agreement.id != subject.agreement_id:
            continue
        for line in report.lines:
            if line.indicator.key == subject.key:
                return line
    return None


def _goal_ref(report: AgreementReport, goal: GoalLine, several: bool, status: IndicatorStatus) -> str:
    names = [line.report.name for line in goal.indicators if line.status is status]
    name = _join(names) if names else _preview(goal.goal.statement)
    if several:
        return texts.GOAL_REF_IN.format(number=goal.number, unit=report.unit_name, name=name)
    return texts.GOAL_REF.format(number=goal.number, name=name)


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + texts.AND + items[-1]


def _ids(reports: Sequence[AgreementReport]) -> tuple[int, ...]:
    return tuple(r.agreement.id for r in reports if r.agreement.id is not None)


def _preview(statement: str) -> str:
    """The statement, or its first words up to PREVIEW characters and an ellipsis."""
    statement = " ".join(statement.split()).rstrip(".")
    if len(statement) <= PREVIEW:
        return statement
    cut = statement[:PREVIEW].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def _listed(items: list[str]) -> str:
    """At most MAX_LISTED items, then "og N andre"."""
    if len(items) <= MAX_LISTED:
        return _join(items)
    rest = len(items) - MAX_LISTED + 1
    return _join([*items[: MAX_LISTED - 1], texts.OTHERS.format(count=rest)])


__all__ = [
    "Answer",
    "Ask",
    "CardKind",
    "Choice",
    "StatusQuery",
    "Subject",
    "SubjectKind",
    "answer_status_question",
    "parse_status_question",
    "subjects_of",
]
