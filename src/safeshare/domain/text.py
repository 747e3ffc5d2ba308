"""Plain-text handling for observations: words, clauses and where negation reaches."""

from __future__ import annotations

import re
from dataclasses import dataclass

_APOSTROPHES = re.compile(r"[\u2019']")
_POSSESSIVE = re.compile(r"(\w)[\u2019']s\b")
_NOT_WORD = re.compile(r"[^a-z0-9&]+")
# Clauses end at sentence punctuation and at words that turn a sentence around, so that
# "no bruises, but she flinches" negates the bruises and not the flinching.
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]|,|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\byet\b")
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")


def words(text: str) -> list[str]:
    """Lower-case words: possessives dropped ("baby's" -> "baby"), other apostrophes removed
    ("don't" -> "dont"), hyphens split ("14-year-old" -> "14 year old")."""
    plain = _APOSTROPHES.sub("", _POSSESSIVE.sub(r"\1", text.lower()))
    return [w for w in _NOT_WORD.split(plain) if w]


@dataclass(frozen=True)
class Token:
    word: str
    sentence: int
    clause: int


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    clause = 0
    for sentence_index, sentence in enumerate(_SENTENCE_BREAK.split(text)):
        for part in _CLAUSE_BREAK.split(sentence):
            tokens.extend(Token(word, sentence_index, clause) for word in words(part))
            clause += 1
    return tokens


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]
