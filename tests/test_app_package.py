"""The Teams app package: schema-valid manifest, Teams-conform icons, the zip's layout, refusals.

Schema validation runs the official JSON schemas of the npm package `@microsoft/app-manifest` through
`tools/manifestcheck/validate.cjs` (Node, Ajv). A missing `node` or `node_modules` fails these tests; it never
skips them.
"""

from __future__ import annotations

import copy
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.paths import REPO_ROOT
from bot.settings import Settings
from bot.teams import app_package
from bot.teams.app_package import (
    COLOR_ICON_FILE,
    DEFAULT_OUTPUT,
    ENGLISH_FILE,
    MANIFEST_FILE,
    MANIFEST_VERSION,
    OUTLINE_ICON_FILE,
    PACKAGE_FILES,
    AppPackageError,
    build_app_package,
    build_english_localization,
    build_manifest,
    check_app_package,
    command_limit_problems,
    newest_schema_version,
    schema_problems,
)

APP_ID = "1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"
DOMAIN = "aftalebot.kommune.dk"
COMMANDS = (
    "nyt mål",
    "min aftale",
    "vis aftale",
    "status",
    "planlæg dialogmøde",
    "mine opgaver",
    "overblik",
    "hjælp",
)

Json = dict[str, Any]


def _settings(app_id: str = APP_ID) -> Settings:
    return Settings(MicrosoftAppId=app_id, _env_file=None)


def _build(tmp_path: Path, **options: Any) -> Path:
    return build_app_package(_settings(), tmp_path / "appPackage.zip", **options)


def _read(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _manifest(package: Path) -> Json:
    manifest: Json = json.loads(_read(package)[MANIFEST_FILE].decode("utf-8"))
    return manifest


def _rgba_pixels(data: bytes) -> list[tuple[int, int, int, int]]:
    raw = Image.open(io.BytesIO(data)).convert("RGBA").tobytes()
    return [(raw[i], raw[i + 1], raw[i + 2], raw[i + 3]) for i in range(0, len(raw), 4)]


def _rewrite(target: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("package"), bot_domain=f"https://{DOMAIN}/api/messages")


# --- the official schema ------------------------------------------------------------------------------------


def test_the_validator_and_the_official_schemas_are_installed() -> None:
    assert shutil.which("node"), "`node` is not on PATH: Node 20 is needed to validate the Teams manifest"
    assert app_package.SCHEMA_ROOT.is_dir(), f"{app_package.SCHEMA_ROOT} is missing: run `npm ci` in {REPO_ROOT}"
    assert app_package.VALIDATOR.is_file()


def test_manifest_uses_the_newest_schema_shipped_in_app_manifest(built: Path) -> None:
    assert newest_schema_version() == MANIFEST_VERSION
    manifest = _manifest(built)
    assert manifest["manifestVersion"] == MANIFEST_VERSION
    assert manifest["$schema"] == (
        f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
    )
    schema_file = app_package.SCHEMA_ROOT / "teams" / f"v{MANIFEST_VERSION}" / "MicrosoftTeams.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["properties"]["manifestVersion"]["const"] == MANIFEST_VERSION


@pytest.mark.parametrize("graph_enabled", [False, True])
@pytest.mark.parametrize("bot_domain", [None, DOMAIN])
def test_manifest_and_localization_validate_against_the_official_schemas(
    tmp_path: Path, graph_enabled: bool, bot_domain: str | None
) -> None:
    files = _read(_build(tmp_path, bot_domain=bot_domain, graph_enabled=graph_enabled))
    manifest = json.loads(files[MANIFEST_FILE])
    english = json.loads(files[ENGLISH_FILE])
    assert english["$schema"].endswith(f"/v{MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json")
    assert schema_problems([manifest, english]) == [[], []]


def test_the_schema_validator_bites() -> None:
    good = build_manifest(APP_ID, version="1.0.0")
    broken = [copy.deepcopy(good) for _ in range(6)]
    broken[0]["name"]["short"] = "A" * 31
    broken[1]["accentColor"] = "blue"
    broken[2]["bots"][0]["commandLists"][0]["commands"] *= 2  # 16 commands, the schema allows 12
    broken[3]["bots"][0]["scopes"].append("meeting")
    broken[4]["colour"] = "#1F5A96"  # unknown property
    broken[5]["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json"
    english = build_english_localization()
    english["bots[0].commandLists[3].commands[0].description"] = "no fourth list"
    problems = schema_problems([good, *broken, english])
    assert problems[0] == []
    assert all(problems[1:]), problems
    assert "/name/short must NOT have more than 30 characters" in problems[1][0]
    assert problems[2][0].startswith("/accentColor must match pattern")
    assert "not shipped" in problems[6][0]


# --- manifest content ---------------------------------------------------------------------------------------


def test_manifest_names_the_bot_and_its_danish_commands_per_scope(built: Path) -> None:
    manifest = _manifest(built)
    assert manifest["id"] == APP_ID
    assert manifest["name"] == {"short": "Aftalebot", "full": "Aftalebot – udviklingsaftaler"}
    assert manifest["localizationInfo"] == {
        "defaultLanguageTag": "da-dk",
        "additionalLanguages": [{"languageTag": "en-us", "file": ENGLISH_FILE}],
    }
    assert "udviklingsaftaler" in manifest["description"]["short"]
    assert manifest["validDomains"] == [DOMAIN]
    for url in ("websiteUrl", "privacyUrl", "termsOfUseUrl"):
        assert manifest["developer"][url].startswith("https://")
    (bot,) = manifest["bots"]
    assert bot["botId"] == APP_ID
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    assert bot["supportsFiles"] is False
    assert bot["isNotificationOnly"] is False
    lists = {tuple(command_list["scopes"]): command_list["commands"] for command_list in bot["commandLists"]}
    assert set(lists) == {("personal",), ("team",), ("groupChat",)}
    assert [command["title"] for command in lists[("personal",)]] == list(COMMANDS)
    for commands in lists.values():
        assert {"vis aftale", "status", "hjælp"} <= {command["title"] for command in commands}
        assert all(command["description"].strip() for command in commands)
    assert command_limit_problems(manifest) == []


def test_english_localization_translates_descriptions_and_keeps_the_commands_danish(built: Path) -> None:
    english = json.loads(_read(built)[ENGLISH_FILE])
    assert english["name.full"] == "Aftalebot – development agreements"
    manifest = _manifest(built)
    for list_index, command_list in enumerate(manifest["bots"][0]["commandLists"]):
        for index in range(len(command_list["commands"])):
            assert english[f"bots[0].commandLists[{list_index}].commands[{index}].description"]
            assert f"bots[0].commandLists[{list_index}].commands[{index}].title" not in english


def test_command_limits_are_checked() -> None:
    manifest = build_manifest(APP_ID, version="1.0.0")
    commands = manifest["bots"][0]["commandLists"][0]["commands"]
    commands[0]["title"] = "t" * 33
    commands[1]["description"] = "d" * 129
    commands.extend(copy.deepcopy(commands[:3]))
    problems = command_limit_problems(manifest)
    assert any("at most 10" in problem for problem in problems)
    assert any("repeats" in problem for problem in problems)
    assert any("commands[0].title" in problem for problem in problems)
    assert any("commands[1].description" in problem for problem in problems)


def test_web_application_info_only_when_graph_is_enabled(tmp_path: Path) -> None:
    without = _manifest(_build(tmp_path / "plain"))
    assert "webApplicationInfo" not in without
    with_graph = _manifest(_build(tmp_path / "graph", graph_enabled=True))
    assert with_graph["webApplicationInfo"] == {"id": APP_ID, "resource": f"api://botid-{APP_ID}"}


def test_valid_domains_take_the_bare_host(tmp_path: Path) -> None:
    assert _manifest(_build(tmp_path / "none"))["validDomains"] == []
    url = "https://Aftalebot.Kommune.dk:443/api/messages"
    assert _manifest(_build(tmp_path / "url", bot_domain=url))["validDomains"] == [DOMAIN]
    for bad in ("localhost", "10.0.0.1", "https://", "bad_host.dk", "-x.dk"):
        with pytest.raises(AppPackageError, match="Bot-domænet"):
            _build(tmp_path / "bad", bot_domain=bad)


def test_app_version_must_be_semver(tmp_path: Path) -> None:
    assert _manifest(_build(tmp_path / "v", app_version="2.3.4"))["version"] == "2.3.4"
    with pytest.raises(AppPackageError, match=r"MAJOR\.MINOR\.PATCH"):
        _build(tmp_path / "bad", app_version="2.3")


# --- refusals -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("app_id", "reason"),
    [
        ("", "tom"),
        ("   ", "tom"),
        ("aftalebot", "ikke et GUID"),
        ("1b2c3d4e5f604172-8394-a5b6c7d8e9f0", "ikke et GUID"),
        ("{1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0}", "ikke et GUID"),
        ("1b2c3d4e-5f60-4172-8394-a5b6c7d8e9fg", "ikke et GUID"),
        ("00000000-0000-0000-0000-000000000000", "nul-GUID"),
    ],
)
def test_refuses_an_empty_or_invalid_app_id(tmp_path: Path, app_id: str, reason: str) -> None:
    output = tmp_path / "appPackage.zip"
    with pytest.raises(AppPackageError, match="MicrosoftAppId") as caught:
        build_app_package(_settings(app_id), output)
    assert reason in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_upper_case_app_id_is_written_lower_case(tmp_path: Path) -> None:
    package = build_app_package(_settings(APP_ID.upper()), tmp_path / "appPackage.zip")
    manifest = _manifest(package)
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID


# --- icons --------------------------------------------------------------------------------------------------


def test_icon_sizes(built: Path) -> None:
    files = _read(built)
    manifest = _manifest(built)
    assert manifest["icons"] == {"color": COLOR_ICON_FILE, "outline": OUTLINE_ICON_FILE}
    color = Image.open(io.BytesIO(files[COLOR_ICON_FILE]))
    outline = Image.open(io.BytesIO(files[OUTLINE_ICON_FILE]))
    assert (color.format, color.size) == ("PNG", (192, 192))
    assert (outline.format, outline.size) == ("PNG", (32, 32))


def test_outline_icon_is_white_on_transparent(built: Path) -> None:
    image = Image.open(io.BytesIO(_read(built)[OUTLINE_ICON_FILE]))
    assert image.mode == "RGBA"
    pixels = _rgba_pixels(_read(built)[OUTLINE_ICON_FILE])
    not_white = [pixel for pixel in pixels if pixel[3] and pixel[:3] != (255, 255, 255)]
    assert not_white == []
    alphas = [pixel[3] for pixel in pixels]
    assert alphas.count(0) > len(pixels) // 4, "the background must be transparent"
    assert alphas.count(255) > len(pixels) // 8, "the glyph must be solidly white"


def test_color_icon_is_opaque_and_in_colour(built: Path) -> None:
    data = _read(built)[COLOR_ICON_FILE]
    image = Image.open(io.BytesIO(data))
    assert image.mode in ("RGB", "RGBA")
    pixels = _rgba_pixels(data)
    assert {pixel[3] for pixel in pixels} == {255}
    assert pixels[0][:3] == app_package.MUNICIPAL_BLUE
    assert (255, 255, 255, 255) in pixels
    assert len(set(pixels)) > 2


def test_the_icon_checker_bites() -> None:
    solid_white = io.BytesIO()
    Image.new("RGBA", (32, 32), (255, 255, 255, 255)).save(solid_white, format="PNG")
    grey = io.BytesIO()
    Image.new("RGBA", (32, 32), (128, 128, 128, 128)).save(grey, format="PNG")
    see_through = io.BytesIO()
    Image.new("RGBA", (192, 192), (0, 0, 255, 200)).save(see_through, format="PNG")
    assert app_package.icon_problems("o", solid_white.getvalue(), size=32, outline=True)
    assert app_package.icon_problems("o", grey.getvalue(), size=32, outline=True)
    assert app_package.icon_problems("c", see_through.getvalue(), size=192, outline=False)
    assert app_package.icon_problems("c", solid_white.getvalue(), size=192, outline=False)


# --- the zip ------------------------------------------------------------------------------------------------


def test_zip_holds_exactly_the_package_files_at_its_root(built: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
    assert sorted(names) == sorted(PACKAGE_FILES)
    assert sorted(names) == sorted([MANIFEST_FILE, COLOR_ICON_FILE, OUTLINE_ICON_FILE, ENGLISH_FILE])
    assert all("/" not in name and "\\" not in name for name in names)
    assert not _read(built)[MANIFEST_FILE].startswith(b"\xef\xbb\xbf"), "no byte-order mark"


def test_built_package_passes_the_full_check(built: Path) -> None:
    assert check_app_package(built) == []


def test_the_package_check_bites(built: Path, tmp_path: Path) -> None:
    files = _read(built)
    extra = _rewrite(tmp_path / "extra.zip", {**files, "notes.txt": b"x"})
    assert any("notes.txt" in problem for problem in check_app_package(extra))
    nested = _rewrite(tmp_path / "nested.zip", {f"appPackage/{name}": data for name, data in files.items()})
    assert any("manifest.json is missing" in problem for problem in check_app_package(nested))
    swapped = {**files, COLOR_ICON_FILE: files[OUTLINE_ICON_FILE]}
    problems = check_app_package(_rewrite(tmp_path / "swapped.zip", swapped))
    assert any("color.png" in problem and "32×32" in problem for problem in problems)
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["accentColor"] = "blue"
    invalid = {**files, MANIFEST_FILE: json.dumps(manifest).encode()}
    assert any("accentColor" in problem for problem in check_app_package(_rewrite(tmp_path / "i.zip", invalid)))


def test_builds_are_byte_identical_and_replace_the_output(tmp_path: Path) -> None:
    first = _build(tmp_path / "a").read_bytes()
    output = tmp_path / "b" / "appPackage.zip"
    output.parent.mkdir()
    output.write_bytes(b"old")
    assert build_app_package(_settings(), output) == output
    assert output.read_bytes() == first
    assert [path.name for path in output.parent.iterdir()] == ["appPackage.zip"]


def test_default_output_is_build_app_package_zip() -> None:
    assert DEFAULT_OUTPUT == REPO_ROOT / "build" / "appPackage.zip"
