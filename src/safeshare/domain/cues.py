"""A small, readable pattern language for the knowledge base's cues.

A cue is words in order: ``"ripped|torn clothes|clothing"`` matches "ripped clothes",
"torn old clothing" and so on. ``|`` separates alternatives for one word, ``word*``
matches any ending, ``a_b`` (an underscore) is a two-word alternative such as
``head_teacher``. Up to ``MAX_GAP`` (four) other words may stand between two cue words, all
inside one sentence, each at the nearest place it matches; where alternatives of different
lengths match there, the one that lets the rest of the cue match is used. A term that
starts with ``!`` names words that must not come straight after:
``"missing* !lessons|school"`` matches "went missing" but not "missing lessons".
A match is negated when a negator ("no", "never", "without"...) stands just before it in
the same clause: "no bruises" does not match ``bruis*``.

Cues are read against the words ``text.words`` gives: lower case, with "'s" dropped and
other apostrophes removed, so "he's going to" is read as ``he_going_to`` and "dad's" as
``dad``, while "can't" is ``cant`` and "she'll" is ``shell``. A cue's "him" or "her" is also
met by "me" (and "himself" or "herself" by "myself"), so a person's own words ("he locked me
in") meet cues written about someone else; a cue written with "me" needs "me".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from safeshare.domain.text import SELF_WORDS, Token, Tokens, stem, words

MAX_GAP = 4
NEGATION_REACH = 4
# A reason given has its own polarity: in "her friends didn't come because nobody likes
# you", the "didn't" does not deny what comes after "because".
_REASONS = frozenset({"because", "cos", "coz"})
# How far back a word that places the cue in the past ("arrested ... for carrying a knife")
# may stand: further than a negator, because such a clause often runs on before the cue.
PAST_REACH = 8


@dataclass(frozen=True)
class Alternative:
    parts: tuple[str, ...]  # one or more words; the last may end with "*"

    def matches_at(self, tokens: Sequence[Token], index: int) -> int:
        """How many tokens this alternative covers from ``index`` (0: no match)."""
        for offset, part in enumerate(self.parts):
            at = index + offset
            if at >= len(tokens) or tokens[at].sentence != tokens[index].sentence:
                return 0
            token = tokens[at]
            if part.endswith("*"):
                if not (token.raw.startswith(part[:-1]) or token.word.startswith(part[:-1])):
                    return 0
            elif token.word != part and part not in SELF_WORDS.get(token.word, ()):
                return 0
        return len(self.parts)


class Term:
    """One word of a cue: its alternatives, looked up by the word they start with, so that
    matching tries only the few that can match the word in hand (most terms list many)."""

    __slots__ = ("_by_word", "_prefixed", "alternatives", "excluded")

    def __init__(self, alternatives: Sequence[Alternative], excluded: bool = False) -> None:
        self.alternatives = tuple(alternatives)
        self.excluded = excluded
        self._by_word: dict[str, list[Alternative]] = {}
        prefixed = []
        for alternative in self.alternatives:
            first = alternative.parts[0]
            if first.endswith("*"):
                prefixed.append(alternative)
            else:
                self._by_word.setdefault(first, []).append(alternative)
        self._prefixed = tuple(prefixed)

    def __iter__(self) -> Iterator[Alternative]:
        return iter(self.alternatives)

    def lengths_at(self, tokens: Sequence[Token], index: int) -> list[int]:
        """Every length a matching alternative covers from ``index``, longest first: "over"
        and "over_what" both match "over what he's carrying", and only the shorter leaves
        "what" for the next word of the cue. Called for every word a cue tries, so it keeps
        to a short list and sorts only when two lengths match."""
        lengths: list[int] = []
        word = tokens[index].word
        for alternatives in (
            self._by_word.get(word, ()),
            *(self._by_word.get(other, ()) for other in SELF_WORDS.get(word, ())),
            self._prefixed,
        ):
            for alternative in alternatives:
                length = alternative.matches_at(tokens, index)
                if length and length not in lengths:
                    lengths.append(length)
        if len(lengths) > 1:
            lengths.sort(reverse=True)
        return lengths


@dataclass(frozen=True)
class Match:
    start: int
    end: int  # exclusive
    negated: bool


@lru_cache(maxsize=8192)
def compile_cue(cue: str) -> tuple[Term, ...]:
    terms: list[Term] = []
    for raw_term in cue.split():
        excluded = raw_term.startswith("!")
        if excluded and not terms:
            raise ValueError(f"cue {cue!r} cannot start with an excluded word")
        alternatives: list[Alternative] = []
        for option in raw_term.lstrip("!").split("|"):
            star = option.endswith("*")
            parts = words(option.replace("_", " "))
            if not parts:
                continue
            parts = [*map(stem, parts[:-1]), parts[-1] + "*" if star else stem(parts[-1])]
            alternatives.append(Alternative(tuple(parts)))
        if alternatives:
            terms.append(Term(alternatives, excluded))
    if not terms:
        raise ValueError(f"cue {cue!r} has no words")
    return tuple(terms)


def _match_from(
    terms: Sequence[Term], tokens: Sequence[Token], start: int
) -> tuple[int, int | None] | None:
    """End index if ``terms`` match starting exactly at ``start``, allowing gaps; and the
    index of the word just before the last term when that word is a gap (else None). Each
    word takes the nearest place it matches, and its longest alternative there first; when
    the words after it then fail, a shorter alternative at the same place is tried, so how
    the alternatives are written cannot hide a match. An excluded word ends the search."""
    for length in terms[0].lengths_at(tokens, start):
        found = _rest_from(terms, 1, tokens, start, start + length, None)
        if isinstance(found, _Excluded):
            return None
        if found is not None:
            return found
    return None


class _Excluded:
    """An excluded word followed the match: no other way of matching may rescue it."""


_EXCLUDED = _Excluded()


def _rest_from(
    terms: Sequence[Term],
    number: int,
    tokens: Sequence[Token],
    start: int,
    position: int,
    before_last: int | None,
) -> tuple[int, int | None] | _Excluded | None:
    """The rest of a match, from the cue's word ``number`` at ``position`` on: the match,
    None to try another way, or ``_EXCLUDED`` to stop."""
    if number == len(terms):
        return position, before_last
    term = terms[number]
    if term.excluded:
        # "missing* !lessons|school": the word straight after must not be one of these.
        if position < len(tokens) and term.lengths_at(tokens, position):
            return _EXCLUDED
        return _rest_from(terms, number + 1, tokens, start, position, before_last)
    for gap in range(MAX_GAP + 1):
        at = position + gap
        if at >= len(tokens) or tokens[at].sentence != tokens[start].sentence:
            return None
        lengths = term.lengths_at(tokens, at)
        for length in lengths:
            found = _rest_from(
                terms, number + 1, tokens, start, at + length, at - 1 if gap else None
            )
            if found is not None:
                return found
        if lengths:
            # Each word takes the nearest place it matches: a later place would let a cue
            # stretch over words it was not written for ("told her GP that her husband
            # forces her to ... says" is not "told her to say").
            return None
    return None


def is_negated(
    tokens: Sequence[Token],
    start: int,
    negators: frozenset[str],
    breakers: frozenset[str],
    reach: int = NEGATION_REACH,
) -> bool:
    clause = tokens[start].clause
    for index in range(start - 1, max(0, start - reach) - 1, -1):
        token = tokens[index]
        if token.raw in _REASONS:
            return False
        if token.clause != clause or token.raw not in negators:
            continue
        following = tokens[index + 1].raw if index + 1 < len(tokens) else ""
        if following not in breakers:
            return True
    return False


@lru_cache(maxsize=16384)
def _first_words(cue: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A cue's possible first words: whole stems, and prefixes ("word*"). Keyed by the cue's
    text, which hashes far faster than its compiled terms."""
    return _term_words(compile_cue(cue)[0])


def _term_words(term: Term) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words one term's alternatives begin with: whole stems, and prefixes."""
    words = {alternative.parts[0] for alternative in term}
    prefixes = tuple(sorted(word for word in words if word.endswith("*")))
    return frozenset(words.difference(prefixes)), prefixes


class CueStarts:
    """Which of many cue lists could match an observation, found from the words it has:
    each first word (or prefix) of a cue points to the lists it begins. A harm has hundreds
    of cues and an observation a few dozen words, so looking up the words is far quicker
    than asking of each list whether its first words are present."""

    def __init__(self, cue_lists: Sequence[Sequence[str]]) -> None:
        self._count = len(cue_lists)
        self._by_word: dict[str, set[int]] = {}
        by_prefix: dict[str, set[int]] = {}
        for number, cues in enumerate(cue_lists):
            for cue in cues:
                stems, prefixes = _first_words(cue)
                for word in stems:
                    self._by_word.setdefault(word, set()).add(number)
                for prefix in prefixes:
                    by_prefix.setdefault(prefix, set()).add(number)
        self._by_prefix = sorted(by_prefix.items())

    def possible(self, tokens: Sequence[Token]) -> set[int]:
        """The numbers of the cue lists that could match ``tokens``: every list for tokens
        without a word index."""
        if not isinstance(tokens, Tokens):
            return set(range(self._count))
        found: set[int] = set()
        for word in tokens.vocabulary:
            found.update(self._by_word.get(word, ()))
        for prefix, numbers in self._by_prefix:
            if not numbers <= found and tokens.starts(prefix):
                found |= numbers
        return found


@lru_cache(maxsize=16384)
def _later_words(cue: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Each later required term's possible first words, as ``_first_words`` gives the first
    term's: a cue whose later term has none of its words in the observation cannot match."""
    return tuple(_term_words(term) for term in compile_cue(cue)[1:] if not term.excluded)


def _all_terms_present(cue: str, tokens: Tokens) -> bool:
    """Whether every later term has a word in the observation: most cues that begin with a
    common word ("she", "had") fail here, before any position is tried."""
    vocabulary = tokens.vocabulary
    return all(
        stems & vocabulary or any(tokens.starts(prefix) for prefix in prefixes)
        for stems, prefixes in _later_words(cue)
    )


def _candidate_starts(cue: str, tokens: Sequence[Token]) -> Iterable[int]:
    """Where the cue could begin: only where one of its first words stands (most cues:
    nowhere, which one set intersection tells), and nowhere when a later term's words are
    all absent."""
    if not isinstance(tokens, Tokens):
        return range(len(tokens))
    stems, prefixes = _first_words(cue)
    present = stems & tokens.vocabulary
    if not present and not prefixes:
        return ()
    found: list[int] = []
    for word in (*present, *prefixes):
        found += tokens.starts(word)
    if not found or not _all_terms_present(cue, tokens):
        return ()
    return sorted(set(found))


def find(
    cue: str,
    tokens: Sequence[Token],
    negators: frozenset[str] = frozenset(),
    breakers: frozenset[str] = frozenset(),
    past: frozenset[str] = frozenset(),
    past_after: frozenset[str] = frozenset(),
) -> Match | None:
    """The first match of ``cue``, preferring one that is not negated. A match after one of
    the ``past`` words in its clause, or followed by one of the ``past_after`` words or word
    pairs ("years_ago", "last_year"), counts as negated: it tells of what happened before."""
    terms = compile_cue(cue)
    negated_match: Match | None = None
    for start in _candidate_starts(cue, tokens):
        found = _match_from(terms, tokens, start)
        if found is None:
            continue
        end, before_last = found
        # "has no knife": a negator standing just before the cue's last word negates it too.
        object_negated = before_last is not None and tokens[before_last].raw in negators
        in_past = (bool(past) and is_negated(tokens, start, past, frozenset(), PAST_REACH)) or (
            bool(past_after) and _followed_by(tokens, end, past_after)
        )
        if not (object_negated or in_past or is_negated(tokens, start, negators, breakers)):
            return Match(start, end, negated=False)
        negated_match = negated_match or Match(start, end, negated=True)
    return negated_match


def _followed_by(tokens: Sequence[Token], end: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` (a word, or two joined by "_") follows soon in the clause."""
    clause = tokens[end - 1].clause
    for index in range(end, min(len(tokens), end + PAST_REACH)):
        token = tokens[index]
        if token.clause != clause:
            return False
        following = tokens[index + 1].raw if index + 1 < len(tokens) else ""
        if token.raw in words or f"{token.raw}_{following}" in words:
            return True
    return False


def hit(
    cue: str,
    tokens: Sequence[Token],
    negators: frozenset[str] = frozenset(),
    breakers: frozenset[str] = frozenset(),
    past: frozenset[str] = frozenset(),
    past_after: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``cue`` matches somewhere without being negated."""
    match = find(cue, tokens, negators, breakers, past, past_after)
    return match is not None and not match.negated
