"""Typed settings read from the environment once (prefix ``SAFESHARE_``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEVELOPMENT_SECRET = "development-only-secret-not-for-real-use"  # noqa: S105 - refused outside development


class SettingsError(ValueError):
    """Settings that would make the service unsafe to run."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFESHARE_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    # A copy of the knowledge folder an administrator has edited (numbers, localities);
    # unset means the folder that ships inside the package.
    knowledge_dir: Path | None = None
    # The area whose local numbers are shown when a person does not choose one.
    default_locality: str | None = None
    # Where the embedded SQLite database lives when no database URL is given.
    data_dir: Path = Path("data")
    database_url: str | None = None
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    # Largest request body accepted, in bytes: a description is a few thousand characters.
    max_body_bytes: int = Field(default=65_536, ge=1024)
    # How long an unfinished journey is kept, in seconds.
    journey_lifetime: int = Field(default=2 * 60 * 60, ge=60)
    # Use the local sentence model to recognise wording the cues do not list.
    semantic: bool = True
    # How long a concern is kept before it is due for review and deletion, in years.
    retention_years: int = Field(default=6, ge=1, le=100)
    # The organisation that receives anonymous reports from the public; unset means the
    # first council that is a responsible authority.
    public_organisation: str | None = None
    # Load the example partnership at start when the database has no organisations.
    demo_data: bool = False
    host: str = "127.0.0.1"
    port: int = 8000

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.environment == "production" and (
            self.secret_key.get_secret_value() == DEVELOPMENT_SECRET
            or len(self.secret_key.get_secret_value()) < 32
        ):
            raise SettingsError(
                "SAFESHARE_SECRET_KEY must be set to a random value of at least 32 characters "
                "in production"
            )
        return self

    @property
    def database(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'safeshare.sqlite3').resolve()}"


@cache
def get_settings() -> Settings:
    """The settings from the environment; SettingsError says in one line what to fix."""
    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in error.errors()
        )
        raise SettingsError(problems) from error
