"""Sharing a concern with a partner: a recorded sharing decision first, then a legal gateway
or an agreement in force, or a liaison officer's written justification; the recipient gets
only what the basis allows, and acknowledges receipt."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeshare.domain.decision import Context, decide, parse_answers
from safeshare.domain.disclosure import Permission, Recipient, may_disclose
from safeshare.domain.records import Decider, decision_record
from safeshare.knowledge import KnowledgeBase
from safeshare.knowledge.schema import Facts
from safeshare.services.access import NotAllowedError, require
from safeshare.services.accounts import Person
from safeshare.services.agreements import in_force_for
from safeshare.services.concern_views import disclosure_dict, load_visible
from safeshare.services.references import new_reference
from safeshare.services.work import work
from safeshare.store.audit import record
from safeshare.store.db import Database
from safeshare.store.models import Concern, DecisionRecord, Disclosure, Organisation, new_id
from safeshare.store.repositories import NotFoundError


class DisclosureRefusedError(Exception):
    """No basis to share: the message says why, and what would allow it."""


class UnknownOrganisationError(ValueError):
    """The recipient named is not a partner organisation."""


def _facts(concern: Concern) -> Facts:
    return Facts(
        immediate_danger=concern.immediate_danger,
        subject=concern.age_group,
        age=concern.age,
        categories=frozenset(concern.categories),
        setting=concern.reporter_setting,
    )


def record_sharing_decision(
    db: Database,
    base: KnowledgeBase,
    person: Person,
    concern_id: str,
    raw_answers: Mapping[str, Any],
    now: datetime,
    address: str | None = None,
) -> dict[str, Any]:
    """Walk the flowchart for this concern (its age, harm and danger are filled in) and keep
    the decision with the concern. need_more_answers is returned, not stored."""
    require(person, "record_decision")
    with work(db, person.actor(address), "decision.record") as session:
        concern, relation, _ = load_visible(session, person, concern_id)
        if relation != "own":
            raise NotAllowedError(
                "only the organisation that holds a concern records its decisions"
            )
        answers, _ = parse_answers(raw_answers, base)
        context = Context(
            subject_age=concern.age,
            category=concern.categories[0] if concern.categories else None,
            immediate_danger=concern.immediate_danger,
            age_group=concern.age_group if concern.age_group != "unknown" else None,
        )
        decision = decide(answers, context, base)
        if decision.outcome == "need_more_answers":
            return decision.to_dict()
        decider = Decider(person.name, ", ".join(person.roles), person.organisation)
        reference = new_reference("SD", now)
        document = decision_record(decision, decider, now, reference)
        session.add(
            DecisionRecord(
                reference=reference,
                created_at=now,
                decided_by=person.name,
                role=decider.role,
                organisation=person.organisation,
                outcome=decision.outcome,
                record=document,
                concern_id=concern.id,
                decided_by_id=person.id,
            )
        )
        return {"id": reference, **decision.to_dict()}


def disclose(
    db: Database,
    base: KnowledgeBase,
    person: Person,
    concern_id: str,
    to_organisation: str,
    purpose: str,
    now: datetime,
    decision_id: str | None = None,
    justification: str | None = None,
    subject_informed: bool | None = None,
    address: str | None = None,
) -> dict[str, Any]:
    """Share the concern, or raise DisclosureRefusedError with the reason (the refusal is
    recorded in the audit trail too)."""
    require(person, "disclose")
    if not purpose.strip() or len(purpose) > 2000:
        raise DisclosureRefusedError("say why you are sharing it (up to 2,000 characters)")
    with work(db, person.actor(address), "disclosure.create") as session:
        concern, relation, _ = load_visible(session, person, concern_id)
        if relation != "own":
            raise NotAllowedError("only the organisation that holds a concern can share it")
        recipient_row = session.get(Organisation, to_organisation) or session.scalar(
            select(Organisation).where(Organisation.name == to_organisation)
        )
        if recipient_row is None:
            raise UnknownOrganisationError(f"no partner organisation called {to_organisation!r}")
        decision = _decision(session, concern.id, decision_id)
        permission = may_disclose(
            facts=_facts(concern),
            sender=concern.organisation_id,
            recipient=Recipient(
                recipient_row.id, recipient_row.name, recipient_row.kind, recipient_row.sector
            ),
            decision_outcome=decision.outcome if decision else None,
            agreements=in_force_for(session),
            gateways=base.gateways,
            today=now.date(),
            justification=justification,
        )
        if not permission.allowed:
            record(
                session,
                "disclosure.refused",
                "concern",
                concern.id,
                to=recipient_row.id,
                reason=permission.reason,
            )
            session.commit()  # the refusal stays on the record
            raise DisclosureRefusedError(permission.reason)
        row = _disclosure(concern, recipient_row.id, person, decision, permission, purpose, now)
        row.justification = (
            justification.strip() if permission.overridden and justification else None
        )
        row.subject_informed = subject_informed
        session.add(row)
        concern.updated_at = now
        session.flush()
        return {**disclosure_dict(session, row), "reason": permission.reason}


def _decision(session: Session, concern_id: str, decision_id: str | None) -> DecisionRecord | None:
    query = select(DecisionRecord).where(DecisionRecord.concern_id == concern_id)
    if decision_id:
        found: DecisionRecord | None = session.scalar(
            query.where(DecisionRecord.reference == decision_id)
        )
        if found is None:
            raise NotFoundError(f"no sharing decision {decision_id} on this concern")
        return found
    latest: DecisionRecord | None = session.scalar(query.order_by(DecisionRecord.id.desc()))
    return latest


def _disclosure(
    concern: Concern,
    to_id: str,
    person: Person,
    decision: DecisionRecord | None,
    permission: Permission,
    purpose: str,
    now: datetime,
) -> Disclosure:
    return Disclosure(
        id=new_id(),
        concern_id=concern.id,
        from_organisation_id=concern.organisation_id,
        to_organisation_id=to_id,
        decision_id=decision.id if decision else None,
        agreement_id=permission.agreement,
        purpose=purpose.strip(),
        basis=permission.basis,
        gateways=list(permission.gateways),
        parts=sorted(permission.parts),
        created_by_id=person.id,
        created_at=now,
    )


def acknowledge(
    db: Database, person: Person, disclosure_id: str, now: datetime, address: str | None = None
) -> dict[str, Any]:
    require(person, "acknowledge")
    with work(db, person.actor(address), "disclosure.acknowledge") as session:
        row = session.get(Disclosure, disclosure_id)
        if row is None or row.to_organisation_id != person.organisation_id:
            raise NotFoundError(disclosure_id)
        if row.acknowledged_at is None:
            row.acknowledged_by_id, row.acknowledged_at = person.id, now
        session.flush()
        return disclosure_dict(session, row)
