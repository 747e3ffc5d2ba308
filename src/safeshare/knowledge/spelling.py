"""How a word typed on a phone without its last "g" is recognised ("shoutin", "givin").

Kept beside the knowledge base because both the reading of an observation and the checks on
the cue files need it: a cue word that this rule would rewrite can never match as written.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


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
