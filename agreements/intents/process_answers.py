"""Answers to questions about the process, from the municipality's profile, its årshjul and the person's own
agreements: deadlines, who approves, what the rules mean in plain Danish, what waits for one's approval."""

from __future__ import annotations

from datetime import date

from agreements.cycle.annual_cycle import cycle_deadlines
from agreements.ports import UnitOfWork
from agreements.profiles import Profile
from agreements.types import Agreement, AgreementStatus, Person, Role

_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december")

RULES: dict[str, str] = {
    "ask_cross_cutting": (
        "Et tværgående mål er et mål, I formulerer sammen med en eller flere andre enheder eller fagområder, fordi "
        "resultatet kræver, at I arbejder sammen – fx færre unge uden uddannelse, som både skole, jobcenter og "
        "socialområdet bidrager til. Aftal med de andre ledere, hvem der måler hvad, så målet står ens i jeres "
        "aftaler."
    ),
    "ask_output_effect": (
        "Output er det, I leverer eller gør (fx «alle medarbejdere får et kursus i sygefraværssamtaler»). "
        "Effekt er den forskel, det gør for borgerne eller arbejdspladsen (fx «sygefraværet falder fra 6,1 % til "
        "5,5 %»). Et godt mål siger mindst én af delene, helst begge, og hvordan I måler det."
    ),
    "ask_indicator": (
        "En indikator (eller et nøgletal) er det, I måler for at se, om I bevæger jer mod målet – fx sygefravær i "
        "procent eller andelen af elever med mindst 02 i dansk. En førende indikator er en, der rører sig før "
        "effekten: hvis effekten først kan ses om flere år, viser den førende indikator allerede nu, om I er på vej. "
        "Udgangspunktet er tallet i dag, målværdien det tal, I vil nå, og fristen hvornår."
    ),
    "ask_milestone": (
        "En aftale gælder ét år. Løber et mål over flere år, sætter I et delmål for i år: hvor langt I vil være nået "
        "ved årets udgang, med sin egen målværdi. Status vurderes så i år mod delmålet, ikke mod slutmålet."
    ),
    "ask_measurable": (
        "Et mål er konkret og målbart, når det siger: hvad I vil opnå (output og/eller effekt), hvad I måler "
        "(en indikator eller et nøgletal), hvor I måler fra og til (udgangspunkt og målværdi), hvornår, og hvordan "
        "I følger op undervejs. Det er ikke nok at sige, at en indsats sættes i gang. Skriv «nyt mål», så spørger "
        "jeg ind, til det hele er på plads."
    ),
    "ask_involvement": (
        "Målene skal formuleres med inddragelse af Lokal-MED, bestyrelser og lederteamet, hvor det er relevant. "
        "Fortæl gerne i aftalen, hvem I har inddraget og hvornår – det ser din aftalegiver også."
    ),
}


def danish_date(day: date) -> str:
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def _unit_names(units: dict[int, str], agreements: list[Agreement]) -> str:
    return ", ".join(f"{units.get(a.unit_id, 'ukendt enhed')} {a.year}" for a in agreements)


class ProcessAnswers:
    """Answers process questions for one municipality's profile."""

    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    def deadlines(self, today: date, count: int = 5) -> str:
        """The årshjul's next deadlines from today, over the agreement years they belong to, the first marked."""
        upcoming = sorted((d for year in (today.year - 1, today.year, today.year + 1, today.year + 2)
                           for d in cycle_deadlines(self._profile, year) if d.on >= today), key=lambda d: d.on)
        lines = ["Årshjulets næste frister:"]
        for deadline in upcoming[:count]:
            marker = " ← næste frist" if deadline.on == upcoming[0].on else ""
            lines.append(f"- {deadline.label} (aftalen for {deadline.year}): senest {danish_date(deadline.on)}{marker}")
        return "\n".join(lines)

    def goal_count(self) -> str:
        p = self._profile
        if not p.goal_count_rule:
            return (f"I {p.municipality} er der intet fast antal mål: aftalen beskriver de fokusområder, din enhed "
                    "skal have særligt fokus på i året, med konkrete og målbare mål. Jeg siger til på «min aftale», "
                    "hvis noget mangler.")
        focus = ", ".join(p.focus_areas)
        return (
            f"I {p.municipality} beskriver aftalen enhedens bidrag til fokusområderne ({focus}) og har "
            f"{p.own_goals_min}–{p.own_goals_max} egne udviklingsmål, heraf mindst {p.cross_cutting_min} tværgående. "
            "Jeg siger til på «min aftale», hvis noget mangler."
        )

    def focus_areas(self) -> str:
        p = self._profile
        if p.focus_chosen_by_unit:
            frame = f" inden for rammen af {_joined(p.frame)}" if p.frame else ""
            return (f"I {p.municipality} vælger hver enhed selv de fokusområder, den skal have særligt fokus på i "
                    f"året{frame}.")
        return (f"{p.municipality}s fokusområder er: {', '.join(p.focus_areas)}. Aftalen beskriver, hvad din enhed "
                "bidrager med til dem.")

    def economy(self) -> str:
        p = self._profile
        return (
            "Budgetrammen ligger fast i budgettet. Væsentlige budgetændringer, der kan påvirke, om I når målene, skal "
            "kommenteres særskilt i opfølgningen. Budget kan ikke flyttes mellem politikområder uden politisk "
            "beslutning, men inden for aftalen må du flytte budget mellem dine enheder (råderum). "
            f"Der er {p.budget_followups_per_year} budgetopfølgninger om året. Skriv «ret økonomi» for afsnittet."
        )

    def process(self) -> str:
        return (
            "Sådan kører året: du skriver aftalens mål sammen med mig («nyt mål»), sender aftalen til din "
            "aftalegiver («send til godkendelse»), som godkender den eller beder om ændringer. Hver måned får I "
            "status på indikatorerne, I holder dialogmøder undervejs («planlæg dialogmøde»), og til sidst evaluerer "
            "I målene. Skriv «frister» for årshjulets datoer."
        )

    async def who_approves(self, uow: UnitOfWork, person: Person) -> str:
        mine = await uow.agreements.for_holder(person.tenant_id, person.id or 0)
        if not mine:
            led = [u for u in await uow.units.list(person.tenant_id)
                   if person.id is not None and u.holder_id == person.id and u.giver_id is not None and u.active]
            givers = [(u, await uow.people.get(person.tenant_id, u.giver_id or 0)) for u in led]
            named = [f"{giver.name} ({unit.name})" for unit, giver in givers if giver is not None]
            if named:  # the organisation says who it will be
                return (f"Du har ingen aftale endnu. Ifølge organisationen er din aftalegiver {' og '.join(named)}. "
                        "Skriv «ny aftale» for at oprette aftalen.")
            return "Du har ingen aftale endnu. Skriv «ny aftale» – så vælger vi din aftalegiver undervejs."
        lines = []
        for agreement in sorted(mine, key=lambda a: -a.year):
            giver = await uow.people.get(person.tenant_id, agreement.giver_id)
            unit = await uow.units.get(person.tenant_id, agreement.unit_id)
            lines.append(f"- {unit.name if unit else 'Aftalen'} {agreement.year}: {giver.name if giver else 'ukendt'}")
        return "Din aftalegiver – den der godkender aftalen:\n" + "\n".join(lines)

    async def who_holds(self, uow: UnitOfWork, person: Person, unit_name: str | None) -> str:
        agreements = await uow.agreements.for_year(person.tenant_id)
        units = {u.id: u.name for u in await uow.units.list(person.tenant_id) if u.id is not None}
        if unit_name:
            wanted = unit_name.casefold()
            agreements = [a for a in agreements if units.get(a.unit_id, "").casefold() == wanted]
        else:
            agreements = [a for a in agreements if person.id in (a.holder_id, a.giver_id)]
        if not agreements:
            return "Jeg kender ingen aftale for den enhed." if unit_name else "Du er ikke part i nogen aftale endnu."
        lines = []
        for agreement in sorted(agreements, key=lambda a: (units.get(a.unit_id, ""), -a.year))[:10]:
            holder = await uow.people.get(person.tenant_id, agreement.holder_id)
            lines.append(f"- {units.get(agreement.unit_id, 'Ukendt enhed')} {agreement.year}: "
                         f"{holder.name if holder else 'ukendt'}")
        return "Aftaleholder:\n" + "\n".join(lines)

    async def coordinators(self, uow: UnitOfWork, person: Person) -> str:
        names = [p.name for p in await uow.people.list(person.tenant_id) if p.role is Role.COORDINATOR and p.name]
        if not names:
            return "Der er ikke registreret nogen chefkonsulent endnu. Spørg din aftalegiver."
        return f"Chefkonsulent og tovholder for aftalerne: {', '.join(sorted(names))}. De kan hjælpe med processen."

    async def waiting_for(self, uow: UnitOfWork, person: Person) -> tuple[str, list[Agreement]]:
        """The agreements sent to this person for approval, and a sentence about them."""
        waiting = [a for a in await uow.agreements.for_year(person.tenant_id)
                   if a.giver_id == person.id and a.status is AgreementStatus.SUBMITTED]
        if not waiting:
            return "Der venter ingen aftaler på din godkendelse lige nu.", []
        units = {u.id: u.name for u in await uow.units.list(person.tenant_id) if u.id is not None}
        names = _unit_names(units, waiting)
        word = "aftale venter" if len(waiting) == 1 else "aftaler venter"
        return f"{len(waiting)} {word} på din godkendelse: {names}.", waiting

    async def answer(self, uow: UnitOfWork, person: Person, question: str, today: date,
                     unit_name: str | None = None) -> str:
        """The answer to one process question (an `ask_*` intent, or `pending_approvals`)."""
        if question in RULES:
            return RULES[question]
        if question == "ask_deadline":
            return self.deadlines(today)
        if question == "ask_goal_count":
            return self.goal_count()
        if question == "ask_focus_areas":
            return self.focus_areas()
        if question == "ask_economy":
            return self.economy()
        if question == "ask_who_giver":
            return await self.who_approves(uow, person)
        if question == "ask_who_holder":
            return await self.who_holds(uow, person, unit_name)
        if question == "ask_who_coordinator":
            return await self.coordinators(uow, person)
        if question == "pending_approvals":
            return (await self.waiting_for(uow, person))[0]
        return self.process()


def _joined(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} og {items[-1]}"
