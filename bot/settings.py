"""Settings from the environment and `.env`, with the Bot Framework's own variable names."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.paths import REPO_ROOT, VAR_DIR

DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{VAR_DIR / 'aftalebot.db'}"


class ConfigurationError(RuntimeError):
    """Raised at start-up when the settings cannot run safely; names the settings at fault."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(
            "Aftalebot kan ikke starte i production: disse indstillinger mangler: " + ", ".join(missing)
        )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=REPO_ROOT / ".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        env_ignore_empty=True,
    )

    app_id: str = Field("", alias="MicrosoftAppId")
    app_password: SecretStr | None = Field(None, alias="MicrosoftAppPassword")
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        "SingleTenant", alias="MicrosoftAppType"
    )
    app_tenant_id: str = Field("", alias="MicrosoftAppTenantId")
    database_url: str = Field(DEFAULT_DATABASE_URL, alias="DATABASE_URL")
    env: Literal["development", "production"] = Field("development", alias="AFTALEBOT_ENV")
    allowed_tenants: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="AFTALEBOT_ALLOWED_TENANTS"
    )
    profile: str = Field("tonder", alias="AFTALEBOT_PROFILE")
    host: str = Field("127.0.0.1", alias="AFTALEBOT_HOST")
    port: int = Field(3978, alias="PORT")
    max_message_bytes: int = Field(256 * 1024, alias="AFTALEBOT_MAX_MESSAGE_BYTES")
    log_level: str = Field("INFO", validation_alias=AliasChoices("AFTALEBOT_LOG_LEVEL", "LOG_LEVEL"))

    @field_validator("allowed_tenants", mode="before")
    @classmethod
    def _split_tenants(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def has_credentials(self) -> bool:
        return bool(self.app_id)

    def missing_for_production(self) -> list[str]:
        missing: list[str] = []
        if not self.app_id:
            missing.append("MicrosoftAppId")
        if self.app_type != "UserAssignedMSI" and (
            self.app_password is None or not self.app_password.get_secret_value()
        ):
            missing.append("MicrosoftAppPassword")
        if self.app_type in ("SingleTenant", "UserAssignedMSI") and not self.app_tenant_id:
            missing.append("MicrosoftAppTenantId")
        if not self.allowed_tenants:
            missing.append("AFTALEBOT_ALLOWED_TENANTS")
        return missing

    def check_startable(self) -> None:
        """Fails fast: production never runs without inbound authentication and a tenant allow-list."""
        if self.is_production:
            missing = self.missing_for_production()
            if missing:
                raise ConfigurationError(missing)

    def tenant_allowed(self, tenant_id: str | None) -> bool:
        if not self.allowed_tenants:
            return not self.is_production
        return tenant_id in self.allowed_tenants


class BotFrameworkConfig:
    """The attribute names botbuilder's configuration classes read."""

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.app_id or None
        self.APP_PASSWORD = settings.app_password.get_secret_value() if settings.app_password else None
        self.APP_TYPE = settings.app_type if settings.app_id else "MultiTenant"
        self.APP_TENANTID = settings.app_tenant_id or None
