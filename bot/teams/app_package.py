"""The Teams app package: manifest.json, two icons and an English localization file, zipped.

`build_app_package` writes the zip that an administrator uploads to Teams (Teams admin center, or "Upload a
custom app"). Everything is generated, deterministically: the same settings give byte-identical zips.

`check_app_package` checks a built zip the way Teams would: its layout, the icons, Teams' documented limits
for bot commands, and every JSON file against the official schema shipped in the npm package
`@microsoft/app-manifest` (through Node, `tools/manifestcheck/validate.cjs`). It needs `node` and
`node_modules`; without them it raises `ManifestCheckUnavailable`.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PIL import Image, ImageChops, ImageDraw

from bot.paths import REPO_ROOT, source_checkout
from bot.settings import Settings
from bot.teams import app_package_texts as texts

# The newest schema in @microsoft/app-manifest 1.1.2 (package.json pins it). tests/test_app_package.py fails
# when node_modules ships a newer v1.NN, so an upgrade of the npm package is noticed.
MANIFEST_VERSION = "1.30"
SCHEMA_BASE_URL = "https://developer.microsoft.com/json-schemas/teams"
MANIFEST_SCHEMA_URL = f"{SCHEMA_BASE_URL}/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
LOCALIZATION_SCHEMA_URL = f"{SCHEMA_BASE_URL}/v{MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json"

DEFAULT_OUTPUT = REPO_ROOT / "build" / "appPackage.zip"
"""Where `package-app` writes in a source checkout; an installed bot writes to its data directory."""
MANIFEST_FILE = "manifest.json"
COLOR_ICON_FILE = "color.png"
OUTLINE_ICON_FILE = "outline.png"
DEFAULT_LANGUAGE = "da-dk"
ENGLISH_LANGUAGE = "en-us"
ENGLISH_FILE = "en-us.json"
PACKAGE_FILES = (MANIFEST_FILE, COLOR_ICON_FILE, OUTLINE_ICON_FILE, ENGLISH_FILE)

COLOR_ICON_SIZE = 192
OUTLINE_ICON_SIZE = 32
MUNICIPAL_BLUE = (0x1F, 0x5A, 0x96)
FOLD_TINT = (0xC9, 0xDB, 0xEE)
ACCENT_COLOR = "#{:02X}{:02X}{:02X}".format(*MUNICIPAL_BLUE)

# Teams' documented limits for a bot's command menu. They are stricter than the v1.30 JSON schema (title 128,
# description 4000, 12 commands), and older clients enforce them, so the package keeps to both.
MAX_COMMAND_TITLE = 32
MAX_COMMAND_DESCRIPTION = 128
MAX_COMMANDS_PER_LIST = 10

SCHEMA_ROOT = REPO_ROOT / "node_modules" / "@microsoft" / "app-manifest" / "build" / "json-schemas"
VALIDATOR = REPO_ROOT / "tools" / "manifestcheck" / "validate.cjs"

_GUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_NIL_GUID = "00000000-0000-0000-0000-000000000000"
_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

Json = dict[str, Any]


class AppPackageError(ValueError):
    """The settings or arguments cannot make a valid app package; the message says which and why."""


class ManifestCheckUnavailable(RuntimeError):
    """Node, `node_modules` or the schema validator is missing, or the validator failed to run."""


@dataclass(frozen=True)
class Developer:
    """The publisher shown in Teams; a municipality puts its own name and pages here before publishing."""

    name: str = texts.DEVELOPER_NAME
    website_url: str = texts.DEVELOPER_WEBSITE
    privacy_url: str = texts.DEVELOPER_PRIVACY
    terms_of_use_url: str = texts.DEVELOPER_TERMS

    def to_json(self) -> Json:
        for label, url in (
            ("websiteUrl", self.website_url),
            ("privacyUrl", self.privacy_url),
            ("termsOfUseUrl", self.terms_of_use_url),
        ):
            if not url.startswith("https://"):
                raise AppPackageError(f"developer.{label} skal være en https-adresse, ikke {url!r}")
        if not 0 < len(self.name) <= 32:
            raise AppPackageError(f"developer.name skal have 1–32 tegn, ikke {len(self.name)}")
        return {
            "name": self.name,
            "websiteUrl": self.website_url,
            "privacyUrl": self.privacy_url,
            "termsOfUseUrl": self.terms_of_use_url,
        }


def default_output(settings: Settings) -> Path:
    """The zip `package-app` writes without -o: build/ in the checkout, else AFTALEBOT_DATA_DIR."""
    return DEFAULT_OUTPUT if source_checkout() is not None else settings.data_dir / DEFAULT_OUTPUT.name


PUBLISHER_SETTINGS = (
    ("AFTALEBOT_PUBLISHER_NAME", "publisher_name"),
    ("AFTALEBOT_PUBLISHER_WEBSITE", "publisher_website"),
    ("AFTALEBOT_PRIVACY_URL", "privacy_url"),
    ("AFTALEBOT_TERMS_URL", "terms_url"),
)


def missing_for_production_package(settings: Settings, bot_domain: str | None = None) -> list[str]:
    """What a production package lacks: the municipality as publisher, its pages, and the bot's domain (from
    --domain or AFTALEBOT_PUBLIC_URL). Empty in development, where the placeholders of `Developer` stand in."""
    if not settings.is_production:
        return []
    missing = [name for name, field in PUBLISHER_SETTINGS if not (getattr(settings, field) or "").strip()]
    if not bot_domain and not settings.public_url:
        missing.append("AFTALEBOT_PUBLIC_URL")
    return missing


def developer_from(settings: Settings) -> Developer:
    """The publisher from the settings; each one not set keeps its placeholder (development only)."""
    placeholder = Developer()
    return Developer(
        name=(settings.publisher_name or "").strip() or placeholder.name,
        website_url=(settings.publisher_website or "").strip() or placeholder.website_url,
        privacy_url=(settings.privacy_url or "").strip() or placeholder.privacy_url,
        terms_of_use_url=(settings.terms_url or "").strip() or placeholder.terms_of_use_url,
    )


# --- inputs -------------------------------------------------------------------------------------------------


def require_app_id(app_id: str) -> str:
    """The bot's Microsoft App ID as the manifest needs it: a GUID, lower-case. Refuses empty and invalid ids."""
    value = app_id.strip()
    if not value:
        raise AppPackageError(
            "MicrosoftAppId er tom: app-pakken skal have bottens Microsoft App ID (et GUID fra Azure Bot / "
            "Entra ID). Sæt MicrosoftAppId i miljøet eller .env."
        )
    if not _GUID.fullmatch(value):
        raise AppPackageError(
            f"MicrosoftAppId {value!r} er ikke et GUID (forventet fx 1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0)."
        )
    if value == _NIL_GUID:
        raise AppPackageError("MicrosoftAppId er nul-GUID'et, en pladsholder; brug bottens rigtige App ID.")
    return value.lower()


def normalise_domain(bot_domain: str) -> str:
    """The bare host name for `validDomains`, from a host name or a URL (scheme, port and path are dropped)."""
    raw = bot_domain.strip()
    parts = urlsplit(raw if "://" in raw else f"https://{raw}")
    host = (parts.hostname or "").rstrip(".")
    labels = host.split(".")
    if (
        len(labels) < 2
        or len(host) > 253
        or not all(_HOST_LABEL.fullmatch(label) for label in labels)
        or labels[-1].isdigit()
    ):
        raise AppPackageError(f"Bot-domænet {bot_domain!r} er ikke et offentligt værtsnavn (fx aftalebot.kommune.dk).")
    return host


def package_version(explicit: str | None = None) -> str:
    """The app version (MAJOR.MINOR.PATCH): the given one, else the installed `aftalebot` distribution's."""
    if explicit is not None:
        if not _SEMVER.fullmatch(explicit):
            raise AppPackageError(f"App-versionen {explicit!r} skal have formen MAJOR.MINOR.PATCH, fx 1.0.0.")
        return explicit
    try:
        installed = metadata.version("aftalebot")
    except metadata.PackageNotFoundError:
        return "1.0.0"
    match = _SEMVER.match(installed)
    if match is None:
        raise AppPackageError(f"Pakkeversionen {installed!r} begynder ikke med MAJOR.MINOR.PATCH; angiv en version.")
    return match.group(0)


# --- manifest -----------------------------------------------------------------------------------------------

_SCOPES: tuple[tuple[str, tuple[texts.Command, ...]], ...] = (
    ("personal", texts.PERSONAL_COMMANDS),
    ("team", texts.SHARED_COMMANDS),
    ("groupChat", texts.SHARED_COMMANDS),
)


def build_manifest(
    app_id: str,
    *,
    version: str,
    bot_domain: str | None = None,
    graph_enabled: bool = False,
    developer: Developer | None = None,
) -> Json:
    """manifest.json as a dict; `app_id` must already have passed `require_app_id`."""
    manifest: Json = {
        "$schema": MANIFEST_SCHEMA_URL,
        "manifestVersion": MANIFEST_VERSION,
        "version": version,
        "id": app_id,
        "localizationInfo": {
            "defaultLanguageTag": DEFAULT_LANGUAGE,
            "additionalLanguages": [{"languageTag": ENGLISH_LANGUAGE, "file": ENGLISH_FILE}],
        },
        "developer": (developer or Developer()).to_json(),
        "name": {"short": texts.NAME_SHORT, "full": texts.NAME_FULL_DA},
        "description": {"short": texts.DESCRIPTION_SHORT_DA, "full": texts.DESCRIPTION_FULL_DA},
        "icons": {"color": COLOR_ICON_FILE, "outline": OUTLINE_ICON_FILE},
        "accentColor": ACCENT_COLOR,
        "bots": [
            {
                "botId": app_id,
                "scopes": [scope for scope, _ in _SCOPES],
                "supportsFiles": False,
                "isNotificationOnly": False,
                "commandLists": [
                    {
                        "scopes": [scope],
                        "commands": [
                            {"title": command.title, "description": command.description_da} for command in commands
                        ],
                    }
                    for scope, commands in _SCOPES
                ],
            }
        ],
        "validDomains": [normalise_domain(bot_domain)] if bot_domain else [],
    }
    if graph_enabled:
        manifest["webApplicationInfo"] = {"id": app_id, "resource": f"api://botid-{app_id}"}
    return manifest


def build_english_localization() -> Json:
    """en-us.json: names, descriptions and command descriptions in English; command titles stay Danish."""
    localization: Json = {
        "$schema": LOCALIZATION_SCHEMA_URL,
        "name.short": texts.NAME_SHORT,
        "name.full": texts.NAME_FULL_EN,
        "description.short": texts.DESCRIPTION_SHORT_EN,
        "description.full": texts.DESCRIPTION_FULL_EN,
    }
    for list_index, (_, commands) in enumerate(_SCOPES):
        for command_index, command in enumerate(commands):
            key = f"bots[0].commandLists[{list_index}].commands[{command_index}].description"
            localization[key] = command.description_en
    return localization


def command_limit_problems(manifest: Mapping[str, Any]) -> list[str]:
    """Teams' documented command-menu limits, which the JSON schema does not enforce."""
    problems: list[str] = []
    for bot_index, bot in enumerate(manifest.get("bots") or []):
        for list_index, command_list in enumerate(bot.get("commandLists") or []):
            where = f"bots[{bot_index}].commandLists[{list_index}]"
            commands = command_list.get("commands") or []
            if len(commands) > MAX_COMMANDS_PER_LIST:
                problems.append(f"{where} has {len(commands)} commands; Teams shows at most {MAX_COMMANDS_PER_LIST}")
            titles = [command.get("title", "") for command in commands]
            if len(set(titles)) != len(titles):
                problems.append(f"{where} repeats a command title")
            for index, command in enumerate(commands):
                title, description = command.get("title", ""), command.get("description", "")
                if not 0 < len(title) <= MAX_COMMAND_TITLE:
                    problems.append(f"{where}.commands[{index}].title must have 1–{MAX_COMMAND_TITLE} characters")
                if not 0 < len(description) <= MAX_COMMAND_DESCRIPTION:
                    problems.append(
                        f"{where}.commands[{index}].description must have 1–{MAX_COMMAND_DESCRIPTION} characters"
                    )
    return problems


# --- icons --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Glyph:
    """A document with a folded corner and a check mark, inside `box` (pixels of the final icon)."""

    box: tuple[float, float, float, float]
    stroke: float
    supersample: int

    def _scaled(self, points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * self.supersample, y * self.supersample) for x, y in points]

    def _corners(self) -> tuple[float, float, float, float, float]:
        left, top, right, bottom = self.box
        return left, top, right, bottom, (right - left) * 0.32

    def _canvas(self, size: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        mask = Image.new("L", (size * self.supersample, size * self.supersample), 0)
        return mask, ImageDraw.Draw(mask)

    def _finish(self, mask: Image.Image, size: int) -> Image.Image:
        return mask.resize((size, size), Image.Resampling.BOX)

    def page(self, size: int) -> Image.Image:
        """The sheet, its folded-over corner cut away."""
        left, top, right, bottom, fold = self._corners()
        mask, draw = self._canvas(size)
        outline = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
        draw.polygon(self._scaled(outline), fill=255)
        return self._finish(mask, size)

    def fold(self, size: int) -> Image.Image:
        """The folded-over corner: a triangle inside the sheet, below the cut."""
        _, top, right, _, fold = self._corners()
        mask, draw = self._canvas(size)
        draw.polygon(self._scaled([(right - fold, top), (right - fold, top + fold), (right, top + fold)]), fill=255)
        return self._finish(mask, size)

    def crease(self, size: int, width: float) -> Image.Image:
        """The two inner edges of the fold, as a line `width` wide."""
        _, top, right, _, fold = self._corners()
        mask, draw = self._canvas(size)
        draw.line(
            self._scaled([(right - fold, top), (right - fold, top + fold), (right, top + fold)]),
            fill=255,
            width=round(width * self.supersample),
            joint="curve",
        )
        return self._finish(mask, size)

    def check(self, size: int) -> Image.Image:
        """A check mark in the lower part of the sheet, with round ends."""
        left, top, right, bottom, _ = self._corners()
        width, height = right - left, bottom - top
        points = [
            (left + width * 0.24, top + height * 0.60),
            (left + width * 0.43, top + height * 0.77),
            (left + width * 0.77, top + height * 0.42),
        ]
        mask, draw = self._canvas(size)
        scaled = self._scaled(points)
        line_width = self.stroke * self.supersample
        draw.line(scaled, fill=255, width=round(line_width), joint="curve")
        radius = line_width / 2
        for x, y in (scaled[0], scaled[-1]):
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)
        return self._finish(mask, size)


def color_icon() -> bytes:
    """192×192 PNG, opaque: a white page with a blue check on municipal blue (Teams rounds the tile itself)."""
    size = COLOR_ICON_SIZE
    glyph = _Glyph(box=(54, 38, 138, 154), stroke=13, supersample=4)
    image = Image.new("RGB", (size, size), MUNICIPAL_BLUE)
    image.paste((255, 255, 255), mask=glyph.page(size))
    image.paste(FOLD_TINT, mask=glyph.fold(size))
    image.paste(MUNICIPAL_BLUE, mask=glyph.check(size))
    return _png(image)


def outline_icon() -> bytes:
    """32×32 PNG: the same mark in white on transparent; every pixel is white, only the alpha varies."""
    size = OUTLINE_ICON_SIZE
    glyph = _Glyph(box=(6, 2, 26, 30), stroke=3.2, supersample=8)
    alpha = ImageChops.subtract(ImageChops.subtract(glyph.page(size), glyph.crease(size, 1.4)), glyph.check(size))
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    image.putalpha(alpha)
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- package ------------------------------------------------------------------------------------------------


def package_files(
    settings: Settings,
    *,
    bot_domain: str | None = None,
    graph_enabled: bool = False,
    app_version: str | None = None,
    developer: Developer | None = None,
) -> dict[str, bytes]:
    """The package's files by name, in zip order. The publisher comes from the settings unless `developer` is
    given, the domain from AFTALEBOT_PUBLIC_URL unless `bot_domain` is; production refuses placeholders."""
    missing = missing_for_production_package(settings, bot_domain)
    if missing:
        raise AppPackageError(
            "App-pakken til production skal navngive kommunen og bottens adresse; disse indstillinger mangler: "
            + ", ".join(missing)
        )
    app_id = require_app_id(settings.app_id)
    bot_domain = bot_domain or settings.public_url
    developer = developer or developer_from(settings)
    manifest = build_manifest(
        app_id,
        version=package_version(app_version),
        bot_domain=bot_domain,
        graph_enabled=graph_enabled,
        developer=developer,
    )
    return {
        MANIFEST_FILE: _json_bytes(manifest),
        COLOR_ICON_FILE: color_icon(),
        OUTLINE_ICON_FILE: outline_icon(),
        ENGLISH_FILE: _json_bytes(build_english_localization()),
    }


def build_app_package(
    settings: Settings,
    output: Path = DEFAULT_OUTPUT,
    *,
    bot_domain: str | None = None,
    graph_enabled: bool = False,
    app_version: str | None = None,
    developer: Developer | None = None,
) -> Path:
    """Write the Teams app package zip to `output` (created with its folder, replaced atomically); return it.

    Raises `AppPackageError` when MicrosoftAppId is empty or not a GUID, or an argument is invalid.
    """
    files = package_files(
        settings, bot_domain=bot_domain, graph_enabled=graph_enabled, app_version=app_version, developer=developer
    )
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(handle, "wb") as stream, zipfile.ZipFile(stream, "w") as archive:
            for name, data in files.items():
                entry = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, data)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return output


def _json_bytes(document: Json) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- checking -----------------------------------------------------------------------------------------------


def newest_schema_version(schema_root: Path = SCHEMA_ROOT) -> str:
    """The highest v1.NN Teams manifest schema shipped in node_modules/@microsoft/app-manifest, e.g. "1.30"."""
    teams = schema_root / "teams"
    if not teams.is_dir():
        raise ManifestCheckUnavailable(f"{teams} is missing; run `npm ci` in {REPO_ROOT}")
    versions = [
        (int(match[1]), int(match[2]))
        for child in teams.iterdir()
        if (match := re.fullmatch(r"v(\d+)\.(\d+)", child.name)) and (child / "MicrosoftTeams.schema.json").is_file()
    ]
    if not versions:
        raise ManifestCheckUnavailable(f"no v1.NN/MicrosoftTeams.schema.json under {teams}")
    major, minor = max(versions)
    return f"{major}.{minor}"


def schema_problems(documents: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    """Per document, its errors against the official schema its `$schema` names (an empty list = valid)."""
    if not documents:
        return []
    node = shutil.which("node")
    if node is None:
        raise ManifestCheckUnavailable("`node` is not on PATH; Node 20 is needed to validate the Teams manifest")
    if not SCHEMA_ROOT.is_dir():
        raise ManifestCheckUnavailable(f"{SCHEMA_ROOT} is missing; run `npm ci` in {REPO_ROOT}")
    done = subprocess.run(
        [node, str(VALIDATOR)],
        input=json.dumps(list(documents)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise ManifestCheckUnavailable(f"{VALIDATOR.name} exited with {done.returncode}: {done.stderr.strip()}")
    result = json.loads(done.stdout)
    if not isinstance(result, list) or len(result) != len(documents):
        raise ManifestCheckUnavailable(f"{VALIDATOR.name} returned an unexpected answer: {done.stdout[:200]}")
    return [[str(problem) for problem in found] for found in result]


def icon_problems(name: str, data: bytes, *, size: int, outline: bool) -> list[str]:
    """Teams' icon rules: the size; outline = white on transparent; colour = no (partly) transparent pixel."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except OSError as error:
        return [f"{name}: not a readable image ({error})"]
    problems: list[str] = []
    if image.format != "PNG":
        problems.append(f"{name}: is {image.format}, not PNG")
    if image.size != (size, size):
        problems.append(f"{name}: is {image.size[0]}×{image.size[1]}, not {size}×{size}")
    raw = image.convert("RGBA").tobytes()
    pixels = [(raw[i], raw[i + 1], raw[i + 2], raw[i + 3]) for i in range(0, len(raw), 4)]
    alphas = {alpha for *_, alpha in pixels}
    if outline:
        coloured = sum(1 for r, g, b, a in pixels if a and (r, g, b) != (255, 255, 255))
        if coloured:
            problems.append(f"{name}: {coloured} visible pixels are not white")
        if 0 not in alphas:
            problems.append(f"{name}: has no transparent pixel; the outline icon must be white on transparent")
        if alphas == {0}:
            problems.append(f"{name}: is fully transparent")
    elif alphas != {255}:
        problems.append(f"{name}: has transparent pixels; the colour icon must be opaque")
    return problems


def check_app_package(package: Path) -> list[str]:
    """Everything wrong with a built package (an empty list = ready to upload). Needs Node for the schemas."""
    try:
        with zipfile.ZipFile(package) as archive:
            files = {info.filename: archive.read(info) for info in archive.infolist()}
    except (OSError, zipfile.BadZipFile) as error:
        return [f"{package}: not a readable zip ({error})"]
    problems = [f"{name}: not at the root of the zip" for name in files if "/" in name or "\\" in name]
    if MANIFEST_FILE not in files:
        return [*problems, f"{MANIFEST_FILE} is missing"]
    try:
        manifest = json.loads(files[MANIFEST_FILE].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return [*problems, f"{MANIFEST_FILE}: not UTF-8 JSON ({error})"]
    if not isinstance(manifest, dict):
        return [*problems, f"{MANIFEST_FILE}: not a JSON object"]

    icons = manifest.get("icons") or {}
    expected_icons = {icons.get("color"): (COLOR_ICON_SIZE, False), icons.get("outline"): (OUTLINE_ICON_SIZE, True)}
    localization = manifest.get("localizationInfo") or {}
    languages = [item.get("file") for item in localization.get("additionalLanguages") or []]
    if localization.get("defaultLanguageFile"):
        languages.append(localization["defaultLanguageFile"])
    referenced = {MANIFEST_FILE, *(name for name in expected_icons if name), *(name for name in languages if name)}
    problems += [f"{name}: named in the manifest but not in the zip" for name in sorted(referenced - files.keys())]
    problems += [f"{name}: in the zip but not named in the manifest" for name in sorted(files.keys() - referenced)]

    for name, (size, outline) in expected_icons.items():
        if name in files:
            problems += icon_problems(name, files[name], size=size, outline=outline)

    documents: list[tuple[str, Json]] = [(MANIFEST_FILE, manifest)]
    for name in languages:
        if name not in files:
            continue
        try:
            document = json.loads(files[name].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{name}: not UTF-8 JSON ({error})")
            continue
        documents.append((name, document))
    for (name, _), found in zip(documents, schema_problems([doc for _, doc in documents]), strict=True):
        problems += [f"{name}: {problem.strip()}" for problem in found]
    problems += [f"{MANIFEST_FILE}: {problem}" for problem in command_limit_problems(manifest)]
    return problems
