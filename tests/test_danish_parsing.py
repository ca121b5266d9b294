"""Danish numbers, quantities, deadlines and frequencies."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.danish import (
    Deadline,
    Quantity,
    find_quantities,
    format_number,
    parse_deadline,
    parse_frequency,
    parse_number,
    parse_quantity,
)

TODAY = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6,1", 6.1),
        ("6,1 %", 6.1),
        ("1.250", 1250),
        ("1.250,5", 1250.5),
        ("1.250.000", 1_250_000),
        ("12 dage", 12),
        ("5.5", 5.5),
        ("1.2345", 1.2345),
        ("-3", -3),
        ("−2,5 %", -2.5),
        ("ti", 10),
        ("tre", 3),
        ("en", 1),
        ("tolv", 12),
        ("tyve", 20),
        ("halvtreds", 50),
        ("ingen tal her", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("6,1 %", Quantity(6.1, "%")),
        ("6,1%", Quantity(6.1, "%")),
        ("80 pct.", Quantity(80, "%")),
        ("45 procent", Quantity(45, "%")),
        ("med 10 procentpoint", Quantity(10, "procentpoint")),
        ("3 %-point", Quantity(3, "procentpoint")),
        ("12 dage", Quantity(12, "dage")),
        ("160 unge", Quantity(160, "unge")),
        ("10 nye pladser", Quantity(10, "pladser")),
        ("tre skoler", Quantity(3, "skoler")),
        ("6,1", Quantity(6.1, "")),
        ("6,1 i 2024", Quantity(6.1, "")),
        ("2,5 mio. kr.", Quantity(2_500_000, "kr.")),
        ("ti", Quantity(10, "")),
        ("i 2026", None),
        ("ved ikke", None),
    ],
)
def test_parse_quantity(text: str, quantity: Quantity | None) -> None:
    assert parse_quantity(text) == quantity


def test_quantities_leave_out_dates_years_ordinals_ages_and_counts_of_times() -> None:
    text = "I 2. klasse skal 80 % af de 8-årige læse, 4 gange om året, senest 1.7.2026 og inden 2027."
    assert [m.quantity for m in find_quantities(text, TODAY)] == [Quantity(80, "%")]


def test_a_range_keeps_its_last_number() -> None:
    assert [m.quantity for m in find_quantities("mellem 20-25 %", TODAY)] == [Quantity(25, "%")]


@pytest.mark.parametrize(
    ("value", "text"), [(5.5, "5,5"), (1250, "1.250"), (1250.5, "1.250,5"), (6.0, "6"), (-2.25, "-2,25")]
)
def test_format_number_is_danish(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("senest ultimo 2025", date(2025, 12, 31)),
        ("inden udgangen af 2026", date(2026, 12, 31)),
        ("ultimo marts 2026", date(2026, 3, 31)),
        ("primo 2026", date(2026, 1, 31)),  # start-of-period words: the end of the first month
        ("primo marts 2026", date(2026, 3, 10)),
        ("medio 2026", date(2026, 6, 30)),
        ("i løbet af 2. kvartal", date(2026, 6, 30)),  # Q2 2025 has passed, so next year's
        ("i løbet af 4. kvartal", date(2025, 12, 31)),
        ("1. kvartal 2027", date(2027, 3, 31)),
        ("Q1 2027", date(2027, 3, 31)),
        ("første kvartal 2027", date(2027, 3, 31)),
        ("i 2. halvår 2026", date(2026, 12, 31)),
        ("pr. 1. juli 2026", date(2026, 7, 1)),
        ("1/7-2026", date(2026, 7, 1)),
        ("1.7.2026", date(2026, 7, 1)),
        ("2026-07-01", date(2026, 7, 1)),
        ("i 2026", date(2026, 12, 31)),
        ("inden sommerferien 2026", date(2026, 6, 30)),  # the summer holiday counts from 30 June
        ("inden sommerferien", date(2026, 6, 30)),
        ("frem mod 2028", date(2028, 12, 31)),
        ("til næste år", date(2026, 12, 31)),
        ("i år", date(2025, 12, 31)),
        ("inden årets udgang", date(2025, 12, 31)),
        ("senest ultimo året", date(2025, 12, 31)),
        ("ved udgangen af året", date(2025, 12, 31)),
        ("slutningen af året", date(2025, 12, 31)),
        ("den 14. januar", date(2026, 1, 14)),  # the next occurrence
        ("senest 14. jan. 2026", date(2026, 1, 14)),
        ("ultimo okt. 2026", date(2026, 10, 31)),
        ("inden 1. juli 2026", date(2026, 6, 30)),  # "inden" a date: the day before
        ("inden 2027", date(2026, 12, 31)),
        ("i perioden 2025-2027", date(2027, 12, 31)),
        ("skoleåret 2025/26", date(2026, 6, 30)),
        ("inden for 6 måneder", date(2026, 5, 20)),
        ("over de næste tre år", date(2028, 11, 20)),
        ("inden jul", date(2025, 12, 23)),
        ("i løbet af valgperioden", date(2029, 12, 31)),  # the council elected in November 2025 sits to 2029
        ("inden udgangen af byrådsperioden", date(2029, 12, 31)),
        ("i det kommende skoleår", date(2027, 6, 30)),  # the one after the school year running now
        ("i løbet af skoleåret", date(2026, 6, 30)),  # the school year running now
        ("næste skoleår", date(2027, 6, 30)),
        ("i det kommende år", date(2026, 11, 20)),
    ],
)
def test_parse_deadline(text: str, end: date) -> None:
    deadline = parse_deadline(text, TODAY)
    assert deadline is not None and deadline.end == end
    assert deadline.words in text


def test_a_school_year_or_election_period_is_counted_from_today() -> None:
    coming, current = "i det kommende skoleår", "i indeværende skoleår"
    assert parse_deadline(coming, date(2026, 3, 1)) == Deadline(date(2027, 6, 30), coming)  # 2026/27
    assert parse_deadline(coming, date(2026, 9, 1)) == Deadline(date(2028, 6, 30), coming)  # 2027/28
    assert parse_deadline(current, date(2026, 9, 1)) == Deadline(date(2027, 6, 30), current)
    election = "i løbet af valgperioden"
    assert parse_deadline(election, date(2008, 1, 1)) == Deadline(date(2009, 12, 31), election)
    assert parse_deadline("valgperioden 2022-2025", date(2022, 1, 1)) == Deadline(date(2025, 12, 31), "2022-2025")


def test_deadline_words_include_the_marker() -> None:
    assert parse_deadline("Sygefraværet skal ned senest ultimo 2025.", TODAY) == Deadline(
        date(2025, 12, 31), "senest ultimo 2025"
    )


def test_a_passed_bare_year_is_a_reference_not_a_deadline() -> None:
    deadline = parse_deadline("fra 6,1 % i 2024 til 5,5 % i 2026", TODAY)
    assert deadline == Deadline(date(2026, 12, 31), "i 2026")
    assert parse_deadline("niveauet i 2025 på 14 dage", TODAY) is None
    assert parse_deadline("Energiforbruget skal ned med 10 % i forhold til 2024.", TODAY) is None


def test_the_latest_explicit_deadline_wins() -> None:
    text = "Ventetiden skal ned til 14 dage i løbet af 2. kvartal 2026 og til 10 dage ultimo 2027."
    assert parse_deadline(text, TODAY) == Deadline(date(2027, 12, 31), "ultimo 2027")


@pytest.mark.parametrize(
    "text",
    ["løbende", "hurtigst muligt", "Vi følger op hver måned", "Jan Hansen er tovholder", "fra 2024", "for 3 år siden"],
)
def test_no_deadline(text: str) -> None:
    assert parse_deadline(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("månedligt", "monthly"),
        ("følges op hver måned", "monthly"),
        ("på månedsbasis", "monthly"),
        ("kvartalsvis", "quarterly"),
        ("hvert kvartal", "quarterly"),
        ("de kvartalsvise dialogmøder", "quarterly"),
        ("4 årlige budgetopfølgninger", "quarterly"),
        ("halvårligt", "half_yearly"),
        ("hvert halve år", "half_yearly"),
        ("to gange om året", "half_yearly"),
        ("årligt", "yearly"),
        ("en gang om året", "yearly"),
        ("den årlige brugerundersøgelse", "yearly"),
        ("ugentligt", "weekly"),
        ("hver uge", "weekly"),
        ("løbende", None),
    ],
)
def test_parse_frequency(text: str, frequency: str | None) -> None:
    assert parse_frequency(text) == frequency
