"""Typed settings read from the environment once (prefix ``SAFESHARE_``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFESHARE_", extra="ignore")

    # A copy of the knowledge folder an administrator has edited (numbers, localities);
    # unset means the folder that ships inside the package.
    knowledge_dir: Path | None = None
    # The area whose local numbers are shown when a person does not choose one.
    default_locality: str | None = None


@cache
def get_settings() -> Settings:
    return Settings()
