"""Where sentences end: the sentence model reads an observation a sentence at a time, and the
cues never match across a sentence's end, so both split text here."""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"[.!?\n]+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s.strip()]
