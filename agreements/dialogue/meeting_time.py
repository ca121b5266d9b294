"""When a dialogue meeting takes place, and when its reminders go out.

Typed meeting times (`parse_meeting_time`)
-----------------------------------------
Accepted, case-insensitive, in any order around filler words such as «den», «fra», «til»:
- a day: «14. januar», «14 jan», «3. februar 2027», «14/1», «14.1.2027», «14/1-2027», «2027-02-03»,
  «i dag», «i morgen», «i overmorgen», a weekday («onsdag», «på onsdag», «næste onsdag»), or
  «onsdag i næste uge»;
- a time: «kl. 10», «kl 10.30», «klokken 9:15», or without «kl.» only with minutes or as a range («10:30»,
  «10-11:30»);
- an end: a range («kl. 10-11.30», «10 til 11», «14. januar 10-11:30») or a duration («i 2 timer», «i 90 minutter»,
  «i halvanden time»); otherwise the meeting lasts `DEFAULT_DURATION` (1 hour).
Decisions:
- A date without a year is its next occurrence: this year if the day is today or later, otherwise next year.
  A time earlier today is refused as past (the writer meant today), not moved a year ahead.
- A weekday on its own («onsdag», «på onsdag», «næste onsdag») is the first such day after today, never today
  (write «i dag» for today); «onsdag i næste uge» is the Wednesday of next week (Monday–Sunday weeks). The reply
  always shows the full date, so a different reading is caught at once. Moving a meeting (`parse_new_time`),
  «fredag» or «på fredag» alone is the Friday of the meeting's own week (Monday–Sunday) when that is still ahead:
  «kan vi rykke mødet til fredag?» of a meeting on Thursday 17 December means Friday 18 December, not the first
  Friday after today.
- A weekday next to a date must agree with it: «tirsdag den 14. januar 2027» is refused with
  «14. januar 2027 er en torsdag, ikke en tirsdag.»
- Times in the past are refused. Every error is a `MeetingTimeError` whose text is Danish and can be shown as it is.
All times are aware datetimes in Europe/Copenhagen.

Reminders (`reminder_plans`)
---------------------------
By default 5 and 1 working days before the meeting (`Profile.reminder_working_days_before`), at 08:00 local time.
Working days are agreements.cycle.workdays' (Danish public holidays and the profile's closing days; the same definition
as the monthly status and the annual cycle). The reminder time is built in local time and then converted to UTC
with zoneinfo, so 08:00 stays 08:00 across the changes to and from summer time
(07:00 UTC in winter, 06:00 UTC in summer).
A reminder whose time has already passed when the meeting is scheduled is skipped (a meeting planned for tomorrow
gets no 5-day reminder); so is one that would fall at or after the meeting's start. One plan per participant and
number of days, with the idempotency key `reminder:{meeting}:{days}:{person}`, so enqueueing twice sends once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from agreements.clock import COPENHAGEN
from agreements.cycle.workdays import DEFAULT_CLOSING_DAYS, ClosingDays, working_days_before
from agreements.danish import MONTHS
from agreements.indicators.periods import MONTH_NAMES_DA

DEFAULT_DURATION = timedelta(hours=1)
REMINDER_HOUR = 8
REMINDER_JOB_KIND = "meeting_reminder"
ACTION_DUE_JOB_KIND = "action_point_due"
NOTICE_JOB_KIND = "meeting_notice"  # a participant told that a meeting was planned, or given its summary
CALENDAR_JOB_KIND = "meeting_calendar"  # the meeting put into Outlook through Microsoft Graph

WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


class MeetingTimeError(ValueError):
    """A meeting time that cannot be used. `str(error)` is a Danish sentence for the user."""


class _Unreadable(MeetingTimeError):
    """Raised while reading the text, which knows no day: the parser adds `hint` for the day it is."""


def hint(now: datetime) -> str:
    """How to write a time, with examples a week ahead of `now` (never a date already past)."""
    day = _week_ahead(now)
    return (f"Skriv fx «{WEEKDAYS_DA[day.weekday()]} den {day.day}. {MONTH_NAMES_DA[day.month - 1]} kl. 10», "
            f"«{day.day}/{day.month} kl. 10.30» eller «i morgen kl. 13-14».")


@dataclass(frozen=True, slots=True)
class MeetingTime:
    starts_at: datetime  # aware, Europe/Copenhagen
    ends_at: datetime


# ---------------------------------------------------------------- Danish text


def format_day(day: date) -> str:
    """«tirsdag den 14. januar 2027»."""
    return f"{WEEKDAYS_DA[day.weekday()]} den {day.day}. {MONTH_NAMES_DA[day.month - 1]} {day.year}"


def format_clock(moment: datetime) -> str:
    """«10.30», in Copenhagen time."""
    local = moment.astimezone(COPENHAGEN)
    return f"{local.hour}.{local.minute:02d}"


def format_meeting_time(starts_at: datetime, ends_at: datetime | None = None) -> str:
    """«tirsdag den 14. januar 2027 kl. 10.00–11.30» (the end is left out when missing or on another day)."""
    local = starts_at.astimezone(COPENHAGEN)
    text = f"{format_day(local.date())} kl. {format_clock(local)}"
    if ends_at is not None and ends_at.astimezone(COPENHAGEN).date() == local.date():
        text += f"–{format_clock(ends_at)}"
    return text


def format_date_short(day: date) -> str:
    """«14. januar 2027»."""
    return f"{day.day}. {MONTH_NAMES_DA[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- parsing

_MONTH_ALTERNATIVES = "|".join(sorted(MONTHS, key=len, reverse=True))
_HM = r"(?P<{h}>[01]?\d|2[0-3])(?:[.:](?P<{m}>[0-5]\d))?(?!\d)"
_RANGE_SEP = r"\s*(?:-|–|—|til)\s*"
_KL = r"(?:kl\.?|klokken)\s*"
_KL_TIME_RE = re.compile(
    r"(?<!\w)" + _KL + _HM.format(h="h1", m="m1")
    + r"(?:" + _RANGE_SEP + r"(?:" + _KL + r")?" + _HM.format(h="h2", m="m2") + r"(?![./]\d))?"
)
_BARE_RANGE_RE = re.compile(
    r"(?<![\w./])" + _HM.format(h="h1", m="m1") + _RANGE_SEP + _HM.format(h="h2", m="m2") + r"(?![./]\d)"
)
_BARE_TIME_RE = re.compile(r"(?<![\w./])(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)(?![\d./])")
_DURATION_RE = re.compile(
    r"(?<!\w)i\s+(?:(?P<half>en\s+halv)\s+time|(?P<one_half>halvanden)\s+time"
    r"|(?P<n>\d{1,3}(?:,\d)?|en|én|et|to|tre|fire)\s+(?P<unit>timer|time|minutter|min\.?))(?!\w)"
)
_ISO_DATE_RE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>3[01]|[12]\d|0?[1-9])[./](?P<m>1[0-2]|0?[1-9])(?:(?:[./]|-)(?P<y>\d{4}|\d{2}))?"
    r"(?![\d:]|\.\d)"
)
_TEXT_DATE_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\.?\s*(?P<mon>" + _MONTH_ALTERNATIVES + r")\.?(?:\s+(?P<y>\d{4}))?(?!\w)"
)
_RELATIVE_RE = re.compile(r"(?<!\w)(?P<rel>i\s*dag|i\s*morgen|i\s*overmorgen)(?!\w)")
_WEEKDAY_RE = re.compile(
    r"(?<!\w)(?:(?P<prefix>næste|på|kommende|førstkommende)\s+)?(?P<wd>" + "|".join(WEEKDAYS_DA) + r")(?:en)?"
    r"(?P<next_week>\s+(?:i\s+)?næste\s+uge)?(?!\w)"
)
_NUMBER_WORDS = {"en": 1, "én": 1, "et": 1, "to": 2, "tre": 3, "fire": 4}
_RELATIVE_DAYS = {"idag": 0, "imorgen": 1, "iovermorgen": 2}
_FILLER = frozenset({
    "den", "d", "fra", "til", "på", "om", "kl", "klokken", "ved", "og", "tid", "tidspunkt", "er", "bliver", "holdes",
    "afholdes", "skal", "være", "vi", "ses", "mødes", "møde", "mødet", "dialogmøde", "dialogmødet",
    "evalueringsmøde", "evalueringsmødet",
    # what people add when they change their mind: «flyt det til kl. 14 i stedet», «så hellere fredag»
    "det", "i", "stedet", "istedet", "alligevel", "hellere", "så", "gerne", "lige", "tak",
})


@dataclass(slots=True)
class _Found:
    """What the text says, before it is resolved against today."""

    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    duration: timedelta | None = None
    day: tuple[int, int, int | None] | None = None  # day, month, year
    relative: int | None = None
    weekday: int | None = None
    next_week: bool = False
    prefix: str | None = None  # «næste», «på», «kommende», «førstkommende» before the weekday


def _take(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str] | None, str]:
    """The first match, and the text with it blanked out (so later patterns cannot reuse its digits)."""
    match = pattern.search(text)
    if match is None:
        return None, text
    return match, text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _clock(hour: str | None, minute: str | None) -> tuple[int, int]:
    return int(hour or 0), int(minute or 0)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _read(text: str) -> _Found:
    found = _Found()
    written = " ".join(text.split())
    rest = written.lower()
    match, rest = _take(_KL_TIME_RE, rest)
    if match:
        found.start = _clock(match["h1"], match["m1"])
        if match["h2"]:
            found.end = _clock(match["h2"], match["m2"])
    match, rest = _take(_DURATION_RE, rest)
    if match:
        found.duration = _duration(match)
    for pattern in (_ISO_DATE_RE, _TEXT_DATE_RE, _NUMERIC_DATE_RE):
        match, rest = _take(pattern, rest)
        if match is None:
            continue
        if found.day is not None:
            raise _Unreadable("Skriv kun én dato.")
        month = int(match["m"]) if "m" in match.groupdict() and match["m"] else MONTHS[match["mon"]]
        found.day = (int(match["d"]), month, _year(match["y"]))
    match, rest = _take(_RELATIVE_RE, rest)
    if match:
        found.relative = _RELATIVE_DAYS[match["rel"].replace(" ", "")]
    match, rest = _take(_WEEKDAY_RE, rest)
    if match:
        found.weekday = WEEKDAYS_DA.index(match["wd"])
        found.next_week = bool(match["next_week"])
        found.prefix = match["prefix"]
    if found.start is None:
        match, rest = _take(_BARE_RANGE_RE, rest)
        if match is None:
            match, rest = _take(_BARE_TIME_RE, rest)
        if match:
            found.start = _clock(match["h1"], match["m1"])
            if "h2" in match.groupdict() and match["h2"]:
                found.end = _clock(match["h2"], match["m2"])
    if len(rest) == len(written):  # show what is left as it was written, not lower-cased
        rest = "".join(" " if left == " " else original for left, original in zip(rest, written, strict=True))
    leftover = [word for word in re.split(r"[\s,.;:!?()\-–]+", rest) if word and word.lower() not in _FILLER]
    if leftover:
        raise _Unreadable(f"Jeg forstod ikke «{' '.join(leftover)}» i tidspunktet.")
    return found


def _duration(match: re.Match[str]) -> timedelta:
    if match["half"]:
        return timedelta(minutes=30)
    if match["one_half"]:
        return timedelta(minutes=90)
    word = match["n"]
    amount = float(word.replace(",", ".")) if word[0].isdigit() else float(_NUMBER_WORDS[word])
    minutes = amount * 60 if match["unit"].startswith("time") else amount
    if not 0 < minutes <= 12 * 60:
        raise MeetingTimeError("Et møde kan vare fra et par minutter op til 12 timer.")
    return timedelta(minutes=round(minutes))


def next_date(day: int, month: int, today: date) -> date | None:
    """The next occurrence of day and month on or after today (29 February waits for a leap year)."""
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _resolve_day(found: _Found, today: date) -> date:
    explicit: date | None = None
    if found.day is not None:
        day, month, year = found.day
        if not 1 <= month <= 12:
            raise MeetingTimeError(f"Måneden skal være mellem 1 og 12, ikke {month}.")
        if year is not None:
            try:
                explicit = date(year, month, day)
            except ValueError:
                raise MeetingTimeError(
                    f"Datoen {day}. {MONTH_NAMES_DA[month - 1]} {year} findes ikke.") from None
        else:
            explicit = next_date(day, month, today)
            if explicit is None:
                raise MeetingTimeError(f"Datoen {day}. {MONTH_NAMES_DA[month - 1]} findes ikke.")
    if found.relative is not None:
        relative = today + timedelta(days=found.relative)
        if explicit is not None and explicit != relative:
            raise MeetingTimeError(
                f"{format_date_short(explicit)} er ikke {format_date_short(relative)}. Skriv kun datoen.")
        explicit = relative
    if explicit is not None:
        if found.weekday is not None and explicit.weekday() != found.weekday:
            raise MeetingTimeError(
                f"{format_date_short(explicit)} er en {WEEKDAYS_DA[explicit.weekday()]}, "
                f"ikke en {WEEKDAYS_DA[found.weekday]}."
            )
        return explicit
    if found.weekday is not None:
        if found.next_week:
            monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
            return monday + timedelta(days=found.weekday)
        ahead = (found.weekday - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    raise _Unreadable("Skriv også hvilken dag mødet er.")


def _at(day: date, clock: tuple[int, int]) -> datetime:
    return datetime.combine(day, time(*clock), tzinfo=COPENHAGEN)


def parse_meeting_time(text: str, now: datetime) -> MeetingTime:
    """The meeting's start and end from Danish text; raises MeetingTimeError (Danish) when it cannot be used."""
    try:
        return _parse_meeting_time(text, now)
    except _Unreadable as error:
        raise MeetingTimeError(f"{error} {hint(now)}") from None


def _parse_meeting_time(text: str, now: datetime) -> MeetingTime:
    if not text.strip():
        raise _Unreadable("Skriv hvornår mødet er.")
    found = _read(text)
    if found.start is None:
        raise MeetingTimeError("Skriv også et klokkeslæt, fx «kl. 10».")
    if found.end is not None and found.duration is not None:
        raise MeetingTimeError("Skriv enten et sluttidspunkt eller en varighed – ikke begge.")
    today = now.astimezone(COPENHAGEN).date()
    day = _resolve_day(found, today)
    starts_at = _at(day, found.start)
    ends_at = _at(day, found.end) if found.end is not None else starts_at + (found.duration or DEFAULT_DURATION)
    return checked_meeting_time(starts_at, ends_at, now)


def parse_new_time(typed: str, starts_at: datetime, ends_at: datetime | None, now: datetime) -> MeetingTime:
    """«flyt mødet til kl. 13» or «… til 15/12 kl. 10»: the meeting's new time. Without a day it stays on its day;
    without an end or a duration it keeps its length."""
    try:
        return _parse_new_time(typed, starts_at, ends_at, now)
    except _Unreadable as error:
        raise MeetingTimeError(f"{error} {hint(now)}") from None


def _parse_new_time(typed: str, starts_at: datetime, ends_at: datetime | None, now: datetime) -> MeetingTime:
    if not typed.strip():
        raise _Unreadable("Skriv hvornår mødet skal være.")
    found = _read(typed)
    if found.start is None:
        raise MeetingTimeError("Skriv også et klokkeslæt, fx «kl. 13».")
    if found.end is not None and found.duration is not None:
        raise MeetingTimeError("Skriv enten et sluttidspunkt eller en varighed – ikke begge.")
    has_day = found.day is not None or found.relative is not None or found.weekday is not None
    today = now.astimezone(COPENHAGEN).date()
    meeting_day = starts_at.astimezone(COPENHAGEN).date()
    day = _resolve_day(found, today) if has_day else meeting_day
    if _weekday_alone(found):
        # «rykke mødet til fredag» of a Thursday meeting: the Friday of the meeting's week, when that is still ahead
        in_its_week = meeting_day - timedelta(days=meeting_day.weekday()) + timedelta(days=found.weekday or 0)
        if in_its_week > today:
            day = in_its_week
    new_start = _at(day, found.start)
    if found.end is not None:
        new_end = _at(day, found.end)
    else:
        new_end = new_start + (found.duration or ((ends_at - starts_at) if ends_at else DEFAULT_DURATION))
    return checked_meeting_time(new_start, new_end, now)


def _weekday_alone(found: _Found) -> bool:
    """A weekday with nothing to place it («fredag», «på fredag»): not «næste fredag», not «fredag i næste uge»."""
    return (found.weekday is not None and found.day is None and found.relative is None and not found.next_week
            and found.prefix in (None, "på"))


# «en time senere», «en halv time tidligere», «2 timer», «et kvarter», «30 minutter»: a shift of the clock.
_NUMBERS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6}
_SHIFT = re.compile(
    r"\b(?:(?P<half>en halv time)|(?P<one_half>halvanden time)|(?P<n>\d+|en|et|to|tre|fire|fem|seks)\s+"
    r"(?P<unit>timer|time|kvarter|minutter|min)|(?P<day>dagen efter|næste dag|dagen før|en dag|en uge|ugen efter))\b")
# Earlier: «tidligere», «før», «frem» («ryk mødet en time frem»); later is the default («senere», «udsæt»).
_EARLIER = re.compile(r"\b(?:tidligere|før|frem)\b")


def parse_relative_move(typed: str, starts_at: datetime, ends_at: datetime | None,
                        now: datetime) -> MeetingTime | None:
    """«(ryk mødet) en time senere», «en halv time tidligere», «en time», «til dagen efter»: the meeting moved by that
    much, keeping its length (later unless «tidligere», «før» or «frem» is said); None when `typed` names no relative
    move or also names a clock time (then it is an absolute time, `parse_new_time`). Raises MeetingTimeError when
    the new time has passed."""
    text = " ".join(typed.lower().split())
    shift = _SHIFT.search(text)
    if shift is None or _names_a_clock_time(typed):
        return None
    if shift["half"]:
        amount = timedelta(minutes=30)
    elif shift["one_half"]:
        amount = timedelta(minutes=90)
    elif shift["day"]:
        day = shift["day"]
        amount = timedelta(days=7 if "uge" in day else 1)
        if day == "dagen før":
            amount = -amount
    else:
        count = int(shift["n"]) if shift["n"].isdigit() else _NUMBERS[shift["n"]]
        unit = shift["unit"]
        amount = (timedelta(hours=count) if unit.startswith("time") else timedelta(minutes=15 * count)
                  if unit == "kvarter" else timedelta(minutes=count))
    if _EARLIER.search(text[shift.end():] + " " + text[:shift.start()]) and amount > timedelta(0):
        amount = -amount
    length = (ends_at - starts_at) if ends_at else DEFAULT_DURATION
    new_start = starts_at.astimezone(COPENHAGEN) + amount
    return checked_meeting_time(new_start, new_start + length, now)


def _names_a_clock_time(typed: str) -> bool:
    try:
        return _read(typed).start is not None
    except MeetingTimeError:  # words around the move («kan du rykke …») that are no time
        return False


def example_day(now: datetime) -> str:
    """A day a week from now as «22/1», for examples in replies: always ahead of the clock, never a past date."""
    day = _week_ahead(now)
    return f"{day.day}/{day.month}"


def _week_ahead(now: datetime) -> date:
    return now.astimezone(COPENHAGEN).date() + timedelta(days=7)


PLACE_SEPARATORS = (" på ", ", ", " – ", " - ")


def parse_time_and_place(typed: str, now: datetime) -> tuple[MeetingTime, str]:
    """«15/12 kl. 10 på Rådhuset, lokale 2» → the time and «Rådhuset, lokale 2». The time is read from the longest
    beginning that is a time («på onsdag» stays part of the time); what follows a separator is the place."""
    try:
        return parse_meeting_time(typed, now), ""
    except MeetingTimeError as whole:
        error = whole
    cuts = sorted({i for sep in PLACE_SEPARATORS for i in _positions(typed.lower(), sep)}, reverse=True)
    for cut in cuts:
        head = typed[:cut]
        place = typed[cut:].strip(" ,–-")
        place = place[3:].strip() if place.lower().startswith("på ") else place
        try:
            return parse_meeting_time(head, now), place
        except MeetingTimeError:
            continue
    raise error


def _positions(text: str, separator: str) -> list[int]:
    found, start = [], text.find(separator)
    while start > 0:
        found.append(start)
        start = text.find(separator, start + 1)
    return found


def checked_meeting_time(starts_at: datetime, ends_at: datetime | None, now: datetime) -> MeetingTime:
    """Start and end as Copenhagen times, refused when past or ending before they begin."""
    if starts_at.tzinfo is None or (ends_at is not None and ends_at.tzinfo is None):
        raise ValueError("meeting times must carry a time zone")
    starts_at = starts_at.astimezone(COPENHAGEN)
    ends_at = (ends_at or starts_at + DEFAULT_DURATION).astimezone(COPENHAGEN)
    if ends_at <= starts_at:
        raise MeetingTimeError("Mødet skal slutte, efter det begynder.")
    if starts_at <= now:
        raise MeetingTimeError(f"{_capital(format_meeting_time(starts_at))} er allerede passeret.")
    return MeetingTime(starts_at, ends_at)


def meeting_time_from_fields(day: str, start: str, end: str | None, now: datetime) -> MeetingTime:
    """From a card's Input.Date («2027-01-14») and Input.Time («10:00», «11:30») values."""
    try:
        on = date.fromisoformat(day.strip())
    except ValueError:
        raise MeetingTimeError("Vælg en dato for mødet.") from None
    start_clock = _field_clock(start, "Vælg hvornår mødet begynder.")
    starts_at = _at(on, start_clock)
    ends_at = _at(on, _field_clock(end, "")) if end and end.strip() else None
    return checked_meeting_time(starts_at, ends_at, now)


def _field_clock(value: str | None, message: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?::\d{2})?\s*", value or "")
    if match is None:
        raise MeetingTimeError(message or "Klokkeslættet skal skrives som fx 10:30.")
    return int(match[1]), int(match[2])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- working days and reminders


def reminder_due_at(meeting_start: datetime, days_before: int, hour: int = REMINDER_HOUR,
                    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> datetime:
    """In UTC: `hour` o'clock Copenhagen time, `days_before` working days before the meeting's (local) day."""
    local_day = meeting_start.astimezone(COPENHAGEN).date()
    local = datetime.combine(working_days_before(local_day, days_before, closing_days), time(hour),
                             tzinfo=COPENHAGEN)
    return local.astimezone(UTC)


def reminder_key(meeting_id: int, days_before: int, person_id: int, moved_to: datetime | None = None) -> str:
    """The reminder's idempotency key; a moved meeting's reminders carry its new start, so they are new jobs."""
    meeting = f"{meeting_id}@{moved_to.astimezone(UTC):%Y%m%dT%H%M}" if moved_to is not None else str(meeting_id)
    return f"reminder:{meeting}:{days_before}:{person_id}"


def reminder_key_prefixes(meeting_id: int) -> tuple[str, ...]:
    """The key prefixes of every reminder of a meeting, at its first time and after any move."""
    return f"reminder:{meeting_id}:", f"reminder:{meeting_id}@"


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """One reminder job to enqueue, as plain data (kind `REMINDER_JOB_KIND`)."""

    due_at: datetime  # UTC
    person_id: int
    idempotency_key: str
    meeting_id: int
    days_before: int
    expires_at: datetime  # the meeting's start: a reminder not sent by then is given up

    @property
    def kind(self) -> str:
        return REMINDER_JOB_KIND

    @property
    def payload(self) -> dict[str, int | str]:
        # The start it reminds of: a reminder for a time the meeting has been moved from is not sent.
        return {"meeting_id": self.meeting_id, "person_id": self.person_id, "days_before": self.days_before,
                "starts_at": self.expires_at.isoformat()}


def reminder_plans(
    meeting_id: int,
    starts_at: datetime,
    participant_ids: Iterable[int],
    now: datetime,
    days_before: Iterable[int] = (5, 1),
    hour: int = REMINDER_HOUR,
    *,
    moved: bool = False,
    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS,
) -> list[ReminderPlan]:
    """One plan per participant and number of days, skipping times already past or not before the meeting.
    `moved`: the meeting was moved to `starts_at`, so the keys name the new start."""
    people = list(dict.fromkeys(participant_ids))
    plans: list[ReminderPlan] = []
    for days in sorted(set(days_before), reverse=True):
        due = reminder_due_at(starts_at, days, hour, closing_days)
        if due <= now or due >= starts_at:
            continue
        plans.extend(
            ReminderPlan(
                due_at=due, person_id=person_id,
                idempotency_key=reminder_key(meeting_id, days, person_id, starts_at if moved else None),
                meeting_id=meeting_id, days_before=days, expires_at=starts_at.astimezone(UTC),
            )
            for person_id in people
        )
    return plans


def action_point_due_at(due: date, now: datetime, hour: int = REMINDER_HOUR) -> datetime:
    """In UTC: when the owner is reminded of an action point due on `due` — `hour` o'clock Copenhagen time that
    day, or now if that time has passed (a point made on its own deadline day is reminded at once)."""
    local = datetime.combine(due, time(hour), tzinfo=COPENHAGEN).astimezone(UTC)
    return max(local, now.astimezone(UTC))


def action_point_key(action_point_id: int) -> str:
    return f"action_due:{action_point_id}"


def notice_key(meeting_id: int, what: str, person_id: int) -> str:
    return f"meeting_{what}:{meeting_id}:{person_id}"


def calendar_key(meeting_id: int) -> str:
    return f"meeting_calendar:{meeting_id}"
