"""How a word typed on a phone, or spelled as a child spells it, is read: the words it stands
for ("wiv" -> "with", "11yo" -> "11 year old", "shoutin" -> "shouting").

Kept beside the knowledge base because both the reading of an observation and the checks on
the cue files need it: a cue word that this reading rewrites can never match as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from safeshare.knowledge.schema import Inference

_VOWELS = frozenset("aeiou")
_AGE_SHORT = re.compile(r"(\d{1,2})(?:yo|yr|yrs|yro)")
_TYPED_WORD = re.compile(r"[A-Za-z0-9&/]+")
# "t'door", "on t'floor": the article as Yorkshire and Lancashire speech write it. Only before
# a letter, so a quoted "big t' " or "can't" is left.
_SPOKEN_THE = re.compile(r"\b[Tt][\u2019'](?=[A-Za-z])")


def the_spelled_out(text: str) -> str:
    """The text with "t'" before a word read as "the " ("into t'door" -> "into the door")."""
    return _SPOKEN_THE.sub("the ", text)


def spelled_out(
    word: str, shorthand: Mapping[str, str], ends_in_in: frozenset[str]
) -> tuple[str, ...]:
    """The words ``word`` is read as: its expansion in ``shorthand``, each part of a word
    with a slash that the table does not hold, an age typed short, a word typed without its
    last "g" with it, or itself."""
    expanded = shorthand.get(word)
    if expanded is not None:
        return tuple(expanded.split())
    if "/" in word:  # "b/f" and "w/" are in the table; "and/or" and "24/7" are two words
        return tuple(
            read
            for part in word.split("/")
            if part
            for read in spelled_out(part, shorthand, ends_in_in)
        )
    age = _AGE_SHORT.fullmatch(word) if word[:1].isdigit() else None
    if age:
        return (age.group(1), "year", "old")
    if typed_without_g(word, ends_in_in):
        return (word + "g",)
    return (word,)


def typed_without_g(word: str, ends_in_in: frozenset[str]) -> bool:
    """Whether ``word`` reads as an "-ing" word typed without its "g". Words ending "-ain",
    "-oin", "-ein" or "-uin" ("again", "heroin", "protein", "penguin"), words under five
    letters ("skin", "thin") and the words in ``ends_in_in`` ("cousin") end in "in" as
    written."""
    return (
        len(word) >= 5
        and word.endswith("in")
        and word[-3] not in _VOWELS
        and word.isalpha()
        and word not in ends_in_in
    )


def spelled_text(text: str, shorthand: Mapping[str, str], ends_in_in: frozenset[str]) -> str:
    """The text with each word the reading rewrites spelled out ("SF gets rough w/ M" ->
    "stepfather gets rough with M"), and everything else as written, so that the sentence
    model reads the words the cues read. A slashed word the table does not hold ("8/12",
    "24/7") is left whole."""

    def spelled(match: re.Match[str]) -> str:
        typed = match.group(0)
        word = typed.lower()
        if ("/" in word and word not in shorthand) or (len(typed) == 1 and typed.isupper()):
            return typed  # "8/12"; an initial, "Dr R", is not "r" for "are"
        read = spelled_out(word, shorthand, ends_in_in)
        return typed if read == (word,) else " ".join(read)

    return _TYPED_WORD.sub(spelled, the_spelled_out(text))


def as_read(text: str, rules: Inference) -> str:
    """An observation as the sentence model reads it: with the short forms the cues read
    spelled out, by the knowledge base's own table."""
    return spelled_text(text, rules.shorthand, rules.ends_in_in)
