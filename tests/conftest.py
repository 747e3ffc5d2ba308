from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from safeshare.knowledge import KnowledgeBase, load_knowledge

# Set by .ci/run, which starts a PostgreSQL server; SAFESHARE_REQUIRE_POSTGRES=1 makes a
# missing server a failure rather than a skip, so CI cannot pass without testing PostgreSQL.
POSTGRES_URL = os.environ.get("SAFESHARE_TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("SAFESHARE_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test run, dropped afterwards."""
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("SAFESHARE_TEST_POSTGRES_URL is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (set SAFESHARE_TEST_POSTGRES_URL)")
    name = f"safeshare_test_{secrets.token_hex(4)}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded default and on PostgreSQL; each starts with empty tables."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'safeshare.sqlite3'}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    engine = create_engine(url)
    with engine.begin() as connection:
        query = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        kept = {"alembic_version", "audit_head"}  # written by the migrations, not by tests
        found = list(connection.execute(text(query)).scalars())
        tables = [t for t in found if t not in kept]
        if tables:
            connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        if "audit_head" in found:
            connection.execute(text("UPDATE audit_head SET seq = 0, last_hash = repeat('0', 64)"))
    engine.dispose()
