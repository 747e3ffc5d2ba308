"""Information sharing agreements: whether one is in force, and what needs attention."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

AgreementStatus = Literal["draft", "active", "suspended", "ended"]
STATUSES: tuple[AgreementStatus, ...] = ("draft", "active", "suspended", "ended")
REVIEW_WARNING = timedelta(days=30)


class AgreementError(ValueError):
    """An agreement that cannot be as described, said in plain words."""


@dataclass(frozen=True)
class AgreementTerms:
    id: str
    reference: str
    title: str
    parties: frozenset[str]  # organisation ids
    signed_off: frozenset[str]  # organisation ids whose liaison officer has signed it off
    categories: frozenset[str]
    parts: frozenset[str]
    gateways: tuple[str, ...]
    starts_on: date
    review_on: date
    expires_on: date
    status: AgreementStatus
    purposes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if len(self.parties) < 2:
            raise AgreementError("an agreement needs at least two organisations")
        if not self.starts_on <= self.review_on <= self.expires_on:
            raise AgreementError("dates must run start, then review, then expiry")
        if not self.categories:
            raise AgreementError("an agreement must name the harm categories it covers")

    def in_force(self, today: date) -> bool:
        """Active, signed off by every party, and within its dates."""
        return (
            self.status == "active"
            and self.signed_off >= self.parties
            and self.starts_on <= today <= self.expires_on
        )

    def covers(self, sender: str, recipient: str, categories: set[str], today: date) -> bool:
        return (
            self.in_force(today)
            and {sender, recipient} <= self.parties
            and bool(self.categories & categories)
        )


Alert = Literal["awaiting_sign_off", "review_overdue", "review_due", "expiring", "expired"]
ALERT_TEXT: dict[str, str] = {
    "awaiting_sign_off": "Not yet signed off by every party's liaison officer",
    "review_overdue": "Review date has passed",
    "review_due": "Review due within 30 days",
    "expiring": "Expires within 30 days",
    "expired": "Expired: sharing under it has stopped",
}


def alerts(terms: AgreementTerms, today: date) -> list[Alert]:
    """What an administrator or liaison officer should act on, most pressing first."""
    if terms.status in ("ended", "suspended"):
        return []
    found: list[Alert] = []
    if today > terms.expires_on:
        found.append("expired")
    elif terms.expires_on - today <= REVIEW_WARNING:
        found.append("expiring")
    if today > terms.review_on and "expired" not in found:
        found.append("review_overdue")
    elif timedelta(0) <= terms.review_on - today <= REVIEW_WARNING:
        found.append("review_due")
    if not terms.signed_off >= terms.parties:
        found.append("awaiting_sign_off")
    return found
