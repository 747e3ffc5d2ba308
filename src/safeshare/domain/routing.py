"""Whom to contact, in order: the routing rules of routing.yaml applied to one observation."""

from __future__ import annotations

from dataclasses import dataclass

from safeshare.domain.observation import Inferred
from safeshare.domain.results import RouteAdvice, Sign
from safeshare.domain.signs import Evidence
from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.schema import Condition, Facts, Locality

UNCONFIRMED = (
    "No confirmed number for {area}: check your council's website or ask your safeguarding lead."
)
UNVERIFIED = (
    "This number has not yet been checked against its source: check it before relying on it."
)


@dataclass(frozen=True)
class _Step:
    route: str
    why: str
    rule: str


def _applies(
    when: Condition,
    inferred: Inferred,
    categories: set[str],
    tags: set[str],
    primary: str | None,
) -> bool:
    facts = Facts(
        inferred.immediate_danger,
        inferred.age_group,
        inferred.age,
        frozenset(categories),
        inferred.setting,
        frozenset(tags),
        inferred.care_needs,
        primary,
    )
    return when.holds(facts)


def _harm_steps(base: KnowledgeBase, sign: Sign, inferred: Inferred) -> list[_Step]:
    """The sign's routes for a child or an adult; the first says why, the rest what they are for."""
    harm = base.harms[sign.category]
    routes = base.routing.by_harm[sign.category]
    if inferred.age_group == "child" or (
        inferred.age_group == "unknown" and harm.concerns == "child"
    ):
        chosen = routes.child
    elif inferred.age_group == "adult" or harm.concerns == "adult":
        chosen = routes.adult
    else:
        chosen = [*routes.adult, *routes.child]
    rule = f"by_harm.{sign.category}"
    return [
        _Step(route, routes.why if index == 0 else base.route(route).purpose, rule)
        for index, route in enumerate(chosen)
    ]


def _deciding(base: KnowledgeBase, signs: list[Sign]) -> set[str]:
    """The signs that decide who to contact first: the first, and the others at the sign bar
    and within ``secondary_ratio`` of the strongest. A fainter further sign is worth knowing
    about, but too faint to put a duty or a service ahead of the first sign's own routes."""
    settings = base.settings
    strongest = max((sign.confidence for sign in signs), default=0.0)
    bar = max(settings.sign_threshold, strongest * settings.secondary_ratio)
    return {sign.category for at, sign in enumerate(signs) if at == 0 or sign.confidence >= bar}


def plan_routes(
    base: KnowledgeBase,
    inferred: Inferred,
    signs: list[Sign],
    evidence: list[Evidence],
    locality: Locality,
) -> list[RouteAdvice]:
    primary = signs[0].category if signs else None
    categories = _deciding(base, signs)
    tags = {tag for e in evidence if e.harm.slug in categories for i in e.matched for tag in i.tags}
    steps: list[_Step] = []
    for rule in base.routing.first_contact:
        if (signs or rule.when.immediate_danger) and _applies(
            rule.when, inferred, categories, tags, primary
        ):
            steps += [_Step(route, rule.why, rule.id) for route in rule.routes]
    for rule in base.routing.duties:
        if _applies(rule.when, inferred, categories, tags, primary):
            steps += [_Step(route, rule.why, rule.id) for route in rule.routes]
    # A situation (care needs, a 16-year-old's relationship) is about the most likely harm only.
    for rule in base.routing.situations:
        if _applies(rule.when, inferred, {primary} if primary else set(), tags, primary):
            steps += [_Step(route, rule.why, rule.id) for route in rule.routes]
    for sign in signs:
        steps += _harm_steps(base, sign, inferred)
    if not signs:
        steps += [
            _Step(
                route,
                "Nothing here points clearly to harm, but talking it through can help.",
                "no_concern",
            )
            for route in base.routing.no_concern
        ]
    seen: set[str] = set()
    unique = [s for s in steps if not (s.route in seen or seen.add(s.route))]  # type: ignore[func-returns-value]
    return [_advice(base, step, inferred.setting, locality) for step in unique]


def _advice(base: KnowledgeBase, step: _Step, setting: str, locality: Locality) -> RouteAdvice:
    route = base.route(step.route)
    local = locality.services.get(step.route)
    if route.kind == "person":
        name = route.names_by_setting.get(setting, route.name)
        return RouteAdvice(step.route, name, None, step.why, step.rule)
    if local is not None:
        note = _local_note(local.hours, local.out_of_hours, local.other)
        if local.phone is None:
            note = UNCONFIRMED.format(area=locality.name)
        elif not local.verified:
            note = UNVERIFIED
        return RouteAdvice(step.route, local.name, local.phone, step.why, step.rule, note)
    national = route.national
    if national is None or national.phone is None:
        return RouteAdvice(
            step.route,
            route.name,
            None,
            step.why,
            step.rule,
            UNCONFIRMED.format(area=locality.name),
        )
    note = (
        UNVERIFIED if not national.verified else _local_note(national.hours, None, national.other)
    )
    return RouteAdvice(step.route, route.name, national.phone, step.why, step.rule, note)


def _local_note(hours: str | None, out_of_hours: str | None, other: str | None) -> str | None:
    parts = [
        f"Open {hours}." if hours else "",
        f"Out of hours: {out_of_hours}." if out_of_hours else "",
        other or "",
    ]
    joined = " ".join(part for part in parts if part)
    return joined or None
