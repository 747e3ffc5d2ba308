"""Scoring triage against labelled cases: the figures the evaluation command prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from safeshare.domain.results import TriageResult


@dataclass(frozen=True)
class Case:
    id: str
    expected_categories: list[str]
    expected_routes: list[str]
    immediate_danger: bool

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Case:
        """A case file's line: danger is expected where the text alone should reveal it, or
        where the reporter said so."""
        danger = raw.get("expected_danger", raw.get("immediate_danger"))
        return cls(
            str(raw["id"]),
            list(raw.get("expected_categories") or []),
            list(raw.get("expected_routes") or []),
            bool(danger),
        )


@dataclass
class Scores:
    concerns: int = 0
    top1: int = 0
    top3: int = 0
    routed: int = 0
    missed: int = 0
    controls: int = 0
    false_alarms: int = 0
    danger: int = 0
    danger_first: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        def share(part: int, whole: int) -> float | None:
            return round(part / whole, 3) if whole else None

        return {
            "concern_cases": self.concerns,
            "top1": share(self.top1, self.concerns),
            "top3": share(self.top3, self.concerns),
            "first_route": share(self.routed, self.concerns),
            "missed_concerns": self.missed,
            "no_concern_controls": self.controls,
            "false_alarms": self.false_alarms,
            "danger_cases": self.danger,
            "danger_999_first": share(self.danger_first, self.danger),
        }


def score(pairs: Iterable[tuple[Case, TriageResult]]) -> Scores:
    scores = Scores()
    for case, result in pairs:
        _score_one(scores, case, result)
    return scores


def _score_one(scores: Scores, case: Case, result: TriageResult) -> None:
    got = [sign.category for sign in result.signs]
    first_route = result.routes[0].route if result.routes else "none"
    if case.immediate_danger:
        scores.danger += 1
        scores.danger_first += first_route == "emergency_999"
    if not case.expected_categories:
        scores.controls += 1
        if result.concern:
            scores.false_alarms += 1
            scores.failures.append(f"{case.id}: false alarm ({', '.join(got) or 'danger'})")
        scores.confusion[("no_concern", got[0] if got else "no_concern")] += 1
        return
    scores.concerns += 1
    scores.confusion[(case.expected_categories[0], got[0] if got else "no_concern")] += 1
    if not result.concern:
        scores.missed += 1
    hit1 = bool(got) and got[0] in case.expected_categories
    scores.top1 += hit1
    scores.top3 += any(category in case.expected_categories for category in got[:3])
    routed = first_route in case.expected_routes
    scores.routed += routed
    if not (hit1 and routed):
        scores.failures.append(
            f"{case.id}: expected {case.expected_categories[0]} via "
            f"{'/'.join(case.expected_routes)}, got {got[:3]} via {first_route}"
        )


def confusion_rows(scores: Scores) -> Sequence[tuple[str, str, int]]:
    return sorted(
        ((e, g, n) for (e, g), n in scores.confusion.items() if e != g), key=lambda row: -row[2]
    )


def reliability_table(
    pairs: Sequence[tuple[Case, TriageResult]], bins: int = 5
) -> list[tuple[float, float, int, float]]:
    """For each band of the first sign's confidence: how many concern cases fell in it and
    the share whose first sign was an expected category. A calibrated engine's share rises
    with, and is near, the band."""
    rows = []
    for band in range(bins):
        low, high = band / bins, (band + 1) / bins
        hits = [
            case.expected_categories and result.signs[0].category in case.expected_categories
            for case, result in pairs
            if result.signs and low <= result.signs[0].confidence < high + (band == bins - 1)
        ]
        rows.append((low, high, len(hits), sum(map(bool, hits)) / len(hits) if hits else 0.0))
    return rows
