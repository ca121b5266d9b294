"""Who does what in a goal sentence (agreements.goals.clauses), and what the analyser makes of it (issue #20).

Each sentence is new: written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from agreements.goals import clauses
from agreements.goals.goal_analysis import analyse

TODAY = date(2026, 1, 15)


def kinds(text: str) -> list[str]:
    return [reading.kind for reading in clauses.read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sundhedsplejen vil opsøge familier, der ikke møder op til konsultationerne.",
        "Klubberne skal inddrage de unge i planlægningen af sommerferieaktiviteterne.",
        "Rådgivningen af pårørende skal udbygges.",
        "Der nedlægges to af de mindste filialer.",
        "Vi tager initiativ til et fælles forum for erhvervsskolerne.",
        "Økonomiafdelingen reviderer kasse- og regnskabsregulativet.",
        "Frem mod sommeren skal skolerne kortlægge elevernes brug af skærme.",
        "Der skal være fokus på overgangen fra vuggestue til børnehave.",
        "Det er målet at etablere et fælles sekretariat for de tre råd.",
    ],
)
def test_what_the_unit_does_is_an_initiative(text: str) -> None:
    assert kinds(text)[:1] == ["initiative"]
    analysis = analyse(text, TODAY)
    assert "initiative" in analysis.found
    assert "effect" not in analysis.found
    assert analysis.verdict == "initiative_only"


@pytest.mark.parametrize(
    "text",
    [
        "Pensionister skal kunne komme rundt i kommunen uden bil.",
        "Unge med ADHD skal have lettere ved at fastholde et fritidsjob.",
        "Lejerne i de almene boliger føler sig trygge i deres opgang.",
        "Havnen skal fortsat være et levende sted for både beboere og turister.",
        "Det skal være nemt at finde en ledig plads i svømmehallen.",
        "Vores ambition er, at flere seniorer bliver frivillige.",
        "At eleverne forlader 9. klasse med lyst til mere uddannelse.",
        "Frem mod 2030 skal færre familier bo i overfyldte boliger.",
        "Ingen børn skal gå sultne i skole.",
        "Vi ønsker en mangfoldig og åben kommune.",
    ],
)
def test_a_state_wished_for_people_or_places_is_an_effect(text: str) -> None:
    assert kinds(text)[:1] == ["effect"]
    analysis = analyse(text, TODAY)
    assert "effect" in analysis.found
    assert "initiative" not in analysis.found


@pytest.mark.parametrize(
    "text",
    [
        "Flere kvinder skal bevare tilknytningen til arbejdsmarkedet efter en fødsel.",
        "Flere unge skal gennemføre en erhvervsuddannelse.",
        "Borgerne skal bruge de digitale løsninger, når de kan.",
    ],
)
def test_what_citizens_do_is_no_initiative_of_the_unit(text: str) -> None:
    analysis = analyse(text, TODAY)
    assert "initiative" not in analysis.found
    assert "effect" in analysis.found


@pytest.mark.parametrize(
    "text",
    [
        "Alle dagplejere skal have gennemført et førstehjælpskursus inden sommerferien 2026.",
        "Alle nye borgere i hjemmeplejen får en fast kontaktperson.",
        "Samtlige skoler har en handleplan for elever med ufrivilligt skolefravær.",
        "Ved udgangen af 2026 skal det nye bookingsystem være taget i brug.",
        "I 2027 gennemfører 80 ledere et forløb i distanceledelse.",
    ],
)
def test_something_delivered_is_no_effect(text: str) -> None:
    assert "effect" not in kinds(text)
    assert "effect" not in analyse(text, TODAY).found


@pytest.mark.parametrize(
    "text",
    [
        "Vi er i gang med at udskifte varmeanlægget på rådhuset.",
        "Der er afsat 2 mio. kr. til projektet i 2026.",
        "Grundlaget for arbejdet er kommunens værdier.",
        "Kilde: Sundhedsprofilen ”Hvordan har du det?”, 2025.",
        "Målingen opdateres hvert kvartal.",
        "Kommunen støtter foreningerne i at rekruttere flere trænere.",
    ],
)
def test_no_wished_state_is_read_into_a_report_or_a_fact(text: str) -> None:
    assert "effect" not in kinds(text)


def test_a_goals_own_heading_and_an_aim_frame_are_read_past() -> None:
    assert kinds("Mål 2: Borgerne oplever en kort ventetid.") == ["effect"]
    assert kinds("SUNDHED: At flere borgere lever et sundt liv.") == ["effect"]
    assert kinds("Det er byrådets vision, at kommunen er et godt sted at drive virksomhed.") == ["effect"]


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen omlægger vejbelysningen til LED for at mindske elforbruget.",
        "Vi samler rådgivningen ét sted, så færre familier skal fortælle deres historie flere gange.",
        "Jobcentret opretter et virksomhedsnetværk med henblik på at øge antallet af praktikpladser.",
    ],
)
def test_the_change_an_activity_is_for_is_its_effect(text: str) -> None:
    assert kinds(text) == ["initiative", "effect"]
    analysis = analyse(text, TODAY)
    assert {"initiative", "effect"} <= set(analysis.found)
    assert analysis.verdict == "vague"


def test_a_relative_clause_inside_the_subject_is_read_past() -> None:
    text = "Unge, der har afbrudt en ungdomsuddannelse, skal hurtigt videre i et nyt forløb."
    assert kinds(text) == ["effect"]
    assert analyse(text, TODAY).found["effect"].startswith("Unge")


def test_a_change_wished_for_is_an_effect_whoever_brings_it_about() -> None:
    assert kinds("Vi mindsker brugen af engangsplast i kantinerne.") == ["effect"]
    assert kinds("Samarbejdet mellem PPR og skolerne skal styrkes.") == ["initiative"]
    assert kinds("Luftkvaliteten i midtbyen forbedres.") == ["effect"]


@pytest.mark.parametrize(
    "text",
    [
        "Alle anbragte børn får en fast sagsbehandler.",
        "Hver skole skal have udarbejdet en plan for digital dannelse senest 1. august 2026.",
        "Den nye bookingløsning skal være taget i brug ved årsskiftet.",
        "Borgerne modtager et tilbud om forebyggende hjemmebesøg, når de fylder 75.",
    ],
)
def test_something_delivered_is_an_output(text: str) -> None:
    assert kinds(text)[:1] == ["output"]
    analysis = analyse(text, TODAY)
    assert "output" in analysis.found and "effect" not in analysis.found
    assert analysis.verdict == "vague"


def test_citizens_who_have_completed_an_education_have_changed() -> None:
    assert kinds("I 2030 skal 85 procent af de 30-årige have gennemført en erhvervsuddannelse.") == ["effect"]
