"""Opening the database for the interfaces, migrated to the head revision."""

from __future__ import annotations

import safeshare.store.audit  # noqa: F401  (registers the audit hook on every session)
from safeshare.store.db import Database, StoreError
from safeshare.store.migrate import upgrade
from safeshare.store.repositories import NotFoundError

__all__ = ["Database", "NotFoundError", "StoreError", "open_database"]


def open_database(url: str, migrate: bool = True) -> Database:
    """The database at ``url``; with ``migrate``, brought up to the latest schema first so a
    fresh machine needs no separate step."""
    if migrate:
        upgrade(url)
    return Database(url)
