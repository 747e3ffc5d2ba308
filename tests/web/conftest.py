from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from safeshare.settings import Settings
from safeshare.web.app import create_app

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        environment="test",
        data_dir=tmp_path,
        database_url=database_url,
        secret_key="test-secret-" + "x" * 32,
    )


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings)
    yield application
    application.state.db.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


def token(client: TestClient) -> str:
    found = CSRF.search(client.get("/tell/what-you-noticed").text)
    assert found is not None
    return found.group(1)


def tell(
    client: TestClient,
    noticed: str,
    who: str = "unknown",
    age: str = "",
    role: str = "other",
    danger: str = "no",
) -> str:
    """Walks 'Should I tell someone?' and returns the result page's path."""
    csrf = token(client)
    client.post("/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": noticed})
    client.post("/tell/who-is-it-about", data={"csrf_token": csrf, "who": who, "age": age})
    client.post("/tell/your-role", data={"csrf_token": csrf, "role": role})
    client.post("/tell/immediate-danger", data={"csrf_token": csrf, "danger": danger})
    response = client.post("/tell/check-your-answers", data={"csrf_token": csrf})
    assert response.status_code == 200, response.text
    return response.url.path
