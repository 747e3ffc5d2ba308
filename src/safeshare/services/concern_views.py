"""A concern as one person may see it: their relation to it, the parts the policy table
allows them, and those parts rendered; nothing else is ever read into a view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeshare.domain.grading import Grading
from safeshare.domain.policy import Relation, visible_parts
from safeshare.services.accounts import Person
from safeshare.store.models import Concern, DecisionRecord, Disclosure, Organisation, UserAccount
from safeshare.store.repositories import NotFoundError

PUBLIC = "a member of the public (anonymous)"


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


def visible(session: Session, person: Person, concern: Concern) -> tuple[str, frozenset[str]]:
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
    relation, parts = visible(session, person, concern)
    if not parts:
        raise NotFoundError(concern_id)
    return concern, relation, parts


def organisation_name(session: Session, organisation_id: str) -> str:
    org = session.get(Organisation, organisation_id)
    return org.name if org else "an unknown organisation"


def view(session: Session, person: Person, concern: Concern, summary: bool = False) -> ConcernView:
    relation, parts = visible(session, person, concern)
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
        "organisation": organisation_name(session, c.organisation_id),
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
            "organisation": organisation_name(session, c.organisation_id),
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
        "from": organisation_name(session, d.from_organisation_id),
        "to": organisation_name(session, d.to_organisation_id),
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
