from __future__ import annotations

from typing import Any

import pytest

from tests.browser.journeys import share, tell

SCENARIOS = [
    (
        "As a dinner lady you gradually notice a child becoming quieter. They no longer interact with "
        "other children and are often wearing ripped clothing.",
        "A child or young person (under 18)",
        "School, college or nursery",
        "Neglect",
        "Head Teacher or designated safeguarding lead",
    ),
    (
        "At least once a week you have been noticing the same car stop on your road. The driver goes "
        "into an alleyway, returns with a package and drives off.",
        "I'm not sure",
        "A neighbour or member of the public",
        "Drug dealing",
        "Police non-emergency number",
    ),
    (
        "You live next to wealthy neighbours. You often see a young adult in unkempt clothes mowing the "
        "lawn, painting the fence and washing the windows. When you visit, they take a while to open the "
        "door and the young adult runs out of view.",
        "An adult (18 or over)",
        "A neighbour or member of the public",
        "Modern slavery and human trafficking",
        "Police non-emergency number",
    ),
]
RECORD = {
    "Your name": "Sam Jones",
    "Your role": "Designated safeguarding lead",
    "Your organisation": "Oak School",
}


@pytest.mark.parametrize(("noticed", "who", "role", "sign", "first"), SCENARIOS)
def test_both_journeys_for_a_leaflet_scenario(
    page: Any, noticed: str, who: str, role: str, sign: str, first: str
) -> None:
    tell(page, noticed, who, role)
    assert page.locator("h1").inner_text() == "Yes, tell someone"
    assert sign in page.locator("h3.govuk-heading-m").all_inner_texts()
    assert page.locator("ol.govuk-list--number h3").first.inner_text() == first
    page.get_by_role("link", name="Can I share this information?").click()
    share(page, ["Yes", "Yes", "Yes", "No", "Yes"], RECORD)
    assert page.locator(".govuk-panel__title").inner_text() == "Decision recorded"
    reference = page.locator(".govuk-panel__body strong").inner_text()
    assert reference.startswith("SD-")
    assert "Sam Jones" in page.locator(".govuk-summary-list").inner_text()


def test_danger_goes_to_call_999_first(page: Any) -> None:
    page.goto("/tell/what-you-noticed")
    page.get_by_label("What did you notice?").fill("He is threatening her with a knife right now.")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("An adult (18 or over)").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("A neighbour or member of the public").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    assert page.locator("h1").inner_text() == "Call 999 now"
    assert page.locator('a[href="tel:999"]').first.is_visible()


def test_validation_errors_are_shown_and_linked(page: Any) -> None:
    page.goto("/tell/what-you-noticed")
    page.get_by_role("button", name="Continue").click()
    summary = page.locator(".govuk-error-summary")
    assert "Describe what you noticed" in summary.inner_text()
    summary.get_by_role("link", name="Describe what you noticed").click()
    assert page.evaluate("document.activeElement.id") == "noticed"


def test_works_with_javascript_off(chromium: Any, server: str) -> None:
    context = chromium.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    tell(page, SCENARIOS[0][0], SCENARIOS[0][1], SCENARIOS[0][2])
    assert page.locator("h1").inner_text() == "Yes, tell someone"
    page.get_by_role("link", name="Can I share this information?").click()
    share(page, ["Yes", "Yes", "I'm not sure"])
    assert page.locator("h1").inner_text() == "Seek advice before you decide"
    context.close()


def test_works_on_a_phone(chromium: Any, server: str) -> None:
    context = chromium.new_context(
        base_url=server, viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    tell(page, SCENARIOS[1][0], SCENARIOS[1][1], SCENARIOS[1][2])
    assert page.locator("h1").inner_text() == "Yes, tell someone"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, "the page scrolls sideways on a phone"
    context.close()
