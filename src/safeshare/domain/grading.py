"""The 3x5x2 intelligence grading: how reliable the source is, how the source knows, and
how the information may be handled (College of Policing APP, Intelligence management).

Lay people are never asked to grade themselves: they are asked how they know, which maps
to the intelligence code, and their source code is "untested" until someone who knows
them says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = {"1": "Reliable", "2": "Untested", "3": "Not reliable"}
INTELLIGENCE = {
    "A": "Known directly to the source",
    "B": "Known indirectly to the source but corroborated",
    "C": "Known indirectly to the source",
    "D": "Not known",
    "E": "Suspected to be false",
}
HANDLING = {
    "P": "Lawful sharing permitted",
    "C": "Lawful sharing permitted with conditions",
}
# "How do you know?" in a reporter's words, and the intelligence code it gives.
HOW_KNOWN = {
    "saw_or_heard": ("I saw or heard it myself", "A"),
    "told_and_confirmed": ("I was told, and someone else confirmed it", "B"),
    "told": ("Someone told me", "C"),
    "not_sure": ("I'm not sure", "D"),
}
PUBLIC_CONDITIONS = (
    "Reported anonymously by a member of the public: do not try to identify or contact the "
    "reporter, and do not pass on anything that could identify them."
)


class GradingError(ValueError):
    """A grading that is not one of the codes, said in plain words."""


@dataclass(frozen=True)
class Grading:
    source: str
    intelligence: str
    handling: str
    conditions: str | None = None

    def __post_init__(self) -> None:
        if self.source not in SOURCE:
            raise GradingError(f"source must be 1, 2 or 3, not {self.source!r}")
        if self.intelligence not in INTELLIGENCE:
            raise GradingError(f"intelligence must be A, B, C, D or E, not {self.intelligence!r}")
        if self.handling not in HANDLING:
            raise GradingError(f"handling must be P or C, not {self.handling!r}")
        if self.handling == "C" and not (self.conditions or "").strip():
            raise GradingError("handling code C needs its conditions written down")
        if self.handling == "P" and self.conditions:
            raise GradingError("handling code P has no conditions: use C to set some")

    @property
    def code(self) -> str:
        return f"{self.source}{self.intelligence}{self.handling}"

    @property
    def source_may_be_named(self) -> bool:
        """Only permitted handling lets the source's identity travel with the information."""
        return self.handling == "P"

    def describe(self) -> str:
        text = (
            f"{self.code}: source {SOURCE[self.source].lower()}; "
            f"{INTELLIGENCE[self.intelligence].lower()}; {HANDLING[self.handling].lower()}"
        )
        return f"{text} ({self.conditions})" if self.conditions else text


def public_grading(how_known: str) -> Grading:
    """The grading of an anonymous report from the public: untested source, the code its
    "how do you know?" answer gives, and conditions that protect the reporter."""
    if how_known not in HOW_KNOWN:
        raise GradingError(f"how you know must be one of {', '.join(HOW_KNOWN)}")
    return Grading("2", HOW_KNOWN[how_known][1], "C", PUBLIC_CONDITIONS)
