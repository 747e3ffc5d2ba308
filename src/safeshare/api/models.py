"""Request and response shapes of the API, as they appear in its OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Answer = Literal["yes", "no", "unsure"]


class TriageRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=100)
    text: str = Field(min_length=1, max_length=20_000, description="What the person noticed.")
    age: int | None = Field(default=None, ge=0, le=120)
    age_group: Literal["child", "adult", "unknown"] | None = None
    reporter_setting: str | None = Field(
        default=None, description="school, health, social_care, ..."
    )
    immediate_danger: bool | None = None
    locality: str | None = Field(default=None, max_length=100)


class SignOut(BaseModel):
    category: str
    confidence: float
    indicators: list[str]


class RouteOut(BaseModel):
    route: str
    name: str
    contact: str | None
    why: str


class TriageResponse(BaseModel):
    id: str | None
    concern: bool
    urgency: Literal["emergency", "urgent", "routine", "none"]
    signs: list[SignOut]
    routes: list[RouteOut]
    explanation: str


class RecordRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decided_by: str = Field(min_length=1, max_length=200)
    role: str = Field(min_length=1, max_length=200)
    organisation: str = Field(min_length=1, max_length=200)
    what_was_shared: str = Field(default="", max_length=2000)
    shared_with: str = Field(default="", max_length=500)


class DecisionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    legitimate_purpose: Answer | None = None
    identifiable: Answer | None = None
    confidential: Answer | None = None
    consent: Answer | None = None
    other_lawful_basis: Answer | None = None
    subject_age: int | None = Field(default=None, ge=0, le=120)
    category: str | None = None
    immediate_danger: bool | None = None
    record: RecordRequest | None = Field(
        default=None, description="Give this to keep a record of the decision."
    )


class DecisionResponse(BaseModel):
    outcome: Literal["share", "do_not_share", "seek_advice", "need_more_answers"]
    next_question: dict[str, str] | None
    reasons: list[str]
    gateways: list[dict[str, str]]
    actions: list[str]
    path: list[dict[str, str]]
    reference: str | None = None
