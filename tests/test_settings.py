"""Settings: Bot Framework names, production refuses to start without credentials, secrets never shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import ConfigurationError, Settings

ROOT = Path(__file__).resolve().parent.parent
SETTING_NAMES = (
    "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId", "DATABASE_URL",
    "AFTALEBOT_ENV", "AFTALEBOT_ALLOWED_TENANTS", "AFTALEBOT_PROFILE", "PORT",
)


def clean_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTING_NAMES}
    env.update(values)
    return env


def run_serve(tmp_path: Path, **values: str) -> subprocess.CompletedProcess[str]:
    env = clean_env(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", **values)
    return subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--port", "0"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )


def test_production_without_credentials_exits_naming_what_is_missing(tmp_path: Path) -> None:
    result = run_serve(tmp_path, AFTALEBOT_ENV="production")
    assert result.returncode != 0
    # SingleTenant (the default): AFTALEBOT_ALLOWED_TENANTS may be left out, it then means MicrosoftAppTenantId.
    for name in ("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"):
        assert name in result.stderr


def test_production_names_only_the_missing_setting(tmp_path: Path) -> None:
    result = run_serve(
        tmp_path,
        AFTALEBOT_ENV="production",
        MicrosoftAppType="MultiTenant",  # no home tenant to fall back on: the allow-list is required
        MicrosoftAppId="11111111-2222-3333-4444-555555555555",
        MicrosoftAppPassword="s3cret-value",
    )
    assert result.returncode != 0
    assert "AFTALEBOT_ALLOWED_TENANTS" in result.stderr
    assert "MicrosoftAppPassword" not in result.stderr
    assert "s3cret-value" not in result.stderr + result.stdout


def test_secret_is_masked_in_repr() -> None:
    settings = Settings(MicrosoftAppPassword="s3cret-value", MicrosoftAppId="app")
    assert "s3cret-value" not in repr(settings) and "s3cret-value" not in str(settings.model_dump())


def test_allowed_tenants_from_comma_list() -> None:
    settings = Settings(AFTALEBOT_ALLOWED_TENANTS=" t1, t2 ,,")
    assert settings.allowed_tenants == ["t1", "t2"]
    assert settings.tenant_allowed("t2") and not settings.tenant_allowed("t3")


def test_check_startable_lists_missing() -> None:
    with pytest.raises(ConfigurationError) as raised:
        Settings(AFTALEBOT_ENV="production", MicrosoftAppType="MultiTenant").check_startable()
    assert raised.value.missing == [
        "MicrosoftAppId", "MicrosoftAppPassword", "AFTALEBOT_ALLOWED_TENANTS",
        "AFTALEBOT_EXPORT_SECRET (mindst 32 tegn)", "AFTALEBOT_PUBLIC_URL (en https-adresse)",
    ]


def test_unknown_profile_is_refused(tmp_path: Path) -> None:
    env = clean_env(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", AFTALEBOT_PROFILE="aarhus")
    result = subprocess.run(
        [sys.executable, "-c", "from bot.settings import Settings; from bot.composition import build_container;"
         "build_container(Settings())"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0 and "aarhus" in result.stderr


def test_every_setting_is_documented_in_env_example() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in SETTING_NAMES:
        assert f"{name}=" in example
