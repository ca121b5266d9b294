"""End-to-end harness: the bot plus the Agents Playground on free loopback ports, a client for the
playground's HTTP/websocket API (acting as the configured users), and a Chromium driver for its web UI.

Playground API (version 0.2.28), as read from its bundled code and checked by experiment:
- `POST /_conversation/v1/conversations/{conversation}/messages` with `{"from": {"id": USER}, "text": …,
  "textFormat": "plain", "mentions": [{"mentioned": {"id": BOT}, "text": "<at>BOT NAME</at>"}]}`. `from.id`
  is only checked for membership: the activity the bot receives is always from the configured
  `currentUser`. Group chats and channels forward a message to the bot only when it mentions the bot; a
  channel message opens a thread whose id (`postConversationId`) is `{channel};messageid={messageId}`.
- `POST /_conversation/v1/invoke` `{"name": "adaptiveCard/action", "value": {"action": {...}, "trigger": …},
  "from": {"id": USER}, "conversation": {"id": …}, "replyToId": CARD_MESSAGE_ID}` answers the bot's invoke
  response minus `statusCode` (`{"type": …, "value": …}`); any configured user may act.
- `POST /_conversation/v1/submit` `{"value": {...}, "from": {"id": USER}, "conversation": {"id": …},
  "replyToId": CARD_MESSAGE_ID}` answers 200 at once; the bot gets a `message` with `value`.
- `POST /_internal/v1/customActivities` forwards any activity verbatim to the bot: the only way to send text
  as a user other than `currentUser`.
- `POST /_debug/conversation/{conversation}/installation` makes the playground send `installationUpdate`
  (add) and `conversationUpdate` (membersAdded) from `currentUser`; the web UI does this on every page load,
  the playground never does it by itself.
- Websocket `/_ws_conversation/v1/conversations/stream` broadcasts only the bot's side, as
  `{"action": "createMessage" | "updateMessage", "actionConversationId": …, "message": {"messageId", "from",
  "text", "attachments": [{"contentType", "content"}], …}}` or `{"action": "typing", …}`. A bot activity with
  text and attachments arrives as one message per part. Messages sent while no client is connected are
  buffered and flushed to the next client that connects.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp

from bot.commandline.devstack import (
    BOT_CLI,
    LOOPBACK,
    PLAYGROUND_CLI,
    ManagedProcess,
    bot_command,
    ensure_port_free,
    free_port,
    playground_command,
    run_checked,
    start_process,
    stop_process,
    wait_until_ready,
)
from bot.paths import REPO_ROOT

JSON = dict[str, Any]
# The bot in the stack runs on this clock (AFTALEBOT_CLOCK_START), from the day its demo data is loaded for.
STACK_NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


# --------------------------------------------------------------------------------------------- the stack


def missing_stack_prerequisites() -> list[str]:
    """What is missing to run the bot with the playground (empty when all is there)."""
    missing = []
    if shutil.which("node") is None:
        missing.append("Node.js (`node` on PATH)")
    if not PLAYGROUND_CLI.exists():
        missing.append(f"{PLAYGROUND_CLI.relative_to(REPO_ROOT)} (run `npm ci`)")
    return missing


def missing_browser_prerequisites() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright (pip install -e '.[dev]'; never `playwright install`)")
    return missing


@dataclass
class Stack:
    """The bot (`python -m bot serve`) and the playground on free loopback ports, with a fresh SQLite
    database under `workdir` that has been migrated and loaded with the demo municipality."""

    workdir: Path
    bot_cli: Sequence[str] = BOT_CLI
    config_path: Path | None = None
    bot_port: int = 0
    playground_port: int = 0
    processes: list[ManagedProcess] = field(default_factory=list)

    @property
    def database_url(self) -> str:
        return f"sqlite+aiosqlite:///{self.workdir / 'e2e.db'}"

    @property
    def bot_url(self) -> str:
        return f"http://{LOOPBACK}:{self.bot_port}"

    @property
    def playground_url(self) -> str:
        return f"http://{LOOPBACK}:{self.playground_port}"

    def bot_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "DATABASE_URL": self.database_url,
                "AFTALEBOT_ENV": "development",
                "AFTALEBOT_CLOCK_START": STACK_NOW.isoformat(),
                "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")])),
            }
        )
        return env

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = self.bot_env()
        bot_dir = self.workdir / "bot"  # the bot runs outside the repository: no cwd-relative paths
        bot_dir.mkdir(exist_ok=True)
        run_checked("migrate", bot_command("migrate", bot_cli=self.bot_cli, env=env, cwd=bot_dir))
        run_checked("demo", bot_command("demo", bot_cli=self.bot_cli, env=env, cwd=bot_dir))
        self.bot_port = free_port()
        self.playground_port = free_port()
        while self.playground_port == self.bot_port:
            self.playground_port = free_port()
        try:
            serve = bot_command(
                "serve", "--host", LOOPBACK, "--port", str(self.bot_port), bot_cli=self.bot_cli, env=env, cwd=bot_dir
            )
            bot = start_process("bot", serve)
            self.processes.append(bot)
            wait_until_ready(bot, f"{self.bot_url}/healthz", timeout=60.0)
            ensure_port_free(self.playground_port)  # else the playground silently picks another port
            playground = start_process(
                "playground",
                playground_command(
                    self.bot_port,
                    self.playground_port,
                    workdir=self.workdir / "playground",
                    config_path=self.config_path,
                ),
            )
            self.processes.append(playground)
            wait_until_ready(playground, f"{self.playground_url}/_debug/ping", timeout=60.0)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        while self.processes:
            stop_process(self.processes.pop())

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# ------------------------------------------------------------------------------------ the API client


class PlaygroundError(RuntimeError):
    pass


@dataclass(frozen=True)
class User:
    id: str
    name: str
    aad_object_id: str


@dataclass(frozen=True)
class PlaygroundConfig:
    """The playground's view of `.m365agentsplayground.yml` (from `GET /_internal/v1/config`)."""

    tenant_id: str
    bot_id: str
    bot_name: str
    current_user: User
    users: dict[str, User]  # by id, the current user included
    personal_chat: str
    group_chat: str
    team: str  # the team's General channel has the team's id
    channels: dict[str, str]  # channel name -> id, General included

    @classmethod
    def from_json(cls, body: JSON) -> PlaygroundConfig:
        config = body["config"]

        def user(raw: JSON) -> User:
            return User(id=raw["id"], name=raw["name"], aad_object_id=raw["aadObjectId"])

        current = user(config["currentUser"])
        users = {current.id: current} | {u["id"]: user(u) for u in config["users"]}
        team = config["teams"][0]
        return cls(
            tenant_id=config["tenantId"],
            bot_id=config["bot"]["id"],
            bot_name=config["bot"]["name"],
            current_user=current,
            users=users,
            personal_chat=config["personalChat"]["id"],
            group_chat=config["groupChats"][0]["id"],
            team=team["id"],
            channels={c["name"]: c["id"] for c in team["channels"]},
        )


def card_texts(node: Any) -> list[str]:
    """The visible strings of an Adaptive Card: every `text`, `title` and `value` string, depth first."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("text", "title", "value") and isinstance(value, str):
                found.append(value)
            else:
                found.extend(card_texts(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(card_texts(item))
    return found


@dataclass(frozen=True)
class BotMessage:
    """One bot message (or update of one) as the playground's websocket reports it."""

    action: str  # "createMessage" | "updateMessage"
    conversation_id: str
    id: str
    text: str
    cards: tuple[JSON, ...]
    raw: JSON

    @classmethod
    def from_event(cls, event: JSON) -> BotMessage:
        message = event["message"]
        attachments = message.get("attachments") or []
        return cls(
            action=event["action"],
            conversation_id=event["actionConversationId"],
            id=message["messageId"],
            text=message.get("text") or "",
            cards=tuple(a["content"] for a in attachments if a.get("contentType") == ADAPTIVE_CARD),
            raw=message,
        )

    @property
    def card_text(self) -> str:
        return "\n".join(text for card in self.cards for text in card_texts(card))

    @property
    def all_text(self) -> str:
        return "\n".join(filter(None, [self.text, self.card_text]))

    def contains(self, needle: str) -> bool:
        """Case-insensitive search in the text and in the cards' visible strings."""
        return needle.casefold() in self.all_text.casefold()


@dataclass(frozen=True)
class SentMessage:
    message_id: str
    conversation_id: str  # where the bot's replies land (a channel post opens its own thread)


Predicate = Callable[[BotMessage], bool]


class Playground:
    """Acts as the configured users through the playground's API and collects the bot's messages.

    Use as `async with Playground(url) as pg: …`. `wait_for_bot_message` looks, by default, only at
    messages that arrived after the last `send_text`/`submit`/`invoke`/`install`.
    """

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.messages: list[BotMessage] = []
        self._session: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._arrived = asyncio.Condition()
        self._mark = 0
        self._config: PlaygroundConfig | None = None

    async def __aenter__(self) -> Playground:
        await self.connect()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def connect(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self._ws = await self._session.ws_connect(f"{self.base_url}/_ws_conversation/v1/conversations/stream")
        self._reader = asyncio.create_task(self._read(self._ws))
        async with self._session.get(f"{self.base_url}/_internal/v1/config") as response:
            response.raise_for_status()
            self._config = PlaygroundConfig.from_json(await response.json())

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        if self._ws is not None:
            await self._ws.close()
        if self._session is not None:
            await self._session.close()

    @property
    def config(self) -> PlaygroundConfig:
        if self._config is None:
            raise PlaygroundError("not connected")
        return self._config

    # -- acting as a user

    async def send_text(
        self, text: str, *, user: str | None = None, conversation: str | None = None, mention_bot: bool | None = None
    ) -> SentMessage:
        """Sends `text` as `user` (default: the current user) into `conversation` (default: the sender's
        personal chat with the bot). In group chats and channels the bot is mentioned unless told not to.

        The current user goes through the playground's message API, exactly like its web UI. Anyone else
        goes as a synthetic activity (the playground's API cannot send as them); their "personal chat" is
        the playground's per-user conversation whose id is the user id."""
        cfg = self.config
        sender = cfg.users[user or cfg.current_user.id]
        is_me = sender.id == cfg.current_user.id
        target = conversation or (cfg.personal_chat if is_me else sender.id)
        personal = target in (cfg.personal_chat, sender.id)
        at = f"<at>{cfg.bot_name}</at>"
        mention = (not personal) if mention_bot is None else mention_bot
        wire_text = f"{at} {text}" if mention else text
        self._mark = len(self.messages)
        if not is_me:
            activity = self._activity("message", sender, target, personal=personal, text=wire_text, textFormat="plain")
            if mention:
                activity["entities"] = [
                    {"type": "mention", "mentioned": {"id": cfg.bot_id, "name": cfg.bot_name}, "text": at}
                ]
            await self.send_activity(activity)
            return SentMessage(message_id=activity["id"], conversation_id=target)
        body: JSON = {"from": {"id": sender.id}, "text": wire_text, "textFormat": "plain"}
        if mention:
            body["mentions"] = [{"mentioned": {"id": cfg.bot_id}, "text": at}]
        answer = await self._post(f"/_conversation/v1/conversations/{target}/messages", body)
        assert answer is not None
        return SentMessage(message_id=answer["messageId"], conversation_id=answer.get("postConversationId") or target)

    async def submit(
        self, data: JSON, *, reply_to_id: str, user: str | None = None, conversation: str | None = None
    ) -> None:
        """Action.Submit on the card message `reply_to_id`: `data` is the action's data merged with the inputs."""
        body = {"value": data, "replyToId": reply_to_id, **self._who(user, conversation)}
        self._mark = len(self.messages)
        await self._post("/_conversation/v1/submit", body)

    async def invoke(
        self,
        verb: str,
        data: JSON,
        *,
        reply_to_id: str,
        user: str | None = None,
        conversation: str | None = None,
        trigger: str = "manual",
    ) -> JSON:
        """Action.Execute on the card message `reply_to_id`; returns the bot's invoke response
        (`{"type": …, "value": …}`; the playground drops `statusCode`)."""
        body = {
            "name": "adaptiveCard/action",
            "value": {"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": trigger},
            "replyToId": reply_to_id,
            **self._who(user, conversation),
        }
        self._mark = len(self.messages)
        answer = await self._post("/_conversation/v1/invoke", body)
        assert answer is not None
        return answer

    async def install(self, conversation: str | None = None) -> None:
        """What the web UI does on page load: installationUpdate + conversationUpdate from the current user."""
        self._mark = len(self.messages)
        await self._post(f"/_debug/conversation/{conversation or self.config.personal_chat}/installation", {})

    async def send_activity(self, activity: JSON) -> None:
        """Forwards `activity` verbatim to the bot (the playground's "Mock an Activity")."""
        await self._post("/_internal/v1/customActivities", activity)

    # -- reading the bot

    def mark(self) -> int:
        """Makes the next `wait_for_bot_message` look only at messages arriving from now on."""
        self._mark = len(self.messages)
        return self._mark

    async def wait_for_bot_message(
        self,
        predicate: Predicate | None = None,
        *,
        timeout: float = 10.0,
        since: int | None = None,
        conversation: str | None = None,
    ) -> BotMessage:
        """The first bot message from index `since` (default: the last send) matching `predicate`
        (and `conversation`, when given). Raises AssertionError listing what came instead on timeout."""
        start = self._mark if since is None else since

        def match() -> BotMessage | None:
            for message in self.messages[start:]:
                if conversation is not None and message.conversation_id != conversation:
                    continue
                if predicate is None or predicate(message):
                    return message
            return None

        try:
            async with self._arrived:
                await asyncio.wait_for(self._arrived.wait_for(lambda: match() is not None), timeout)
        except TimeoutError:
            seen = "\n".join(f"  {m.action} {m.conversation_id}: {m.all_text[:200]!r}" for m in self.messages[start:])
            raise AssertionError(
                f"no matching bot message within {timeout} s; received since mark:\n{seen or '  (nothing)'}"
            ) from None
        found = match()
        assert found is not None
        return found

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for frame in ws:
            if frame.type != aiohttp.WSMsgType.TEXT:
                continue
            event = json.loads(frame.data)
            if event.get("action") not in ("createMessage", "updateMessage"):
                continue  # typing
            async with self._arrived:
                self.messages.append(BotMessage.from_event(event))
                self._arrived.notify_all()

    # -- plumbing

    def _who(self, user: str | None, conversation: str | None) -> JSON:
        return {
            "from": {"id": user or self.config.current_user.id},
            "conversation": {"id": conversation or self.config.personal_chat},
        }

    def _activity(self, kind: str, sender: User, conversation: str, *, personal: bool, **fields: Any) -> JSON:
        cfg = self.config
        return {
            "type": kind,
            "id": str(uuid.uuid4()),
            "timestamp": datetime.now(UTC).isoformat(),  # real clock ok: the wire time of a sent message
            "channelId": "msteams",
            "serviceUrl": f"{self.base_url}/_connector",
            "from": {"id": sender.id, "name": sender.name, "aadObjectId": sender.aad_object_id},
            "recipient": {"id": cfg.bot_id, "name": cfg.bot_name},
            "conversation": {
                "id": conversation,
                "conversationType": "personal" if personal else "groupChat",
                "tenantId": cfg.tenant_id,
                **({} if personal else {"isGroup": True}),
            },
            "channelData": {"tenant": {"id": cfg.tenant_id}},
            "locale": "da-DK",
            **fields,
        }

    async def _post(self, path: str, body: JSON) -> JSON | None:
        assert self._session is not None, "not connected"
        async with self._session.post(f"{self.base_url}{path}", json=body) as response:
            text = await response.text()
            if response.status != 200:
                raise PlaygroundError(f"POST {path} -> {response.status}: {text}")
            return json.loads(text) if text else None


# ------------------------------------------------------------------------------------------ the web UI


class PlaygroundUI:
    """The playground's web UI in a Playwright page."""

    COMPOSER = '[data-lexical-editor="true"][role="textbox"]'
    SEND = 'button[aria-label="Send Message"]'
    BOT_BUBBLE = ".fai-OutputCard"  # a bot message, text or card
    CARD = ".ac-adaptiveCard"

    def __init__(self, page: Any) -> None:  # playwright.async_api.Page
        self.page = page

    async def open(self, url: str) -> None:
        """Opens the UI (the personal chat); the page load makes the playground install the bot."""
        await self.page.goto(url)
        await self.page.locator(self.COMPOSER).wait_for(timeout=30_000)

    async def send(self, text: str) -> None:
        composer = self.page.locator(self.COMPOSER)
        await composer.click()
        await composer.type(text)
        await self.page.locator(self.SEND).click()

    async def wait_for_bot_bubble(self, containing: str, *, timeout: float = 15.0) -> Any:
        bubble = self.page.locator(self.BOT_BUBBLE).filter(has_text=containing).last
        await bubble.wait_for(timeout=timeout * 1000)
        return bubble

    async def wait_for_card(self, containing: str, *, timeout: float = 15.0) -> Any:
        card = self.page.locator(self.CARD).filter(has_text=containing).last
        await card.wait_for(timeout=timeout * 1000)
        return card

    async def fill_card_input(self, card: Any, label: str, value: str) -> None:
        """Types `value` into the card's input labelled `label` (Input.Text, Input.Date: ISO date)."""
        field = card.get_by_label(label, exact=True)
        await field.scroll_into_view_if_needed()
        await field.fill(value)

    async def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        await self.page.screenshot(path=str(path), full_page=True)
        return path


@contextlib.asynccontextmanager
async def chromium_page(user_data_dir: Path) -> AsyncIterator[PlaygroundUI]:
    """Debian's Chromium, headless, with a fresh profile in `user_data_dir` (never `playwright install`)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(user_data_dir),
            executable_path=str(CHROMIUM),
            headless=True,
            args=list(CHROMIUM_ARGS),
            viewport={"width": 1280, "height": 860},
            locale="da-DK",
        )
        try:
            page = context.pages[0] if context.pages else await context.new_page()
            yield PlaygroundUI(page)
        finally:
            await context.close()
