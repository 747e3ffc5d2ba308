from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from tests.web.conftest import tell, token

KEYS = ("legitimate_purpose", "identifiable", "confidential", "consent", "other_lawful_basis")


def page(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def answer_all(
    client: TestClient, answers: dict[str, str], start_from: str | None = None
) -> BeautifulSoup:
    csrf = token(client)
    response = client.post(
        "/share/start", data={"csrf_token": csrf, **({"from": start_from} if start_from else {})}
    )
    while response.url.path.startswith("/share/question/"):
        question = response.url.path.rsplit("/", 1)[-1]
        response = client.post(
            response.url.path, data={"csrf_token": csrf, "answer": answers[question]}
        )
    assert response.url.path == "/share/outcome"
    return page(response.text)


@pytest.mark.parametrize(
    ("answers", "heading"),
    [
        (dict.fromkeys(KEYS, "yes"), "You can share the information"),
        (
            {**dict.fromkeys(KEYS, "yes"), "consent": "no", "other_lawful_basis": "no"},
            "Do not share the information",
        ),
        ({**dict.fromkeys(KEYS, "yes"), "confidential": "unsure"}, "Seek advice before you decide"),
        (
            {**dict.fromkeys(KEYS, "yes"), "legitimate_purpose": "no"},
            "Do not share the information",
        ),
    ],
)
def test_each_outcome(client: TestClient, answers: dict[str, str], heading: str) -> None:
    soup = answer_all(client, answers)
    assert soup.h1.get_text(strip=True) == heading
    assert soup.select("h2")[0].get_text(strip=True) == "Why"
    assert any(
        "Record your decision" in label.get_text()
        for label in soup.select(".govuk-checkboxes__label")
    )


def test_questions_have_hints_sources_and_an_unsure_answer(client: TestClient) -> None:
    csrf = token(client)
    soup = page(client.post("/share/start", data={"csrf_token": csrf}).text)
    assert (
        soup.h1.get_text(strip=True)
        == "Is there a clear and legitimate purpose for sharing the information?"
    )
    assert soup.select_one(".govuk-hint").get_text(strip=True)
    assert "I'm not sure" in [
        label.get_text(strip=True) for label in soup.select(".govuk-radios__label")
    ]
    assert "Source:" in soup.select_one(".safeshare-source").get_text()


def test_the_consent_question_explains_sharing_without_consent(client: TestClient) -> None:
    soup = page(client.get("/share/question/consent").text)
    details = soup.select_one(".govuk-details").get_text()
    assert "place a child at increased risk of significant harm" in details
    assert "there is a public health interest" in details


def test_an_unanswered_question_is_an_error(client: TestClient) -> None:
    response = client.post("/share/question/identifiable", data={"csrf_token": token(client)})
    assert response.status_code == 400
    assert (
        "Select yes, no or I'm not sure"
        in page(response.text).select_one(".govuk-error-summary").get_text()
    )


def test_answers_carry_over_from_should_i_tell_someone(client: TestClient) -> None:
    result = tell(
        client,
        "She told me she has had FGM and was cut when she was younger.",
        who="child",
        age="12",
        role="school",
    )
    reference = result.rsplit("/", 1)[-1]
    assert f"/share/start?from={reference}" in client.get(result).text
    soup = answer_all(client, dict.fromkeys(KEYS, "yes"), start_from=reference)
    laws = [h.get_text(strip=True) for h in soup.select("h3.govuk-heading-s")]
    assert "FGM mandatory reporting duty" in laws
    assert "Child protection enquiries" in laws


def test_recording_a_decision_gives_a_reference_json_and_pdf(client: TestClient) -> None:
    answer_all(client, dict.fromkeys(KEYS, "yes"))
    csrf = token(client)
    response = client.post(
        "/share/record",
        data={
            "csrf_token": csrf,
            "decided_by": "Sam Jones",
            "role": "Designated safeguarding lead",
            "organisation": "Oak School",
            "shared": "Attendance and what the child said",
            "recipient": "Access & Referral Hub",
        },
    )
    soup = page(response.text)
    reference = response.url.path.rsplit("/", 1)[-1]
    assert soup.select_one(".govuk-panel__title").get_text(strip=True) == "Decision recorded"
    assert reference in soup.select_one(".govuk-panel__body").get_text()
    record = json.loads(client.get(f"/share/record/{reference}/json").text)
    assert record["decided_by"]["name"] == "Sam Jones"
    assert record["outcome"] == "share"
    pdf = client.get(f"/share/record/{reference}/pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_record_form_errors(client: TestClient) -> None:
    answer_all(client, dict.fromkeys(KEYS, "yes"))
    response = client.post(
        "/share/record",
        data={"csrf_token": token(client), "decided_by": "", "role": "DSL", "organisation": ""},
    )
    summary = page(response.text).select_one(".govuk-error-summary").get_text()
    assert response.status_code == 400
    assert "Enter your name" in summary
    assert "Enter your organisation" in summary


def test_an_unknown_record_is_not_found(client: TestClient) -> None:
    assert client.get("/share/record/SD-20260101-AAAAAAAA").status_code == 404


def test_changing_an_earlier_answer_asks_later_ones_again(client: TestClient) -> None:
    answer_all(client, dict.fromkeys(KEYS, "yes"))
    response = client.post(
        "/share/question/identifiable", data={"csrf_token": token(client), "answer": "yes"}
    )
    assert response.url.path == "/share/question/confidential"


def test_back_goes_to_the_previous_question(client: TestClient) -> None:
    csrf = token(client)
    client.post("/share/start", data={"csrf_token": csrf})
    client.post("/share/question/legitimate_purpose", data={"csrf_token": csrf, "answer": "yes"})
    soup = page(client.get("/share/question/identifiable").text)
    assert soup.select_one(".govuk-back-link")["href"] == "/share/question/legitimate_purpose"
