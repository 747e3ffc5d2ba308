"""The partnership in a real browser: a practitioner submits a concern, the liaison officer
finds it in the inbox, a disclosure is refused and then allowed, and the recipient sees the
minimised view; every page is scanned with axe-core."""

from __future__ import annotations

from typing import Any

from safeshare.services.demo import DEMO_PASSWORD
from tests.browser.test_accessibility import serious


def sign_in(page: Any, email: str) -> None:
    page.goto("/sign-in")
    if page.get_by_role("button", name="Sign out").count():
        page.get_by_role("button", name="Sign out").click()
        page.goto("/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert "Signed in as" in page.content()


def test_a_concern_from_submission_to_the_recipients_minimised_view(platform_page: Any) -> None:
    page = platform_page
    problems: list[str] = []
    sign_in(page, "practitioner@school.demo.example")
    problems += serious(page)
    page.get_by_role("link", name="Submit a concern or intelligence").click()
    page.get_by_label("What was noticed?").fill(
        "Kai, 10, said his mum's boyfriend locks him in his room all weekend and he is often hungry."
    )
    page.get_by_label("A child (under 18)").check()
    page.get_by_label("No", exact=True).check()
    problems += serious(page)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("The person's full name").fill("Kai Browser")
    page.get_by_label("A vehicle registration (optional)").fill("xy99 zzz")
    problems += serious(page)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Reliable", exact=True).check()
    page.get_by_label("They were told", exact=True).check()
    page.get_by_label("Yes, it may be shared lawfully without conditions").check()
    problems += serious(page)
    page.get_by_role("button", name="Continue").click()
    problems += serious(page)
    page.get_by_role("button", name="Submit the concern").click()
    assert page.locator(".govuk-panel__title").inner_text() == "Concern submitted"
    reference = page.locator(".govuk-panel__body strong").inner_text()
    problems += serious(page)

    sign_in(page, "liaison@school.demo.example")
    page.goto("/partnership/inbox")
    problems += serious(page)
    page.get_by_role("link", name=reference).click()
    page.select_option("#to_organisation", label="Greensand Housing Association")
    page.get_by_label("Why you are sharing it").fill("The family are tenants")
    page.get_by_role("button", name="Share").click()
    assert "Record a sharing decision" in page.locator(".govuk-error-summary").inner_text()
    problems += serious(page)
    for question, answer in [
        ("legitimate_purpose", "Yes"),
        ("identifiable", "Yes"),
        ("confidential", "Yes"),
        ("consent", "No"),
        ("other_lawful_basis", "Yes"),
    ]:
        page.locator(
            f"input[name='{question}'][value='{ {'Yes': 'yes', 'No': 'no'}[answer] }']"
        ).check()
    page.get_by_role("button", name="Record the decision").click()
    page.select_option("#to_organisation", label="Greensand Housing Association")
    page.get_by_label("Why you are sharing it").fill("The family are tenants")
    page.get_by_role("button", name="Share").click()
    assert "No agreement in force" in page.locator(".govuk-error-summary").inner_text()
    page.select_option("#to_organisation", label="Central Bedfordshire Council")
    page.get_by_label("Why you are sharing it").fill("Children's services should assess")
    page.get_by_role("button", name="Share").click()
    assert "Central Bedfordshire Council" in page.locator("#disclosures + ul").inner_text()
    problems += serious(page)

    sign_in(page, "liaison@council.demo.example")
    page.goto("/partnership/inbox")
    page.get_by_role("link", name=reference).click()
    body = page.locator("main").inner_text()
    assert "Shared with your organisation" in body
    assert "locks him in his room" in body
    assert "Who reported it was not shared" in body
    problems += serious(page)
    page.get_by_role("button", name="Acknowledge receipt").click()
    assert "acknowledged" in page.locator("#disclosures + ul").inner_text()
    assert problems == []


def test_the_agreements_register_and_audit_trail_are_accessible(platform_page: Any) -> None:
    page = platform_page
    sign_in(page, "liaison@police.demo.example")
    problems: list[str] = []
    for path in [
        "/partnership",
        "/partnership/agreements",
        "/partnership/audit",
        "/partnership/concerns",
        "/partnership/chronology?subject=Alex+Sample",
        "/report",
        "/report/follow-up",
    ]:
        page.goto(path)
        problems += serious(page)
    assert "Review due within 30 days" in page.goto("/partnership/agreements").text()
    sign_in(page, "admin@council.demo.example")
    page.goto("/partnership/accounts")
    problems += serious(page)
    sign_in(page, "analyst@council.demo.example")
    page.goto("/partnership/patterns")
    problems += serious(page)
    assert problems == []
