"""Every route declares who may use it, and no GET changes what is stored."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from safeshare.store.models import Base
from safeshare.web.access import POLICY, flat_routes
from tests.web.conftest import tell
from tests.web.test_platform_api import World

SAMPLES = {"reference": "SD-20260101-AAAAAAAA", "slug": "fgm", "question_id": "consent"}


def route_names(app: FastAPI) -> set[str]:
    names = {str(getattr(route, "name", "")) for route in flat_routes(app.routes)}
    assert len(names) > 40  # every page, API and static route is seen
    return names


def test_every_route_declares_who_may_use_it(app: FastAPI) -> None:
    assert route_names(app) - set(POLICY) == set()


def test_the_policy_names_no_route_that_does_not_exist(app: FastAPI) -> None:
    assert set(POLICY) - route_names(app) == set()


def table_counts(app: FastAPI) -> dict[str, int]:
    with app.state.db.transaction() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def get_paths(app: FastAPI) -> list[str]:
    paths = []
    for route in flat_routes(app.routes):
        if "GET" in (getattr(route, "methods", None) or set()):
            path = str(getattr(route, "path", ""))
            paths.append(re.sub(r"\{(\w+)(:\w+)?\}", lambda m: SAMPLES.get(m.group(1), "x"), path))
    assert len(paths) > 30
    return paths


# Reads of case data are audit events by design; nothing else may change on a GET.
AUDIT_TABLES = {"audit_event", "audit_head"}


def test_no_get_changes_what_is_stored(client: TestClient, app: FastAPI) -> None:
    tell(client, "The child is always hungry.", who="child")  # something stored, and a journey open
    world = World(client, app)
    concern_id, _ = world.shared_concern()
    SAMPLES["concern_id"] = concern_id
    headers = {"Authorization": f"Bearer {world.tokens[('police', 'liaison_officer')]}"}
    before = table_counts(app)
    for path in get_paths(app):
        response = client.get(path, headers=headers)
        assert response.status_code < 500, path
    after = table_counts(app)
    assert {k: v for k, v in after.items() if k not in AUDIT_TABLES} == {
        k: v for k, v in before.items() if k not in AUDIT_TABLES
    }
    assert after["audit_event"] > before["audit_event"]  # the reads were recorded
