"""Refusing what a person's role does not allow, before any record is touched."""

from __future__ import annotations

from safeshare.domain.policy import Action, may
from safeshare.services.accounts import Person


class NotAllowedError(PermissionError):
    """The person's role does not allow this action at all."""


def require(person: Person, action: Action) -> None:
    if not may(person.roles, action):
        raise NotAllowedError(f"your role does not allow this ({action.replace('_', ' ')})")
