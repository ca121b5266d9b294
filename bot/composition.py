"""The composition root: settings → engine → repositories → services → dialogs → handler → adapter."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from agreements.agreement.agreement_start import AgreementStartService
from agreements.agreement.approval import ApprovalService
from agreements.agreement.involvement import InvolvementService
from agreements.agreement.setup import AgreementSetupService
from agreements.agreement.shared_goals import SharedGoalService
from agreements.clock import Clock, utc_now
from agreements.dialogue.evaluation import EvaluationService
from agreements.dialogue.meetings import MeetingService
from agreements.intents import shared_recogniser
from agreements.intents.process_answers import ProcessAnswers
from agreements.municipality.organisation_admin import OrganisationAdmin
from agreements.municipality.profile_texts import ProfileTextsService
from agreements.ports import AppInstaller
from agreements.profiles import Profile, get_profile
from agreements.services import AgreementService, PeopleService
from bot.scheduled.job_sender import BotConnectorSender
from bot.scheduled.job_service import JobService, build_job_service
from bot.settings import Settings
from bot.teams.adapter import AftalebotAdapter, create_adapter
from bot.teams.agreement_flow import AgreementFlow
from bot.teams.channel_flow import ChannelFlow
from bot.teams.graph import GraphAppInstaller, GraphClient, graph_client
from bot.teams.handler import AftalebotHandler
from bot.teams.meeting_flow import MeetingFlow
from bot.teams.overview_flow import OverviewFlow
from bot.teams.proactive import ProactiveSender
from bot.teams.profile_texts_flow import ProfileTextsFlow
from bot.teams.sharing_flow import SharingFlow
from bot.teams.start_flow import InvolvementFlow, OrganisationFlow, StartFlow
from bot.teams.state import FastConversationState, FastSqlStorage, FastUserState
from bot.teams.status_flow import StatusFlow
from bot.teams.text_routes import Conversations
from bot.teams.year_review_flow import YearReviewFlow
from bot.web.export_links import ExportLinks
from dialogs.agreement_setup import AgreementSetupDialog
from dialogs.goal import GoalDialog
from dialogs.sections import section_dialogs
from store.db import create_engine, make_sessionmaker
from store.state import SqlStateStore
from store.uow import SqlUnitOfWork, uow_factory


@dataclass
class Database:
    """The store alone: what a command-line command needs (no Teams adapter, no dialogs)."""

    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]

    @property
    def uow_factory(self) -> Callable[[], SqlUnitOfWork]:
        return uow_factory(self.sessionmaker)

    async def close(self) -> None:
        await self.engine.dispose()


def open_database(settings: Settings) -> Database:
    """The one place an engine is made: the container's, and each command-line command's."""
    engine = create_engine(settings.database_url)
    return Database(engine, make_sessionmaker(engine))


@asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[Database]:
    """The store for one command-line command, closed after it."""
    db = open_database(settings)
    try:
        yield db
    finally:
        await db.close()


@dataclass
class Container:
    settings: Settings
    profile: Profile
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    uow_factory: Callable[[], SqlUnitOfWork]
    adapter: AftalebotAdapter
    handler: AftalebotHandler
    clock: Clock = utc_now
    graph: GraphClient | None = None
    installer: AppInstaller | None = None  # how the app is installed for someone who never opened it

    async def close(self) -> None:
        if self.graph is not None:
            await self.graph.close()
        await self.adapter.close()
        await self.engine.dispose()


def build_container(settings: Settings, *, clock: Clock | None = None, installer: AppInstaller | None = None
                    ) -> Container:
    """`clock`: the process's clock; by default the settings' (the real one, or a test's AFTALEBOT_CLOCK_START).
    `installer`: how the app is installed for someone the bot must reach who never opened it (agreements.reach); by
    default Graph's when Graph is on."""
    clock = clock or settings.make_clock()
    profile = get_profile(settings.profile)
    db = open_database(settings)
    engine, sessionmaker, uows = db.engine, db.sessionmaker, db.uow_factory
    storage = FastSqlStorage(SqlStateStore(sessionmaker))
    conversation_state = FastConversationState(storage)
    user_state = FastUserState(storage)
    approvals = ApprovalService(profile)
    agreements = AgreementService(profile, approvals)
    graph = graph_client(settings)
    setup = AgreementSetupService(profile, approvals, directory=graph)
    adapter = create_adapter(settings)
    exports = ExportLinks.from_settings(settings, clock) if settings.export_secret else None
    installer = installer or app_installer(settings, graph)
    flow = AgreementFlow(agreements, approvals, ProactiveSender(adapter, settings.app_id), clock, exports=exports,
                         installer=installer)
    setup_dialog = AgreementSetupDialog(setup, clock)
    organisation = OrganisationFlow(OrganisationAdmin())
    profile_texts = ProfileTextsFlow(ProfileTextsService(profile), clock)
    handler = AftalebotHandler(
        conversation_state=conversation_state,
        user_state=user_state,
        conversations=conversations(agreements, setup, setup_dialog, clock),
        people=PeopleService(),
        agreements=agreements,
        flow=flow,
        status=StatusFlow(clock),
        overview=OverviewFlow(profile, clock),
        year_review=YearReviewFlow(clock),
        channels=ChannelFlow(profile, clock),
        meetings=MeetingFlow(MeetingService(profile), EvaluationService(), profile, clock, calendar=graph is not None),
        uow_factory=uows,
        recogniser=shared_recogniser(),
        process=ProcessAnswers(profile),
        clock=clock,
        starts=StartFlow(AgreementStartService(setup), ProactiveSender(adapter, settings.app_id), clock,
                         installer).answer,
        organisation=organisation.answer,
        organisation_actions=organisation.act,
        involvement=InvolvementFlow(InvolvementService(), clock).answer,
        sharing=SharingFlow(SharedGoalService(), ProactiveSender(adapter, settings.app_id), installer, clock).answer,
        profile_texts=profile_texts.answer,
        profile_text_actions=profile_texts.act,
    )
    return Container(
        settings=settings,
        profile=profile,
        engine=engine,
        sessionmaker=sessionmaker,
        uow_factory=uows,
        adapter=adapter,
        handler=handler,
        clock=clock,
        graph=graph,
        installer=installer,
    )


def app_installer(settings: Settings, graph: GraphClient | None) -> AppInstaller | None:
    """The app installed through Graph for people who never opened it, when Graph is on (docs/deploy.md)."""
    if graph is None or not settings.app_id:
        return None
    return GraphAppInstaller(graph, settings.app_id, service_url=settings.teams_service_url)


def conversations(
    agreements: AgreementService, setup: AgreementSetupService, setup_dialog: AgreementSetupDialog, clock: Clock
) -> Conversations:
    """The conversations typed requests start (their intents' routes declare the rights: bot/teams/text_routes.py)."""
    return Conversations(goal=GoalDialog(agreements, clock), setup=setup_dialog,
                         sections=section_dialogs(setup, clock))


@dataclass
class JobContainer:
    """`aftalebot jobs`: the job service with its own store, adapter and Graph client."""

    database: Database
    adapter: AftalebotAdapter
    graph: GraphClient | None
    service: JobService

    async def close(self) -> None:
        if self.graph is not None:
            await self.graph.close()
        close = getattr(self.adapter, "close", None)  # the adapter may hold an HTTP session
        if close is not None:
            await close()
        await self.database.close()


def build_job_container(settings: Settings) -> JobContainer:
    db = open_database(settings)
    adapter = create_adapter(settings)
    graph = graph_client(settings)
    sender = BotConnectorSender(adapter, settings.app_id)
    service = build_job_service(settings, get_profile(settings.profile), db.sessionmaker, sender,
                                clock=settings.make_clock(), graph=graph, installer=app_installer(settings, graph))
    return JobContainer(db, adapter, graph, service)


def job_service_for(container: Container, *, clock: Clock | None = None) -> JobService:
    """The job runner inside `aftalebot serve`: sends through the container's adapter, with its Graph client, on
    the container's clock."""
    sender = BotConnectorSender(container.adapter, container.settings.app_id)
    return build_job_service(container.settings, container.profile, container.sessionmaker, sender,
                             clock=clock or container.clock, graph=container.graph, installer=container.installer)
