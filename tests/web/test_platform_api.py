"""The platform API: its contract, its refusals, and an access matrix of every concern
route x every role x the concern's own, a disclosed-to and an unrelated organisation, with
nothing leaked beyond what the one policy table allows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from safeshare.domain.policy import ROLES, may, visible_parts
from safeshare.services import accounts, agreements, audit_trail
from safeshare.services.accounts import COMMAND_LINE
from safeshare.services.agreements import AgreementDraft
from safeshare.store.models import AuditEvent
from tests.platform.conftest import SHARE

ORGS = {
    "police": ("Testshire Police", "responsible_authority", "police"),
    "housing": ("Test Homes", "isa_partner", "housing"),
    "school": ("Test Academy", "isa_partner", "education"),
}
RELATION = {"police": "own", "housing": "disclosed", "school": "other"}
CARRIED = frozenset({"summary", "observation", "subjects", "places"})
CONCERN = {
    "observation": "Young men come and go all night from the flat of a tenant with learning "
    "difficulties; he says his new friends have his key.",
    "grading": {
        "source": "2",
        "intelligence": "C",
        "handling": "C",
        "conditions": "Protect the neighbours.",
    },
    "age_group": "adult",
    "subjects": [{"name": "Alex Sample", "date_of_birth": "1980-05-17", "address": "Flat 3"}],
    "locations": [{"description": "Flat 3, Brook House", "postcode": "LU5 4AB"}],
    "vehicles": [{"registration": "ab12 cde"}],
    "phones": ["07700 900123"],
}
# What each part would reveal if it leaked.
TELLTALES = {
    "observation": "new friends have his key",
    "subjects": "Alex Sample",
    "vehicles": "AB12CDE",
    "phones": "07700900123",
    "source": "practitioner@police.test.example",
    "grading": "Protect the neighbours",
}


class World:
    def __init__(self, client: TestClient, app: FastAPI) -> None:
        self.client, self.app = client, app
        db = app.state.db
        self.tokens: dict[tuple[str, str], str] = {}
        for key, (name, kind, sector) in ORGS.items():
            accounts.create_organisation(db, COMMAND_LINE, name, kind, sector)
            for role in ROLES:
                email = f"{role}@{key}.test.example"
                accounts.create_user(db, COMMAND_LINE, email, f"{key} {role}", name, [role])
                self.tokens[(key, role)] = accounts.issue_token(db, COMMAND_LINE, email)
        today = datetime.now(UTC).date()
        agreement = agreements.create(
            db,
            app.state.knowledge,
            COMMAND_LINE,
            AgreementDraft(
                title="Tenancy safety",
                parties=["Testshire Police", "Test Homes"],
                purposes=["Protect tenants"],
                categories=["cuckooing", "drug_dealing"],
                parts=sorted(CARRIED),
                gateways=[],
                starts_on=today - timedelta(days=1),
                review_on=today + timedelta(days=100),
                expires_on=today + timedelta(days=200),
            ),
        )
        for key in ("police", "housing"):
            person = accounts.person_for_token(db, self.tokens[(key, "liaison_officer")])
            assert person is not None
            agreements.sign_off(db, person, agreement, datetime.now(UTC))

    def call(self, org: str, role: str, method: str, path: str, body: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {self.tokens[(org, role)]}"}
        return self.client.request(method, path, json=body, headers=headers)

    def concern(self) -> str:
        response = self.call("police", "practitioner", "POST", "/api/v1/concerns", CONCERN)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    def shared_concern(self) -> tuple[str, str]:
        concern_id = self.concern()
        decided = self.call(
            "police", "liaison_officer", "POST", f"/api/v1/concerns/{concern_id}/decisions", SHARE
        )
        assert decided.status_code == 201, decided.text
        shared = self.call(
            "police",
            "liaison_officer",
            "POST",
            f"/api/v1/concerns/{concern_id}/disclosures",
            {
                "to_organisation": "Test Homes",
                "purpose": "Support the tenant",
                "decision_id": decided.json()["id"],
            },
        )
        assert shared.status_code == 201, shared.text
        return concern_id, str(shared.json()["id"])


@pytest.fixture
def world(client: TestClient, app: FastAPI) -> World:
    return World(client, app)


def allowed_parts(org: str, role: str) -> frozenset[str]:
    return visible_parts([role], RELATION[org], [CARRIED], source_may_be_named=False)  # type: ignore[arg-type]


def assert_nothing_leaked(text: str, parts: frozenset[str]) -> None:
    for part, telltale in TELLTALES.items():
        if part not in parts:
            assert telltale not in text, f"{part} leaked"


def test_submitting_returns_201_with_the_id_and_the_triage(world: World) -> None:
    response = world.call("police", "practitioner", "POST", "/api/v1/concerns", CONCERN)
    assert response.status_code == 201
    body = response.json()
    assert body["id"]
    assert body["triage"]["signs"]
    assert body["vehicles"] == [{"registration": "AB12CDE", "description": None}]


def test_no_token_or_a_bad_token_is_401(world: World) -> None:
    assert world.client.get("/api/v1/concerns").status_code == 401
    response = world.client.get("/api/v1/concerns", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("org", list(ORGS))
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_reading_a_concern(world: World, org: str, role: str) -> None:
    concern_id, _ = world.shared_concern()
    parts = allowed_parts(org, role)
    one = world.call(org, role, "GET", f"/api/v1/concerns/{concern_id}")
    found = world.call(org, role, "GET", "/api/v1/concerns?subject=alex")
    if not may([role], "read_concerns"):
        assert (one.status_code, found.status_code) == (403, 403)
    elif not parts:
        assert one.status_code == 404
        assert one.json() == {"detail": "not found"}
        assert found.json() == {"concerns": []}
    else:
        assert one.status_code == 200
        assert set(one.json()["visible_parts"]) == parts
        assert [c["id"] for c in found.json()["concerns"]] == [concern_id]
    assert_nothing_leaked(one.text, parts)
    assert_nothing_leaked(found.text, parts & {"summary", "subjects"})


def expected_write(role: str, action: Any, org: str, owner_only: bool = True) -> int:
    if not may([role], action):
        return 403
    if not allowed_parts(org, role):
        return 404
    return 403 if owner_only and RELATION[org] != "own" else 200


@pytest.mark.parametrize("org", list(ORGS))
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_changing_a_concern(world: World, org: str, role: str) -> None:
    concern_id, disclosure_id = world.shared_concern()
    status = world.call(
        org, role, "POST", f"/api/v1/concerns/{concern_id}/status", {"status": "in_review"}
    )
    assert status.status_code == expected_write(role, "change_status", org)
    decision = world.call(org, role, "POST", f"/api/v1/concerns/{concern_id}/decisions", SHARE)
    assert decision.status_code == {200: 201}.get(
        *(2 * [expected_write(role, "record_decision", org)])
    )
    shared = world.call(
        org,
        role,
        "POST",
        f"/api/v1/concerns/{concern_id}/disclosures",
        {"to_organisation": "Test Homes", "purpose": "Again"},
    )
    assert shared.status_code == {200: 201}.get(*(2 * [expected_write(role, "disclose", org)]))
    receipt = world.call(org, role, "POST", f"/api/v1/disclosures/{disclosure_id}/acknowledgement")
    wanted = 403 if not may([role], "acknowledge") else (200 if org == "housing" else 404)
    assert receipt.status_code == wanted
    for response in (status, decision, shared, receipt):
        assert_nothing_leaked(response.text, allowed_parts(org, role))


@pytest.mark.parametrize("org", list(ORGS))
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_the_inbox_and_agreements(world: World, org: str, role: str) -> None:
    world.shared_concern()
    inbox = world.call(org, role, "GET", "/api/v1/inbox")
    assert inbox.status_code == (200 if may([role], "change_status") else 403)
    if inbox.status_code == 200:
        body = inbox.json()
        assert len(body["new"]) == (1 if org == "police" else 0)
        assert len(body["to_acknowledge"]) == (1 if org == "housing" else 0)
    assert_nothing_leaked(inbox.text, allowed_parts(org, role) & {"summary", "subjects"})
    register = world.call(org, role, "GET", "/api/v1/agreements")
    assert register.status_code == (200 if may([role], "view_agreements") else 403)


def test_a_disclosure_without_a_basis_is_403_with_the_reason(world: World) -> None:
    concern_id = world.concern()
    world.call(
        "police", "liaison_officer", "POST", f"/api/v1/concerns/{concern_id}/decisions", SHARE
    )
    response = world.call(
        "police",
        "liaison_officer",
        "POST",
        f"/api/v1/concerns/{concern_id}/disclosures",
        {"to_organisation": "Test Academy", "purpose": "Let them know"},
    )
    assert response.status_code == 403
    assert "No agreement in force" in response.json()["detail"]


def audit_count(app: FastAPI) -> int:
    with app.state.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("subjects", [{"name": "Sam", "date_of_birth": "31/02/2020"}], "date"),
        ("observation", "x" * 20_001, "at most 20000"),
        ("vehicles", [{"registration": "!!"}], "not a vehicle registration"),
        ("phones", ["call me"], "not a phone number"),
        ("grading", {"source": "1", "intelligence": "A", "handling": "C"}, "conditions"),
        ("locations", [{"description": "Park", "postcode": "nowhere"}], "postcode"),
        ("colour", "blue", "Extra inputs"),
    ],
)
def test_bad_input_is_a_422_that_names_the_problem_and_stores_nothing(
    world: World, field: str, value: Any, message: str
) -> None:
    before = audit_count(world.app)
    response = world.call(
        "police", "practitioner", "POST", "/api/v1/concerns", {**CONCERN, field: value}
    )
    assert response.status_code in (413, 422)
    assert message in response.text or response.status_code == 413
    assert audit_count(world.app) == before
    assert world.call("police", "liaison_officer", "GET", "/api/v1/concerns").json() == {
        "concerns": []
    }


def test_a_duplicate_submission_is_409_and_stores_nothing(world: World) -> None:
    world.concern()
    before = audit_count(world.app)
    again = world.call("police", "practitioner", "POST", "/api/v1/concerns", CONCERN)
    assert again.status_code == 409
    assert "already submitted" in again.json()["detail"]
    assert audit_count(world.app) == before


def test_an_unknown_organisation_is_a_clear_error(world: World) -> None:
    concern_id = world.concern()
    world.call(
        "police", "liaison_officer", "POST", f"/api/v1/concerns/{concern_id}/decisions", SHARE
    )
    response = world.call(
        "police",
        "liaison_officer",
        "POST",
        f"/api/v1/concerns/{concern_id}/disclosures",
        {"to_organisation": "Nobody Ltd", "purpose": "x"},
    )
    assert response.status_code == 422
    assert "Nobody Ltd" in response.json()["detail"]


def test_every_write_route_appends_to_the_audit_chain(world: World) -> None:
    """Each successful write through the API adds at least one event, and the chain holds."""
    writes = []
    before = audit_count(world.app)
    concern_id = world.concern()
    writes.append(("submit", before))
    steps = [
        (
            "police",
            "liaison_officer",
            f"/api/v1/concerns/{concern_id}/status",
            {"status": "in_review"},
        ),
        ("police", "liaison_officer", f"/api/v1/concerns/{concern_id}/decisions", SHARE),
        (
            "police",
            "liaison_officer",
            f"/api/v1/concerns/{concern_id}/disclosures",
            {"to_organisation": "Test Homes", "purpose": "Support"},
        ),
    ]
    for org, role, path, body in steps:
        count = audit_count(world.app)
        response = world.call(org, role, "POST", path, body)
        assert response.status_code in (200, 201), response.text
        assert audit_count(world.app) > count, path
        if path.endswith("disclosures"):
            disclosure_id = response.json()["id"]
    count = audit_count(world.app)
    receipt = world.call(
        "housing", "liaison_officer", "POST", f"/api/v1/disclosures/{disclosure_id}/acknowledgement"
    )
    assert receipt.status_code == 200
    assert audit_count(world.app) > count
    assert audit_trail.check_chain(world.app.state.db).ok


AGREEMENT = {
    "title": "Schools and police",
    "parties": ["Testshire Police", "Test Academy"],
    "purposes": ["Keep pupils safe from exploitation"],
    "categories": ["child_criminal_exploitation"],
    "fields": ["summary", "observation", "subjects"],
    "gateways": ["children-act-2004-s11"],
    "starts_on": "2026-01-01",
    "review_on": "2027-01-01",
    "expires_on": "2028-01-01",
}


@pytest.mark.parametrize("role", ROLES)
def test_only_administrators_add_agreements(world: World, role: str) -> None:
    response = world.call("police", role, "POST", "/api/v1/agreements", AGREEMENT)
    assert response.status_code == (201 if role == "admin" else 403)
    if role == "admin":
        body = response.json()
        assert body["in_force"] is False
        assert [a["alert"] for a in body["alerts"]] == ["awaiting_sign_off"]


def test_an_agreement_comes_into_force_when_every_party_signs_it_off(world: World) -> None:
    made = world.call("police", "admin", "POST", "/api/v1/agreements", AGREEMENT).json()
    path = f"/api/v1/agreements/{made['id']}/sign-off"
    assert world.call("housing", "liaison_officer", "POST", path).status_code == 403  # not a party
    assert world.call("police", "practitioner", "POST", path).status_code == 403
    for org in ("police", "school"):
        assert world.call(org, "liaison_officer", "POST", path).status_code == 200
    register = world.call("police", "admin", "GET", "/api/v1/agreements").json()["agreements"]
    assert next(a for a in register if a["id"] == made["id"])["in_force"] is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"review_on": "2029-01-01"}, "dates must run"),
        ({"parties": ["Testshire Police", "Nobody Ltd"]}, "no organisation called"),
        ({"categories": ["gossip"]}, "unknown harm categories"),
        ({"fields": ["everything"]}, "fields must be"),
        ({"starts_on": "2026-13-01"}, "date"),
    ],
)
def test_a_bad_agreement_is_refused_and_nothing_is_added(
    world: World, change: dict[str, Any], message: str
) -> None:
    before = world.call("police", "admin", "GET", "/api/v1/agreements").json()["agreements"]
    response = world.call("police", "admin", "POST", "/api/v1/agreements", {**AGREEMENT, **change})
    assert response.status_code == 422
    assert message in response.text
    after = world.call("police", "admin", "GET", "/api/v1/agreements").json()["agreements"]
    assert after == before


WEB_PASSWORD = "a long enough password"  # noqa: S105


def web_sign_in(world: World, org: str, role: str) -> None:
    accounts.set_password(
        world.app.state.db, COMMAND_LINE, f"{role}@{org}.test.example", WEB_PASSWORD
    )
    client = world.client
    client.cookies.clear()
    page = client.get("/sign-in").text
    csrf = page.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        "/sign-in",
        data={"csrf_token": csrf, "email": f"{role}@{org}.test.example", "password": WEB_PASSWORD},
    )
    assert "Signed in as" in response.text


@pytest.mark.parametrize("org", list(ORGS))
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_the_web_pages(world: World, org: str, role: str) -> None:
    concern_id, _ = world.shared_concern()
    web_sign_in(world, org, role)
    parts = allowed_parts(org, role)
    page = world.client.get(f"/partnership/concerns/{concern_id}")
    listing = world.client.get("/partnership/concerns?subject=alex")
    inbox = world.client.get("/partnership/inbox")
    if not may([role], "read_concerns"):
        assert (page.status_code, listing.status_code) == (403, 403)
    else:
        assert page.status_code == (200 if parts else 404)
        assert listing.status_code == 200
    assert inbox.status_code == (200 if may([role], "change_status") else 403)
    for response in (page, listing, inbox):
        assert_nothing_leaked(
            response.text, parts if response is page else parts & {"summary", "subjects"}
        )
