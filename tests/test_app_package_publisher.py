"""The Teams app package names the municipality: a production package takes the publisher, its pages and the
bot's domain from the settings, and is refused, with the missing settings named, while any is absent."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from bot.commandline.cli import main
from bot.teams.app_package import check_app_package

APP_ID = "1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"
PUBLISHER = {
    "AFTALEBOT_PUBLISHER_NAME": "Tønder Kommune",
    "AFTALEBOT_PUBLISHER_WEBSITE": "https://toender.dk/aftalebot",
    "AFTALEBOT_PRIVACY_URL": "https://toender.dk/privatlivspolitik",
    "AFTALEBOT_TERMS_URL": "https://toender.dk/aftalebot/vilkaar",
    "AFTALEBOT_PUBLIC_URL": "https://aftalebot.toender.dk",
}


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    monkeypatch.chdir(tmp_path)  # no .env of the runner's
    monkeypatch.setenv("AFTALEBOT_ENV", "production")
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    monkeypatch.setenv("AFTALEBOT_DATA_DIR", str(tmp_path / "data"))
    for name in PUBLISHER:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_a_production_package_without_the_municipality_is_refused_and_says_what_is_missing(
    production: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    production.setenv("AFTALEBOT_PUBLISHER_NAME", PUBLISHER["AFTALEBOT_PUBLISHER_NAME"])
    output = tmp_path / "appPackage.zip"

    assert main(["package-app", "-o", str(output)]) == 2

    message = capsys.readouterr().err
    assert "mangler" in message
    for name in ("AFTALEBOT_PUBLISHER_WEBSITE", "AFTALEBOT_PRIVACY_URL", "AFTALEBOT_TERMS_URL", "AFTALEBOT_PUBLIC_URL"):
        assert name in message
    assert "AFTALEBOT_PUBLISHER_NAME" not in message
    assert not output.exists()


def test_a_production_package_names_the_municipality_and_the_bots_domain(
    production: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in PUBLISHER.items():
        production.setenv(name, value)

    written = tmp_path / "appPackage.zip"

    assert main(["package-app", "-o", str(written)]) == 0

    assert str(written) in capsys.readouterr().out
    with zipfile.ZipFile(written) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["developer"] == {
        "name": "Tønder Kommune",
        "websiteUrl": "https://toender.dk/aftalebot",
        "privacyUrl": "https://toender.dk/privatlivspolitik",
        "termsOfUseUrl": "https://toender.dk/aftalebot/vilkaar",
    }
    assert manifest["validDomains"] == ["aftalebot.toender.dk"]
    assert "kommune.example" not in json.dumps(manifest)
    assert check_app_package(written) == []
