"""What triage answers: signs, routes and an explanation, in the shape DESIGN.md fixes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from safeshare.knowledge.schema import Urgency


@dataclass(frozen=True)
class Sign:
    category: str
    name: str
    confidence: float
    indicators: list[str]
    reassurances: list[str] = field(default_factory=list)
    named_first: str | None = None  # why it is named first, or before a sign that read higher

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "confidence": self.confidence,
            "indicators": list(self.indicators),
        }


@dataclass(frozen=True)
class RouteAdvice:
    route: str
    name: str
    contact: str | None
    why: str
    rule: str
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"route": self.route, "name": self.name, "contact": self.contact, "why": self.why}


@dataclass(frozen=True)
class TriageResult:
    concern: bool
    urgency: Urgency
    signs: list[Sign]
    routes: list[RouteAdvice]
    explanation: str
    locality: str
    notes: list[str] = field(default_factory=list)
    further_help: list[str] = field(default_factory=list)
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "concern": self.concern,
            "urgency": self.urgency,
            "signs": [sign.to_dict() for sign in self.signs],
            "routes": [route.to_dict() for route in self.routes],
            "explanation": self.explanation,
        }


def in_sentence(name: str) -> str:
    """A harm's name inside a sentence: "Self-harm and suicide risk" becomes "self-harm and
    suicide risk", but "FGM" in "Female genital mutilation (FGM)" keeps its capitals."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name
