"""Storage on SQLite and PostgreSQL: migrations, the model, and nothing half-stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from safeshare.domain.decision import Context, decide
from safeshare.domain.observation import Observation
from safeshare.domain.records import Decider
from safeshare.knowledge import KnowledgeBase
from safeshare.services.journeys import Journeys
from safeshare.services.sharing_decisions import get_record, record_decision
from safeshare.services.storage import NotFoundError, StoreError, open_database
from safeshare.services.triage_submissions import get_submission, submit_observation
from safeshare.store.db import make_engine
from safeshare.store.migrate import downgrade, pinned_head, script_head, upgrade
from safeshare.store.models import Base, DecisionRecord, TriageSubmission
from safeshare.store.repositories import add_decision_record, save_journey

TABLES = {
    "triage_submission",
    "decision_record",
    "journey",
    "organisation",
    "user_account",
    "api_token",
    "agreement",
    "agreement_party",
    "concern",
    "concern_subject",
    "concern_place",
    "concern_vehicle",
    "concern_phone",
    "disclosure",
    "audit_event",
    "audit_head",
}
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_the_head_revision_is_pinned() -> None:
    assert script_head() == pinned_head() == "0003"


def test_migrations_upgrade_and_downgrade(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    downgrade(database_url, "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    upgrade(database_url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_the_models_match_the_migrations(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_triage_submission_round_trips(database_url: str, base: KnowledgeBase) -> None:
    db = open_database(database_url)
    observation = Observation(
        "The child is always hungry.", age=7, age_group="child", reporter_setting="school"
    )
    stored = submit_observation(db, observation, base, NOW)
    fetched = get_submission(db, stored.reference)
    assert fetched.observation == replace(observation, locality="Central Bedfordshire")
    assert fetched.created_at == NOW
    assert fetched.result["signs"][0]["category"] == "neglect"
    db.dispose()


def test_a_decision_record_round_trips(database_url: str, base: KnowledgeBase) -> None:
    db = open_database(database_url)
    decision = decide(
        dict.fromkeys(("legitimate_purpose", "identifiable", "confidential", "consent"), "yes"),
        Context(),
        base,
    )
    record = record_decision(
        db, decision, Decider("Sam", "DSL", "Oak School"), NOW, "attendance", "the hub"
    )
    assert get_record(db, record["reference"]) == record
    with pytest.raises(NotFoundError):
        get_record(db, "SD-20260101-NOTTHERE")
    db.dispose()


def test_a_failed_transaction_stores_nothing(database_url: str) -> None:
    db = open_database(database_url)

    def write_then_fail() -> None:
        with db.transaction() as session:
            session.add(
                DecisionRecord(
                    reference="SD-X",
                    created_at=NOW,
                    decided_by="a",
                    role="b",
                    organisation="c",
                    outcome="share",
                    record={},
                )
            )
            session.flush()
            raise RuntimeError("something failed after the write")

    with pytest.raises(RuntimeError):
        write_then_fail()
    with db.transaction() as session:
        assert session.query(DecisionRecord).count() == 0
    db.dispose()


def test_a_clashing_reference_is_a_clear_error_and_keeps_the_first(database_url: str) -> None:
    db = open_database(database_url)
    row = {
        "reference": "SD-SAME",
        "created_at": NOW,
        "decided_by": "a",
        "role": "b",
        "organisation": "c",
        "outcome": "share",
    }
    with db.transaction() as session:
        add_decision_record(session, DecisionRecord(**row, record={"first": True}))
    with (
        pytest.raises(StoreError, match="clashes with one already stored"),
        db.transaction() as session,
    ):
        add_decision_record(session, DecisionRecord(**row, record={"first": False}))
    with db.transaction() as session:
        assert [r.record for r in session.query(DecisionRecord).all()] == [{"first": True}]
    db.dispose()


def test_journeys_expire(database_url: str) -> None:
    db = open_database(database_url)
    journeys = Journeys(db, lifetime_seconds=3600)
    journeys.save("token-a", "tell", {"noticed": "something"})
    assert journeys.load("token-a", "tell") == {"noticed": "something"}
    assert journeys.load("token-a", "share") == {}
    with db.transaction() as session:
        save_journey(
            session, "token-a", "tell", {"noticed": "old"}, datetime.now(UTC) - timedelta(seconds=1)
        )
    assert journeys.load("token-a", "tell") == {}
    journeys.finish("token-a")
    db.dispose()


def test_times_come_back_in_utc(database_url: str, base: KnowledgeBase) -> None:
    db = open_database(database_url)
    local = datetime(2026, 6, 1, 12, 0, tzinfo=UTC).astimezone(
        __import__("zoneinfo").ZoneInfo("Europe/London")
    )
    stored = submit_observation(db, Observation("hello"), base, local)
    with db.transaction() as session:
        row = session.query(TriageSubmission).filter_by(reference=stored.reference).one()
        assert row.created_at == local
        assert row.created_at.tzinfo == UTC
    db.dispose()
