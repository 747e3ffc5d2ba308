"""The triage engine's tuning (triage.yaml) and its fitted model (model.yaml)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator

from safeshare.knowledge.schema import Strict


class ClassifierSettings(Strict):
    """How the harm classifier is fitted on the knowledge base's words at start-up."""

    weight: float = Field(gt=0, le=1)  # how much its reading of the kind of harm counts
    # How much that reading counts again when the signs found are put in order: a single
    # loose cue should not name a harm first that the whole observation does not read as.
    kind_in_order: float = Field(default=0.0, ge=0)
    concern_weight: float = Field(ge=0, lt=1)  # how much reading as a concern counts
    scale: float = Field(gt=0)  # sentence vectors are multiplied by this before fitting
    l2: float = Field(ge=0)
    steps: int = Field(ge=1)
    rate: float = Field(gt=0)
    # The concern reading: how much a no-concern worked example counts against a concern, and
    # how much the knowledge base's phrases count, each side in total, against one example.
    # How far a reading of ordinary life discounts the signs' evidence of a concern.
    ordinary_discount: float = Field(ge=0, lt=1)
    # The sentence model raises a concern on its own only when the concern reading and the
    # reading of one harm in particular both reach these.
    alone_concern: float = Field(gt=0.5, le=1)
    alone_kind: float = Field(gt=0, le=1)
    # Or when both readings lean the same way: the observation reads at least as much like a
    # concern as like ordinary life, and one harm is named at least this clearly.
    lean_concern: float = Field(ge=0.5, le=1)
    lean_kind: float = Field(gt=0, le=1)
    ordinary_example_weight: float = Field(gt=0)
    phrase_weight: float = Field(gt=0)
    # The worked examples closest to an observation: how many of each class are averaged, and
    # how sharply a difference in closeness separates the harms they name.
    neighbours: int = Field(ge=1)
    neighbour_sharpness: float = Field(gt=0)
    # How much closer a concern must come to the worked examples where someone was in
    # immediate danger than to the rest to put 999 first when the question was not answered.
    danger_margin: float = Field(ge=0)
    # When a concern is beyond doubt (someone in danger, or a concern reading of at least
    # alone_concern) but no harm reaches the sign bar, the closest harm is still named if its
    # confidence is at least this: a concern answered with no sign reads as no concern.
    # At 1.0 (the default) no harm under the bar is named.
    unnamed_floor: float = Field(default=1.0, ge=0, le=1)


class NamedFirst(Strict):
    """Of two close signs, the more specific harm is named first: ``first`` before
    ``before``, for this subject only when one is given."""

    first: str
    before: str
    subject: Literal["adult", "child"] | None = None
    why: str
    source: str


class MoreSpecific(Strict):
    within: float = Field(default=0.0, ge=0, lt=1)  # how far below the other sign it may be
    pairs: list[NamedFirst] = Field(default_factory=list)


class TriageSettings(Strict):
    sign_threshold: float = Field(gt=0, lt=1)
    rules_sign_threshold: float = Field(gt=0, lt=1)
    secondary_ratio: float = Field(gt=0, le=1)
    # Once one sign reaches the bar, further signs are shown down to this share of it and this
    # bar (never higher than the others): the other harms a case is about often read just
    # under them. Only those at secondary_ratio and sign_threshold decide the routes.
    further_sign_ratio: float | None = Field(default=None, gt=0, le=1)
    further_sign_threshold: float | None = Field(default=None, gt=0, lt=1)
    mismatched_age_factor: float = Field(gt=0, le=1)
    max_signs: int = Field(ge=1)
    more_specific: MoreSpecific = MoreSpecific()
    classifier: ClassifierSettings
    no_concern_advice: list[str]
    caveat: str


class ConcernReading(Strict):
    """How the concern classifier's log-odds and the closest worked examples' margin combine
    into one probability. Fitted by evaluation/fit.py on readings with each case's own set
    left out; the default is the classifier alone."""

    classifier: float = Field(default=1.0, ge=0)
    neighbours: float = Field(default=0.0, ge=0)
    intercept: float = 0.0


class TriageModel(Strict):
    """How much the sentence model's closeness is worth: a logistic curve fitted on the
    development cases by evaluation/fit.py (not by hand)."""

    fitted_on: list[str]
    fitted_at: date
    intercept: float
    weights: dict[str, float]
    similarity_floor: float = Field(gt=0, lt=1)
    concern_reading: ConcernReading = ConcernReading()

    @field_validator("weights")
    @classmethod
    def _all_features(cls, value: dict[str, float]) -> dict[str, float]:
        expected = {"closest", "second"}
        if set(value) != expected:
            raise ValueError(f"weights must name exactly {', '.join(sorted(expected))}")
        return value
