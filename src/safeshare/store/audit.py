"""Audit by construction. Every change to case data appends an event to the audit chain in
the same transaction, from a session hook, so no write path can forget it; a change made
with no one to answer for it is refused. Reads of case data are appended by the services
through ``record``. The chain's head row is locked while an event is added, so concurrent
requests queue for it instead of forking the chain.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Session

from safeshare.domain.audit import event_hash
from safeshare.store.models import AuditEvent, AuditHead


class AuditError(RuntimeError):
    """Case data would change with nobody recorded as changing it."""


@dataclass(frozen=True)
class Actor:
    """Who is acting, for the audit trail: a signed-in person, a partner system, the
    public (no name or address kept) or the command line."""

    label: str
    id: str | None = None
    organisation_id: str | None = None
    address: str | None = None


def act_as(session: Session, actor: Actor, action: str) -> None:
    """Name who is acting in this session and what they are doing, for its audit events."""
    session.info["actor"] = actor
    session.info["action"] = action


def record(session: Session, action: str, record_type: str, record_id: str, **detail: Any) -> None:
    """Append one event to the chain, in the session's transaction."""
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        raise AuditError(f"{action} on {record_type} {record_id} has no actor to record")
    connection = session.connection()
    connection.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    seq, previous = connection.execute(
        select(AuditHead.seq, AuditHead.last_hash).where(AuditHead.id == 1)
    ).one()
    row = {
        "seq": seq,
        "at": datetime.now(UTC).replace(microsecond=0),
        "actor_id": actor.id,
        "actor": actor.label,
        "organisation_id": actor.organisation_id,
        "action": action,
        "record_type": record_type,
        "record_id": record_id,
        "address": actor.address,
        "detail": detail,
    }
    digest = event_hash(_hashed(row), previous)
    connection.execute(insert(AuditEvent).values(**row, previous_hash=previous, hash=digest))
    connection.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=digest))


def _hashed(row: dict[str, Any]) -> dict[str, Any]:
    """The values as they read back from any database: times as naive UTC ISO text."""
    at: datetime = row["at"]
    return {**row, "at": at.astimezone(UTC).replace(tzinfo=None).isoformat()}


def hashed_fields(event_row: AuditEvent) -> dict[str, Any]:
    """A stored event's fields in the form they were hashed."""
    return _hashed(
        {
            "seq": event_row.seq,
            "at": event_row.at,
            "actor_id": event_row.actor_id,
            "actor": event_row.actor,
            "organisation_id": event_row.organisation_id,
            "action": event_row.action,
            "record_type": event_row.record_type,
            "record_id": event_row.record_id,
            "address": event_row.address,
            "detail": event_row.detail,
        }
    ) | {"previous_hash": event_row.previous_hash, "hash": event_row.hash}


def _changed(session: Session) -> Iterator[tuple[tuple[str, str], str, str]]:
    for kind, objects in (("created", session.new), ("changed", session.dirty)):
        for obj in objects:
            if kind == "changed" and not session.is_modified(obj):
                continue
            key = _key(obj)
            if key is not None:
                yield key, kind, type(obj).__tablename__
    for obj in session.deleted:
        key = _key(obj)
        if key is not None:
            yield key, "deleted", type(obj).__tablename__


def _key(obj: Any) -> tuple[str, str] | None:
    audit_key = getattr(obj, "audit_key", None)
    key: tuple[str, str | None] | None = audit_key() if audit_key else None
    if key is None or key[1] is None:
        return None  # a new child row: its parent's own change is recorded
    return (key[0], key[1])


@event.listens_for(Session, "before_flush")
def _audit_changes(session: Session, _context: Any, _instances: Any) -> None:
    changes: dict[tuple[str, str], dict[str, set[str]]] = {}
    for key, kind, table in _changed(session):
        changes.setdefault(key, {}).setdefault(kind, set()).add(table)
    for (record_type, record_id), kinds in changes.items():
        action = session.info.get("action", "change")
        record(
            session,
            action,
            record_type,
            record_id,
            **{kind: sorted(tables) for kind, tables in sorted(kinds.items())},
        )
