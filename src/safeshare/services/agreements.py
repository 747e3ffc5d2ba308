"""The register of information sharing agreements: made by administrators, signed off by
each party's liaison officer, and watched for review and expiry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeshare.domain.agreements import (
    ALERT_TEXT,
    STATUSES,
    AgreementError,
    AgreementTerms,
    alerts,
)
from safeshare.domain.policy import SHAREABLE
from safeshare.knowledge import KnowledgeBase
from safeshare.services.access import NotAllowedError, require
from safeshare.services.accounts import Person, find_organisation
from safeshare.services.references import new_reference
from safeshare.services.work import work
from safeshare.store.audit import Actor
from safeshare.store.db import Database
from safeshare.store.models import Agreement, AgreementParty, Organisation, new_id
from safeshare.store.repositories import NotFoundError


@dataclass(frozen=True)
class AgreementDraft:
    title: str
    parties: Sequence[str]  # organisation names or ids
    purposes: Sequence[str]
    categories: Sequence[str]
    parts: Sequence[str]
    gateways: Sequence[str]
    starts_on: date
    review_on: date
    expires_on: date
    status: str = "active"


def terms(row: Agreement) -> AgreementTerms:
    return AgreementTerms(
        id=row.id,
        reference=row.reference,
        title=row.title,
        parties=frozenset(p.organisation_id for p in row.parties),
        signed_off=frozenset(p.organisation_id for p in row.parties if p.signed_off_at),
        categories=frozenset(row.categories),
        parts=frozenset(row.parts),
        gateways=tuple(row.gateways),
        starts_on=row.starts_on,
        review_on=row.review_on,
        expires_on=row.expires_on,
        status=row.status,  # type: ignore[arg-type]
        purposes=tuple(row.purposes),
    )


def _check(draft: AgreementDraft, base: KnowledgeBase) -> None:
    if not draft.title.strip() or len(draft.title) > 200:
        raise AgreementError("an agreement needs a title of up to 200 characters")
    if not [p for p in draft.purposes if p.strip()]:
        raise AgreementError("an agreement must state its purposes")
    unknown = [c for c in draft.categories if c not in base.harms]
    if unknown:
        raise AgreementError(f"unknown harm categories: {', '.join(unknown)}")
    extra = [p for p in draft.parts if p not in SHAREABLE]
    if extra or not draft.parts:
        raise AgreementError(f"fields must be some of {', '.join(sorted(SHAREABLE))}")
    known = {g.id for g in base.gateways}
    missing = [g for g in draft.gateways if g not in known]
    if missing:
        raise AgreementError(f"unknown legal gateways: {', '.join(missing)}")
    if draft.status not in STATUSES:
        raise AgreementError(f"status must be one of {', '.join(STATUSES)}")


def create(
    db: Database,
    base: KnowledgeBase,
    actor: Actor,
    draft: AgreementDraft,
    person: Person | None = None,
) -> str:
    if person is not None:
        require(person, "manage_agreements")
    _check(draft, base)
    now = datetime.now(UTC)
    with work(db, actor, "agreement.create") as session:
        org_ids = sorted({find_organisation(session, name).id for name in draft.parties})
        row = Agreement(
            id=new_id(),
            reference=new_reference("ISA", now),
            title=draft.title.strip(),
            purposes=[p.strip() for p in draft.purposes if p.strip()],
            categories=sorted(set(draft.categories)),
            parts=sorted(set(draft.parts)),
            gateways=list(dict.fromkeys(draft.gateways)),
            starts_on=draft.starts_on,
            review_on=draft.review_on,
            expires_on=draft.expires_on,
            status=draft.status,
            parties=[AgreementParty(organisation_id=org_id) for org_id in org_ids],
        )
        terms(row)  # the domain's own checks: two parties, dates in order, categories
        session.add(row)
    return row.id


def sign_off(
    db: Database, person: Person, agreement_id: str, now: datetime, address: str | None = None
) -> None:
    require(person, "sign_off_agreement")
    with work(db, person.actor(address), "agreement.sign_off") as session:
        row = _get(session, agreement_id)
        party = next((p for p in row.parties if p.organisation_id == person.organisation_id), None)
        if party is None:
            raise NotAllowedError("your organisation is not a party to this agreement")
        if party.signed_off_at is None:
            party.signed_off_by_id, party.signed_off_at = person.id, now


def set_status(
    db: Database, person: Person, agreement_id: str, status: str, address: str | None = None
) -> None:
    require(person, "manage_agreements")
    if status not in STATUSES:
        raise AgreementError(f"status must be one of {', '.join(STATUSES)}")
    with work(db, person.actor(address), f"agreement.status.{status}") as session:
        _get(session, agreement_id).status = status


def _get(session: Session, agreement_id: str) -> Agreement:
    row = session.get(Agreement, agreement_id) or session.scalar(
        select(Agreement).where(Agreement.reference == agreement_id)
    )
    if row is None:
        raise NotFoundError(agreement_id)
    return row


def in_force_for(session: Session) -> list[AgreementTerms]:
    rows = session.scalars(select(Agreement).where(Agreement.status == "active")).all()
    return [terms(row) for row in rows]


def register(db: Database, person: Person, today: date) -> list[dict[str, Any]]:
    """Every agreement with its parties, sign-off and alerts: the register page and API."""
    require(person, "view_agreements")
    with db.transaction() as session:
        names = {o.id: o.name for o in session.scalars(select(Organisation)).all()}
        rows = session.scalars(select(Agreement).order_by(Agreement.reference)).all()
        return [_entry(row, names, today) for row in rows]


def _entry(row: Agreement, names: dict[str, str], today: date) -> dict[str, Any]:
    agreement = terms(row)
    return {
        "id": row.id,
        "reference": row.reference,
        "title": row.title,
        "status": row.status,
        "in_force": agreement.in_force(today),
        "parties": [
            {
                "organisation": names.get(p.organisation_id, p.organisation_id),
                "organisation_id": p.organisation_id,
                "signed_off_at": p.signed_off_at.isoformat(timespec="minutes")
                if p.signed_off_at
                else None,
            }
            for p in row.parties
        ],
        "purposes": list(row.purposes),
        "categories": list(row.categories),
        "fields": list(row.parts),
        "gateways": list(row.gateways),
        "starts_on": row.starts_on.isoformat(),
        "review_on": row.review_on.isoformat(),
        "expires_on": row.expires_on.isoformat(),
        "alerts": [{"alert": a, "text": ALERT_TEXT[a]} for a in alerts(agreement, today)],
    }
