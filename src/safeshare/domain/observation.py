"""What a reporter tells us, and what triage works out from their words when fields are missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from safeshare.domain.cues import find, hit
from safeshare.domain.text import Token, Typing, tokenise
from safeshare.knowledge.schema import SETTING_SLUGS, AgeGroup, Inference

ADULT_AGE = 18
_AGE_PATTERNS = (
    re.compile(r"\b(\d{1,3})\s*(?:-|\s)?\s*(?:years?|yrs?|yr)[\s-]*old\b"),
    re.compile(r"\baged?\s+(\d{1,3})\b"),
    re.compile(r"\b(\d{1,3})\s*(?:or|/|-|to)\s*\d{1,3}\s*(?:-|\s)?\s*(?:years?|yrs?)[\s-]*old\b"),
    # "she says he is 13", "who's 15": a bare number after "is", unless a unit follows it
    re.compile(
        r"\b(?:he|she|they|who)(?:\s+(?:is|was|are)|'s)\s+"
        r"(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|barely\s+)?(\d{1,2})\b"
        r"(?![\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|times?|pounds?|"
        r"quid|percent|am|pm|o'clock|feet|foot|stone|kg|cm|inches|th|st|nd|rd)\b)(?!%|:|\.\d)"
    ),
    re.compile(r"\bin\s+(?:his|her|their)\s+(\d)0s\b"),
)
# A baby's age is told in months, weeks or days ("a 7 month old"): kept in whole years.
_INFANT_AGE = re.compile(r"\b(\d{1,2})\s*(?:-|\s)?\s*(month|week|day)s?[\s-]*old\b")
_PER_YEAR = {"month": 12, "week": 52, "day": 365}
_UNDER_AGE = re.compile(r"\bunder\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b")


class ObservationError(ValueError):
    """An observation that cannot be triaged, with a message saying why."""


@dataclass(frozen=True)
class Observation:
    text: str
    age: int | None = None
    age_group: AgeGroup = "unknown"
    reporter_setting: str | None = None
    immediate_danger: bool | None = None
    locality: str | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        if not self.text or not self.text.strip():
            raise ObservationError("describe what you noticed: the text is empty")
        if len(self.text) > 20_000:
            raise ObservationError("the description is too long: keep it under 20,000 characters")
        if self.age is not None and not 0 <= self.age <= 120:
            raise ObservationError(f"age must be between 0 and 120, not {self.age}")
        if self.age_group not in ("child", "adult", "unknown"):
            raise ObservationError(
                f"age group must be child, adult or unknown, not {self.age_group!r}"
            )
        if self.reporter_setting is not None and self.reporter_setting not in SETTING_SLUGS:
            known = ", ".join(SETTING_SLUGS)
            raise ObservationError(
                f"unknown reporter setting {self.reporter_setting!r}; use one of {known}"
            )


@dataclass(frozen=True)
class Inferred:
    """An observation with every field filled in, and notes on what was inferred from the text."""

    observation: Observation
    tokens: list[Token]
    age: int | None
    age_group: AgeGroup
    setting: str
    immediate_danger: bool
    urgent_words: bool
    notes: list[str]
    care_needs: bool = False
    habitual: bool = False  # tells of a pattern ("every weekend") rather than a moment


def infer(observation: Observation, rules: Inference) -> Inferred:
    tokens = tokenise(observation.text, Typing(rules.shorthand, rules.ends_in_in))
    notes: list[str] = []
    age = (
        observation.age if observation.age is not None else _age_from_text(observation.text, rules)
    )
    if observation.age is None and age is not None:
        notes.append(f"Age {age} was read from the description.")
    age_group = _age_group(observation, age, tokens, rules, notes)
    setting = observation.reporter_setting or _setting_from_text(tokens, rules, notes)
    # Safety first: words that describe danger now put 999 first even when the person
    # answered "no" to the danger question, because a wrong "no" costs far more.
    danger = bool(observation.immediate_danger)
    cues = rules.danger_now_cues if observation.immediate_danger is False else rules.danger_cues
    if not danger and any(_danger_hit(cue, tokens, rules) for cue in cues):
        danger = True
        notes.append(
            "The description suggests someone may be in immediate danger, although you said no."
            if observation.immediate_danger is False
            else "The description suggests someone may be in immediate danger."
        )
    urgent = any(_hit(cue, tokens, rules) for cue in rules.urgent_cues)
    care_needs = age_group == "adult" and (
        setting in ("care_home", "social_care")
        or any(_hit(cue, tokens, rules) for cue in rules.care_needs_cues)
    )
    completed = replace(
        observation, age=age, age_group=age_group, reporter_setting=setting, immediate_danger=danger
    )
    habitual = any(_hit(cue, tokens, rules) for cue in rules.habit_cues)
    return Inferred(
        completed, tokens, age, age_group, setting, danger, urgent, notes, care_needs, habitual
    )


def _hit(cue: str, tokens: list[Token], rules: Inference) -> bool:
    return hit(cue, tokens, rules.negators, rules.negation_breakers)


def _danger_hit(cue: str, tokens: list[Token], rules: Inference) -> bool:
    """A danger cue that is neither negated nor placed in the past ("caught with a knife")."""
    return danger_words(cue, tokens, rules) is not None


def danger_words(cue: str, tokens: list[Token], rules: Inference) -> str | None:
    """The words a danger cue matched, as written; None if it did not match, or only
    negated or in the past."""
    match = find(
        cue,
        tokens,
        rules.negators,
        rules.negation_breakers,
        rules.danger_past_markers,
        rules.danger_past_after,
    )
    if match is None or match.negated:
        return None
    return " ".join(token.raw for token in tokens[match.start : match.end])


def _age_from_text(text: str, rules: Inference) -> int | None:
    lowered = text.lower()
    for pattern in _AGE_PATTERNS:
        found = pattern.search(lowered)
        if found:
            value = int(found.group(1))
            return value * 10 if pattern is _AGE_PATTERNS[-1] else value
    infant = _INFANT_AGE.search(lowered)
    if infant:
        return int(infant.group(1)) // _PER_YEAR[infant.group(2)]
    for name, value in rules.child_ages.items():
        if re.search(rf"\b{re.escape(name)}\b", lowered):
            return value
    return None


def _age_group(
    observation: Observation,
    age: int | None,
    tokens: list[Token],
    rules: Inference,
    notes: list[str],
) -> AgeGroup:
    if observation.age_group != "unknown":
        return observation.age_group
    if age is not None:
        return "child" if age < ADULT_AGE else "adult"
    under = _UNDER_AGE.search(observation.text.lower())
    if under and int(under.group(1)) <= ADULT_AGE:
        notes.append("The person seems to be a child (the description says 'under' an age).")
        return "child"
    counts = dict.fromkeys(("child", "adult"), 0)
    for cue in rules.age_cues:
        if cue.age_group in counts:
            counts[cue.age_group] += sum(_hit(c, tokens, rules) for c in cue.cues)
    if counts["child"] == counts["adult"]:
        return "unknown"
    group: AgeGroup = "child" if counts["child"] > counts["adult"] else "adult"
    notes.append(
        f"The person seems to be {'a child' if group == 'child' else 'an adult'}, "
        "from the words used."
    )
    return group


def _setting_from_text(tokens: list[Token], rules: Inference, notes: list[str]) -> str:
    """The setting whose words come first: "As a doctor, ..." says who is speaking."""
    best: tuple[int, str] | None = None
    for setting, cues in rules.setting_cues.items():
        for cue in cues:
            match = find(cue, tokens)
            if match and (best is None or match.start < best[0]):
                best = (match.start, setting)
    if best is None:
        return "other"
    notes.append(
        f"You seem to be {rules.setting_names.get(best[1], best[1])}, from the words used."
    )
    return best[1]
