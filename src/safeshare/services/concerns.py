"""Concerns and intelligence: submitted by practitioners, partner systems or the public,
triaged and graded on the way in, and read only by those with a need to know. Every read
and write is an audit event in the same transaction."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from safeshare.domain.concerns import STATUSES, Submission, check_move
from safeshare.domain.grading import Grading
from safeshare.domain.identifiers import name_key
from safeshare.domain.observation import Observation
from safeshare.domain.policy import Relation, may, visible_parts
from safeshare.domain.signs import SignMatcher
from safeshare.domain.triage import triage
from safeshare.knowledge import KnowledgeBase
from safeshare.services.accounts import Person
from safeshare.services.references import new_reference
from safeshare.services.work import work
from safeshare.store.audit import Actor, record
from safeshare.store.db import Database
from safeshare.store.models import (
    Concern,
    ConcernPhone,
    ConcernPlace,
    ConcernSubject,
    ConcernVehicle,
    DecisionRecord,
    Disclosure,
    Organisation,
    UserAccount,
    new_id,
)
from safeshare.store.repositories import NotFoundError

DUPLICATE_WINDOW = timedelta(hours=24)
PUBLIC = "a member of the public (anonymous)"


class NotAllowedError(PermissionError):
    """The person's role does not allow this action at all."""


class DuplicateConcernError(Exception):
    def __init__(self, reference: str) -> None:
        super().__init__(
            f"this concern was already submitted in the last 24 hours as {reference}; "
            "add to that one instead"
        )
        self.reference = reference


@dataclass(frozen=True)
class ConcernView:
    """A concern as one person may see it: only the parts their need to know allows."""

    id: str
    reference: str
    relation: str
    parts: frozenset[str]
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reference": self.reference, **self.data}


@dataclass(frozen=True)
class Intake:
    """What the service needs to triage a concern on the way in."""

    base: KnowledgeBase
    matcher: SignMatcher | None
    retention_years: int
    locality: str | None = None


@dataclass(frozen=True)
class PublicReceipt:
    reference: str
    follow_up_code: str  # shown once, like a Crimestoppers reference and password


@dataclass
class Inbox:
    new: list[ConcernView] = field(default_factory=list)
    in_review: list[ConcernView] = field(default_factory=list)
    to_acknowledge: list[dict[str, Any]] = field(default_factory=list)


def require(person: Person, action: Any) -> None:
    if not may(person.roles, action):
        raise NotAllowedError(f"your role does not allow this ({action.replace('_', ' ')})")


def submit(
    db: Database,
    intake: Intake,
    person: Person,
    submission: Submission,
    now: datetime,
    address: str | None = None,
    channel: str = "practitioner",
) -> ConcernView:
    """Triage, grade and store a practitioner's concern for their own organisation."""
    require(person, "submit_concern")
    concern = _new_concern(intake, submission, person.organisation_id, now, channel)
    concern.submitted_by_id = person.id
    concern.fingerprint = _fingerprint(person.id, submission)
    with work(db, person.actor(address), "concern.submit") as session:
        _refuse_duplicate(session, concern.fingerprint, now)
        session.add(concern)
        session.flush()
        return _view(session, person, concern)


def submit_public(
    db: Database,
    intake: Intake,
    submission: Submission,
    now: datetime,
    receiving: str | None = None,
) -> PublicReceipt:
    """An anonymous report: no name, address or IP address is kept; the reporter gets a
    reference and a code to follow it up with."""
    code = "-".join(secrets.token_hex(2).upper() for _ in range(3))
    with db.transaction() as session:
        org = _public_organisation(session, receiving)
    concern = _new_concern(intake, submission, org.id, now, "public")
    concern.fingerprint = _fingerprint("public", submission)
    concern.follow_up_hash = _code_hash(concern.reference, code)
    actor = Actor(PUBLIC, None, None, None)
    with work(db, actor, "concern.submit_public") as session:
        _refuse_duplicate(session, concern.fingerprint, now)
        session.add(concern)
    return PublicReceipt(concern.reference, code)


def public_status(db: Database, reference: str, code: str) -> str:
    """The status of an anonymous report, for its reporter; nothing else about it."""
    with work(db, Actor(PUBLIC), "concern.follow_up") as session:
        concern = session.scalar(select(Concern).where(Concern.reference == reference.strip()))
        if concern is None or concern.follow_up_hash != _code_hash(concern.reference, code):
            raise NotFoundError(reference)
        record(session, "concern.follow_up", "concern", concern.id)
        return STATUSES[concern.status]


def _public_organisation(session: Session, receiving: str | None) -> Organisation:
    query = select(Organisation).order_by(Organisation.created_at, Organisation.name)
    if receiving:
        query = query.where(
            or_(Organisation.id == receiving, func.lower(Organisation.name) == receiving.lower())
        )
    else:
        query = query.where(
            Organisation.kind == "responsible_authority", Organisation.sector == "council"
        )
    found = session.scalars(query).first()
    if found is None:
        raise NotFoundError("no organisation receives reports from the public yet")
    return found


def _new_concern(
    intake: Intake, submission: Submission, organisation_id: str, now: datetime, channel: str
) -> Concern:
    observation = Observation(
        submission.observation,
        submission.age,
        submission.age_group,  # type: ignore[arg-type]
        submission.reporter_setting,
        submission.immediate_danger,
        intake.locality,
    )
    result = triage(observation, intake.base, intake.matcher)
    concern_id = new_id()
    grading = submission.grading
    details = submission.details
    return Concern(
        id=concern_id,
        reference=new_reference("C", now),
        organisation_id=organisation_id,
        channel=channel,
        observation=submission.observation,
        age=submission.age,
        age_group=submission.age_group,
        reporter_setting=submission.reporter_setting,
        immediate_danger=result.urgency == "emergency",
        triage=result.to_dict(),
        categories=[sign.category for sign in result.signs],
        urgency=result.urgency,
        source_grade=grading.source,
        intelligence_grade=grading.intelligence,
        handling_code=grading.handling,
        handling_conditions=grading.conditions,
        status="submitted",
        retain_until=_years_after(now.date(), intake.retention_years),
        created_at=now,
        updated_at=now,
        subjects=[
            ConcernSubject(
                id=new_id(),
                position=n,
                name=s.name.strip(),
                name_key=s.key,
                date_of_birth=s.date_of_birth,
                address=s.address,
            )
            for n, s in enumerate(details.subjects)
        ],
        places=[
            ConcernPlace(id=new_id(), position=n, description=p.description, postcode=p.postcode)
            for n, p in enumerate(details.places)
        ],
        vehicles=[
            ConcernVehicle(
                id=new_id(), position=n, registration=v.registration, description=v.description
            )
            for n, v in enumerate(details.vehicles)
        ],
        phones=[
            ConcernPhone(id=new_id(), position=n, number=p) for n, p in enumerate(details.phones)
        ],
    )


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _fingerprint(who: str, submission: Submission) -> str:
    text = " ".join(submission.observation.lower().split())
    subjects = sorted(s.key for s in submission.details.subjects)
    return hashlib.sha256("\n".join([who, text, *subjects]).encode()).hexdigest()


def _code_hash(reference: str, code: str) -> str:
    return hashlib.sha256(f"{reference}:{code.strip().upper()}".encode()).hexdigest()


def _refuse_duplicate(session: Session, fingerprint: str, now: datetime) -> None:
    earlier = session.scalar(
        select(Concern.reference).where(
            Concern.fingerprint == fingerprint, Concern.created_at > now - DUPLICATE_WINDOW
        )
    )
    if earlier is not None:
        raise DuplicateConcernError(earlier)


def relation_to(
    session: Session, person: Person, concern: Concern
) -> tuple[Relation, list[frozenset[str]]]:
    if concern.organisation_id == person.organisation_id:
        return "own", []
    carried = session.scalars(
        select(Disclosure.parts).where(
            Disclosure.concern_id == concern.id,
            Disclosure.to_organisation_id == person.organisation_id,
        )
    ).all()
    return ("disclosed", [frozenset(p) for p in carried]) if carried else ("other", [])


def _visible(session: Session, person: Person, concern: Concern) -> tuple[str, frozenset[str]]:
    relation, carried = relation_to(session, person, concern)
    parts = visible_parts(
        person.roles,
        relation,
        carried,
        source_may_be_named=concern.handling_code == "P",
    )
    return relation, parts


def load_visible(
    session: Session, person: Person, concern_id: str
) -> tuple[Concern, str, frozenset[str]]:
    """The concern by id or reference if this person may see any of it; else NotFoundError,
    the same answer as for a concern that does not exist."""
    concern = session.get(Concern, concern_id) or session.scalar(
        select(Concern).where(Concern.reference == concern_id)
    )
    if concern is None:
        raise NotFoundError(concern_id)
    relation, parts = _visible(session, person, concern)
    if not parts:
        raise NotFoundError(concern_id)
    return concern, relation, parts


def get(db: Database, person: Person, concern_id: str, address: str | None = None) -> ConcernView:
    require(person, "read_concerns")
    with work(db, person.actor(address), "concern.read") as session:
        concern, _, _ = load_visible(session, person, concern_id)
        view = _view(session, person, concern)
        record(session, "concern.read", "concern", concern.id, parts=sorted(view.parts))
        return view


def find(
    db: Database,
    person: Person,
    subject: str | None = None,
    status: str | None = None,
    address: str | None = None,
) -> list[ConcernView]:
    """Concerns this person may see, newest first, optionally about a named subject."""
    require(person, "read_concerns")
    with work(db, person.actor(address), "concern.search") as session:
        query = select(Concern).where(
            or_(
                Concern.organisation_id == person.organisation_id,
                Concern.id.in_(
                    select(Disclosure.concern_id).where(
                        Disclosure.to_organisation_id == person.organisation_id
                    )
                ),
            )
        )
        if status:
            query = query.where(Concern.status == status)
        if subject:
            key = name_key(subject)
            query = query.where(
                Concern.id.in_(
                    select(ConcernSubject.concern_id).where(
                        ConcernSubject.name_key.contains(key, autoescape=True)
                    )
                )
            )
        concerns = session.scalars(query.order_by(Concern.created_at.desc()).limit(200)).all()
        views = [_view(session, person, c, summary=True) for c in concerns]
        views = [v for v in views if v.parts]
        if subject and views:
            # A name search only finds concerns whose subjects the person may see.
            views = [v for v in views if "subjects" in v.parts]
        record(session, "concern.search", "concern", "search", shown=[v.id for v in views][:200])
        return views


def inbox(db: Database, person: Person, address: str | None = None) -> Inbox:
    """A liaison officer's work: new and in-review concerns of their organisation, and
    concerns shared with it that nobody has acknowledged yet."""
    require(person, "change_status")
    box = Inbox()
    with work(db, person.actor(address), "concern.inbox") as session:
        own = session.scalars(
            select(Concern)
            .where(
                Concern.organisation_id == person.organisation_id,
                Concern.status.in_(["submitted", "in_review"]),
            )
            .order_by(Concern.created_at)
        ).all()
        for concern in own:
            view = _view(session, person, concern, summary=True)
            (box.new if concern.status == "submitted" else box.in_review).append(view)
        waiting = session.scalars(
            select(Disclosure)
            .where(
                Disclosure.to_organisation_id == person.organisation_id,
                Disclosure.acknowledged_at.is_(None),
            )
            .order_by(Disclosure.created_at)
        ).all()
        for disclosure in waiting:
            shared = session.get(Concern, disclosure.concern_id)
            if shared is None:
                continue
            box.to_acknowledge.append(
                {
                    "disclosure_id": disclosure.id,
                    "concern_id": shared.id,
                    "reference": shared.reference,
                    "from": _organisation_name(session, disclosure.from_organisation_id),
                    "shared_at": disclosure.created_at.isoformat(timespec="minutes"),
                    "purpose": disclosure.purpose,
                }
            )
        shown = [v.id for v in box.new + box.in_review]
        record(session, "concern.inbox", "concern", "inbox", shown=shown)
    return box


def change_status(
    db: Database,
    person: Person,
    concern_id: str,
    status: str,
    now: datetime,
    address: str | None = None,
) -> ConcernView:
    require(person, "change_status")
    with work(db, person.actor(address), f"concern.status.{status}") as session:
        concern, relation, _ = load_visible(session, person, concern_id)
        if relation != "own":
            raise NotAllowedError(
                "only the organisation that holds a concern can change its status"
            )
        check_move(concern.status, status)
        concern.status, concern.updated_at = status, now
        session.flush()
        return _view(session, person, concern)


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
        for view in views:
            concern = session.get(Concern, view.id)
            if concern is None:
                continue
            matching = [
                s
                for s in concern.subjects
                if s.name_key == key
                and (date_of_birth is None or s.date_of_birth in (None, date_of_birth))
            ]
            if not matching:
                continue
            full = _view(session, person, concern)
            entries.extend(_timeline(session, person, concern, full))
        record(session, "concern.chronology", "concern", "chronology", count=len(entries))
    return sorted(entries, key=lambda e: str(e["at"]))


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


def _organisation_name(session: Session, organisation_id: str) -> str:
    org = session.get(Organisation, organisation_id)
    return org.name if org else "an unknown organisation"


def _view(session: Session, person: Person, concern: Concern, summary: bool = False) -> ConcernView:
    relation, parts = _visible(session, person, concern)
    shown = parts & {"summary", "subjects"} if summary else parts
    data: dict[str, Any] = {}
    for part in sorted(shown):
        data.update(_PARTS[part](session, person, concern))
    return ConcernView(concern.id, concern.reference, relation, parts, data)


def _summary(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {
        "status": c.status,
        "created_at": c.created_at.isoformat(timespec="minutes"),
        "updated_at": c.updated_at.isoformat(timespec="minutes"),
        "categories": list(c.categories),
        "urgency": c.urgency,
        "organisation": _organisation_name(session, c.organisation_id),
        "retain_until": c.retain_until.isoformat(),
    }


def _observation(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {
        "observation": c.observation,
        "age": c.age,
        "age_group": c.age_group,
        "reporter_setting": c.reporter_setting,
        "immediate_danger": c.immediate_danger,
    }


def _triage(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {"triage": c.triage}


def _grading(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    grading = Grading(c.source_grade, c.intelligence_grade, c.handling_code, c.handling_conditions)
    return {
        "grading": {
            "code": grading.code,
            "source": grading.source,
            "intelligence": grading.intelligence,
            "handling": grading.handling,
            "conditions": grading.conditions,
            "description": grading.describe(),
        }
    }


def _subjects(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {
        "subjects": [
            {
                "name": s.name,
                "date_of_birth": s.date_of_birth.isoformat() if s.date_of_birth else None,
                "address": s.address,
            }
            for s in c.subjects
        ]
    }


def _places(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {"places": [{"description": p.description, "postcode": p.postcode} for p in c.places]}


def _vehicles(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {
        "vehicles": [
            {"registration": v.registration, "description": v.description} for v in c.vehicles
        ]
    }


def _phones(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    return {"phones": [p.number for p in c.phones]}


def _source(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    if c.submitted_by_id is None:
        return {"source": {"reporter": PUBLIC if c.channel == "public" else "not recorded"}}
    user = session.get(UserAccount, c.submitted_by_id)
    return {
        "source": {
            "reporter": f"{user.name} <{user.email}>" if user else "a removed account",
            "organisation": _organisation_name(session, c.organisation_id),
            "channel": c.channel,
        }
    }


def _decisions(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    rows = session.scalars(
        select(DecisionRecord).where(DecisionRecord.concern_id == c.id).order_by(DecisionRecord.id)
    ).all()
    return {
        "decisions": [
            {
                "id": row.reference,
                "outcome": row.outcome,
                "decided_by": row.decided_by,
                "created_at": row.created_at.isoformat(timespec="minutes"),
                "reasons": row.record.get("reasons", []),
                "gateways": [g.get("name") for g in row.record.get("gateways", [])],
            }
            for row in rows
        ]
    }


def _disclosures(session: Session, person: Person, c: Concern) -> dict[str, Any]:
    query = select(Disclosure).where(Disclosure.concern_id == c.id)
    if c.organisation_id != person.organisation_id:  # a recipient sees only its own receipts
        query = query.where(Disclosure.to_organisation_id == person.organisation_id)
    rows = session.scalars(query.order_by(Disclosure.created_at)).all()
    return {"disclosures": [disclosure_dict(session, d) for d in rows]}


def disclosure_dict(session: Session, d: Disclosure) -> dict[str, Any]:
    return {
        "id": d.id,
        "from": _organisation_name(session, d.from_organisation_id),
        "to": _organisation_name(session, d.to_organisation_id),
        "to_organisation_id": d.to_organisation_id,
        "purpose": d.purpose,
        "basis": list(d.basis),
        "gateways": list(d.gateways),
        "parts": list(d.parts),
        "overridden": d.justification is not None,
        "created_at": d.created_at.isoformat(timespec="minutes"),
        "acknowledged_at": d.acknowledged_at.isoformat(timespec="minutes")
        if d.acknowledged_at
        else None,
    }


_PARTS = {
    "summary": _summary,
    "observation": _observation,
    "triage": _triage,
    "grading": _grading,
    "subjects": _subjects,
    "places": _places,
    "vehicles": _vehicles,
    "phones": _phones,
    "source": _source,
    "decisions": _decisions,
    "disclosures": _disclosures,
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
        for view in views:
            concern = session.get(Concern, view.id)
            if concern is None:
                continue
            if not any(
                s.name_key == name_key(subject)
                and (date_of_birth is None or s.date_of_birth in (None, date_of_birth))
                for s in concern.subjects
            ):
                continue
            full = _view(session, person, concern)
            concerns.append(full.to_dict())
            record(session, "subject_access.export", "concern", concern.id)
    return {
        "subject": subject,
        "date_of_birth": date_of_birth.isoformat() if date_of_birth else None,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "exported_by": f"{person.name} ({person.organisation})",
        "concerns": concerns,
    }
