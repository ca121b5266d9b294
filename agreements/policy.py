"""Who may do what: the one access policy every use case asks (ARCHITECTURE.md, «ONE access policy»).

Pure functions over domain types; no I/O. The use cases load what a rule needs (the agreement, the unit's
agreements, the meeting), ask here, and refuse (audited, with a Danish message) when the answer is no. Whatever the
way in (typed text, a card's Submit or Execute, a channel mention, a job, the CLI, HTTP), the route or job handler
declares which `Right` its use case checks (bot/routes.py), so no entry decides rights on its own.

The rules (DOMAIN.md R1, R7, R11 and docs/security.md):
- An agreement: its holder changes and submits it; its giver decides on it; holder, giver and chefkonsulenter
  (Role.COORDINATOR) read it, its meetings and its export; holder and chefkonsulenter register measurements.
- A unit that exists already: a new agreement for it is created only by a chefkonsulent, or by a holder or giver
  of one of the unit's agreements of an earlier (or the same) year (until the organisation is imported). The same
  people set up the unit's status in a channel, counting only the unit's current agreements of this year or
  before: an agreement someone made for a future year gives them no say over the unit.
- Carrying unmet goals over: by the holder or giver of the evaluated agreement, and only into the same unit's
  agreement with the same holder.
- A shared conversation (team channel, group chat) sees the status of approved agreements of the units it follows,
  and nothing personal. A group chat whose people (its roster, each known to the bot) may all read an agreement –
  its holder, its giver, chefkonsulenter – sees that agreement's status too: nobody learns there what they could not
  see in their own chat.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable
from datetime import date

from agreements.types import Agreement, AgreementStatus, Person, Role, Unit


class Right(enum.StrEnum):
    """What a route or job asks for. `PUBLIC` is declared by routes that show and change nothing of anyone's
    agreements (help, a greeting, the health check); every other right names a rule below."""

    PUBLIC = "public"
    OWN_DATA = "own_data"  # the person's own agreements, meetings and tasks, found by who they are
    VIEW_AGREEMENT = "view_agreement"
    EDIT_AGREEMENT = "edit_agreement"
    SUBMIT_AGREEMENT = "submit_agreement"
    DECIDE_AGREEMENT = "decide_agreement"
    CREATE_AGREEMENT = "create_agreement"
    EXPORT_AGREEMENT = "export_agreement"
    REGISTER_MEASUREMENT = "register_measurement"
    IMPORT_MEASUREMENTS = "import_measurements"  # a LIS client with the import token, or the operator's CLI
    PLAN_MEETING = "plan_meeting"
    READ_MEETING = "read_meeting"
    WRITE_MEETING = "write_meeting"
    EVALUATE = "evaluate"
    CARRY_OVER = "carry_over"
    CLOSE_ACTION_POINT = "close_action_point"
    MANAGE_CHANNEL = "manage_channel"
    CHANNEL_STATUS = "channel_status"
    OVERVIEW = "overview"
    YEAR_REVIEW = "year_review"  # the year's evaluation results: chefkonsulenter and direktører all, a giver theirs
    RECEIVE_STATUS = "receive_status"  # a job's recipient still holds or gives the agreement
    RECEIVE_MEETING = "receive_meeting"  # a job's recipient still takes part in the meeting
    MANAGE_ORGANISATION = "manage_organisation"  # chefkonsulenter and the administrator: roles, holders, givers
    EDIT_PROFILE_TEXTS = "edit_profile_texts"  # chefkonsulenter and the administrator: a year's standard texts
    OPERATOR = "operator"  # the municipality's operator on the server (CLI): data protection, migrations
    ACTIVITY = "activity"  # a Bot Framework activity (token checked): its text or card route then declares its own


# ---------------------------------------------------------------- agreements


def is_coordinator(person: Person) -> bool:
    return person.role is Role.COORDINATOR


def is_party(person: Person, agreement: Agreement) -> bool:
    """The holder or the giver."""
    return person.id is not None and person.id in (agreement.holder_id, agreement.giver_id)


def may_view(person: Person, agreement: Agreement) -> bool:
    return is_party(person, agreement) or is_coordinator(person)


def may_edit(person: Person, agreement: Agreement) -> bool:
    return person.id is not None and person.id == agreement.holder_id


def may_submit(person: Person, agreement: Agreement) -> bool:
    return may_edit(person, agreement)


def may_decide(person: Person, agreement: Agreement) -> bool:
    return person.id is not None and person.id == agreement.giver_id


def may_export(person: Person, agreement: Agreement) -> bool:
    return may_view(person, agreement)


def may_register(person: Person, agreement: Agreement) -> bool:
    return (person.id is not None and person.id == agreement.holder_id) or is_coordinator(person)


def receives_job_messages(person: Person) -> bool:
    """Monthly status cards, reminders and agendas go to active people only: someone deactivated (missing from the
    organisation's latest file) gets none; the job is skipped with the reason recorded."""
    return person.active


def receives_status(person_id: int, agreement: Agreement) -> bool:
    """A monthly status card goes to the agreement's holder and giver only."""
    return person_id in (agreement.holder_id, agreement.giver_id)


def may_see_overview(person: Person) -> bool:
    return is_coordinator(person)


# ---------------------------------------------------------------- the organisation
# (agreements.municipality.organisation)


def is_administrator(person: Person) -> bool:
    return person.role is Role.ADMINISTRATOR


def may_manage_organisation(person: Person) -> bool:
    """See the organisation, change a role, give a unit its holder and giver: chefkonsulenter and the administrator."""
    return is_coordinator(person) or is_administrator(person)


def may_edit_profile_texts(person: Person) -> bool:
    """See and change the municipality's standard texts and fælles grundlag for a year (the texts new agreements
    start from): chefkonsulenter, who coordinate the process (R11), and the administrator."""
    return is_coordinator(person) or is_administrator(person)


def admitted(person: Person | None, organised: bool) -> bool:
    """Once the tenant's organisation is imported, only its active people use the bot; before, anyone in the tenant."""
    if not organised:
        return True
    return person is not None and person.in_organisation and person.active


def may_create_unit(person: Person, organised: bool) -> bool:
    """A new unit named in a conversation: anyone until the organisation is imported, then only those who manage it
    (the units come from the organisation file)."""
    return not organised or may_manage_organisation(person)


def may_start_agreement(person: Person, unit: Unit, unit_ancestor_ids: Collection[int]) -> bool:
    """Starting a unit's agreement with the organisation's holder and giver (R1, R11): a chefkonsulent for any unit; a
    fagchef for the units under their own (level 2: the leaders under them); the unit's holder their own unit."""
    if person.id is None or not unit.active or unit.holder_id is None:
        return False
    if is_coordinator(person):
        return True
    if person.id == unit.holder_id:
        return True
    return person.role is Role.HEAD and (
        person.id == unit.giver_id or (person.unit_id is not None and person.unit_id in unit_ancestor_ids))


def may_see_all_year_results(person: Person) -> bool:
    """The year-end overview of every unit's evaluation: chefkonsulenter and the direktion."""
    return is_coordinator(person) or person.role is Role.DIRECTOR


def may_see_year_results(person: Person, agreement: Agreement) -> bool:
    """One agreement's evaluation in the year-end overview: as above, or its giver."""
    return may_see_all_year_results(person) or may_decide(person, agreement)


# ---------------------------------------------------------------- meetings


def may_plan_meeting(person: Person, agreement: Agreement) -> bool:
    return is_party(person, agreement)


def may_read_meeting(person: Person, participant_ids: Collection[int]) -> bool:
    return (person.id is not None and person.id in participant_ids) or is_coordinator(person)


def may_write_meeting(person: Person, participant_ids: Collection[int]) -> bool:
    """Participants write; a chefkonsulent reads but never writes."""
    return person.id is not None and person.id in participant_ids


def may_evaluate(person: Person, agreement: Agreement) -> bool:
    return is_party(person, agreement)


def may_close_action_point(person: Person, owner_id: int, agreement: Agreement | None) -> bool:
    return person.id is not None and (
        person.id == owner_id or (agreement is not None and is_party(person, agreement)))


# ---------------------------------------------------------------- units: new agreements, carry-over, channels


def may_create_agreement(
    person: Person, unit_agreements: Iterable[Agreement], year: int, unit: Unit | None = None
) -> bool:
    """For a unit that exists: a chefkonsulent, or (a unit of the imported organisation) its holder, or else a holder
    or giver of one of its agreements of an earlier year (or of the same year, at another level: the duplicate check
    refuses the same level). A new unit has no agreements yet: whoever names it becomes its first holder."""
    if is_coordinator(person):
        return True
    if unit is not None and unit.holder_id is not None:  # the organisation links people to units
        return person.id is not None and person.id == unit.holder_id
    return any(a.year <= year and is_party(person, a) for a in unit_agreements)


def may_carry_over(person: Person, source: Agreement) -> bool:
    return is_party(person, source)


def may_carry_into(source: Agreement, target: Agreement) -> bool:
    """Unmet goals go only into the same unit's agreement with the same holder."""
    return target.unit_id == source.unit_id and target.holder_id == source.holder_id and target.year > source.year


def may_manage_channel(person: Person, current_unit_agreements: Iterable[Agreement], today: date) -> bool:
    """A chefkonsulent, or a holder or giver of one of the unit's current agreements of this year or before."""
    if is_coordinator(person):
        return True
    return any(a.year <= today.year and is_party(person, a) for a in current_unit_agreements)


def shown_in_channel(agreement: Agreement, followed_unit_ids: Collection[int]) -> bool:
    """A shared conversation sees an approved agreement of a unit it follows, nothing else."""
    return agreement.unit_id in followed_unit_ids and agreement.status is AgreementStatus.APPROVED


def shown_to_the_people_of(agreement: Agreement, people: Collection[Person]) -> bool:
    """A group chat sees an agreement whose status every one of its people may read. An empty roster (not known, or
    someone in it the bot cannot vouch for) sees nothing by this rule."""
    return bool(people) and all(may_view(person, agreement) for person in people)


def shared_goal_shown_in_channel(owner_agreement: Agreement) -> bool:
    """A tværgående goal another unit shares into an agreement a channel sees: only while the owner's agreement is
    approved too (a draft's goal is the owner's holder's and giver's business until it is approved)."""
    return owner_agreement.status is AgreementStatus.APPROVED
