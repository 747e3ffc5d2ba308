"""Vehicle registrations, phone numbers and names written one way, so records about the
same car, phone or person can be found together whatever way they were typed."""

from __future__ import annotations

import re
import unicodedata

_REGISTRATION = re.compile(r"^[A-Z0-9]{2,8}$")
_SPACES = re.compile(r"[\s\-.]+")


class IdentifierError(ValueError):
    """A registration, phone number or date that cannot be read, said in plain words."""


def registration(text: str) -> str:
    """ "ab12 cde" and "AB-12-CDE" are both "AB12CDE"."""
    value = _SPACES.sub("", text).upper()
    if not _REGISTRATION.match(value):
        raise IdentifierError(
            f"{text!r} is not a vehicle registration: use 2 to 8 letters and numbers"
        )
    return value


def phone(text: str) -> str:
    """UK numbers as 0 followed by 10 digits ("+44 7700 900123" is "07700900123");
    other countries' numbers keep their + and country code."""
    value = re.sub(r"[\s\-().]", "", text)
    if value.startswith("0044"):
        value = "+44" + value[4:]
    if value.startswith("+44"):
        value = "0" + value[3:].lstrip("0")
    if value.startswith("+"):
        digits = value[1:]
        if digits.isdigit() and 7 <= len(digits) <= 15:
            return value
    elif value.isdigit() and len(value) in (10, 11) and value.startswith("0"):
        return value
    raise IdentifierError(f"{text!r} is not a phone number")


def name_key(name: str) -> str:
    """A person's name for matching: no accents, case or punctuation, words in order."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", plain.lower()).split())
