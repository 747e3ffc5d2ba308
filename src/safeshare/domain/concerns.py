"""A concern or piece of intelligence as a partner submits it: checked before anything is
stored, so bad input is refused whole with a message that says what to fix."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from safeshare.domain.grading import Grading
from safeshare.domain.identifiers import IdentifierError, name_key, phone, registration

Status = Literal["submitted", "in_review", "action_taken", "closed"]
STATUSES: dict[str, str] = {
    "submitted": "Submitted",
    "in_review": "In review",
    "action_taken": "Action taken",
    "closed": "Closed",
}
# Where each status may go next. A closed concern can be reopened for review.
NEXT: dict[str, frozenset[str]] = {
    "submitted": frozenset({"in_review", "closed"}),
    "in_review": frozenset({"action_taken", "closed"}),
    "action_taken": frozenset({"in_review", "closed"}),
    "closed": frozenset({"in_review"}),
}
MAX_ITEMS = 20  # subjects, places, vehicles or phones on one concern
MAX_NAME = 200
MAX_TEXT = 2_000
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$")


class ConcernError(ValueError):
    """Something in a concern that cannot be stored as given."""


@dataclass(frozen=True)
class Subject:
    name: str
    date_of_birth: date | None = None
    address: str | None = None

    def __post_init__(self) -> None:
        _text("a subject's name", self.name, MAX_NAME)
        if not name_key(self.name):
            raise ConcernError(f"{self.name!r} is not a name: use letters")
        if self.date_of_birth and not date(1900, 1, 1) <= self.date_of_birth <= date.today():
            raise ConcernError(f"date of birth {self.date_of_birth} is not a past date")
        if self.address is not None:
            _text("an address", self.address, MAX_TEXT)

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclass(frozen=True)
class Place:
    description: str
    postcode: str | None = None

    def __post_init__(self) -> None:
        _text("a place", self.description, MAX_TEXT)
        if self.postcode is not None:
            object.__setattr__(self, "postcode", postcode(self.postcode))


@dataclass(frozen=True)
class Vehicle:
    registration: str
    description: str | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "registration", registration(self.registration))
        except IdentifierError as error:
            raise ConcernError(str(error)) from error
        if self.description is not None:
            _text("a vehicle's description", self.description, MAX_NAME)


@dataclass(frozen=True)
class ConcernDetails:
    """Who, where, which vehicles and phones: the parts that let records be linked."""

    subjects: tuple[Subject, ...] = ()
    places: tuple[Place, ...] = ()
    vehicles: tuple[Vehicle, ...] = ()
    phones: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name in ("subjects", "places", "vehicles", "phones"):
            if len(getattr(self, name)) > MAX_ITEMS:
                raise ConcernError(f"at most {MAX_ITEMS} {name} on one concern")
        try:
            object.__setattr__(self, "phones", tuple(phone(number) for number in self.phones))
        except IdentifierError as error:
            raise ConcernError(str(error)) from error


@dataclass(frozen=True)
class Submission:
    """Everything a practitioner or partner system sends with a concern."""

    observation: str
    grading: Grading
    details: ConcernDetails = field(default_factory=ConcernDetails)
    age: int | None = None
    age_group: str = "unknown"
    reporter_setting: str | None = None
    immediate_danger: bool | None = None


def postcode(text: str) -> str:
    """A UK postcode as "LU1 2AB"."""
    match = _POSTCODE.match(text.strip().upper())
    if not match:
        raise ConcernError(f"{text!r} is not a UK postcode")
    return f"{match.group(1)} {match.group(2)}"


def check_move(current: str, wanted: str) -> None:
    if wanted not in STATUSES:
        raise ConcernError(f"unknown status {wanted!r}; use one of {', '.join(STATUSES)}")
    if wanted not in NEXT[current]:
        allowed = ", ".join(sorted(NEXT[current]))
        raise ConcernError(f"a concern that is {current} can move to {allowed}, not {wanted}")


def _text(what: str, value: str, limit: int) -> None:
    if not value or not value.strip():
        raise ConcernError(f"{what} cannot be empty")
    if len(value) > limit:
        raise ConcernError(f"{what} is too long: keep it under {limit:,} characters")
