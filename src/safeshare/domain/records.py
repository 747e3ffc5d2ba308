"""A sharing decision written down: who decided, when, on what answers, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safeshare.domain.decision import Decision


class RecordError(ValueError):
    """A decision record that is missing something a record must have."""


@dataclass(frozen=True)
class Decider:
    name: str
    role: str
    organisation: str

    def __post_init__(self) -> None:
        missing = [f for f in ("name", "role", "organisation") if not getattr(self, f).strip()]
        if missing:
            raise RecordError(f"a decision record needs the decider's {', '.join(missing)}")


def decision_record(
    decision: Decision,
    decider: Decider,
    decided_at: datetime,
    reference: str,
    shared: str = "",
    recipient: str = "",
) -> dict[str, Any]:
    """The record golden rule 7 asks for: what was (or was not) shared, with whom and why."""
    if decision.outcome == "need_more_answers":
        raise RecordError("answer every question the flowchart asks before recording a decision")
    return {
        "reference": reference,
        "decided_at": decided_at.isoformat(timespec="seconds"),
        "decided_by": {
            "name": decider.name,
            "role": decider.role,
            "organisation": decider.organisation,
        },
        "answers": decision.answers,
        "about": {
            "subject_age": decision.context.subject_age,
            "category": decision.context.category,
            "immediate_danger": decision.context.immediate_danger,
            "subject": decision.context.subject,
        },
        "what_was_shared": shared or None,
        "shared_with": recipient or None,
        **decision.to_dict(),
    }
