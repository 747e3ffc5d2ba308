"""Concerns and intelligence: submitted by practitioners, partner systems or the public,
triaged and graded on the way in, and read only by those with a need to know. Every read
and write is an audit event in the same transaction."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from safeshare.domain.concerns import STATUSES, Submission, check_move
from safeshare.domain.identifiers import name_key
from safeshare.domain.observation import Observation
from safeshare.domain.signs import SignMatcher
from safeshare.domain.triage import triage
from safeshare.knowledge import KnowledgeBase
from safeshare.services.access import NotAllowedError, require
from safeshare.services.accounts import Person
from safeshare.services.concern_views import (
    PUBLIC,
    ConcernView,
    load_visible,
    organisation_name,
    view,
)
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
    Disclosure,
    Organisation,
    new_id,
)
from safeshare.store.repositories import NotFoundError

DUPLICATE_WINDOW = timedelta(hours=24)


class DuplicateConcernError(Exception):
    def __init__(self, reference: str) -> None:
        super().__init__(
            f"this concern was already submitted in the last 24 hours as {reference}; "
            "add to that one instead"
        )
        self.reference = reference


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
        return view(session, person, concern)


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


def get(db: Database, person: Person, concern_id: str, address: str | None = None) -> ConcernView:
    require(person, "read_concerns")
    with work(db, person.actor(address), "concern.read") as session:
        concern, _, _ = load_visible(session, person, concern_id)
        seen = view(session, person, concern)
        record(session, "concern.read", "concern", concern.id, parts=sorted(seen.parts))
        return seen


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
        views = [view(session, person, c, summary=True) for c in concerns]
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
            summary = view(session, person, concern, summary=True)
            (box.new if concern.status == "submitted" else box.in_review).append(summary)
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
                    "from": organisation_name(session, disclosure.from_organisation_id),
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
        return view(session, person, concern)
