"""Plain-text handling for observations: words, clauses and where negation reaches."""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import snowballstemmer

from safeshare.knowledge.spelling import spelled_out, the_spelled_out
from safeshare.semantic.sentences import SENTENCE_BREAK

_APOSTROPHES = re.compile(r"[\u2019']")
_POSSESSIVE = re.compile(r"(\w)[\u2019']s\b")
# A slash stays inside a word here so that the short forms practitioners write with one
# ("b/f", "w/", "c/o") can be read as the words they stand for; other slashed words are
# split at the slash as they are read ("and/or", "24/7").
_NOT_WORD = re.compile(r"[^a-z0-9&/]+")
# Within a sentence (split first, at SENTENCE_BREAK), clauses end at semicolons, colons,
# commas and words that turn a sentence around, so that "no bruises, but she flinches"
# negates the bruises and not the flinching. A comma between digits is part of a number
# ("£1,500"), not a break.
_CLAUSE_BREAK = re.compile(
    r"[;:]|(?<!\d),|,(?!\d)|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\byet\b"
)


def words(text: str) -> list[str]:
    """Lower-case words: accents folded ("fiancée" -> "fiancee"), possessives dropped
    ("baby's" -> "baby"), other apostrophes removed ("don't" -> "dont"), hyphens split
    ("14-year-old" -> "14 year old"), "t'" before a word read as "the" ("t'door"); a slash is
    kept inside a word ("b/f") for reading."""
    lowered = the_spelled_out(_unaccented(text).lower())
    plain = _APOSTROPHES.sub("", _POSSESSIVE.sub(r"\1", lowered))
    return [w for w in _NOT_WORD.split(plain) if w]


def _unaccented(text: str) -> str:
    """The text with accents taken off its letters: an accented letter is otherwise not a
    word character here, so "café" was read as "caf" and "naïve" as "na" and "ve", and a
    word typed with its accent could not meet the cue written without it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# A Snowball stemmer keeps state while it works, so each thread needs its own.
_STEMMERS = threading.local()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem, so "streets", "dishonoured" and "washing" meet "street", "dishonour"
    and "washed" in a cue."""
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return str(stemmer.stemWord(word))


# The cues are written about someone else ("her stepdad hits her"), and people also tell of
# themselves ("my stepdad hits me"): "me" stands for "him" and "her" as well as for itself.
# Keys and values are stems; a cue's words are compared with them on every try, so this is
# a plain dictionary rather than a function.
SELF_WORDS: dict[str, tuple[str, ...]] = {
    stem(word): tuple(stem(other) for other in others)
    for word, others in {"me": ("him", "her"), "myself": ("himself", "herself")}.items()
}


@dataclass(frozen=True)
class Token:
    word: str  # the stem, compared with a cue's stemmed words
    raw: str  # the word as written, for negation and for "word*" prefixes
    sentence: int
    clause: int


class Tokens(list[Token]):
    """An observation's tokens with an index from each word to where it stands, so a cue is
    tried only where its first word occurs rather than at every position."""

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for position, token in enumerate(self):
            index.setdefault(token.word, []).append(position)
            for other in SELF_WORDS.get(token.word, ()):
                index.setdefault(other, []).append(position)
        return index

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.positions)

    @cached_property
    def memo(self) -> dict[object, object]:
        """What several harms' scoring derives from the same tokens, kept by whoever derived
        it, so that it is worked out once per observation."""
        return {}

    def starts(self, word: str) -> list[int]:
        """Positions of the stem ``word``, or of any word beginning with it when it ends
        with "*" (as written or as stemmed)."""
        if not word.endswith("*"):
            return self.positions.get(word, [])
        found = self._prefixes.get(word)
        if found is None:
            prefix = word[:-1]
            found = []
            if self._any_begins(prefix):
                found = [
                    p
                    for p, t in enumerate(self)
                    if t.raw.startswith(prefix) or t.word.startswith(prefix)
                ]
            self._prefixes[word] = found
        return found

    def _any_begins(self, prefix: str) -> bool:
        """Whether any word, as written or stemmed, begins with ``prefix``: one binary search
        instead of a pass over every token, since most prefixes are absent."""
        spellings = self._spellings
        at = bisect_left(spellings, prefix)
        return at < len(spellings) and spellings[at].startswith(prefix)

    @cached_property
    def _spellings(self) -> list[str]:
        return sorted({t.raw for t in self} | {t.word for t in self})

    @cached_property
    def _prefixes(self) -> dict[str, list[int]]:
        """Prefix look-ups already made for this observation: many cues share prefixes."""
        return {}


@dataclass(frozen=True)
class Typing:
    """How people type on a phone or spell as children, so that the cues, written in full
    words, meet it: ``shorthand`` maps a short form to the words it stands for ("wiv":
    "with", "scard": "scared"), "11yo" is read as "11 year old", and a word typed without its
    last "g" ("shoutin", "givin") is read with it unless ``keep_in`` lists it ("cousin")."""

    shorthand: Mapping[str, str] = field(default_factory=dict)
    keep_in: frozenset[str] = frozenset()

    def spelled_out(self, word: str) -> tuple[str, ...]:
        return spelled_out(word, self.shorthand, self.keep_in)


def _unslashed(word: str) -> list[str]:
    return [part for part in word.split("/") if part]


def tokenise(text: str, typing: Typing | None = None) -> Tokens:
    tokens = Tokens()
    clause = 0
    for sentence_index, sentence in enumerate(SENTENCE_BREAK.split(text)):
        for part in _CLAUSE_BREAK.split(sentence):
            for typed in words(part):
                for word in typing.spelled_out(typed) if typing else _unslashed(typed):
                    tokens.append(Token(stem(word), word, sentence_index, clause))
            clause += 1
    return tokens
