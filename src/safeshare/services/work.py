"""A unit of work on case data: one transaction, with who is acting and what they are
doing named for the audit chain before anything is read or written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from safeshare.store.audit import Actor, act_as
from safeshare.store.db import Database


@contextmanager
def work(db: Database, actor: Actor, action: str) -> Iterator[Session]:
    with db.transaction() as session:
        act_as(session, actor, action)
        yield session
