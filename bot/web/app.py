"""The aiohttp application: /api/messages (Bot Framework), /api/measurements (LIS import) and /healthz."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Protocol, runtime_checkable

from aiohttp import web
from botbuilder.schema import Activity
from msrest.exceptions import DeserializationError
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from agreements.clock import local_today
from agreements.policy import Right
from bot.composition import Container, build_container
from bot.logging_setup import correlation, set_correlation_id
from bot.settings import Settings
from bot.teams import texts
from bot.teams.activity_json import Unusual, activity_from_json
from bot.teams.adapter import AuthenticationUnavailable, Unauthorized, authenticate
from bot.teams.handler import tenant_of
from bot.web import export_route, measurements_api
from bot.web.http_routes import add_http
from bot.web.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger(__name__)

SETTINGS = web.AppKey("settings", Settings)
CONTAINER = web.AppKey("container", Container)
METRICS = web.AppKey("metrics", Metrics)
ACTIVITY_TYPE = web.RequestKey("activity_type", str)
HEALTH_TIMEOUT = 5.0  # seconds the health check waits for the database

ContainerFactory = Callable[[Settings], Container]
CleanupContext = Callable[[web.Application], AsyncIterator[None]]


def create_app(
    settings: Settings,
    container_factory: ContainerFactory = build_container,
    *,
    background: Sequence[CleanupContext] = (),
) -> web.Application:
    """`background`: cleanup contexts started after the container exists and stopped before it closes
    (e.g. `job_runner_ctx(job_service_for)`)."""
    app = web.Application(
        client_max_size=settings.max_message_bytes, middlewares=[correlation_middleware, error_middleware]
    )
    app[SETTINGS] = settings
    app[METRICS] = Metrics(stall_after=max(180.0, 4 * settings.job_poll_seconds))

    async def container_ctx(app: web.Application) -> AsyncIterator[None]:
        container = container_factory(app[SETTINGS])
        app[CONTAINER] = container
        count_turn_errors(container, app[METRICS])
        yield
        await container.close()

    app.cleanup_ctx.append(container_ctx)
    app.cleanup_ctx.extend(background)
    add_http(app, "POST", "/api/messages", messages, right=Right.ACTIVITY)
    add_http(app, "POST", "/api/measurements", measurements, right=Right.IMPORT_MEASUREMENTS)
    add_http(app, "GET", "/healthz", healthz, right=Right.PUBLIC)  # states only, no data
    add_http(app, "GET", "/metrics", metrics_endpoint, right=Right.PUBLIC)  # counts only, fixed labels
    export_route.register_from_settings(app, settings, lambda a: (a[CONTAINER].uow_factory, a[CONTAINER].profile))
    return app


class BackgroundService(Protocol):
    async def serve(self, stop: asyncio.Event) -> None: ...


@runtime_checkable
class MetricsAware(Protocol):
    def attach_metrics(self, metrics: Metrics) -> None: ...


def count_turn_errors(container: Container, metrics: Metrics) -> None:
    """Counts the turns the adapter's error handler catches (they never reach the HTTP layer as errors)."""
    adapter = getattr(container, "adapter", None)
    original = getattr(adapter, "on_turn_error", None)
    if adapter is None or original is None:
        return

    async def counted(context: Any, error: Exception) -> None:
        metrics.error("turn")
        await original(context, error)

    adapter.on_turn_error = counted


def job_runner_ctx(
    make_service: Callable[[Container], BackgroundService], *, stop_timeout: float = 10.0
) -> CleanupContext:
    """A cleanup context that runs `make_service(container).serve(stop)` as a background task while the app runs;
    on shutdown it sets `stop`, lets the current pass finish for up to `stop_timeout` seconds, then cancels."""

    async def ctx(app: web.Application) -> AsyncIterator[None]:
        service = make_service(app[CONTAINER])
        stop = asyncio.Event()
        metrics = app[METRICS]
        if isinstance(service, MetricsAware):
            service.attach_metrics(metrics)
        metrics.job_runner_started()
        task = asyncio.create_task(service.serve(stop), name="aftalebot-jobs")
        task.add_done_callback(lambda _task: metrics.job_runner_stopped())
        yield
        stop.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), stop_timeout)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        except Exception:
            log.exception("the background job runner ended with an error")

    return ctx


async def measurements(request: web.Request) -> web.Response:
    container = request.app[CONTAINER]
    return await measurements_api.handle(request, request.app[SETTINGS], container.uow_factory)


def problem(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


@web.middleware
async def error_middleware(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPRequestEntityTooLarge:
        return problem(413, "request body too large")
    except web.HTTPException:
        raise
    except Exception as error:
        if database_unavailable(error):
            log.warning("database unavailable in %s %s: %s", request.method, request.path, type(error).__name__)
            return web.json_response({"ok": False, "message": texts.DATABASE_UNAVAILABLE}, status=503,
                                     headers={"Retry-After": "30"})
        request.app[METRICS].error("http")
        log.exception("unhandled error in %s %s", request.method, request.path)
        return problem(500, "internal error")


def database_unavailable(error: BaseException) -> bool:
    """The database could not be reached or the connection died (not a bug in the request or the code)."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, sa_exc.InterfaceError | sa_exc.OperationalError | sa_exc.TimeoutError):
        return True
    return isinstance(error, OSError | TimeoutError)


@web.middleware
async def correlation_middleware(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Every request runs under a correlation id (a new one; /api/messages switches to the activity's id)."""
    with correlation():
        return await handler(request)


async def messages(request: web.Request) -> web.Response:
    """/api/messages, timed and counted in the app's metrics, with one log line per turn (no text)."""
    metrics = request.app[METRICS]
    started = time.perf_counter()
    try:
        response = await _messages(request)
    except Exception:
        metrics.error("turn")
        raise
    finally:
        kind = request.get(ACTIVITY_TYPE)
        if kind is not None:
            metrics.turn(kind, time.perf_counter() - started)
    if kind is not None and response.status >= 500:
        metrics.error("turn")
    log.info("turn %s: %d in %.0f ms", kind or "-", response.status, (time.perf_counter() - started) * 1000)
    return response


async def _messages(request: web.Request) -> web.Response:
    container = request.app[CONTAINER]
    settings = request.app[SETTINGS]
    body = await request.read()
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # RecursionError: nested too deeply
        return problem(400, "body is not JSON")
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str) or not payload["type"]:
        return problem(400, "body is not a Bot Framework activity")
    try:
        activity = read_activity(payload)
    except (DeserializationError, TypeError, ValueError, AttributeError):
        return problem(400, "activity could not be read")
    set_correlation_id(activity.id)
    if not is_addressable(activity):
        return problem(400, "activity lacks serviceUrl, conversation, from or recipient")
    # Authentication first (401), then the tenant (403): nothing is read or stored before both pass.
    try:
        authenticated = await authenticate(container.adapter, request.headers.get("Authorization", ""), activity)
    except Unauthorized:
        return problem(401, "unauthorized")
    except AuthenticationUnavailable:
        return problem(503, "authentication unavailable")
    if not all(settings.tenant_allowed(tenant) for tenant in claimed_tenants(activity)):
        log.warning("rejected an activity from a tenant outside the allow-list")
        return problem(403, "tenant not allowed")
    request[ACTIVITY_TYPE] = str(activity.type)  # counted only now: nothing before authentication and the tenant

    response = await container.adapter.process_activity(authenticated, activity, container.handler.on_turn)
    if response is None:
        return web.Response(status=201)
    body_out = response.body
    return web.json_response(body_out, status=response.status) if body_out is not None else web.Response(
        status=response.status
    )


def read_activity(payload: dict[str, Any]) -> Activity:
    """The inbound activity as msrest reads it, by the quick path when its shape is the usual one."""
    try:
        return activity_from_json(payload)
    except Unusual:
        return Activity().deserialize(payload)


def claimed_tenants(activity: Activity) -> list[str]:
    """The tenant the handler acts for, and the one in channelData if it names another: both must be allowed."""
    tenants = [tenant_of(activity)]
    channel_data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    tenant = channel_data.get("tenant")
    if isinstance(tenant, dict) and tenant.get("id") is not None:
        tenants.append(str(tenant["id"]))
    return tenants


def is_addressable(activity: Activity) -> bool:
    """Every activity Teams sends says where it came from and where a reply goes."""
    return bool(
        activity.service_url
        and activity.conversation is not None
        and activity.conversation.id
        and activity.from_property is not None
        and activity.from_property.id
        and activity.recipient is not None
        and activity.recipient.id
    )


async def healthz(request: web.Request) -> web.Response:
    """{"database": "ok"|"down", "jobs": "ok"|"stalled"|"off"[, "secret": "ok"|"expiring"|"expired"]}; 503 when
    the database is down."""
    container = request.app[CONTAINER]
    database = "ok"
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT):
            async with container.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except Exception as error:
        log.warning("health check: database unreachable (%s)", type(error).__name__)
        database = "down"
    jobs = request.app[METRICS].jobs_health()
    settings = request.app[SETTINGS]
    secret = settings.secret_expiry(local_today(settings.make_clock()()))
    degraded = jobs == "stalled" or secret in ("expiring", "expired")
    status = "unavailable" if database == "down" else "degraded" if degraded else "ok"
    body = {"status": status, "database": database, "jobs": jobs}
    if secret is not None:  # MicrosoftAppPassword with AFTALEBOT_APP_PASSWORD_EXPIRES: rotate it in time
        body["secret"] = secret
    return web.json_response(body, status=503 if database == "down" else 200)


async def metrics_endpoint(request: web.Request) -> web.Response:
    """The app's metrics in the Prometheus text format."""
    return web.Response(body=request.app[METRICS].render().encode(), headers={"Content-Type": CONTENT_TYPE})
