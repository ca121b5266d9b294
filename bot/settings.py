"""Settings from the environment and `.env`, with the Bot Framework's own variable names."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, AwareDatetime, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from agreements.clock import Clock, RunningClock, utc_now
from bot.paths import default_data_dir, env_files

DATABASE_FILE = "aftalebot.db"
MIN_EXPORT_SECRET_LENGTH = 32
MIN_IMPORT_TOKEN_LENGTH = 24  # a LIS client's bearer token: long enough not to be guessed


class ConfigurationError(RuntimeError):
    """Raised at start-up when the settings cannot run safely; names the settings at fault."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(
            "Aftalebot kan ikke starte i production: disse indstillinger mangler: " + ", ".join(missing)
        )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=None,  # set per instance in __init__: the files are found when settings are read, not at import
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
    # Where the SQLite database and other local files go when DATABASE_URL does not say otherwise.
    data_dir: Path = Field(default_factory=default_data_dir, alias="AFTALEBOT_DATA_DIR")
    database_url: str = Field(
        default_factory=lambda data: f"sqlite+aiosqlite:///{data['data_dir'] / DATABASE_FILE}", alias="DATABASE_URL"
    )
    env: Literal["development", "production"] = Field("development", alias="AFTALEBOT_ENV")
    allowed_tenants: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="AFTALEBOT_ALLOWED_TENANTS"
    )
    profile: str = Field("tonder", alias="AFTALEBOT_PROFILE")
    host: str = Field("127.0.0.1", alias="AFTALEBOT_HOST")
    port: int = Field(3978, alias="PORT")
    max_message_bytes: int = Field(256 * 1024, alias="AFTALEBOT_MAX_MESSAGE_BYTES")
    log_level: str = Field("INFO", validation_alias=AliasChoices("AFTALEBOT_LOG_LEVEL", "LOG_LEVEL"))
    # POST /api/measurements: bearer tokens, each bare or bound to one tenant as "TENANT_ID:TOKEN".
    import_tokens: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, alias="AFTALEBOT_IMPORT_TOKENS"
    )
    import_max_bytes: int = Field(32 * 1024 * 1024, alias="AFTALEBOT_IMPORT_MAX_BYTES", gt=0)
    # Monthly status cards go out at this hour (Europe/Copenhagen) on the profile's working day.
    status_hour: int = Field(8, alias="AFTALEBOT_STATUS_HOUR", ge=0, le=23)
    # Outbound messages per second per tenant (Teams allows about 50 requests/s per app and tenant).
    send_rate: float = Field(40.0, alias="AFTALEBOT_SEND_RATE", gt=0)
    # On PostgreSQL the rate is the installation's, shared by every serve process (store/send_rate.py);
    # "process" makes it each process's own (as on SQLite, where only one process runs).
    send_rate_scope: Literal["installation", "process"] = Field("installation", alias="AFTALEBOT_SEND_RATE_SCOPE")
    job_lock_seconds: int = Field(300, alias="AFTALEBOT_JOB_LOCK_SECONDS", ge=30)
    job_poll_seconds: float = Field(30.0, alias="AFTALEBOT_JOB_POLL_SECONDS", gt=0)
    job_max_attempts: int = Field(8, alias="AFTALEBOT_JOB_MAX_ATTEMPTS", ge=1)
    job_concurrency: int = Field(8, alias="AFTALEBOT_JOB_CONCURRENCY", ge=1, le=64)
    # Microsoft Graph (directory search, calendar) with the bot's own app registration, app-only.
    graph_enabled: bool = Field(False, alias="AFTALEBOT_GRAPH_ENABLED")
    graph_base_url: str = Field("https://graph.microsoft.com", alias="AFTALEBOT_GRAPH_BASE_URL")
    authority_host: str = Field("https://login.microsoftonline.com", alias="AFTALEBOT_AUTHORITY_HOST")
    graph_ca_bundle: str | None = Field(None, alias="AFTALEBOT_GRAPH_CA_BUNDLE")
    # The organisation (people, departments, managers) read from Graph once a day by `serve`'s job runner.
    graph_org_sync: bool = Field(False, alias="AFTALEBOT_GRAPH_ORG_SYNC")
    # Where a message to someone who never wrote to the bot goes, when nobody in the tenant has written yet (the
    # bot installs itself for them through Graph, agreements.reach); otherwise the service URL Teams gave the bot.
    teams_service_url: str = Field("https://smba.trafficmanager.net/teams/", alias="AFTALEBOT_TEAMS_SERVICE_URL")
    # Download links for exported agreements: signed with this secret (HMAC-SHA256), valid this many minutes.
    # Required in production; in development a random secret is made per process (links die with it).
    export_secret: SecretStr | None = Field(None, alias="AFTALEBOT_EXPORT_SECRET")
    export_link_minutes: int = Field(10, alias="AFTALEBOT_EXPORT_LINK_MINUTES", ge=1, le=60)
    # The bot's address as users' browsers reach it (download links). Required in production (https).
    public_url: str | None = Field(None, alias="AFTALEBOT_PUBLIC_URL")
    # The publisher the Teams app package names (manifest «developer»): the municipality, its pages for the app,
    # its privacy policy and terms of use. Required for a production package (aftalebot package-app).
    publisher_name: str | None = Field(None, alias="AFTALEBOT_PUBLISHER_NAME")
    publisher_website: str | None = Field(None, alias="AFTALEBOT_PUBLISHER_WEBSITE")
    privacy_url: str | None = Field(None, alias="AFTALEBOT_PRIVACY_URL")
    terms_url: str | None = Field(None, alias="AFTALEBOT_TERMS_URL")
    # The day MicrosoftAppPassword (the client secret) expires, as Entra ID shows it. /healthz says "expiring" this
    # many days before (and `serve` logs a warning at start); none of it with a managed identity.
    app_password_expires: date | None = Field(None, alias="AFTALEBOT_APP_PASSWORD_EXPIRES")
    secret_warning_days: int = Field(30, alias="AFTALEBOT_SECRET_WARNING_DAYS", ge=1, le=365)
    # Tests only: the process's clock starts at this instant (ISO 8601 with a time zone) and runs on from there,
    # so that a test's `serve` schedules and judges as of the test's date, not today's. Refused in production.
    clock_start: AwareDatetime | None = Field(None, alias="AFTALEBOT_CLOCK_START")

    def __init__(self, **values: Any) -> None:
        values.setdefault("_env_file", env_files())
        super().__init__(**values)

    @field_validator("data_dir")
    @classmethod
    def _absolute_data_dir(cls, value: Path) -> Path:
        if not value.is_absolute():
            raise ValueError("AFTALEBOT_DATA_DIR skal være en absolut sti (fx /var/lib/aftalebot)")
        return value

    @field_validator("allowed_tenants", mode="before")
    @classmethod
    def _split_tenants(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _graph_needs_credentials(self) -> Settings:
        missing = self.missing_for_graph()
        if missing:
            raise ValueError("AFTALEBOT_GRAPH_ENABLED kræver også disse indstillinger: " + ", ".join(missing))
        return self

    @model_validator(mode="after")
    def _development_export_secret(self) -> Settings:
        if self.export_secret is None and not self.is_production:
            self.export_secret = SecretStr(secrets.token_urlsafe(32))
        return self

    @model_validator(mode="after")
    def _clock_only_in_development(self) -> Settings:
        if self.clock_start is not None and self.is_production:
            raise ValueError("AFTALEBOT_CLOCK_START er kun til test og kan ikke bruges i production")
        return self

    def make_clock(self) -> Clock:
        """The process's clock: the real one, or in development one started at AFTALEBOT_CLOCK_START."""
        return RunningClock(self.clock_start) if self.clock_start is not None else utc_now

    def secret_expiry(self, today: date) -> Literal["ok", "expiring", "expired"] | None:
        """Whether the client secret is near its end (None: no secret in use, or its expiry not given)."""
        if self.app_password_expires is None or self.app_type == "UserAssignedMSI" or self.app_password is None:
            return None
        if today >= self.app_password_expires:
            return "expired"
        return "expiring" if (self.app_password_expires - today).days <= self.secret_warning_days else "ok"

    @property
    def public_base_url(self) -> str:
        """Where links point: AFTALEBOT_PUBLIC_URL, or the local bot in development."""
        return (self.public_url or f"http://127.0.0.1:{self.port}").rstrip("/")

    def missing_for_graph(self) -> list[str]:
        """What Graph's client-credentials flow needs and lacks (nothing when Graph is off)."""
        if not self.graph_enabled:
            return []
        needed = [("MicrosoftAppId", self.app_id), ("MicrosoftAppTenantId", self.app_tenant_id)]
        if self.app_type != "UserAssignedMSI":  # a managed identity gets its Graph token without a secret
            needed.insert(1, ("MicrosoftAppPassword",
                              self.app_password.get_secret_value() if self.app_password else ""))
        missing = [name for name, value in needed if not value]
        for name, url in (("AFTALEBOT_GRAPH_BASE_URL", self.graph_base_url),
                          ("AFTALEBOT_AUTHORITY_HOST", self.authority_host)):
            if not url.startswith("https://"):
                missing.append(f"{name} (skal være en https-adresse)")
        return missing

    @field_validator("import_tokens", mode="before")
    @classmethod
    def _split_tokens(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    def import_credentials(self) -> list[tuple[str | None, str]]:
        """(tenant or None, token) per configured import token; "T:secret" binds the token to tenant T."""
        credentials: list[tuple[str | None, str]] = []
        for secret in self.import_tokens:
            raw = secret.get_secret_value()
            tenant, sep, token = raw.partition(":")
            credentials.append((tenant.strip() or None, token.strip()) if sep else (None, raw))
        return [(tenant, token) for tenant, token in credentials if token]

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
        if not self.allowed_tenants and self.app_type == "MultiTenant":
            # SingleTenant and MSI fall back to their own tenant (see tenant_allowed); MultiTenant has none.
            missing.append("AFTALEBOT_ALLOWED_TENANTS")
        if self.export_secret is None or len(self.export_secret.get_secret_value()) < MIN_EXPORT_SECRET_LENGTH:
            missing.append(f"AFTALEBOT_EXPORT_SECRET (mindst {MIN_EXPORT_SECRET_LENGTH} tegn)")
        public = urlsplit(self.public_url or "")
        if public.scheme != "https" or not public.hostname:
            missing.append("AFTALEBOT_PUBLIC_URL (en https-adresse)")  # with a host: «https://» is none
        if any(len(token) < MIN_IMPORT_TOKEN_LENGTH for _, token in self.import_credentials()):
            missing.append(f"AFTALEBOT_IMPORT_TOKENS (hvert token mindst {MIN_IMPORT_TOKEN_LENGTH} tegn)")
        return missing

    def check_startable(self) -> None:
        """Fails fast: production never runs without inbound authentication and a tenant allow-list."""
        if self.is_production:
            missing = self.missing_for_production()
            if missing:
                raise ConfigurationError(missing)

    def accepted_tenants(self) -> list[str]:
        """The tenants whose activities are accepted: AFTALEBOT_ALLOWED_TENANTS; when that is empty, in production
        only the app's own tenant (MicrosoftAppTenantId), and in development every tenant (empty list)."""
        if self.allowed_tenants:
            return list(self.allowed_tenants)
        if self.is_production and self.app_tenant_id:
            return [self.app_tenant_id]
        return []

    def tenant_allowed(self, tenant_id: str | None) -> bool:
        accepted = self.accepted_tenants()
        if not accepted:
            return not self.is_production
        return bool(tenant_id) and tenant_id in accepted


class BotFrameworkConfig:
    """The attribute names botbuilder's configuration classes read."""

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.app_id or None
        self.APP_PASSWORD = settings.app_password.get_secret_value() if settings.app_password else None
        self.APP_TYPE = settings.app_type if settings.app_id else "MultiTenant"
        self.APP_TENANTID = settings.app_tenant_id or None
