"""Recording a sharing decision in the database and reading it back by reference."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from safeshare.domain.decision import Decision
from safeshare.domain.records import Decider, decision_record
from safeshare.services.references import new_reference
from safeshare.store.db import Database
from safeshare.store.models import DecisionRecord
from safeshare.store.repositories import add_decision_record, get_decision_record


def record_decision(
    db: Database,
    decision: Decision,
    decider: Decider,
    now: datetime,
    shared: str = "",
    recipient: str = "",
) -> dict[str, Any]:
    """Store the decision record and return it; RecordError if it cannot be a record."""
    record = decision_record(decision, decider, now, new_reference("SD", now), shared, recipient)
    row = DecisionRecord(
        reference=record["reference"],
        created_at=now,
        decided_by=decider.name,
        role=decider.role,
        organisation=decider.organisation,
        outcome=decision.outcome,
        record=record,
    )
    with db.transaction() as session:
        add_decision_record(session, row)
    return record


def get_record(db: Database, reference: str) -> dict[str, Any]:
    with db.transaction() as session:
        return dict(get_decision_record(session, reference).record)
