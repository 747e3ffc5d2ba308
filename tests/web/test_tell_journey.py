from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from tests.web.conftest import tell, token


def page(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def answer(client: TestClient, noticed: str, **fields: str) -> BeautifulSoup:
    """The result page of 'Should I tell someone?' for these answers."""
    return page(client.get(tell(client, noticed, **fields)).text)


def test_start_page_says_what_the_service_does_and_999(client: TestClient) -> None:
    soup = page(client.get("/").text)
    assert soup.h1.get_text(strip=True) == "Get advice on sharing a worry about someone's safety"
    assert "If someone is in immediate danger" in soup.select_one(".govuk-warning-text").get_text()
    assert soup.select_one('a[href="tel:999"]') is not None


@pytest.mark.parametrize(
    ("noticed", "who", "role", "sign", "first_contact"),
    [
        (
            "As a dinner lady I notice a child becoming quieter. They no longer interact with other "
            "children and are often wearing ripped clothing.",
            "child",
            "school",
            "Neglect",
            "Head Teacher or designated safeguarding lead",
        ),
        (
            "The same car stops on my road every week. The driver goes into an alleyway, returns with "
            "a package and drives off.",
            "unknown",
            "neighbour_public",
            "Drug dealing",
            "Police non-emergency number",
        ),
        (
            "A care home resident's son visits on the same date every month and the resident says he "
            "has no money despite receiving benefits.",
            "adult",
            "care_home",
            "Financial or material abuse",
            "Your manager (or the home's safeguarding lead)",
        ),
    ],
)
def test_leaflet_scenarios_end_to_end(
    client: TestClient, noticed: str, who: str, role: str, sign: str, first_contact: str
) -> None:
    soup = page(client.get(tell(client, noticed, who=who, role=role)).text)
    assert soup.h1.get_text(strip=True) == "Yes, tell someone"
    assert sign in [h.get_text(strip=True) for h in soup.select("h3.govuk-heading-m")]
    contacts = [h.get_text(strip=True) for h in soup.select("ol.govuk-list--number h3")]
    assert contacts[0] == first_contact


def test_result_shows_numbers_as_phone_links(client: TestClient) -> None:
    soup = answer(
        client, "The child is always hungry and steals food.", who="child", role="neighbour_public"
    )
    assert soup.select_one('a[href="tel:03003008585"]').get_text() == "0300 300 8585"


def test_changing_area_changes_the_numbers(client: TestClient) -> None:
    csrf = token(client)
    client.post("/locality", data={"csrf_token": csrf, "locality": "luton", "next": "/"})
    soup = answer(
        client, "The child is always hungry and steals food.", who="child", role="neighbour_public"
    )
    assert soup.select_one('a[href="tel:01582547653"]') is not None
    assert "Your area: Luton" in soup.select_one(".govuk-service-navigation").get_text()


def test_danger_goes_straight_to_call_999(client: TestClient) -> None:
    csrf = token(client)
    client.post("/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": "He has a knife."})
    client.post("/tell/who-is-it-about", data={"csrf_token": csrf, "who": "adult"})
    client.post("/tell/your-role", data={"csrf_token": csrf, "role": "neighbour_public"})
    response = client.post("/tell/immediate-danger", data={"csrf_token": csrf, "danger": "yes"})
    soup = page(response.text)
    assert response.url.path == "/tell/call-999"
    assert soup.h1.get_text(strip=True) == "Call 999 now"
    result = page(client.post("/tell/check-your-answers", data={"csrf_token": csrf}).text)
    assert next(
        h.get_text(strip=True) for h in result.select("ol.govuk-list--number h3")
    ).startswith("Police, ambulance or fire service")


def test_ordinary_life_gets_no_concern_advice(client: TestClient) -> None:
    soup = page(
        client.get(
            tell(
                client,
                "The children were excited about the school trip today.",
                who="child",
                role="school",
            )
        ).text
    )
    assert soup.h1.get_text(strip=True) == "This does not look like a sign of harm"
    assert "If in doubt, always ask" in soup.get_text()


@pytest.mark.parametrize(
    ("path", "data", "message"),
    [
        ("/tell/what-you-noticed", {"noticed": "  "}, "Describe what you noticed"),
        (
            "/tell/what-you-noticed",
            {"noticed": "x" * 5001},
            "Description must be 5,000 characters or fewer",
        ),
        ("/tell/who-is-it-about", {"who": ""}, "Select who it is about"),
        (
            "/tell/who-is-it-about",
            {"who": "child", "age": "ten"},
            "Age must be a whole number, like 14",
        ),
        (
            "/tell/who-is-it-about",
            {"who": "child", "age": "30"},
            "The age does not match your answer",
        ),
        ("/tell/your-role", {}, "Select where you noticed this"),
        (
            "/tell/immediate-danger",
            {"danger": "maybe"},
            "Select yes if anyone is in immediate danger",
        ),
    ],
)
def test_validation_errors_are_summarised_and_inline(
    client: TestClient, path: str, data: dict[str, str], message: str
) -> None:
    response = client.post(path, data={"csrf_token": token(client), **data})
    soup = page(response.text)
    assert response.status_code == 400
    assert soup.title.get_text().startswith("Error: ")
    summary = soup.select_one(".govuk-error-summary")
    assert message in summary.get_text()
    assert message in soup.select_one(".govuk-error-message").get_text()
    assert summary.select_one("a")["href"].startswith("#")


def test_check_answers_sends_you_back_to_what_is_missing(client: TestClient) -> None:
    csrf = token(client)
    client.post("/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": "Something odd"})
    response = client.get("/tell/check-your-answers")
    assert response.url.path == "/tell/who-is-it-about"


def test_check_answers_lists_answers_with_change_links(client: TestClient) -> None:
    csrf = token(client)
    client.post("/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": "Always hungry"})
    client.post("/tell/who-is-it-about", data={"csrf_token": csrf, "who": "child", "age": "7"})
    client.post("/tell/your-role", data={"csrf_token": csrf, "role": "school"})
    client.post("/tell/immediate-danger", data={"csrf_token": csrf, "danger": "no"})
    soup = page(client.get("/tell/check-your-answers").text)
    values = [v.get_text(strip=True) for v in soup.select(".govuk-summary-list__value")]
    assert values == [
        "Always hungry",
        "A child or young person (under 18), aged 7",
        "School, college or nursery",
        "No",
    ]
    changes = [a["href"] for a in soup.select(".govuk-summary-list__actions a")]
    assert "/tell/your-role" in changes


def test_a_result_is_private_to_the_browser_that_made_it(client: TestClient, app) -> None:  # type: ignore[no-untyped-def]
    path = tell(client, "The child is always hungry.", who="child")
    assert client.get(path).status_code == 200
    with TestClient(app) as stranger:
        response = stranger.get(path)
    assert response.status_code == 404
    assert "always hungry" not in response.text


def test_forms_without_a_csrf_token_are_refused(client: TestClient) -> None:
    response = client.post("/tell/what-you-noticed", data={"noticed": "something"})
    assert response.status_code == 400
    assert "The form has expired" in response.text
