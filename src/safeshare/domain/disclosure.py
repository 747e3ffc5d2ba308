"""May this concern be shared with that partner, and on what basis?

A disclosure needs a recorded sharing decision whose outcome is to share, and then either an
agreement in force between the two organisations that covers the concern's harm, or a legal
gateway that lets the sender share that harm with that kind of recipient. Without either, the
answer is no with the reason; a liaison officer may still share with a written justification,
which is kept with the disclosure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from safeshare.domain.agreements import AgreementTerms
from safeshare.domain.policy import SHAREABLE
from safeshare.knowledge.schema import Facts, Gateway

# What a gateway alone lets travel: enough to act on, never who reported it.
GATEWAY_PARTS = SHAREABLE - {"source"}
# What an override lets travel: the least a partner needs to act.
OVERRIDE_PARTS = frozenset({"summary", "observation", "subjects"})
MIN_JUSTIFICATION = 20


@dataclass(frozen=True)
class Recipient:
    id: str
    name: str
    kind: str
    sector: str


@dataclass(frozen=True)
class Permission:
    allowed: bool
    reason: str
    parts: frozenset[str] = frozenset()
    gateways: tuple[str, ...] = ()
    agreement: str | None = None
    overridden: bool = False
    basis: list[str] = field(default_factory=list)


def may_disclose(
    *,
    facts: Facts,
    sender: str,
    recipient: Recipient,
    decision_outcome: str | None,
    agreements: Sequence[AgreementTerms],
    gateways: Sequence[Gateway],
    today: date,
    justification: str | None = None,
) -> Permission:
    if decision_outcome is None:
        return Permission(False, "Record a sharing decision for this concern first.")
    if decision_outcome != "share":
        return Permission(
            False, f"The recorded sharing decision is '{decision_outcome}', not to share."
        )
    if recipient.id == sender:
        return Permission(False, "The concern already belongs to that organisation.")
    agreement = next(
        (a for a in agreements if a.covers(sender, recipient.id, set(facts.categories), today)),
        None,
    )
    opened = [g for g in gateways if _opens(g, facts, recipient)]
    basis = [f"{g.law}: {g.name}" for g in opened]
    if agreement is not None:
        return Permission(
            True,
            f"Information sharing agreement {agreement.reference} is in force and covers this.",
            agreement.parts & SHAREABLE,
            tuple(g.id for g in opened),
            agreement.id,
            basis=[f"Agreement {agreement.reference}: {agreement.title}", *basis],
        )
    if opened:
        return Permission(
            True,
            f"A legal gateway allows sharing this with {recipient.name}.",
            GATEWAY_PARTS,
            tuple(g.id for g in opened),
            basis=basis,
        )
    refusal = (
        f"No agreement in force between your organisation and {recipient.name} covers "
        f"{', '.join(sorted(facts.categories)) or 'this concern'}, and no legal gateway lets "
        f"you share it with a {recipient.sector.replace('_', ' ')} organisation."
    )
    if justification is None:
        return Permission(False, refusal)
    if len(justification.strip()) < MIN_JUSTIFICATION:
        return Permission(False, f"{refusal} A justification must say why, in a sentence or two.")
    return Permission(
        True,
        "Shared without an agreement or gateway, on the liaison officer's written justification.",
        OVERRIDE_PARTS,
        overridden=True,
        basis=[f"Liaison officer's justification: {justification.strip()}"],
    )


def _opens(gateway: Gateway, facts: Facts, recipient: Recipient) -> bool:
    target = gateway.shares_with
    if target is None or not gateway.when.holds(facts):
        return False
    return recipient.kind in target.kinds or recipient.sector in target.sectors
