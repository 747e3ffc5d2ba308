from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from safeshare.settings import Settings, SettingsError
from tests.web.conftest import tell, token


@pytest.mark.parametrize("path", ["/", "/tell/what-you-noticed", "/api/v1/harms", "/nope"])
def test_strict_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-request-id"]


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    html = client.get("/").text + client.get("/tell/call-999").text
    assert "<script>" not in html
    assert "style=" not in html
    assert "onclick" not in html


def test_session_cookie_is_signed_http_only_and_same_site(client: TestClient) -> None:
    response = client.get("/tell/what-you-noticed")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("safeshare_session=")
    assert "httponly" in cookie.lower()
    assert "samesite=lax" in cookie.lower()
    client.cookies.set("safeshare_session", "tampered")
    assert (
        client.post("/tell/what-you-noticed", data={"csrf_token": "x", "noticed": "y"}).status_code
        == 400
    )


def test_personal_details_never_reach_the_log(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    personal = "Zebediah-Quartermaine lives at 42 Wisteria Lane"
    with caplog.at_level(logging.DEBUG):
        tell(client, f"{personal}; the child is always hungry.", who="child", age="9")
        client.post("/api/v1/triage", json={"text": personal})
    assert any('"event": "request"' in record.getMessage() for record in caplog.records)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Zebediah" not in logged
    assert "Wisteria" not in logged


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValueError, match="SAFESHARE_SECRET_KEY"):
        Settings(environment="production")
    Settings(environment="production", secret_key="s" * 40)


def test_settings_errors_say_what_to_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    from safeshare.settings import get_settings

    monkeypatch.setenv("SAFESHARE_ENVIRONMENT", "production")
    get_settings.cache_clear()
    try:
        with pytest.raises(SettingsError, match="SAFESHARE_SECRET_KEY must be set"):
            get_settings()
    finally:
        get_settings.cache_clear()


def test_oversized_form_is_refused_and_nothing_kept(client: TestClient) -> None:
    csrf = token(client)
    response = client.post(
        "/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": "x" * 80_000}
    )
    assert response.status_code == 413
    assert client.get("/tell/what-you-noticed").status_code == 200


def test_locality_form_only_redirects_within_the_site(client: TestClient) -> None:
    response = client.post(
        "/locality",
        data={
            "csrf_token": token(client),
            "locality": "luton",
            "next": "https://elsewhere.example",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_an_unexpected_failure_shows_a_helpful_page_and_logs_no_detail(
    client: TestClient,
    app,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr("safeshare.web.pages.tell.submit_observation", broken)
    monkeypatch.setattr("safeshare.api.v1.triage", broken)
    failing = TestClient(app, raise_server_exceptions=False)
    csrf = token(failing)
    failing.post(
        "/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": "Private words here"}
    )
    failing.post("/tell/who-is-it-about", data={"csrf_token": csrf, "who": "child"})
    failing.post("/tell/your-role", data={"csrf_token": csrf, "role": "school"})
    failing.post("/tell/immediate-danger", data={"csrf_token": csrf, "danger": "no"})
    page = failing.post("/tell/check-your-answers", data={"csrf_token": csrf})
    assert page.status_code == 500
    assert "Sorry, there is a problem with the service" in page.text
    assert "call 999" in page.text
    api = failing.post("/api/v1/triage", json={"text": "x"})
    assert api.status_code == 500
    assert api.json() == {"detail": "Something went wrong on our side; nothing was stored."}
    assert "Private words" not in "\n".join(record.getMessage() for record in caplog.records)
