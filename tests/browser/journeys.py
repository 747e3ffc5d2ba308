"""Steps through the journeys as a person would: by labels and buttons, not by URLs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Visit = Callable[[Any], None]


def _nothing(page: Any) -> None:
    return None


def tell(
    page: Any,
    noticed: str,
    who: str,
    role: str,
    danger: str = "No",
    age: str = "",
    on_page: Visit = _nothing,
) -> None:
    """Walks 'Should I tell someone?'; ``on_page`` sees every page on the way, and the result."""
    page.goto("/")
    on_page(page)
    page.get_by_role("button", name="Should I tell someone?").click()
    on_page(page)
    page.get_by_label("What did you notice?").fill(noticed)
    page.get_by_role("button", name="Continue").click()
    on_page(page)
    page.get_by_label(who).check()
    if age:
        page.get_by_label("How old are they? (optional)").fill(age)
    page.get_by_role("button", name="Continue").click()
    on_page(page)
    page.get_by_label(role).check()
    page.get_by_role("button", name="Continue").click()
    on_page(page)
    page.get_by_label(danger, exact=True).check()
    page.get_by_role("button", name="Continue").click()
    on_page(page)
    if danger == "Yes":
        page.get_by_role("button", name="Continue when it is safe").click()
        on_page(page)
    page.get_by_role("button", name="Get advice").click()
    on_page(page)


def share(
    page: Any, answers: list[str], record: dict[str, str] | None = None, on_page: Visit = _nothing
) -> None:
    """From the share start page: answers each question, then records the decision if asked."""
    on_page(page)
    page.get_by_role("button", name="Start").click()
    on_page(page)
    for answer in answers:
        page.get_by_label(answer, exact=True).check()
        page.get_by_role("button", name="Continue").click()
        on_page(page)
    if record is not None:
        page.get_by_role("button", name="Record this decision").click()
        on_page(page)
        for label, value in record.items():
            page.get_by_label(label).fill(value)
        page.get_by_role("button", name="Save record").click()
        on_page(page)
