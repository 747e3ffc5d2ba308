"""Request bodies for the platform API: shapes and limits checked before any service runs,
so a malformed date or an oversized field is a 422 that names the field."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Text = Field(min_length=1, max_length=2_000)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SubjectIn(_Strict):
    name: str = Field(min_length=1, max_length=200)
    date_of_birth: date | None = None
    address: str | None = Field(default=None, max_length=2_000)


class LocationIn(_Strict):
    description: str = Text
    postcode: str | None = Field(default=None, max_length=10)


class VehicleIn(_Strict):
    registration: str = Field(min_length=2, max_length=12)
    description: str | None = Field(default=None, max_length=200)


class GradingIn(_Strict):
    source: Literal["1", "2", "3"] = Field(description="1 reliable, 2 untested, 3 not reliable")
    intelligence: Literal["A", "B", "C", "D", "E"] = Field(
        description="A known directly ... E suspected to be false"
    )
    handling: Literal["P", "C"] = Field(description="P permitted, C permitted with conditions")
    conditions: str | None = Field(default=None, max_length=2_000)


class ConcernIn(_Strict):
    observation: str = Field(min_length=1, max_length=20_000)
    grading: GradingIn
    age: int | None = Field(default=None, ge=0, le=120)
    age_group: Literal["child", "adult", "unknown"] = "unknown"
    reporter_setting: str | None = Field(default=None, max_length=32)
    immediate_danger: bool | None = None
    subjects: list[SubjectIn] = Field(default_factory=list, max_length=20)
    locations: list[LocationIn] = Field(default_factory=list, max_length=20)
    vehicles: list[VehicleIn] = Field(default_factory=list, max_length=20)
    phones: list[str] = Field(default_factory=list, max_length=20)


class StatusIn(_Strict):
    status: Literal["submitted", "in_review", "action_taken", "closed"]


class SharingDecisionIn(_Strict):
    legitimate_purpose: Literal["yes", "no", "unsure"] | None = None
    identifiable: Literal["yes", "no", "unsure"] | None = None
    confidential: Literal["yes", "no", "unsure"] | None = None
    consent: Literal["yes", "no", "unsure"] | None = None
    other_lawful_basis: Literal["yes", "no", "unsure"] | None = None


class DisclosureIn(_Strict):
    to_organisation: str = Field(min_length=1, max_length=200)
    purpose: str = Text
    decision_id: str | None = Field(default=None, max_length=32)
    justification: str | None = Field(default=None, max_length=4_000)
    subject_informed: bool | None = None


class AgreementIn(_Strict):
    title: str = Field(min_length=1, max_length=200)
    parties: list[str] = Field(min_length=2, max_length=20, description="organisation names or ids")
    purposes: list[str] = Field(min_length=1, max_length=20)
    categories: list[str] = Field(min_length=1, max_length=30, description="harm category slugs")
    fields: list[str] = Field(min_length=1, max_length=20, description="parts that may be shared")
    gateways: list[str] = Field(default_factory=list, max_length=20)
    starts_on: date
    review_on: date
    expires_on: date
    status: Literal["draft", "active", "suspended", "ended"] = "active"


class AgreementStatusIn(_Strict):
    status: Literal["draft", "active", "suspended", "ended"]
