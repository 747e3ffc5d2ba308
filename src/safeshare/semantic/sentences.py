"""Where sentences end: the sentence model reads an observation a sentence at a time, and the
cues never match across a sentence's end, so both split text here."""

from __future__ import annotations

import re

# A full stop between digits is a decimal point ("£3.60 a minute"), not a sentence's end.
SENTENCE_BREAK = re.compile(r"(?:[!?\n]|(?<!\d)\.|\.(?!\d))+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s.strip()]
