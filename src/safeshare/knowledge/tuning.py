"""The triage engine's tuning (triage.yaml) and its fitted model (model.yaml)."""

from __future__ import annotations

from datetime import date

from pydantic import Field, field_validator

from safeshare.knowledge.schema import Strict


class ClassifierSettings(Strict):
    """How the harm classifier is fitted on the knowledge base's words at start-up."""

    weight: float = Field(gt=0, le=1)  # how much its reading of the kind of harm counts
    concern_weight: float = Field(ge=0, lt=1)  # how much reading as a concern counts
    scale: float = Field(gt=0)  # sentence vectors are multiplied by this before fitting
    l2: float = Field(ge=0)
    steps: int = Field(ge=1)
    rate: float = Field(gt=0)


class TriageSettings(Strict):
    sign_threshold: float = Field(gt=0, lt=1)
    rules_sign_threshold: float = Field(gt=0, lt=1)
    secondary_ratio: float = Field(gt=0, le=1)
    mismatched_age_factor: float = Field(gt=0, le=1)
    max_signs: int = Field(ge=1)
    classifier: ClassifierSettings
    no_concern_advice: list[str]
    caveat: str


class ConcernReading(Strict):
    """Whether a whole observation reads as a concern or as ordinary life: a logistic model
    over its mean sentence vector, fitted by evaluation/fit.py on the knowledge base's words
    and the development cases (never on a held-back set)."""

    fitted_on: list[str]
    encoder: str  # the sentence model the weights were fitted with
    scale: float = Field(gt=0)
    bias: float
    weights: list[float] = Field(min_length=1)


class TriageModel(Strict):
    """How much the sentence model's closeness is worth: a logistic curve fitted on the
    development cases by evaluation/fit.py (not by hand)."""

    fitted_on: list[str]
    fitted_at: date
    intercept: float
    weights: dict[str, float]
    similarity_floor: float = Field(gt=0, lt=1)
    concern_reading: ConcernReading | None = None

    @field_validator("weights")
    @classmethod
    def _all_features(cls, value: dict[str, float]) -> dict[str, float]:
        expected = {"closest", "second"}
        if set(value) != expected:
            raise ValueError(f"weights must name exactly {', '.join(sorted(expected))}")
        return value
