"""The shapes of the knowledge base files, validated once at load.

Every fact a person is shown names a source (a key of ``sources.yaml``); the loader
checks that each named source exists, so an entry without a citation cannot load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from safeshare.knowledge.partners import Recipients

AgeGroup = Literal["child", "adult", "unknown"]
Concerns = Literal["child", "adult", "any"]
Urgency = Literal["emergency", "urgent", "routine", "none"]
Answer = Literal["yes", "no", "unsure"]

HARM_SLUGS: tuple[str, ...] = (
    "neglect",
    "physical_abuse",
    "sexual_abuse",
    "emotional_abuse",
    "child_sexual_exploitation",
    "child_criminal_exploitation",
    "domestic_abuse",
    "honour_based_abuse",
    "forced_marriage",
    "fgm",
    "radicalisation",
    "financial_abuse",
    "modern_slavery",
    "drug_dealing",
    "cuckooing",
    "burglary_risk",
    "self_neglect",
    "hate_crime",
    "anti_social_behaviour",
    "missing_person",
    "self_harm",
    "scam_fraud",
    "online_abuse",
)
ROUTE_SLUGS: tuple[str, ...] = (
    "emergency_999",
    "police_101",
    "childrens_services_front_door",
    "adult_safeguarding",
    "designated_safeguarding_lead",
    "line_manager",
    "domestic_abuse_helpline",
    "modern_slavery_helpline",
    "crimestoppers",
    "prevent_referral",
    "action_fraud",
    "talk_to_person",
    "nspcc_helpline",
)
SETTING_SLUGS: tuple[str, ...] = (
    "school",
    "health",
    "social_care",
    "care_home",
    "neighbour_public",
    "workplace",
    "police",
    "housing",
    "youth_work",
    "faith",
    "online",
    "other",
)


def _one_of(allowed: tuple[str, ...], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
        return value

    return check


HarmSlug = Annotated[str, AfterValidator(_one_of(HARM_SLUGS, "harm slug"))]
RouteSlug = Annotated[str, AfterValidator(_one_of(ROUTE_SLUGS, "route slug"))]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cited(Strict):
    """An entry with its source; ``verified: false`` marks a fact still to check."""

    source: str
    verified: bool = True


class Source(Strict):
    title: str
    publisher: str
    url: str | None = None
    verified: bool = True


class Indicator(Strict):
    """One observable sign, in the words a person would notice it."""

    text: str = Field(min_length=3)
    cues: list[str] = Field(min_length=1)
    weight: float = Field(default=0.5, gt=0, le=1)
    tags: list[str] = Field(default_factory=list)
    # Short phrases the cues must match: a test runs them, so a cue that no longer
    # matches what it was written for fails at once.
    examples: list[str] = Field(default_factory=list)


class IndicatorGroup(Cited):
    indicators: list[Indicator] = Field(min_length=1)
    # Narrower than the harm's own: neglect of a child and neglect of an adult in care are
    # one harm with different signs, and a child's signs say nothing about an adult.
    concerns: Concerns = "any"


class Reassurance(Strict):
    """An ordinary explanation that makes a sign less worrying on its own."""

    text: str
    cues: list[str] = Field(min_length=1)
    factor: float = Field(gt=0, lt=1)
    # An explanation that only fits someone this old or older (a baby who cannot yet walk
    # does not bump into a table), or younger than ``under_age`` (a time to be home is a
    # parent's rule for a child, and control for a wife). Unknown ages keep the explanation.
    from_age: int | None = Field(default=None, ge=1)
    under_age: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _ages_in_order(self) -> Reassurance:
        low, high = self.from_age, self.under_age
        if low is not None and high is not None and low >= high:
            raise ValueError("from_age must be below under_age")
        return self


class Scenarios(Cited):
    """Typical situations the sentence model compares observations with; never shown as signs.
    Those that can only be about a child, or only about an adult, are listed apart, so that
    an older person's situation is not read as close to a child's (as indicators are)."""

    situations: list[str] = Field(default_factory=list)
    child_situations: list[str] = Field(default_factory=list)
    adult_situations: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self) -> Scenarios:
        if not (self.situations or self.child_situations or self.adult_situations):
            raise ValueError("list at least one situation")
        return self

    @property
    def about(self) -> list[tuple[str, Concerns]]:
        """Every situation with whom it can be about, in a fixed order."""
        return [
            *((text, "any") for text in self.situations),
            *((text, "child") for text in self.child_situations),
            *((text, "adult") for text in self.adult_situations),
        ]


class OrdinaryLife(Strict):
    """Everyday situations the guidance says are not, on their own, a sign of harm."""

    groups: list[Scenarios] = Field(min_length=1)

    @property
    def situations(self) -> list[str]:
        return [text for group in self.groups for text in group.situations]


class WorkedExample(Cited):
    """A whole observation in a person's own words, with the harms a safeguarding lead would
    see in it (none: ordinary life, not a concern). The sentence model learns from these
    beside the indicators, as a new colleague learns from past cases."""

    text: str = Field(min_length=10)
    harms: list[HarmSlug]  # the primary harm first
    danger: bool = False  # someone was in immediate danger as it was written


class WorkedExamples(Strict):
    examples: list[WorkedExample]


class Harm(Cited):
    slug: HarmSlug
    name: str
    summary: str
    concerns: Concerns
    urgency: Literal["urgent", "routine"]
    also_known_as: list[str] = Field(default_factory=list)
    further_help: list[str] = Field(default_factory=list)
    signs: list[IndicatorGroup] = Field(min_length=1)
    reassurances: list[Reassurance] = Field(default_factory=list)
    # Words that mean someone may be in danger now only beside this harm's signs: "tonight"
    # from someone who talks of ending their life, banging from people hidden in a lorry.
    danger_cues: list[str] = Field(default_factory=list)
    scenarios: Scenarios | None = None

    @cached_property
    def indicators(self) -> list[Indicator]:
        return [indicator for group in self.signs for indicator in group.indicators]

    def indicators_about(self, age_group: str) -> list[bool]:
        """For each indicator, whether it can be a sign in a person of this age group."""
        unfit = {"child": "adult", "adult": "child"}.get(age_group)
        return [group.concerns != unfit for group in self.signs for _ in group.indicators]

    @cached_property
    def situations(self) -> list[str]:
        """The typical situations, numbered after the indicators by the sentence model."""
        return [text for text, _ in self.scenarios.about] if self.scenarios else []

    def situations_about(self, age_group: str) -> list[bool]:
        """For each typical situation, whether it can be about a person of this age group."""
        unfit = {"child": "adult", "adult": "child"}.get(age_group)
        return [about != unfit for _, about in self.scenarios.about] if self.scenarios else []


class Contact(Cited):
    phone: str | None = None
    hours: str | None = None
    other: str | None = None


class Route(Strict):
    slug: RouteSlug
    name: str
    purpose: str
    kind: Literal["service", "person"]
    national: Contact | None = None
    names_by_setting: dict[str, str] = Field(default_factory=dict)


class LocalService(Contact):
    name: str
    out_of_hours: str | None = None


class Locality(Cited):
    slug: str
    name: str
    description: str
    services: dict[str, LocalService]


@dataclass(frozen=True)
class Facts:
    """What is known about one case, for deciding which rules and gateways apply."""

    immediate_danger: bool
    subject: str  # child, adult or unknown
    age: int | None
    categories: frozenset[str]
    setting: str | None = None
    tags: frozenset[str] = frozenset()
    care_needs: bool | None = None
    primary: str | None = None  # the most likely harm, when signs are ranked


class Condition(Strict):
    """When a rule applies; an absent field matches anything."""

    immediate_danger: bool | None = None
    subject: list[AgeGroup] | None = None
    setting: list[str] | None = None
    category: list[str] | None = None
    primary_category: list[str] | None = None
    indicator_tag: list[str] | None = None
    min_age: int | None = None
    max_age: int | None = None
    care_needs: bool | None = None

    def holds(self, facts: Facts) -> bool:
        """Whether every field given here is true of the case (the one reading of a condition,
        shared by routing rules and legal gateways)."""
        age = facts.age
        return all(
            [
                self.immediate_danger is None or self.immediate_danger == facts.immediate_danger,
                self.subject is None or facts.subject in self.subject,
                self.setting is None or facts.setting in self.setting,
                self.category is None or bool(facts.categories & set(self.category)),
                self.primary_category is None or facts.primary in self.primary_category,
                self.indicator_tag is None or bool(facts.tags & set(self.indicator_tag)),
                self.min_age is None or (age is not None and age >= self.min_age),
                self.max_age is None or (age is not None and age <= self.max_age),
                self.care_needs is None or self.care_needs == facts.care_needs,
            ]
        )


class RoutingRule(Cited):
    id: str
    when: Condition
    routes: list[str] = Field(min_length=1)
    why: str


class HarmRoutes(Strict):
    child: list[str] = Field(default_factory=list)
    adult: list[str] = Field(default_factory=list)
    why: str


class Routing(Strict):
    first_contact: list[RoutingRule]
    duties: list[RoutingRule]
    situations: list[RoutingRule] = Field(default_factory=list)
    by_harm: dict[str, HarmRoutes]
    no_concern: list[str]
    source: str


class Cue(Strict):
    cues: list[str]


class AgeCue(Strict):
    cues: list[str]
    age_group: AgeGroup
    age: int | None = None


class Inference(Strict):
    """Words that tell the triage engine what the reporter did not say outright."""

    # Sets, since every cue of every observation is checked against them.
    negators: frozenset[str]
    negation_breakers: frozenset[str]
    # Words that say an ordinary explanation was refused or is missing ("won't show her the
    # receipts"): they negate a reassurance's cue, though not a sign's, since before a sign
    # they often mean the opposite ("won't explain the bruises").
    refusals: frozenset[str] = frozenset()
    child_ages: dict[str, int] = Field(default_factory=dict)
    age_cues: list[AgeCue]
    setting_names: dict[str, str]
    setting_cues: dict[str, list[str]]
    care_needs_cues: list[str]
    danger_cues: list[str]
    danger_now_cues: list[str]
    # Words that place a weapon or an attack in the past ("excluded for carrying a knife"):
    # they stop a danger cue just after them from putting 999 first.
    danger_past_markers: frozenset[str] = frozenset()
    # The same, after the danger words ("strangled her two years ago"); "a_b" is two words.
    danger_past_after: frozenset[str] = frozenset()
    # Words that tell of a pattern rather than a moment ("every weekend", "often"): a likeness
    # to past danger cases alone does not put 999 first for them.
    habit_cues: list[str] = Field(default_factory=list)
    # Words that place what is told in this moment ("has just", "I can see", "minutes ago"):
    # beside a sign of one of the moment harms, with the danger question unanswered and no
    # pattern told, they put 999 first (docs/decisions/0018).
    moment_cues: list[str] = Field(default_factory=list)
    moment_harms: list[HarmSlug] = Field(default_factory=list)
    urgent_cues: list[str]
    # Words typed short on a phone ("wiv", "rn"), read as the words they stand for; and words
    # that end in "in" as written, which are not read as typed without their "g" ("cousin").
    shorthand: dict[str, Annotated[str, Field(min_length=1)]] = Field(default_factory=dict)
    ends_in_in: frozenset[str] = frozenset()

    @cached_property
    def reassurance_negators(self) -> frozenset[str]:
        """What negates a reassurance's cue: the negators and the refusals, joined once."""
        return self.negators | self.refusals


class Gateway(Cited):
    id: str
    name: str
    law: str
    kind: Literal[
        "lawful_basis",
        "special_category",
        "statutory_power",
        "statutory_duty",
        "common_law",
        "principle",
        "exemption",
    ]
    summary: str
    when: Condition = Field(default_factory=Condition)
    action: str | None = None
    in_force_from: date | None = None
    # For sharing a concern on the platform: whom this gateway lets it go to. A gateway
    # without it is a basis for a decision, not a route to a particular partner.
    shares_with: Recipients | None = None
