"""The loaded knowledge base: every file's entries, checked against each other."""

from __future__ import annotations

from dataclasses import dataclass, replace

from safeshare.knowledge.schema import (
    Gateway,
    Harm,
    Inference,
    Locality,
    OrdinaryLife,
    Route,
    Routing,
    Source,
    WorkedExample,
    WorkedExamples,
)
from safeshare.knowledge.sharing import Flowchart, FlowchartOutcome, FlowchartQuestion, Law
from safeshare.knowledge.tuning import TriageModel, TriageSettings

DEFAULT_LOCALITY = "central-bedfordshire"


class UnknownLocalityError(LookupError):
    """No locality by that name; the message lists the known ones."""


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object a load
class KnowledgeBase:
    sources: dict[str, Source]
    harms: dict[str, Harm]
    localities: dict[str, Locality]
    routes: list[Route]
    gateways: list[Gateway]
    routing: Routing
    inference: Inference
    settings: TriageSettings
    flowchart: Flowchart
    law: Law
    model: TriageModel
    ordinary: OrdinaryLife
    # Worked examples by file (its name under worked/), so a problem names its file.
    worked_files: dict[str, WorkedExamples]

    @property
    def worked(self) -> list[WorkedExample]:
        """Every worked example, file by file."""
        return [example for examples in self.worked_files.values() for example in examples.examples]

    def with_worked(self, examples: list[WorkedExample]) -> KnowledgeBase:
        """The same knowledge with only these worked examples, for fitting without some."""
        return replace(self, worked_files={"chosen": WorkedExamples(examples=examples)})

    def route(self, slug: str) -> Route:
        return next(route for route in self.routes if route.slug == slug)

    def locality(self, name: str | None) -> Locality:
        """The locality by slug or by name, case-insensitive; the leaflet's area by default."""
        wanted = (name or DEFAULT_LOCALITY).strip().lower()
        for locality in self.localities.values():
            if wanted in (locality.slug, locality.name.lower()):
                return locality
        known = ", ".join(sorted(self.localities))
        raise UnknownLocalityError(f"unknown locality {name!r}; known localities: {known}")

    def question(self, node_id: str) -> FlowchartQuestion | None:
        return next((q for q in self.flowchart.questions if q.id == node_id), None)

    def outcome(self, node_id: str) -> FlowchartOutcome | None:
        return next((o for o in self.flowchart.outcomes if o.id == node_id), None)

    def cited(self, key: str) -> Source:
        return self.sources[key]
