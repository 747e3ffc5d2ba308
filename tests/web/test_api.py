from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

YES = dict.fromkeys(
    ("legitimate_purpose", "identifiable", "confidential", "consent", "other_lawful_basis"), "yes"
)


def test_triage_has_the_contract_shape(client: TestClient) -> None:
    response = client.post(
        "/api/v1/triage",
        json={
            "id": "a1",
            "text": "The child is always hungry.",
            "age": 7,
            "reporter_setting": "school",
        },
    )
    body = response.json()
    assert response.status_code == 200
    assert set(body) == {"id", "concern", "urgency", "signs", "routes", "explanation"}
    assert body["id"] == "a1"
    assert body["signs"][0]["category"] == "neglect"
    assert body["routes"][0]["route"] == "designated_safeguarding_lead"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": "x", "age": -1}, "age"),
        ({"text": "x", "age_group": "elderly"}, "age_group"),
        ({"text": "x", "colour": "red"}, "colour"),
    ],
)
def test_triage_says_what_is_wrong(
    client: TestClient, payload: dict[str, object], field: str
) -> None:
    response = client.post("/api/v1/triage", json=payload)
    assert response.status_code == 422
    assert field in [problem["field"] for problem in response.json()["errors"]]


def test_unknown_setting_and_locality_are_422(client: TestClient) -> None:
    assert (
        "unknown reporter setting"
        in client.post("/api/v1/triage", json={"text": "x", "reporter_setting": "moon"}).json()[
            "detail"
        ]
    )
    assert (
        "unknown locality"
        in client.post("/api/v1/triage", json={"text": "x", "locality": "Atlantis"}).json()[
            "detail"
        ]
    )


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/v1/triage", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "not valid JSON" in response.json()["detail"]


def test_oversized_body_is_413(client: TestClient) -> None:
    response = client.post("/api/v1/triage", json={"text": "x" * 70_000})
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


def test_decide_without_a_record_stores_nothing(client: TestClient) -> None:
    response = client.post("/api/v1/decisions", json={**YES, "subject_age": 12, "category": "fgm"})
    body = response.json()
    assert response.status_code == 200
    assert body["outcome"] == "share"
    assert body["reference"] is None
    assert "fgm-mandatory-reporting" in [g["id"] for g in body["gateways"]]


def test_decide_asks_for_the_next_question(client: TestClient) -> None:
    body = client.post("/api/v1/decisions", json={"legitimate_purpose": "yes"}).json()
    assert body["outcome"] == "need_more_answers"
    assert body["next_question"]["id"] == "identifiable"


def test_a_recorded_decision_can_be_read_back(client: TestClient) -> None:
    record = {"decided_by": "Sam", "role": "DSL", "organisation": "Oak School"}
    created = client.post("/api/v1/decisions", json={**YES, "record": record})
    reference = created.json()["reference"]
    assert created.status_code == 201
    fetched = client.get(f"/api/v1/decisions/{reference}")
    assert fetched.status_code == 200
    assert fetched.json()["decided_by"]["organisation"] == "Oak School"


def test_an_unfinished_decision_cannot_be_recorded_and_nothing_is_stored(
    client: TestClient, app
) -> None:  # type: ignore[no-untyped-def]
    record = {"decided_by": "Sam", "role": "DSL", "organisation": "Oak School"}
    response = client.post(
        "/api/v1/decisions", json={"legitimate_purpose": "yes", "record": record}
    )
    assert response.status_code == 422
    assert "answer every question" in response.json()["detail"]
    from tests.web.test_routes import table_counts

    assert table_counts(app)["decision_record"] == 0


def test_bad_answers_are_422(client: TestClient) -> None:
    response = client.post("/api/v1/decisions", json={"consent": "perhaps"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "consent"


def test_unknown_reference_is_404(client: TestClient) -> None:
    response = client.get("/api/v1/decisions/SD-20260101-AAAAAAAA")
    assert response.status_code == 404
    assert "no decision record" in response.json()["detail"]


def test_knowledge_endpoints(client: TestClient) -> None:
    assert len(client.get("/api/v1/harms").json()) == 23
    assert client.get("/api/v1/harms/fgm").json()["name"].startswith("Female genital mutilation")
    assert client.get("/api/v1/harms/dragons").status_code == 404
    assert {r["slug"] for r in client.get("/api/v1/routes").json()} >= {
        "emergency_999",
        "police_101",
    }
    area = client.get("/api/v1/localities/central-bedfordshire").json()
    assert area["services"]["childrens_services_front_door"]["phone"] == "0300 300 8585"
    assert client.get("/api/v1/flowchart").json()["start"] == "legitimate_purpose"
    assert any(g["id"] == "cda1998-s115" for g in client.get("/api/v1/gateways").json())


def test_openapi_document_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/triage", "/api/v1/decisions", "/api/v1/decisions/{reference}"} <= set(paths)
    assert not any(path.startswith("/tell") for path in paths)
