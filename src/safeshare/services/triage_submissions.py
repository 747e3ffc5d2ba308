"""Submitting an observation through the web journey: triage it and keep the answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safeshare.domain.observation import Observation
from safeshare.domain.signs import SignMatcher
from safeshare.domain.triage import triage
from safeshare.knowledge import KnowledgeBase
from safeshare.services.references import new_reference
from safeshare.store.db import Database
from safeshare.store.models import TriageSubmission
from safeshare.store.repositories import add_triage_submission, get_triage_submission


@dataclass(frozen=True)
class SubmittedTriage:
    reference: str
    created_at: datetime
    observation: Observation
    result: dict[str, Any]


def submit_observation(
    db: Database,
    observation: Observation,
    base: KnowledgeBase,
    now: datetime,
    matcher: SignMatcher | None = None,
) -> SubmittedTriage:
    """Triage first, then store observation and answer in one transaction: either both are
    kept or neither."""
    result = triage(observation, base, matcher)
    answer = result.to_dict() | {
        "locality": result.locality,
        "notes": result.notes,
        "further_help": result.further_help,
        "route_notes": {r.route: r.note for r in result.routes if r.note},
    }
    reference = new_reference("ST", now)
    row = TriageSubmission(
        reference=reference,
        created_at=now,
        text=observation.text,
        age=observation.age,
        age_group=observation.age_group,
        reporter_setting=observation.reporter_setting,
        immediate_danger=observation.immediate_danger,
        locality=result.locality,
        concern=result.concern,
        urgency=result.urgency,
        top_category=result.signs[0].category if result.signs else None,
        result=answer,
    )
    with db.transaction() as session:
        add_triage_submission(session, row)
    return SubmittedTriage(reference, now, observation, answer)


def get_submission(db: Database, reference: str) -> SubmittedTriage:
    with db.transaction() as session:
        row = get_triage_submission(session, reference)
        observation = Observation(
            text=row.text,
            age=row.age,
            age_group=row.age_group,  # type: ignore[arg-type]
            reporter_setting=row.reporter_setting,
            immediate_danger=row.immediate_danger,
            locality=row.locality,
        )
        return SubmittedTriage(row.reference, row.created_at, observation, dict(row.result))
