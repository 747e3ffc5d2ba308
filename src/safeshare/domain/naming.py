"""Which signs are named, in what order, and why: the answer says why whenever a sign is
named before one whose evidence read higher, or named under the sign bar."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from safeshare.domain.observation import Inferred
from safeshare.domain.results import Sign
from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.tuning import MoreSpecific

if TYPE_CHECKING:  # signs.py imports this module to name what it weighed
    from safeshare.domain.signs import Evidence, Reading


def named(chosen: list[Evidence], threshold: float, near_floor: float) -> list[Sign]:
    """The evidence chosen, in its order, as the signs an answer shows."""
    return [
        Sign(
            e.harm.slug,
            e.harm.name,
            e.confidence,
            e.shown_indicators(near_floor),
            e.reassured,
            named_first=_why_named_first(e, chosen[at + 1 :], threshold),
        )
        for at, e in enumerate(chosen)
    ]


def below_bar(
    evidence: list[Evidence], inferred: Inferred, reading: Reading, base: KnowledgeBase
) -> list[Evidence]:
    """The one harm to name when the evidence shows a concern but no harm reaches the sign
    bar, if the concern is beyond doubt: the whole observation reads surely as one, or
    someone is in immediate danger. Answered with no sign, it read as no concern at all
    ("bye everyone" posted from the top of a car park)."""
    settings = base.settings.classifier
    if not (inferred.immediate_danger or reading.concern >= settings.alone_concern):
        return []
    closest = in_order(evidence, settings.kind_in_order)[0]
    return [closest] if closest.confidence >= settings.unnamed_floor else []


def _why_named_first(evidence: Evidence, after: list[Evidence], threshold: float) -> str | None:
    if evidence.confidence < threshold:
        return BELOW_BAR
    return READS_MOST_LIKE if _ahead_of_stronger(evidence, after) else None


BELOW_BAR = (
    "no sign reached the bar for naming one, but what you describe is surely a concern, "
    "and of the kinds of harm it came closest to this one"
)

READS_MOST_LIKE = "what you describe, taken as a whole, reads most like this kind of harm"


def in_order(chosen: list[Evidence], kind_weight: float) -> list[Evidence]:
    """The signs found, by their evidence plus the sentence model's reading of which kind of
    harm the whole observation is: on new wording a single cue often matches a harm the
    observation is not about ("shouting at parents bringing children" is not emotional
    abuse), while the reading of the whole names the right one more often (docs/decisions/0015).
    The sort is stable, so signs that tie keep the order of their evidence."""
    return sorted(chosen, key=lambda e: -(e.confidence + kind_weight * e.kind))


def _ahead_of_stronger(evidence: Evidence, after: list[Evidence]) -> bool:
    """Whether this sign is named before one whose evidence alone read higher."""
    return any(other.confidence > evidence.confidence for other in after)


def more_specific_first(signs: list[Sign], inferred: Inferred, rule: MoreSpecific) -> list[Sign]:
    """Name the more specific of two close signs first: physical abuse of an adult by a
    partner is domestic abuse, and the specific name carries the right routes and risks."""
    signs = list(signs)  # the caller's list is left as it was
    for pair in rule.pairs:
        if pair.subject is not None and inferred.age_group != pair.subject:
            continue
        order = [sign.category for sign in signs]
        if pair.first not in order or pair.before not in order:
            continue
        at, other = order.index(pair.first), order.index(pair.before)
        if at > other and signs[at].confidence >= signs[other].confidence - rule.within:
            moved = replace(signs.pop(at), named_first=pair.why)
            signs[other] = replace(signs[other], named_first=None)  # no longer ahead of it
            signs.insert(other, moved)
    return signs
