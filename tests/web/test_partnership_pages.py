"""The partnership's web pages: sign-in, a practitioner's concern, the liaison officer's
inbox, sharing refused and allowed, the recipient's minimised view, and anonymous reports."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from safeshare.services import demo
from tests.web.conftest import token

PASSWORD = demo.DEMO_PASSWORD
NEW_PASSWORD = "long enough password"  # noqa: S105


@pytest.fixture
def demo_app(app: FastAPI) -> FastAPI:
    demo.load(app.state.db, app.state.intake)
    return app


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> None:
    client.post("/sign-out", data={"csrf_token": token(client)})
    response = client.post(
        "/sign-in",
        data={
            "csrf_token": token(client),
            "email": email,
            "password": password,
            "next": "/partnership",
        },
    )
    assert response.status_code == 200, response.text
    assert "Signed in as" in response.text


def post(client: TestClient, path: str, **data: str) -> object:
    return client.post(path, data={"csrf_token": token(client), **data})


def submit_concern(client: TestClient, text: str, name: str = "Robin Example") -> str:
    post(
        client, "/partnership/concerns/new", noticed=text, age_group="child", age="12", danger="no"
    )
    post(
        client,
        "/partnership/concerns/new/who-and-where",
        subject_name=name,
        subject_dob="2014-02-03",
        registration="ab12 cde",
    )
    post(
        client,
        "/partnership/concerns/new/how-you-know",
        source="1",
        how_known="saw_or_heard",
        handling="P",
    )
    check = client.get("/partnership/concerns/new/check")
    assert "Check the concern" in check.text
    response = client.post("/partnership/concerns/new/check", data={"csrf_token": token(client)})
    assert response.status_code == 200
    assert "Concern submitted" in response.text
    found = re.search(r"/partnership/concerns/([0-9a-f]{32})", str(response.url))
    assert found is not None
    return found.group(1)


def test_pages_need_a_sign_in(client: TestClient, demo_app: FastAPI) -> None:
    response = client.get("/partnership/inbox", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in?next=/partnership/inbox"


def test_a_wrong_password_is_refused_without_saying_which(
    client: TestClient, demo_app: FastAPI
) -> None:
    response = client.post(
        "/sign-in",
        data={
            "csrf_token": token(client),
            "email": "liaison@police.demo.example",
            "password": "nope",
        },
    )
    assert response.status_code == 400
    assert "Enter a correct email address and password" in response.text


def test_a_practitioner_submits_and_the_liaison_officer_shares_it(
    client: TestClient, demo_app: FastAPI
) -> None:
    sign_in(client, "practitioner@school.demo.example")
    concern_id = submit_concern(
        client,
        "Robin has come in with bruises on his face twice this week and flinches when his dad arrives.",
    )
    page = client.get(f"/partnership/concerns/{concern_id}").text
    assert "AB12CDE" in page
    assert "physical abuse" in page.lower()

    sign_in(client, "liaison@school.demo.example")
    assert concern_id in client.get("/partnership/inbox").text
    refused = post(
        client,
        f"/partnership/concerns/{concern_id}/share",
        to_organisation=_org(client, concern_id, "Greensand Housing Association"),
        purpose="Let the landlord know",
    )
    assert "Record a sharing decision" in refused.text  # type: ignore[attr-defined]
    post(
        client,
        f"/partnership/concerns/{concern_id}/decision",
        legitimate_purpose="yes",
        identifiable="yes",
        confidential="yes",
        consent="no",
        other_lawful_basis="yes",
    )
    refused = post(
        client,
        f"/partnership/concerns/{concern_id}/share",
        to_organisation=_org(client, concern_id, "Greensand Housing Association"),
        purpose="Let the landlord know",
    )
    assert "Not shared: No agreement in force" in refused.text  # type: ignore[attr-defined]
    shared = post(
        client,
        f"/partnership/concerns/{concern_id}/share",
        to_organisation=_org(client, concern_id, "Central Bedfordshire Council"),
        purpose="Children's services should assess the family",
    )
    assert "Central Bedfordshire Council" in shared.text  # type: ignore[attr-defined]

    sign_in(client, "practitioner@council.demo.example")
    seen = client.get(f"/partnership/concerns/{concern_id}").text
    assert "Shared with your organisation" in seen
    assert "bruises on his face" in seen
    assert "practitioner@school.demo.example" not in seen  # a gateway never carries the source
    assert "Who reported it was not shared" in seen
    sign_in(client, "liaison@council.demo.example")
    assert "to acknowledge (1)" in client.get("/partnership/inbox").text
    page = client.get(f"/partnership/concerns/{concern_id}").text
    disclosure = re.search(r"/partnership/disclosures/([0-9a-f]{32})/acknowledge", page)
    assert disclosure is not None
    post(client, disclosure.group(0), concern_id=concern_id)
    assert "to acknowledge (0)" in client.get("/partnership/inbox").text

    sign_in(client, "practitioner@housing.demo.example")
    assert client.get(f"/partnership/concerns/{concern_id}").status_code == 404


def _org(client: TestClient, concern_id: str, name: str) -> str:
    page = client.get(f"/partnership/concerns/{concern_id}").text
    found = re.search(rf'<option value="([0-9a-f]{{32}})">{re.escape(name)}</option>', page)
    assert found is not None, name
    return found.group(1)


def test_analysts_see_counts_and_never_cases(client: TestClient, demo_app: FastAPI) -> None:
    sign_in(client, "analyst@council.demo.example")
    page = client.get("/partnership/patterns")
    assert page.status_code == 200
    assert "fewer than 5" in page.text
    assert client.get("/partnership/inbox").status_code == 403
    assert client.get("/partnership/concerns").status_code == 403


def test_liaison_officers_see_the_audit_trail_and_agreement_alerts(
    client: TestClient, demo_app: FastAPI
) -> None:
    sign_in(client, "liaison@police.demo.example")
    audit = client.get("/partnership/audit").text
    assert "The whole audit chain checks out" in audit
    register = client.get("/partnership/agreements").text
    assert "Review due within 30 days" in register
    assert "Expired" in register
    assert "Not yet signed off" in register


def test_an_anonymous_report_keeps_no_identity_and_can_be_followed_up(
    client: TestClient, demo_app: FastAPI
) -> None:
    post(
        client,
        "/report/what-you-noticed",
        noticed="Cars stop outside number 4 for a minute at all hours and leave.",
    )
    post(client, "/report/how-you-know", how_known="saw_or_heard")
    post(client, "/report/where", place="Mill Lane", postcode="lu5 4ab")
    sent = client.post("/report/check", data={"csrf_token": token(client)})
    assert "Report sent" in sent.text
    reference = re.search(r"(C-\d{8}-[A-Z0-9]{8})", sent.text)
    code = re.search(r"<strong>([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})</strong>", sent.text)
    assert reference is not None
    assert code is not None
    status = post(client, "/report/follow-up", reference=reference.group(1), code=code.group(1))
    assert "Submitted" in status.text  # type: ignore[attr-defined]
    wrong = post(client, "/report/follow-up", reference=reference.group(1), code="0000-0000-0000")
    assert "No report matches" in wrong.text  # type: ignore[attr-defined]
    sign_in(client, "liaison@council.demo.example")
    inbox = client.get("/partnership/inbox").text
    assert reference.group(1) in inbox
    concern = re.search(
        rf'href="/partnership/concerns/([0-9a-f]{{32}})">{reference.group(1)}', inbox
    )
    assert concern is not None
    page = client.get(f"/partnership/concerns/{concern.group(1)}").text
    assert "a member of the public (anonymous)" in page
    assert "testclient" not in page  # the reporter's address was not kept


def test_administrators_manage_accounts_without_seeing_cases(
    client: TestClient, demo_app: FastAPI
) -> None:
    sign_in(client, "admin@council.demo.example")
    listing = client.get("/partnership/accounts")
    assert "liaison@police.demo.example" in listing.text
    organisation = re.search(
        r'<option value="([0-9a-f]{32})">Oakfield Academy</option>', listing.text
    )
    assert organisation is not None
    bad = post(
        client,
        "/partnership/accounts",
        email="not an email",
        name="X",
        organisation=organisation.group(1),
        role="practitioner",
        password=NEW_PASSWORD,
    )
    assert "is not an email address" in bad.text  # type: ignore[attr-defined]
    post(
        client,
        "/partnership/accounts",
        email="new.teacher@school.demo.example",
        name="New Teacher",
        organisation=organisation.group(1),
        role="practitioner",
        password=NEW_PASSWORD,
    )
    assert "new.teacher@school.demo.example" in client.get("/partnership/accounts").text
    assert client.get("/partnership/concerns").status_code == 403
    sign_in(client, "new.teacher@school.demo.example", NEW_PASSWORD)
    assert client.get("/partnership/accounts").status_code == 403
