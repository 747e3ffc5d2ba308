"""The audit chain: each event carries the hash of the one before it, so altering, removing
or reordering any event breaks every hash after it.

Pure functions over plain values; the store keeps the events and the chain's head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor",
    "organisation_id",
    "action",
    "record_type",
    "record_id",
    "address",
    "detail",
)


def event_hash(event: Mapping[str, Any], previous: str) -> str:
    """SHA-256 over the event's fields and the previous hash, as canonical JSON."""
    body = {name: event.get(name) for name in FIELDS}
    body["previous"] = previous
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    checked: int
    first_bad: int | None = None  # the seq of the first event that does not fit
    problem: str = ""


def verify(
    events: Iterable[Mapping[str, Any]], head_seq: int | None = None, head_hash: str | None = None
) -> Verdict:
    """Walk the events in order; name the first that was altered, removed or moved."""
    previous, expected, checked = GENESIS, 1, 0
    for event in events:
        seq = int(event["seq"])
        if seq != expected:
            return Verdict(False, checked, expected, f"event {expected} is missing or out of order")
        if event["previous_hash"] != previous:
            return Verdict(False, checked, seq, f"event {seq} does not follow the one before it")
        if event_hash(event, previous) != event["hash"]:
            return Verdict(False, checked, seq, f"event {seq} was changed after it was written")
        previous, expected, checked = event["hash"], expected + 1, checked + 1
    if head_seq is not None and head_seq != checked:
        return Verdict(
            False, checked, checked + 1, f"the chain ends at {checked} but {head_seq} were written"
        )
    if head_hash is not None and head_hash != previous:
        return Verdict(False, checked, checked, "the last event does not match the chain's head")
    return Verdict(True, checked)
