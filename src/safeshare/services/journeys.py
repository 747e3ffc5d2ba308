"""Unfinished journeys: a person's answers so far, kept on the server for a limited time."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from safeshare.store.db import Database
from safeshare.store.repositories import (
    delete_expired_journeys,
    delete_journey,
    get_journey,
    save_journey,
)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Journeys:
    def __init__(self, db: Database, lifetime_seconds: int) -> None:
        self.db = db
        self.lifetime = timedelta(seconds=lifetime_seconds)

    def load(self, token: str | None, kind: str) -> dict[str, Any]:
        if not token:
            return {}
        with self.db.transaction() as session:
            journey = get_journey(session, token, kind, datetime.now(UTC))
            return dict(journey.answers) if journey else {}

    def save(self, token: str, kind: str, answers: dict[str, Any]) -> None:
        now = datetime.now(UTC)
        with self.db.transaction() as session:
            delete_expired_journeys(session, now)
            save_journey(session, token, kind, answers, now + self.lifetime)

    def finish(self, token: str | None) -> None:
        if token:
            with self.db.transaction() as session:
                delete_journey(session, token)
