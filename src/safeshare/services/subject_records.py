"""Everything about one person: a chronology across every concern the reader may see,
and the export for a subject access request."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from safeshare.domain.concerns import STATUSES
from safeshare.domain.identifiers import name_key
from safeshare.services.access import require
from safeshare.services.accounts import Person
from safeshare.services.concern_views import ConcernView, view
from safeshare.services.concerns import find
from safeshare.services.work import work
from safeshare.store.audit import record
from safeshare.store.db import Database
from safeshare.store.models import Concern


def chronology(
    db: Database,
    person: Person,
    subject: str,
    date_of_birth: date | None = None,
    address: str | None = None,
) -> list[dict[str, Any]]:
    """Everything this person may see about one subject, across every concern, in time order."""
    key = name_key(subject)
    if not key:
        return []
    views = find(db, person, subject=subject, address=address)
    entries: list[dict[str, Any]] = []
    with work(db, person.actor(address), "concern.chronology") as session:
        for concern, full in _about_them(session, person, views, key, date_of_birth):
            entries.extend(_timeline(session, person, concern, full))
        record(session, "concern.chronology", "concern", "chronology", count=len(entries))
    return sorted(entries, key=lambda e: str(e["at"]))


def _about_them(
    session: Session,
    person: Person,
    found: list[ConcernView],
    key: str,
    date_of_birth: date | None,
) -> Iterator[tuple[Concern, ConcernView]]:
    """The concerns a name search found that really are about this person, each in full as
    far as the reader may see it (a search matches parts of names)."""
    for summary in found:
        concern = session.get(Concern, summary.id)
        if concern is not None and _about(concern, key, date_of_birth):
            yield concern, view(session, person, concern)


def _about(concern: Concern, key: str, date_of_birth: date | None) -> bool:
    """Whether one of the concern's subjects is this person (a date of birth, where both
    are known, must agree)."""
    return any(
        s.name_key == key and (date_of_birth is None or s.date_of_birth in (None, date_of_birth))
        for s in concern.subjects
    )


def _timeline(
    session: Session, person: Person, concern: Concern, view: ConcernView
) -> Iterable[dict[str, Any]]:
    base = {"concern_id": concern.id, "reference": concern.reference}
    yield {
        **base,
        "at": concern.created_at.isoformat(timespec="minutes"),
        "what": f"Concern submitted ({', '.join(concern.categories) or 'no sign found'})",
        "status": STATUSES[concern.status],
    }
    for decision in view.data.get("decisions", []):
        yield {
            **base,
            "at": decision["created_at"],
            "what": f"Sharing decision: {decision['outcome']}",
        }
    for disclosure in view.data.get("disclosures", []):
        yield {
            **base,
            "at": disclosure["created_at"],
            "what": f"Shared with {disclosure['to']} ({'; '.join(disclosure['basis'])})",
        }


def subject_records(
    db: Database, person: Person, subject: str, date_of_birth: date | None, address: str | None
) -> dict[str, Any]:
    """A subject access request: every concern about the person that this liaison officer's
    organisation holds or has received, in full as far as they may see it."""
    require(person, "export_subject")
    views = find(db, person, subject=subject, address=address)
    concerns: list[dict[str, Any]] = []
    with work(db, person.actor(address), "subject_access.export") as session:
        about = _about_them(session, person, views, name_key(subject), date_of_birth)
        for concern, full in about:
            concerns.append(full.to_dict())
            record(session, "subject_access.export", "concern", concern.id)
    return {
        "subject": subject,
        "date_of_birth": date_of_birth.isoformat() if date_of_birth else None,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "exported_by": f"{person.name} ({person.organisation})",
        "concerns": concerns,
    }
