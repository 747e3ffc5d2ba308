"""Checks that span files: every citation resolves, every slug is known, the flowchart is whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel

from safeshare.knowledge.schema import (
    HARM_SLUGS,
    ROUTE_SLUGS,
    SETTING_SLUGS,
    Condition,
    Inference,
    RoutingRule,
)
from safeshare.knowledge.spelling import spelled_out

if TYPE_CHECKING:
    from safeshare.knowledge.base import KnowledgeBase

Found = tuple[str, str, str]  # file, key, message


def cross_reference_problems(base: KnowledgeBase) -> list[Found]:
    return [
        *_citations(base),
        *_coverage(base),
        *_routing(base),
        *_localities(base),
        *_flowchart(base),
        *_gateways(base),
        *_cue_spellings(base),
    ]


def _sources_in(model: BaseModel, key: str) -> Iterator[tuple[str, str]]:
    """Every ``source`` field anywhere inside ``model``, with a dotted key to find it by."""
    source = getattr(model, "source", None)
    if isinstance(source, str):
        yield key or "source", source
    for name, value in model:
        values = (
            value
            if isinstance(value, list)
            else (list(value.values()) if isinstance(value, dict) else [value])
        )
        for index, item in enumerate(values):
            if isinstance(item, BaseModel):
                sub = f"{key}.{name}" if len(values) == 1 else f"{key}.{name}.{index}"
                yield from _sources_in(item, sub.lstrip("."))


def _citations(base: KnowledgeBase) -> Iterator[Found]:
    files: list[tuple[str, BaseModel]] = [
        *((f"harms/{slug}.yaml", harm) for slug, harm in base.harms.items()),
        *((f"localities/{slug}.yaml", loc) for slug, loc in base.localities.items()),
        *(("routes.yaml", route) for route in base.routes),
        *(("gateways.yaml", gateway) for gateway in base.gateways),
        ("routing.yaml", base.routing),
        ("flowchart.yaml", base.flowchart),
        ("law.yaml", base.law),
        ("triage.yaml", base.settings),
        ("ordinary.yaml", base.ordinary),
        *((f"worked/{name}", examples) for name, examples in base.worked_files.items()),
    ]
    for file, model in files:
        for key, source in _sources_in(model, ""):
            if source not in base.sources:
                yield file, key, f"cites unknown source {source!r}; add it to sources.yaml"


def _coverage(base: KnowledgeBase) -> Iterator[Found]:
    for slug in HARM_SLUGS:
        if slug not in base.harms:
            yield "harms", slug, "no file describes this harm category"
    for slug, harm in base.harms.items():
        if len(harm.indicators) < 10:
            yield f"harms/{slug}.yaml", "signs", "needs at least 10 indicators"
    defined = [route.slug for route in base.routes]
    for slug in ROUTE_SLUGS:
        if slug not in defined:
            yield "routes.yaml", slug, "route is not described"
    settings = base.settings
    classifier = settings.classifier
    if classifier.lean_concern > classifier.alone_concern or classifier.lean_kind < (
        classifier.alone_kind
    ):
        yield (
            "triage.yaml",
            "classifier.lean_concern",
            "a reading that leans must ask less of the concern reading than a sure one "
            "(lean_concern at most alone_concern) and more of the harm (lean_kind at least "
            "alone_kind)",
        )
    for index, pair in enumerate(settings.more_specific.pairs):
        for slug in (pair.first, pair.before):
            if slug not in base.harms:
                yield "triage.yaml", f"more_specific.pairs.{index}", f"unknown harm {slug!r}"
    for index, cue in enumerate(base.inference.danger_now_cues):
        if cue not in base.inference.danger_cues:  # "the plainest of those": asked or not
            yield "inference.yaml", f"danger_now_cues.{index}", "must also be in danger_cues"


def _check_condition(file: str, key: str, when: Condition) -> Iterator[Found]:
    for setting in when.setting or []:
        if setting not in SETTING_SLUGS:
            yield file, f"{key}.when.setting", f"unknown reporter setting {setting!r}"
    for category in when.category or []:
        if category not in HARM_SLUGS:
            yield file, f"{key}.when.category", f"unknown harm category {category!r}"
    for category in when.primary_category or []:
        if category not in HARM_SLUGS:
            yield file, f"{key}.when.primary_category", f"unknown harm category {category!r}"


def _check_routes(file: str, key: str, routes: list[str]) -> Iterator[Found]:
    for route in routes:
        if route not in ROUTE_SLUGS:
            yield file, key, f"unknown route {route!r}"


def _routing(base: KnowledgeBase) -> Iterator[Found]:
    rules: list[RoutingRule] = [
        *base.routing.first_contact,
        *base.routing.duties,
        *base.routing.situations,
    ]
    for rule in rules:
        yield from _check_condition("routing.yaml", rule.id, rule.when)
        yield from _check_routes("routing.yaml", f"{rule.id}.routes", rule.routes)
    for slug, harm_routes in base.routing.by_harm.items():
        if slug not in HARM_SLUGS:
            yield "routing.yaml", f"by_harm.{slug}", "unknown harm category"
        yield from _check_routes(
            "routing.yaml", f"by_harm.{slug}", [*harm_routes.child, *harm_routes.adult]
        )
    for slug in HARM_SLUGS:
        if slug not in base.routing.by_harm:
            yield "routing.yaml", f"by_harm.{slug}", "no routes for this harm category"
    yield from _check_routes("routing.yaml", "no_concern", base.routing.no_concern)
    for setting in SETTING_SLUGS:
        if setting not in base.inference.setting_names:
            yield "inference.yaml", f"setting_names.{setting}", "no name for this reporter setting"
    for setting in base.inference.setting_cues:
        if setting not in SETTING_SLUGS:
            yield "inference.yaml", f"setting_cues.{setting}", "unknown reporter setting"


def _localities(base: KnowledgeBase) -> Iterator[Found]:
    for slug, locality in base.localities.items():
        for route in locality.services:
            if route not in ROUTE_SLUGS:
                yield f"localities/{slug}.yaml", f"services.{route}", "unknown route"


def _flowchart(base: KnowledgeBase) -> Iterator[Found]:
    ids = {q.id for q in base.flowchart.questions} | {o.id for o in base.flowchart.outcomes}
    if base.flowchart.start not in ids:
        yield "flowchart.yaml", "start", f"no node {base.flowchart.start!r}"
    for question in base.flowchart.questions:
        for answer in ("yes", "no", "unsure"):
            target = getattr(question, answer).next
            if target not in ids:
                yield "flowchart.yaml", f"{question.id}.{answer}", f"leads to unknown {target!r}"


def _gateways(base: KnowledgeBase) -> Iterator[Found]:
    seen: set[str] = set()
    for gateway in base.gateways:
        if gateway.id in seen:
            yield "gateways.yaml", gateway.id, "duplicate gateway id"
        seen.add(gateway.id)
        yield from _check_condition("gateways.yaml", gateway.id, gateway.when)


# A cue's words: alternatives, two-word alternatives and excluded words all split apart.
_CUE_WORD_BREAK = re.compile(r"[ |_!]+")
# Words are read with their apostrophes removed ("won't" -> "wont"), so a cue that spells a
# contraction with an underscore ("won_t", "hasn_t") looks for a word "t" and never matches.
_SPLIT_CONTRACTION = re.compile(
    r"(?<![a-z])(won|can|don|isn|hasn|haven|hadn|wasn|weren|aren|didn|doesn|wouldn|couldn"
    r"|shouldn|mustn)_t(?=[_| ]|$)"
)


def _cue_spellings(base: KnowledgeBase) -> Iterator[Found]:
    for slug, harm in base.harms.items():
        lists = {
            **{f"signs.{ind.text[:40]}": ind.cues for ind in harm.indicators},
            **{f"reassurances.{r.text[:40]}": r.cues for r in harm.reassurances},
            "danger_cues": harm.danger_cues,
        }
        for key, cues in lists.items():
            yield from _split_contractions(f"harms/{slug}.yaml", key, cues)
            yield from _rewritten(f"harms/{slug}.yaml", key, cues, base.inference)
    inference = base.inference
    for key in ("danger_cues", "danger_now_cues", "habit_cues", "moment_cues", "urgent_cues"):
        cues = getattr(inference, key)
        yield from _split_contractions("inference.yaml", key, cues)
        yield from _rewritten("inference.yaml", key, cues, inference)


def _rewritten(file: str, key: str, cues: list[str], inference: Inference) -> Iterator[Found]:
    """A cue word that the reading of an observation rewrites can never match: "wiv" is read
    as "with", "shoutin" as "shouting". A word that ends in "in" as written belongs in
    ``ends_in_in``."""
    for cue in cues:
        for word in _CUE_WORD_BREAK.split(cue):
            read = spelled_out(word, inference.shorthand, inference.ends_in_in)
            if read == (word,):
                continue
            where = (
                f"or add {word!r} to ends_in_in in inference.yaml if it ends in 'in' as written"
                if read == (word + "g",)
                else "as inference.yaml's shorthand spells it out"
            )
            yield (
                file,
                key,
                f"{word!r} can never match: an observation's {word!r} is read as "
                f"{' '.join(read)!r}, so write {'_'.join(read)!r}, {where}",
            )


def _split_contractions(file: str, key: str, cues: list[str]) -> Iterator[Found]:
    for cue in cues:
        for match in _SPLIT_CONTRACTION.finditer(cue):
            word = match.group(0)
            yield (
                file,
                key,
                f"{word!r} can never match: apostrophes are removed from words, "
                f"so write {word.replace('_t', 't')!r}",
            )
