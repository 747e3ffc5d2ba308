"""References a person can read out on the phone."""

from __future__ import annotations

import secrets
from datetime import datetime

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to mishear


def new_reference(prefix: str, now: datetime) -> str:
    """``PREFIX-YYYYMMDD-XXXXXXXX``: eight random characters (about 10^12 a day) so a
    reference cannot be guessed."""
    return f"{prefix}-{now:%Y%m%d}-{''.join(secrets.choice(ALPHABET) for _ in range(8))}"
