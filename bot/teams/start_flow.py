"""The edge of agreements.agreement.agreement_start («start aftale for ENHED», «start årets aftaler») and of
agreements.municipality.organisation_admin («organisation», «gør NAVN til ROLLE», «giv ENHED
aftaleholder NAVN …») and
of
agreements.agreement.involvement (R10: «Lokal-MED er inddraget 12. marts», «inddragelse») (issue 18).

`answer` returns False, with nothing sent, for any other text. After a start, each holder other than the asker is
told in their own chat: one who never opened the bot gets the app installed first, and when that cannot be done the
message waits until they can be reached (agreements.reach); the agreement is under «min aftale» either way."""

from __future__ import annotations

import logging

from botbuilder.core import CardFactory, MessageFactory, TurnContext

from agreements.agreement.agreement_start import (
    NONE_TO_START,
    STARTED,
    STARTED_ALL,
    TOLD_HOLDER,
    AgreementStartService,
    Started,
    StartRefused,
    parse_start_request,
)
from agreements.agreement.involvement import InvolvementRefused, InvolvementService
from agreements.agreement.involvement import ShowRequest as ShowInvolvement
from agreements.agreement.involvement import parse_request as parse_involvement
from agreements.clock import Clock, local_today
from agreements.municipality.organisation_admin import (
    ChangeRole,
    OrganisationAdmin,
    OrganisationRefused,
    ShowOrganisation,
    parse_request,
)
from agreements.ports import AppInstaller, InvolvementUnitOfWork, UnitOfWork
from agreements.reach import Reach
from agreements.replies import Reply
from agreements.types import Person
from agreements.use_cases import committed
from bot.teams.proactive import ProactiveSender
from cards.organisation import organisation_card
from cards.organisation_payloads import OrganisationAssignAction, OrganisationRoleAction

log = logging.getLogger(__name__)


class StartFlow:
    def __init__(self, service: AgreementStartService, sender: ProactiveSender, clock: Clock,
                 installer: AppInstaller | None = None) -> None:
        self._service = service
        self._reach = Reach(sender, installer, clock)
        self._clock = clock

    async def answer(self, turn_context: TurnContext, uow: UnitOfWork, person: Person, text: str) -> bool:
        request = parse_start_request(text)
        if request is None:
            return False
        today = local_today(self._clock())
        year = self._service.year_for(today, request)
        try:
            if request.unit is None:
                started = await committed(uow, lambda uow: self._service.start_year(uow, person, year, today.year))
            else:
                unit = request.unit
                started = [await committed(uow, lambda uow: self._service.start_for_unit(
                    uow, person, unit, year, today.year))]
        except StartRefused as refused:
            await turn_context.send_activity(str(refused))
            return True
        if request.unit is not None:
            one = started[0]
            await turn_context.send_activity(STARTED.format(unit=one.unit.name, year=year, holder=one.holder.name,
                                                            giver=one.giver.name))
        elif started:
            count = f"{len(started)} aftaler" if len(started) != 1 else "1 aftale"
            await turn_context.send_activity(STARTED_ALL.format(count=count, year=year))
        else:
            await turn_context.send_activity(NONE_TO_START.format(year=year))
        for one in started:
            await self._tell(uow, person, one, year)
        return True

    async def _tell(self, uow: UnitOfWork, actor: Person, started: Started, year: int) -> None:
        """The holder told in their own chat: the app installed for them if they never opened it, and the message
        put off until they can be reached when that fails (agreements.reach)."""
        holder = started.holder
        if holder.id == actor.id:
            return
        try:
            await self._reach.send(uow, holder, key=f"started:{started.agreement.id}", text=TOLD_HOLDER.format(
                actor=actor.name, unit=started.unit.name, year=year, giver=started.giver.name))
        except Exception:  # the agreement is stored; the holder finds it under «min aftale»
            log.warning("could not tell holder %s about their new agreement", holder.id, exc_info=True)


class OrganisationFlow:
    """«organisation», «gør NAVN til ROLLE», «giv ENHED aftaleholder NAVN og aftalegiver NAVN»
    (agreements.municipality.organisation_admin); False, with nothing sent, for any other
    text."""

    def __init__(self, admin: OrganisationAdmin) -> None:
        self._admin = admin

    async def answer(self, turn_context: TurnContext, uow: UnitOfWork, person: Person, text: str) -> bool:
        request = parse_request(text)
        if request is None:
            return False
        try:
            if isinstance(request, ShowOrganisation):
                view = await self._admin.show(uow, person)
                await turn_context.send_activity(
                    MessageFactory.attachment(CardFactory.adaptive_card(organisation_card(view))))
                return True
            if isinstance(request, ChangeRole):
                change = request
                message = await committed(uow, lambda uow: self._admin.change_role(
                    uow, person, change.person, change.role))
            else:
                assign = request
                message = await committed(uow, lambda uow: self._admin.assign(
                    uow, person, assign.unit, assign.holder, assign.giver))
        except OrganisationRefused as refused:
            await turn_context.send_activity(str(refused))
            return True
        await turn_context.send_activity(message)
        return True

    async def act(self, uow: UnitOfWork, person: Person,
                  action: OrganisationRoleAction | OrganisationAssignAction) -> Reply:
        """The organisation card's «Gem rolle» and «Gem»: the same use cases as the typed commands; the card
        refreshed with what changed, or a refusal (nothing changed)."""
        try:
            if isinstance(action, OrganisationRoleAction):
                role = action
                message = await committed(uow, lambda uow: self._admin.change_role_by_id(
                    uow, person, role.person, role.role))
            else:
                assign = action
                message = await committed(uow, lambda uow: self._admin.assign_by_id(
                    uow, person, assign.unit, assign.holder, assign.giver))
            view = await self._admin.show(uow, person)
        except OrganisationRefused as refused:
            return Reply.refusal(str(refused))
        return Reply(card=organisation_card(view, notice=message))


class InvolvementFlow:
    """R10: «Lokal-MED er inddraget 12. marts» and «inddragelse» (agreements.agreement.involvement); False, with
    nothing sent, for any other text."""

    def __init__(self, service: InvolvementService, clock: Clock) -> None:
        self._service = service
        self._clock = clock

    async def answer(self, turn_context: TurnContext, uow: InvolvementUnitOfWork, person: Person, text: str) -> bool:
        request = parse_involvement(text)
        if request is None:
            return False
        today = local_today(self._clock())
        if isinstance(request, ShowInvolvement):
            await turn_context.send_activity(await self._service.summary(uow, person, today))
            return True
        try:
            recorded = request
            message = await committed(uow, lambda uow: self._service.record(uow, person, recorded, today))
        except InvolvementRefused as refused:
            await turn_context.send_activity(str(refused))
            return True
        await turn_context.send_activity(message)
        return True
