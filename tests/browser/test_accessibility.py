"""axe-core on every page a person can reach, in both journeys and the guidance."""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

from tests.browser.journeys import share, tell

AXE = Axe()
STATIC_PAGES = [
    "/",
    "/locality",
    "/tell/what-you-noticed",
    "/share/start",
    "/guidance",
    "/guidance/why-share",
    "/guidance/the-law",
    "/guidance/who-must-share",
    "/guidance/sharing-without-consent",
    "/guidance/confidentiality",
    "/guidance/principles",
    "/guidance/signs",
    "/guidance/signs/fgm",
    "/guidance/contacts",
    "/share/question/consent",
    "/no-such-page",
]


def serious(page: Any) -> list[str]:
    violations = AXE.run(page).response["violations"]
    return [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def test_static_pages_have_no_serious_violations(page: Any) -> None:
    problems = []
    for path in STATIC_PAGES:
        page.goto(path)
        problems += serious(page)
    assert problems == []


def test_journey_pages_have_no_serious_violations(page: Any) -> None:
    problems: list[str] = []

    def scan(current: Any) -> None:
        problems.extend(serious(current))

    tell(
        page,
        "The child is always hungry and steals food.",
        "A child or young person (under 18)",
        "School, college or nursery",
        danger="Yes",
        age="8",
        on_page=scan,
    )
    page.get_by_role("link", name="Can I share this information?").click()
    share(
        page,
        ["Yes", "Yes", "Yes", "Yes"],
        {"Your name": "Sam", "Your role": "DSL", "Your organisation": "Oak School"},
        on_page=scan,
    )
    assert page.locator(".govuk-panel__title").inner_text() == "Decision recorded"
    assert problems == []


def test_error_states_have_no_serious_violations(page: Any) -> None:
    problems = []
    for path, button in [
        ("/tell/what-you-noticed", "Continue"),
        ("/tell/who-is-it-about", "Continue"),
        ("/share/question/identifiable", "Continue"),
        ("/locality", "Continue"),
    ]:
        page.goto(path)
        page.get_by_role("button", name=button).click()
        assert page.locator(".govuk-error-summary").is_visible() or path == "/locality"
        problems += serious(page)
    assert problems == []


def test_the_scan_finds_a_real_problem(page: Any) -> None:
    page.goto("/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')"
    )
    assert any("image-alt" in problem for problem in serious(page))
