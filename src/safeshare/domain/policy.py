"""Need-to-know: who may do what, and which parts of a concern each person may see.

One table for each question, read by the services for every request, so there is one place
to check and one place to change. A person who may see nothing of a concern is told it does
not exist (the interfaces answer 404), never what it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Role = Literal["practitioner", "liaison_officer", "analyst", "admin"]
ROLES: tuple[Role, ...] = ("practitioner", "liaison_officer", "analyst", "admin")
ROLE_NAMES: dict[str, str] = {
    "practitioner": "Practitioner",
    "liaison_officer": "Designated liaison officer",
    "analyst": "Analyst",
    "admin": "Administrator",
}

# How the person's organisation stands to a concern.
Relation = Literal["own", "disclosed", "other"]

# The parts of a concern, as the views show them.
Part = Literal[
    "summary",  # reference, status, dates, harm categories, urgency
    "observation",  # what was noticed, in the reporter's words
    "triage",  # signs, indicators and routes
    "grading",  # 3x5x2 codes and handling conditions
    "subjects",
    "places",
    "vehicles",
    "phones",
    "source",  # who reported it
    "decisions",  # recorded sharing decisions
    "disclosures",  # with whom it has been shared
]
PARTS: tuple[Part, ...] = (
    "summary",
    "observation",
    "triage",
    "grading",
    "subjects",
    "places",
    "vehicles",
    "phones",
    "source",
    "decisions",
    "disclosures",
)
_CASE: frozenset[str] = frozenset(PARTS)
_WORKING = _CASE - {"decisions", "disclosures"}
# What a partner may receive at most; an agreement may allow less, never more.
SHAREABLE: frozenset[str] = frozenset(
    {"summary", "observation", "grading", "subjects", "places", "vehicles", "phones", "source"}
)

# (role, relation) -> the parts that role may see. Absent means nothing at all.
CONCERN_ACCESS: dict[tuple[str, str], frozenset[str]] = {
    ("practitioner", "own"): _WORKING,
    ("liaison_officer", "own"): _CASE,
    # Disclosed to the organisation: at most what the disclosure carried (see visible_parts).
    ("practitioner", "disclosed"): SHAREABLE,
    ("liaison_officer", "disclosed"): SHAREABLE | {"disclosures"},
    # Analysts see counts, not cases; administrators run the service, not the casework.
}

# What each role may do. The web and API check these before any record is touched.
Action = Literal[
    "submit_concern",
    "read_concerns",
    "change_status",
    "record_decision",
    "disclose",
    "acknowledge",
    "view_aggregates",
    "view_audit",
    "export_subject",
    "manage_accounts",
    "manage_agreements",
    "sign_off_agreement",
    "view_agreements",
]
ACTIONS: dict[Action, frozenset[str]] = {
    "submit_concern": frozenset({"practitioner", "liaison_officer"}),
    "read_concerns": frozenset({"practitioner", "liaison_officer"}),
    "change_status": frozenset({"liaison_officer"}),
    "record_decision": frozenset({"liaison_officer"}),
    "disclose": frozenset({"liaison_officer"}),
    "acknowledge": frozenset({"liaison_officer"}),
    "view_aggregates": frozenset({"analyst", "liaison_officer"}),
    "view_audit": frozenset({"liaison_officer"}),
    "export_subject": frozenset({"liaison_officer"}),
    "manage_accounts": frozenset({"admin"}),
    "manage_agreements": frozenset({"admin"}),
    "sign_off_agreement": frozenset({"liaison_officer"}),
    "view_agreements": frozenset({"liaison_officer", "admin", "analyst"}),
}


def may(roles: Iterable[str], action: Action) -> bool:
    return any(role in ACTIONS[action] for role in roles)


def visible_parts(
    roles: Iterable[str],
    relation: Relation,
    disclosed: Iterable[frozenset[str]] = (),
    source_may_be_named: bool = False,
) -> frozenset[str]:
    """The parts of a concern this person may see; empty means the concern is hidden.
    For a concern disclosed to their organisation, only what the disclosures carried, and
    the source only where the handling code lets it travel."""
    allowed: set[str] = set()
    for role in roles:
        allowed |= CONCERN_ACCESS.get((role, relation), frozenset())
    if relation == "disclosed":
        carried: set[str] = set()
        for parts in disclosed:
            carried |= parts
        allowed &= carried | {"summary", "disclosures"}
        if not source_may_be_named:
            allowed.discard("source")
    return frozenset(allowed)
