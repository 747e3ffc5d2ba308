"""Scoring the harm categories against an observation.

Two kinds of evidence. Cues: each indicator whose cue matches adds evidence by noisy-or
(two independent signs of weight 0.5 give 0.75), so several signs together count for more
than one, as the guidance says. Closeness: with the local sentence model, how near the
observation's sentences come to each indicator's words, examples and typical situations,
which catches wording no cue lists; a curve fitted on the development cases
(knowledge/model.yaml) turns the two closest into a probability. The two are independent
kinds of evidence and are combined by noisy-or. Both count for less when the harm does not
fit the person's age or an ordinary explanation is given. Without the sentence model the
cues alone decide.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol, cast

from safeshare.domain.cues import CueStarts, find, hit
from safeshare.domain.naming import below_bar, in_order, more_specific_first, named
from safeshare.domain.observation import Inferred
from safeshare.domain.results import Sign
from safeshare.domain.text import Token, Tokens
from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.schema import Harm, Indicator, Reassurance
from safeshare.knowledge.tuning import TriageSettings


class Near(Protocol):
    @property
    def indicator(self) -> int: ...
    @property
    def similarity(self) -> float: ...


class Reading(Protocol):
    """What the sentence model makes of an observation: for each harm, how close the
    sentences come to each of its indicators (closest first); the classifier's probability
    that the observation is each kind of harm; and the concern reading's probability that it
    is a concern at all rather than ordinary life; and how much closer it comes to worked
    examples where someone was in immediate danger than to the rest, with the closest; and
    the concern reading of the sentence that reads most as a concern on its own (``peak``)."""

    @property
    def closeness(self) -> Mapping[str, Sequence[Near]]: ...
    @property
    def kinds(self) -> Mapping[str, float]: ...
    @property
    def concern(self) -> float: ...
    @property
    def peak(self) -> float: ...
    @property
    def danger(self) -> float: ...
    @property
    def danger_like(self) -> str | None: ...


class SignMatcher(Protocol):
    def read(self, sentences: list[str]) -> Reading: ...


@dataclass(frozen=True)
class Evidence:
    harm: Harm
    matched: list[Indicator]
    negated: list[Indicator]
    reassured: list[str]
    confidence: float
    age_mismatch: bool = False
    near: list[tuple[str, float, bool]] = field(default_factory=list)  # text, similarity, is a sign
    support: float = 0.0  # cues and closeness alone: whether what was described shows a concern
    kind: float = 0.0  # the classifier's probability that it is this kind of harm

    def features(self) -> dict[str, float]:
        """What the fitted closeness curve weighs, by name."""
        closest = [similarity for _, similarity, _ in self.near[:2]] + [0.0, 0.0]
        return {"closest": closest[0], "second": closest[1]}

    def shown_indicators(self, floor: float, most: int = 4) -> list[str]:
        """The signs to name: those a cue found, then those the sentence model found close; if
        only a typical situation came close, that situation, so the answer is never bare."""
        texts = [indicator.text for indicator in self.matched]
        texts += [
            text
            for text, similarity, is_sign in self.near
            if is_sign and similarity >= floor and text not in texts
        ]
        if not texts:
            texts = [
                f"a situation like this one: {text[0].lower()}{text[1:].rstrip('.')}"
                if not is_sign
                else f"something close to this sign: {text}"
                for text, _, is_sign in self.near[:1]
            ]  # the classifier's reading alone: still say what it was nearest to
        return texts[:most]


# For one harm: each indicator's (or reassurance's) number, with those of its cues that could
# match the observation, in the order they are written.
_Possible = dict[int, list[str]]


def _matches(
    cues: Sequence[str], tokens: list[Token], negators: frozenset[str], breakers: frozenset[str]
) -> bool | None:
    """True if a cue matches, False if it only matched negated ("no bruises"), None if absent."""
    seen_negated = False
    for cue in cues:
        match = find(cue, tokens, negators, breakers)
        if match and not match.negated:
            return True
        seen_negated = seen_negated or match is not None
    return False if seen_negated else None


def weigh(
    harm: Harm, inferred: Inferred, base: KnowledgeBase, near: Sequence[Near] | None = None
) -> Evidence:
    possible_indicators, possible_reassurances = _possible(harm, inferred, base)
    matched, negated = _matched(harm, inferred, base, possible_indicators)
    doubt = 1.0
    for indicator in matched:
        doubt *= 1 - indicator.weight
    confidence = 1 - doubt
    mismatch = _age_mismatch(harm, inferred)
    if mismatch:
        confidence *= base.settings.mismatched_age_factor
    reassured = _reassured(harm, inferred, base, possible_reassurances)
    for reassurance in reassured:
        confidence *= reassurance.factor if matched else 1.0
    evidence = Evidence(
        harm,
        matched,
        negated,
        [reassurance.text for reassurance in reassured],
        round(confidence, 2),
        mismatch,
        _nearest(harm, near or [], inferred.age_group, base.model.similarity_floor),
        support=round(confidence, 2),
    )
    if near is None:
        return evidence
    return _replace_confidence(evidence, base)


def _matched(
    harm: Harm, inferred: Inferred, base: KnowledgeBase, possible: _Possible
) -> tuple[list[Indicator], list[Indicator]]:
    """The indicators that fit the person's age whose cues match, and those whose cues
    matched only negated ("no bruises")."""
    tokens, negators = inferred.tokens, base.inference.negators
    fits = harm.indicators_about(inferred.age_group)
    matched: list[Indicator] = []
    negated: list[Indicator] = []
    for number, (indicator, fit) in enumerate(zip(harm.indicators, fits, strict=True)):
        if not fit or number not in possible:
            continue
        found = _matches(possible[number], tokens, negators, base.inference.negation_breakers)
        if found:
            matched.append(indicator)
        elif found is False:
            negated.append(indicator)
    return matched, negated


def _reassured(
    harm: Harm, inferred: Inferred, base: KnowledgeBase, possible: _Possible
) -> list[Reassurance]:
    """The ordinary explanations the observation gives for this harm: not those it says
    were refused ("won't show her the receipts")."""
    tokens, rules = inferred.tokens, base.inference
    negators, breakers = rules.reassurance_negators, rules.negation_breakers
    return [
        reassurance
        for number, reassurance in enumerate(harm.reassurances)
        if number in possible
        and _fits_age(reassurance, inferred.age)
        and any(hit(cue, tokens, negators, breakers) for cue in possible[number])
    ]


def _fits_age(reassurance: Reassurance, age: int | None) -> bool:
    if age is None:
        return True
    low, high = reassurance.from_age, reassurance.under_age
    return (low is None or age >= low) and (high is None or age < high)


class _CueLists:
    """Every indicator's and reassurance's cues in one first-word index, so an observation's
    words are looked up once for all harms rather than once for each, and only the cues
    whose first words it holds are tried (most of an indicator's cues cannot match)."""

    def __init__(self, harms: Sequence[Harm]) -> None:
        cues: list[list[str]] = []
        self._owners: list[tuple[str, bool, int, str]] = []  # harm, a reassurance?, number, cue
        for harm in harms:
            owned = [(False, n, i.cues) for n, i in enumerate(harm.indicators)] + [
                (True, n, r.cues) for n, r in enumerate(harm.reassurances)
            ]
            for is_reassurance, number, own_cues in owned:
                for cue in own_cues:
                    cues.append([cue])
                    self._owners.append((harm.slug, is_reassurance, number, cue))
        self._starts = CueStarts(cues)

    def possible(self, tokens: Sequence[Token]) -> dict[str, tuple[_Possible, _Possible]]:
        """For each harm, the indicators and the reassurances whose cues could match, with
        those cues in the order they are written."""
        found: dict[str, tuple[_Possible, _Possible]] = {}
        for number in sorted(self._starts.possible(tokens)):
            slug, is_reassurance, own, cue = self._owners[number]
            owned = found.setdefault(slug, ({}, {}))[is_reassurance]
            owned.setdefault(own, []).append(cue)
        return found


def _possible(harm: Harm, inferred: Inferred, base: KnowledgeBase) -> tuple[_Possible, _Possible]:
    """The harm's indicators and reassurances whose cues could match the observation."""
    tokens = inferred.tokens
    if base.harms.get(harm.slug) is not harm:  # a harm of its own, as a test may make
        return _CueLists([harm]).possible(tokens).get(harm.slug, ({}, {}))
    lists = _cue_lists_of(base)
    memo = tokens.memo if isinstance(tokens, Tokens) else {}
    if lists not in memo:
        memo[lists] = lists.possible(tokens)
    by_harm = cast(dict[str, tuple[_Possible, _Possible]], memo[lists])
    return by_harm.get(harm.slug, ({}, {}))


@lru_cache(maxsize=4)  # a knowledge base is hashed by identity: one entry a load
def _cue_lists_of(base: KnowledgeBase) -> _CueLists:
    return _CueLists(list(base.harms.values()))


def _nearest(
    harm: Harm, near: Sequence[Near], age_group: str, floor: float
) -> list[tuple[str, float, bool]]:
    """The indicators and situations that fit the person's age, closest first: the two the
    closeness curve weighs, and any others close enough to be named."""
    found: list[tuple[str, float, bool]] = []
    if not near:
        return found
    fits = harm.indicators_about(age_group) + harm.situations_about(age_group)
    for n in near:
        if len(found) >= 2 and n.similarity < floor:
            break  # closest first: none further on is close enough to be named
        if fits[n.indicator]:
            found.append(_near_text(harm, n))
    return found


def _near_text(harm: Harm, near: Near) -> tuple[str, float, bool]:
    if near.indicator < len(harm.indicators):
        return harm.indicators[near.indicator].text, near.similarity, True
    return harm.situations[near.indicator - len(harm.indicators)], near.similarity, False


def _replace_confidence(evidence: Evidence, base: KnowledgeBase) -> Evidence:
    """Cue evidence and closeness are independent kinds of evidence: combine them by
    noisy-or, with closeness damped like the cues for a harm that does not fit the age or
    that an ordinary explanation accounts for."""
    model = base.model
    features = evidence.features()
    logit = model.intercept + sum(weight * features[name] for name, weight in model.weights.items())
    closeness = _damped(1 / (1 + math.exp(-logit)), evidence, base)
    confidence = round(1 - (1 - evidence.confidence) * (1 - closeness), 2)
    return replace(evidence, confidence=confidence, support=confidence)


def _with_kind(evidence: Evidence, kind: float, base: KnowledgeBase) -> Evidence:
    """Add the classifier's reading, damped like the other evidence, by noisy-or."""
    weighted = _damped(base.settings.classifier.weight * kind, evidence, base)
    confidence = round(1 - (1 - evidence.confidence) * (1 - weighted), 2)
    return replace(evidence, confidence=confidence, kind=round(kind, 3))


def _damped(value: float, evidence: Evidence, base: KnowledgeBase) -> float:
    """Evidence counts for less for a harm that does not fit the person's age or that an
    ordinary explanation given in the observation accounts for."""
    if evidence.age_mismatch:
        value *= base.settings.mismatched_age_factor
    for reassurance in evidence.harm.reassurances:
        if reassurance.text in evidence.reassured:
            value *= reassurance.factor
    return value


def _age_mismatch(harm: Harm, inferred: Inferred) -> bool:
    return (harm.concerns == "child" and inferred.age_group == "adult") or (
        harm.concerns == "adult" and inferred.age_group == "child"
    )


def concern_level(
    evidence: Sequence[Evidence], reading: Reading | None, base: KnowledgeBase
) -> float:
    """How strongly the observation shows a concern of any kind: the strongest evidence of
    signs, and (with the sentence model) how far the whole observation reads as a concern
    rather than ordinary life, by noisy-or. A whole observation that reads as ordinary life
    also discounts the signs' evidence: one listed word ("visitors", "shouted") in an
    ordinary afternoon is how most false alarms arose. The discount takes the sentence that
    reads most as a concern: a worry told in one sentence among chat ("thanks for the recipe!
    ... anyway, the lasagne was delicious") is not discounted for the chat around it. The
    classifier's harm probabilities never count here: they name some harm for any words."""
    strongest = max(evidence, key=lambda e: e.support, default=None)
    support = strongest.support if strongest else 0.0
    if reading is None or strongest is None:
        return support
    settings = base.settings.classifier
    support *= 1 - settings.ordinary_discount * (1 - max(reading.concern, reading.peak))
    # An ordinary explanation that accounts for the strongest sign accounts for this too.
    unlike_ordinary = _damped(
        settings.concern_weight * reading.concern,
        replace(strongest, age_mismatch=False),
        base,
    )
    return 1 - (1 - support) * (1 - unlike_ordinary)


def read_as_concern(
    reading: Reading | None, base: KnowledgeBase, evidence: Sequence[Evidence] = ()
) -> bool:
    """Whether the sentence model is confident on its own: the whole observation reads surely
    as a concern and as one harm in particular, or both readings lean the same way. Plain
    descriptions in words no cue lists ("life isn't worth living", "the last to be collected,
    sometimes by nobody") were missed while the concern reading could only tip a borderline
    case. In the leave-one-set-out check the leaning bar added 3 false alarms in 235."""
    if reading is None:
        return False
    settings = base.settings.classifier
    strongest_kind = max(reading.kinds.values(), default=0.0)
    sure = reading.concern >= settings.alone_concern and strongest_kind >= settings.alone_kind
    # Both readings leaning to one harm: plain descriptions of a named harm in ordinary
    # words ("sharing far-right memes", "burn marks from the iron") read only 0.5 to 0.7 as a
    # concern, because their words are also the words of everyday life.
    leaning = reading.concern >= settings.lean_concern and strongest_kind >= settings.lean_kind
    if leaning and not sure:
        # An ordinary explanation given for that harm ("he walked into the door frame")
        # answers a reading that only leans towards it.
        named = max(reading.kinds, key=lambda slug: reading.kinds[slug])
        leaning = not any(e.reassured for e in evidence if e.harm.slug == named)
    return sure or leaning


def rank(
    inferred: Inferred, base: KnowledgeBase, reading: Reading | None = None
) -> tuple[list[Sign], list[Evidence]]:
    """Signs, most likely first, when the evidence shows a concern; and all the evidence
    weighed. The harm classifier reorders and adds to the signs but cannot raise a concern
    alone: it names the most likely harm for any words at all, ordinary ones included. A
    confident concern reading that also names a harm can (see ``read_as_concern``); and a
    concern beyond doubt names the closest harm even under the sign bar (``below_bar``)."""
    settings = base.settings
    evidence = [
        weigh(harm, inferred, base, None if reading is None else reading.closeness.get(slug, []))
        for slug, harm in base.harms.items()
    ]
    if reading is not None:
        evidence = [_with_kind(e, reading.kinds.get(e.harm.slug, 0.0), base) for e in evidence]
    evidence.sort(key=lambda e: (-e.confidence, -len(e.matched), e.harm.slug))
    threshold = settings.rules_sign_threshold if reading is None else settings.sign_threshold
    # Someone in immediate danger is a concern whatever the evidence of harm: the signs that
    # reach the bar are named beside the 999 call, not dropped for want of a concern.
    if (
        not inferred.immediate_danger
        and concern_level(evidence, reading, base) < threshold
        and not read_as_concern(reading, base, evidence)
    ):
        return [], evidence
    chosen = _chosen(evidence, threshold, settings, further=reading is not None)
    if reading is not None:
        kind_weight = settings.classifier.kind_in_order
        chosen = in_order(chosen, kind_weight) or below_bar(evidence, inferred, reading, base)
    signs = named(chosen, threshold, base.model.similarity_floor)
    return more_specific_first(signs, inferred, settings.more_specific), evidence


def _chosen(
    evidence: list[Evidence], threshold: float, settings: TriageSettings, further: bool
) -> list[Evidence]:
    """The harms at the sign bar, strongest first; once one is there, the others within
    reach of it, and with ``further`` (the sentence model's evidence, on which the lower bar
    was measured) down to the lower bar for further signs."""
    if not evidence or evidence[0].confidence < threshold:
        return []
    ratio, bar = settings.secondary_ratio, threshold
    if further:
        ratio = min(ratio, settings.further_sign_ratio or ratio)
        bar = min(bar, settings.further_sign_threshold or bar)
    floor = max(bar, evidence[0].confidence * ratio)
    return [e for e in evidence if e.confidence >= floor][: settings.max_signs]
