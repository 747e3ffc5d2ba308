"""The one door to the database, in the domain's words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeshare.store.db import StoreError
from safeshare.store.models import DecisionRecord, Journey, TriageSubmission


class NotFoundError(LookupError):
    """No record with that reference (or not one this caller may see)."""


def add_triage_submission(session: Session, submission: TriageSubmission) -> TriageSubmission:
    session.add(submission)
    _flush(session, "the triage answer")
    return submission


def get_triage_submission(session: Session, reference: str) -> TriageSubmission:
    found = session.scalar(select(TriageSubmission).where(TriageSubmission.reference == reference))
    if found is None:
        raise NotFoundError(reference)
    return found


def add_decision_record(session: Session, record: DecisionRecord) -> DecisionRecord:
    session.add(record)
    _flush(session, "the decision record")
    return record


def get_decision_record(session: Session, reference: str) -> DecisionRecord:
    found = session.scalar(select(DecisionRecord).where(DecisionRecord.reference == reference))
    if found is None:
        raise NotFoundError(reference)
    return found


def get_journey(session: Session, token: str, kind: str, now: datetime) -> Journey | None:
    journey = session.scalar(select(Journey).where(Journey.token == token, Journey.kind == kind))
    return journey if journey is not None and journey.expires_at > now else None


def save_journey(
    session: Session, token: str, kind: str, answers: dict[str, Any], expires_at: datetime
) -> None:
    journey = session.scalar(select(Journey).where(Journey.token == token))
    if journey is None:
        session.add(Journey(token=token, kind=kind, answers=answers, expires_at=expires_at))
    else:
        journey.kind, journey.answers, journey.expires_at = kind, answers, expires_at
    _flush(session, "your answers")


def delete_journey(session: Session, token: str) -> None:
    session.execute(delete(Journey).where(Journey.token == token))


def delete_expired_journeys(session: Session, now: datetime) -> int:
    result = session.execute(delete(Journey).where(Journey.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)


def _flush(session: Session, what: str) -> None:
    try:
        session.flush()
    except IntegrityError as error:
        raise StoreError(f"could not save {what}: it clashes with one already stored") from error
