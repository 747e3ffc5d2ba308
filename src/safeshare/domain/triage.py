"""'Should I tell someone?': from what a person noticed to signs, urgency and routes."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from safeshare.domain.observation import Inferred, Observation, danger_words, infer
from safeshare.domain.results import RouteAdvice, Sign, TriageResult, in_sentence
from safeshare.domain.routing import plan_routes
from safeshare.domain.signs import Reading, SignMatcher, rank
from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.schema import Urgency
from safeshare.semantic.sentences import sentences

RULES_ONLY = "Matched on listed words only: the sentence model is not loaded."


def triage(
    observation: Observation,
    base: KnowledgeBase,
    matcher: SignMatcher | None = None,
) -> TriageResult:
    """Signs, urgency, routes and an explanation; with ``matcher``, wording that no cue lists
    is recognised too."""
    locality = base.locality(observation.locality)
    inferred = infer(observation, base.inference)
    reading = matcher.read(sentences(observation.text)) if matcher else None
    signs, evidence = rank(inferred, base, reading)
    if reading is None:
        inferred.notes.append(RULES_ONLY)
    if signs:
        inferred = _danger_with_signs(observation, inferred, signs, base)
        inferred = _danger_in_the_moment(observation, inferred, signs, base)
    if reading is not None and signs:
        inferred = _danger_from_reading(observation, inferred, reading, base)
    routes = plan_routes(base, inferred, signs, evidence, locality)
    urgency = _urgency(base, inferred, signs, routes)
    numbers = [route.contact for route in routes if route.contact]
    further = [
        text
        for sign in signs
        for text in base.harms[sign.category].further_help
        if not any(number in text for number in numbers)
    ]  # a route already gives it
    return TriageResult(
        concern=bool(signs) or inferred.immediate_danger,
        urgency=urgency,
        signs=signs,
        routes=routes,
        explanation=_explain(base, inferred, signs, routes, urgency),
        locality=locality.name,
        notes=inferred.notes,
        further_help=further,
        id=observation.id,
    )


def _danger_with_signs(
    observation: Observation, inferred: Inferred, signs: list[Sign], base: KnowledgeBase
) -> Inferred:
    """Some words tell of danger now only beside a harm's signs: "tonight" is an evening out
    on its own, but a plan from someone who talks of ending their life. When the danger
    question was not answered, such words beside a sign that was named put 999 first. A "no"
    is trusted. Unlike a likeness to past cases, the words place it in the present even when
    a pattern is told too ("she keeps saying she wants to die, and it's happening tonight")."""
    if observation.immediate_danger is not None or inferred.immediate_danger:
        return inferred
    found = next(
        (
            (sign, words)
            for sign in signs
            if (words := _first_danger_words(base.harms[sign.category].danger_cues, inferred, base))
        ),
        None,
    )
    if found is None:
        return inferred
    sign, words = found
    note = (
        f'Someone may be in immediate danger: "{words}", beside signs of '
        f"{in_sentence(sign.name)}, suggests it may be happening now. If nobody is in danger "
        "now, say so and the answer will change."
    )
    return _in_danger(inferred, note)


def _danger_in_the_moment(
    observation: Observation, inferred: Inferred, signs: list[Sign], base: KnowledgeBase
) -> Inferred:
    """A sign of a harm that can kill or maim within hours, told as happening in this moment
    ("has just", "I can see", "minutes ago"), puts 999 first when the danger question was not
    answered: fresh danger is told in more words than any list of danger words holds, but
    most often in these (docs/decisions/0018). A "no" is trusted, and so is a pattern told
    as one ("every night I can hear ...")."""
    if observation.immediate_danger is not None or inferred.immediate_danger or inferred.habitual:
        return inferred
    moment_signs = [sign for sign in signs if sign.category in base.inference.moment_harms]
    if not moment_signs:
        return inferred
    words = _first_danger_words(base.inference.moment_cues, inferred, base)
    if words is None:
        return inferred
    note = (
        f'Someone may be in immediate danger: "{words}" tells of signs of '
        f"{in_sentence(moment_signs[0].name)} happening now. If nobody is in danger now, say so and "
        "the answer will change."
    )
    return _in_danger(inferred, note)


def _first_danger_words(cues: list[str], inferred: Inferred, base: KnowledgeBase) -> str | None:
    """The words of the first of these cues that tells of danger now, as written."""
    return next(
        (found for cue in cues if (found := danger_words(cue, inferred.tokens, base.inference))),
        None,
    )


def _in_danger(inferred: Inferred, note: str) -> Inferred:
    completed = replace(inferred.observation, immediate_danger=True)
    return replace(
        inferred, observation=completed, immediate_danger=True, notes=[*inferred.notes, note]
    )


def _danger_from_reading(
    observation: Observation, inferred: Inferred, reading: Reading, base: KnowledgeBase
) -> Inferred:
    """When the danger question was not answered and no danger words were found, a concern
    that reads much more like past cases where someone was in immediate danger than like
    the rest still puts 999 first: danger is told in more ways than any list holds. A "no"
    is trusted, as for all but the plainest danger words, and so is a pattern told as one
    ("every weekend I hear ..."): likeness alone cannot place it in the present."""
    if (
        observation.immediate_danger is not None
        or inferred.immediate_danger
        or inferred.habitual
        or reading.danger <= base.settings.classifier.danger_margin
    ):
        return inferred
    like = f': "{reading.danger_like}"' if reading.danger_like else ""
    note = (
        "Someone may be in immediate danger: what you describe is much like past cases where "
        f"someone was{like}. If nobody is in danger now, say so and the answer will change."
    )
    return _in_danger(inferred, note)


def _urgency(
    base: KnowledgeBase, inferred: Inferred, signs: list[Sign], routes: list[RouteAdvice]
) -> Urgency:
    # A routing rule may put 999 first without danger words (a missing person with dementia).
    if inferred.immediate_danger or (routes and routes[0].route == "emergency_999"):
        return "emergency"
    if not signs:
        return "none"
    if inferred.urgent_words or any(base.harms[s.category].urgency == "urgent" for s in signs):
        return "urgent"
    return "routine"


def _first_step(first: RouteAdvice) -> str:
    if first.route == "talk_to_person":
        return f"First, talk to the person: {first.why}"
    contact = f" on {first.contact}" if first.contact else ""
    verb = "tell" if first.contact is None and not first.note else "contact"
    # "Your manager" reads as "your manager" mid-sentence; proper names keep their capitals.
    name = "your" + first.name[4:] if first.name.startswith("Your ") else first.name
    return f"First, {verb} {name}{contact}: {first.why}"


_URGENCY_WORDS = {
    "emergency": "Someone may be in immediate danger: call 999 now.",
    "urgent": "Act today: do not wait to pass this on.",
    "routine": "Pass this on soon, and write down what you saw while you remember it.",
    "none": "",
}


def _explain(
    base: KnowledgeBase,
    inferred: Inferred,
    signs: list[Sign],
    routes: list[RouteAdvice],
    urgency: Urgency,
) -> str:
    parts: list[str] = []
    if signs:
        for number, sign in enumerate(signs):
            seen = "; ".join(sign.indicators)
            parts.append(
                f"Potential sign of {in_sentence(sign.name)} (confidence {sign.confidence:.2f}): "
                f"you described {seen}."
            )
            parts.extend(f"Less worrying: {text}." for text in sign.reassurances)
            if sign.named_first:
                placed = "Named first" if number == 0 else "Named before a sign that read higher"
                parts.append(f"{placed} because {sign.named_first}.")
    elif not inferred.immediate_danger:
        parts.extend(base.settings.no_concern_advice)
    if _URGENCY_WORDS[urgency]:
        parts.append(_URGENCY_WORDS[urgency])
    if routes:
        parts.append(_first_step(routes[0]))
    parts.extend(inferred.notes)
    if signs:
        parts.append(base.settings.caveat)
    return " ".join(parts)


def triage_many(
    observations: Sequence[Observation],
    base: KnowledgeBase,
    matcher: SignMatcher | None = None,
    workers: int = 2,
) -> list[TriageResult]:
    """Many observations, each answered exactly as ``triage`` would answer it alone. Two at a
    time: the sentence model works outside Python's lock, so one observation's model run
    overlaps another's cue matching."""
    if matcher is None or workers < 2:
        return [triage(observation, base, matcher) for observation in observations]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda observation: triage(observation, base, matcher), observations))
