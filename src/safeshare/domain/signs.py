"""Scoring the harm categories against an observation's words.

Each matched indicator adds evidence by noisy-or (two independent signs of weight 0.5
give 0.75), so several signs together count for more than one, as the guidance says.
A harm that concerns only children counts for less when the person is an adult (and
the reverse), and an ordinary explanation given in the text lowers a harm's score.
"""

from __future__ import annotations

from dataclasses import dataclass

from safeshare.domain.cues import find, hit
from safeshare.domain.observation import Inferred
from safeshare.domain.results import Sign
from safeshare.domain.text import Token
from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.schema import Harm, Indicator


@dataclass(frozen=True)
class Evidence:
    harm: Harm
    matched: list[Indicator]
    negated: list[Indicator]
    reassured: list[str]
    confidence: float


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


def weigh(harm: Harm, inferred: Inferred, base: KnowledgeBase) -> Evidence:
    negators = frozenset(base.inference.negators)
    breakers = frozenset(base.inference.negation_breakers)
    matched: list[Indicator] = []
    negated: list[Indicator] = []
    for indicator in harm.indicators:
        found = _matches(indicator, inferred.tokens, negators, breakers)
        if found:
            matched.append(indicator)
        elif found is False:
            negated.append(indicator)
    doubt = 1.0
    for indicator in matched:
        doubt *= 1 - indicator.weight
    confidence = 1 - doubt
    if _age_mismatch(harm, inferred):
        confidence *= base.settings.mismatched_age_factor
    reassured = []
    for reassurance in harm.reassurances if matched else []:
        if any(hit(cue, inferred.tokens, negators, breakers) for cue in reassurance.cues):
            confidence *= reassurance.factor
            reassured.append(reassurance.text)
    return Evidence(harm, matched, negated, reassured, round(confidence, 2))


def _age_mismatch(harm: Harm, inferred: Inferred) -> bool:
    return (harm.concerns == "child" and inferred.age_group == "adult") or (
        harm.concerns == "adult" and inferred.age_group == "child"
    )


def rank(inferred: Inferred, base: KnowledgeBase) -> tuple[list[Sign], list[Evidence]]:
    """Signs at or above the threshold, most likely first; and all the evidence weighed."""
    settings = base.settings
    evidence = [weigh(harm, inferred, base) for harm in base.harms.values()]
    evidence.sort(key=lambda e: (-e.confidence, -len(e.matched), e.harm.slug))
    top = evidence[0].confidence if evidence else 0.0
    floor = max(settings.sign_threshold, top * settings.secondary_ratio)
    chosen = [e for e in evidence if e.confidence >= floor][: settings.max_signs]
    signs = [
        Sign(e.harm.slug, e.harm.name, e.confidence, [i.text for i in e.matched], e.reassured)
        for e in chosen
    ]
    return signs, evidence
