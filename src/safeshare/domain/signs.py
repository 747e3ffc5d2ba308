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
from typing import Protocol

from safeshare.domain.cues import find, hit
from safeshare.domain.observation import Inferred
from safeshare.domain.results import Sign
from safeshare.domain.text import Token
from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.schema import Harm, Indicator


class Near(Protocol):
    @property
    def indicator(self) -> int: ...
    @property
    def similarity(self) -> float: ...


class SignMatcher(Protocol):
    """Finds, for each harm, how close some sentences come to each of its indicators."""

    def closeness(self, sentences: list[str]) -> Mapping[str, Sequence[Near]]: ...


@dataclass(frozen=True)
class Evidence:
    harm: Harm
    matched: list[Indicator]
    negated: list[Indicator]
    reassured: list[str]
    confidence: float
    age_mismatch: bool = False
    near: list[tuple[str, float, bool]] = field(default_factory=list)  # text, similarity, is a sign

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
                for text, similarity, is_sign in self.near[:1]
                if not is_sign and similarity >= floor
            ]
        return texts[:most]


def _matches(
    indicator: Indicator, tokens: list[Token], negators: frozenset[str], breakers: frozenset[str]
) -> bool | None:
    """True if a cue matches, False if it only matched negated ("no bruises"), None if absent."""
    seen_negated = False
    for cue in indicator.cues:
        match = find(cue, tokens, negators, breakers)
        if match and not match.negated:
            return True
        seen_negated = seen_negated or match is not None
    return False if seen_negated else None


def weigh(
    harm: Harm, inferred: Inferred, base: KnowledgeBase, near: Sequence[Near] | None = None
) -> Evidence:
    negators = frozenset(base.inference.negators)
    breakers = frozenset(base.inference.negation_breakers)
    matched: list[Indicator] = []
    negated: list[Indicator] = []
    fits = harm.indicators_about(inferred.age_group)
    for indicator, fit in zip(harm.indicators, fits, strict=True):
        if not fit:
            continue
        found = _matches(indicator, inferred.tokens, negators, breakers)
        if found:
            matched.append(indicator)
        elif found is False:
            negated.append(indicator)
    doubt = 1.0
    for indicator in matched:
        doubt *= 1 - indicator.weight
    confidence = 1 - doubt
    mismatch = _age_mismatch(harm, inferred)
    if mismatch:
        confidence *= base.settings.mismatched_age_factor
    reassured = []
    for reassurance in harm.reassurances:
        if any(hit(cue, inferred.tokens, negators, breakers) for cue in reassurance.cues):
            confidence *= reassurance.factor if matched else 1.0
            reassured.append(reassurance.text)
    evidence = Evidence(
        harm,
        matched,
        negated,
        reassured,
        round(confidence, 2),
        mismatch,
        [_near_text(harm, n) for n in near or [] if n.indicator >= len(fits) or fits[n.indicator]],
    )
    if near is None:
        return evidence
    return _replace_confidence(evidence, base)


def _near_text(harm: Harm, near: Near) -> tuple[str, float, bool]:
    if near.indicator < len(harm.indicators):
        return harm.indicators[near.indicator].text, near.similarity, True
    situations = harm.scenarios.situations if harm.scenarios else []
    return situations[near.indicator - len(harm.indicators)], near.similarity, False


def _replace_confidence(evidence: Evidence, base: KnowledgeBase) -> Evidence:
    """Cue evidence and closeness are independent kinds of evidence: combine them by
    noisy-or, with closeness damped like the cues for a harm that does not fit the age or
    that an ordinary explanation accounts for."""
    model = base.model
    features = evidence.features()
    logit = model.intercept + sum(weight * features[name] for name, weight in model.weights.items())
    closeness = 1 / (1 + math.exp(-logit))
    if evidence.age_mismatch:
        closeness *= base.settings.mismatched_age_factor
    for reassurance in evidence.harm.reassurances:
        if reassurance.text in evidence.reassured:
            closeness *= reassurance.factor
    confidence = round(1 - (1 - evidence.confidence) * (1 - closeness), 2)
    return replace(evidence, confidence=confidence)


def _age_mismatch(harm: Harm, inferred: Inferred) -> bool:
    return (harm.concerns == "child" and inferred.age_group == "adult") or (
        harm.concerns == "adult" and inferred.age_group == "child"
    )


def rank(
    inferred: Inferred, base: KnowledgeBase, closeness: Mapping[str, Sequence[Near]] | None = None
) -> tuple[list[Sign], list[Evidence]]:
    """Signs at or above the threshold, most likely first; and all the evidence weighed."""
    settings = base.settings
    evidence = [
        weigh(harm, inferred, base, None if closeness is None else closeness.get(slug, []))
        for slug, harm in base.harms.items()
    ]
    evidence.sort(key=lambda e: (-e.confidence, -len(e.matched), e.harm.slug))
    top = evidence[0].confidence if evidence else 0.0
    threshold = settings.rules_sign_threshold if closeness is None else settings.sign_threshold
    floor = max(threshold, top * settings.secondary_ratio)
    chosen = [e for e in evidence if e.confidence >= floor][: settings.max_signs]
    floor = base.model.similarity_floor
    signs = [
        Sign(e.harm.slug, e.harm.name, e.confidence, e.shown_indicators(floor), e.reassured)
        for e in chosen
    ]
    return signs, evidence
