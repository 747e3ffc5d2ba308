"""The kinds of partner organisation, and whom a legal gateway lets information go to."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


OrganisationKind = Literal["responsible_authority", "relevant_authority", "isa_partner", "other"]
ORGANISATION_KINDS: dict[str, str] = {
    "responsible_authority": "Responsible authority (Crime and Disorder Act 1998, section 5)",
    "relevant_authority": "Relevant authority (Crime and Disorder Act 1998, section 115)",
    "isa_partner": "Partner under an information sharing agreement",
    "other": "Other organisation",
}
Sector = Literal[
    "council",
    "police",
    "health",
    "education",
    "fire_rescue",
    "probation",
    "housing",
    "care_provider",
    "voluntary",
    "other",
]
SECTORS: dict[str, str] = {
    "council": "Council",
    "police": "Police",
    "health": "Health (NHS)",
    "education": "School or college",
    "fire_rescue": "Fire and rescue",
    "probation": "Probation",
    "housing": "Housing",
    "care_provider": "Care provider",
    "voluntary": "Voluntary or community organisation",
    "other": "Other",
}


class Recipients(_Strict):
    """The organisations a gateway lets information go to, by kind or by sector."""

    kinds: list[OrganisationKind] = Field(default_factory=list)
    sectors: list[Sector] = Field(default_factory=list)
