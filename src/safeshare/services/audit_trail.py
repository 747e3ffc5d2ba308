"""Reading the audit chain: checking it end to end, and showing a liaison officer what
happened to their organisation's concerns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import or_, select

from safeshare.domain.audit import Verdict, verify
from safeshare.services.access import require
from safeshare.services.accounts import Person
from safeshare.services.work import work
from safeshare.store.audit import hashed_fields, record
from safeshare.store.db import Database
from safeshare.store.models import AuditEvent, AuditHead, Concern, Disclosure

BATCH = 1000


def check_chain(db: Database) -> Verdict:
    """Walk every event in order, in batches, and compare with the chain's head."""
    with db.transaction() as session:
        head = session.get(AuditHead, 1)

        def events() -> Iterator[dict[str, Any]]:
            last = 0
            while True:
                rows = session.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.seq > last)
                    .order_by(AuditEvent.seq)
                    .limit(BATCH)
                ).all()
                if not rows:
                    return
                for row in rows:
                    yield hashed_fields(row)
                last = rows[-1].seq

        return verify(events(), head.seq if head else None, head.last_hash if head else None)


def head(db: Database) -> tuple[int, str]:
    """The chain's length and last hash: note them somewhere else to detect a rewrite."""
    with db.transaction() as session:
        row = session.get(AuditHead, 1)
        return (row.seq, row.last_hash) if row else (0, "")


def events_for_organisation(
    db: Database, person: Person, limit: int = 200, address: str | None = None
) -> list[dict[str, Any]]:
    """The newest events about concerns this liaison officer's organisation holds or was
    sent, and about its people: who did what, when and from where."""
    require(person, "view_audit")
    with work(db, person.actor(address), "audit.read") as session:
        concerns = select(Concern.id).where(Concern.organisation_id == person.organisation_id)
        received = select(Disclosure.concern_id).where(
            Disclosure.to_organisation_id == person.organisation_id
        )
        rows = session.scalars(
            select(AuditEvent)
            .where(
                or_(
                    AuditEvent.organisation_id == person.organisation_id,
                    (AuditEvent.record_type == "concern") & AuditEvent.record_id.in_(concerns),
                    (AuditEvent.record_type == "concern") & AuditEvent.record_id.in_(received),
                )
            )
            .order_by(AuditEvent.seq.desc())
            .limit(limit)
        ).all()
        record(session, "audit.read", "audit", person.organisation_id, count=len(rows))
        return [
            {
                "seq": row.seq,
                "at": row.at.isoformat(timespec="seconds"),
                "actor": row.actor,
                "action": row.action,
                "record_type": row.record_type,
                "record_id": row.record_id,
                "address": row.address,
            }
            for row in rows
        ]
