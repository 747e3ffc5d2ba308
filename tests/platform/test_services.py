"""Concerns, disclosures, accounts and the audit chain through the services, on SQLite and
PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select, update

from safeshare.domain.concerns import ConcernError, Subject
from safeshare.services import accounts, audit_trail, concerns, disclosures, subject_records
from safeshare.services.access import NotAllowedError
from safeshare.services.accounts import COMMAND_LINE, SignInError
from safeshare.services.concerns import DuplicateConcernError
from safeshare.services.disclosures import DisclosureRefusedError, UnknownOrganisationError
from safeshare.services.storage import NotFoundError
from safeshare.store.audit import AuditError
from safeshare.store.models import ApiToken, AuditEvent, Base, Organisation
from tests.platform.conftest import NOW, PASSWORD, SHARE, Partnership, sample_submission


def counts(p: Partnership) -> dict[str, int]:
    with p.db.transaction() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


def submit(
    p: Partnership, text: str | None = None, name: str = "Alex Sample"
) -> concerns.ConcernView:
    return concerns.submit(
        p.db, p.intake, p.person("police", "practitioner"), sample_submission(text, name), NOW
    )


def test_a_submitted_concern_is_triaged_graded_and_normalised(partnership: Partnership) -> None:
    view = submit(partnership)
    data = view.to_dict()
    assert data["reference"].startswith("C-")
    assert data["status"] == "submitted"
    assert "cuckooing" in data["categories"]
    assert data["grading"]["code"] == "2CC"
    assert data["vehicles"][0]["registration"] == "AB12CDE"
    assert data["phones"] == ["07700900123"]
    assert data["retain_until"] == "2032-11-25"


def test_the_same_concern_twice_in_a_day_is_refused_and_nothing_is_added(
    partnership: Partnership,
) -> None:
    first = submit(partnership)
    before = counts(partnership)
    with pytest.raises(DuplicateConcernError) as caught:
        submit(partnership)
    assert caught.value.reference == first.reference
    assert counts(partnership) == before


def test_roles_that_may_not_submit_are_refused(partnership: Partnership) -> None:
    for role in ("analyst", "admin"):
        with pytest.raises(NotAllowedError):
            concerns.submit(
                partnership.db,
                partnership.intake,
                partnership.person("police", role),
                sample_submission(),
                NOW,
            )


def test_another_organisation_gets_not_found(partnership: Partnership) -> None:
    view = submit(partnership)
    for role in ("practitioner", "liaison_officer"):
        with pytest.raises(NotFoundError):
            concerns.get(partnership.db, partnership.person("school", role), view.id)
    assert concerns.find(partnership.db, partnership.person("school", "practitioner")) == []


def share_with_housing(p: Partnership, concern_id: str) -> dict[str, object]:
    officer = p.person("police", "liaison_officer")
    decision = disclosures.record_sharing_decision(p.db, p.base, officer, concern_id, SHARE, NOW)
    assert decision["outcome"] == "share"
    return disclosures.disclose(
        p.db,
        p.base,
        officer,
        concern_id,
        "Test Homes",
        "The landlord can visit and support the tenant.",
        NOW,
        decision_id=str(decision["id"]),
    )


def test_sharing_under_an_agreement_gives_the_recipient_a_minimised_view(
    partnership: Partnership,
) -> None:
    view = submit(partnership)
    shared = share_with_housing(partnership, view.id)
    assert "Tenancy safety" in " ".join(shared["basis"])  # type: ignore[arg-type]
    received = concerns.get(partnership.db, partnership.person("housing", "practitioner"), view.id)
    data = received.to_dict()
    assert received.relation == "disclosed"
    assert set(data) >= {"observation", "subjects", "places", "status"}
    for withheld in ("vehicles", "phones", "grading", "source", "triage", "decisions"):
        assert withheld not in data
    officer_view = concerns.get(
        partnership.db, partnership.person("housing", "liaison_officer"), view.id
    )
    assert [d["to"] for d in officer_view.to_dict()["disclosures"]] == ["Test Homes"]


def test_sharing_needs_a_recorded_decision_first(partnership: Partnership) -> None:
    view = submit(partnership)
    officer = partnership.person("police", "liaison_officer")
    before = counts(partnership)
    with pytest.raises(DisclosureRefusedError, match="Record a sharing decision"):
        disclosures.disclose(
            partnership.db, partnership.base, officer, view.id, "Test Homes", "Support.", NOW
        )
    after = counts(partnership)
    assert after["disclosure"] == before["disclosure"]
    assert after["audit_event"] == before["audit_event"] + 1  # the refusal is on the record


def test_no_agreement_or_gateway_is_refused_unless_justified(partnership: Partnership) -> None:
    view = submit(partnership)
    officer = partnership.person("police", "liaison_officer")
    disclosures.record_sharing_decision(
        partnership.db, partnership.base, officer, view.id, SHARE, NOW
    )
    with pytest.raises(DisclosureRefusedError, match="No agreement in force"):
        disclosures.disclose(
            partnership.db, partnership.base, officer, view.id, "Test Academy", "Tell them.", NOW
        )
    shared = disclosures.disclose(
        partnership.db,
        partnership.base,
        officer,
        view.id,
        "Test Academy",
        "Tell them.",
        NOW,
        justification="The tenant's teenage son attends the academy and may be drawn in tonight.",
    )
    assert shared["overridden"] is True
    seen = concerns.get(partnership.db, partnership.person("school", "practitioner"), view.id)
    assert set(seen.to_dict()) == {
        "id",
        "reference",
        "observation",
        "subjects",
        "age",
        "age_group",
        "reporter_setting",
        "immediate_danger",
        "status",
        "created_at",
        "updated_at",
        "categories",
        "urgency",
        "organisation",
        "retain_until",
    }


def test_unknown_recipients_are_a_clear_error(partnership: Partnership) -> None:
    view = submit(partnership)
    officer = partnership.person("police", "liaison_officer")
    with pytest.raises(UnknownOrganisationError, match="Nobody Ltd"):
        disclosures.disclose(
            partnership.db, partnership.base, officer, view.id, "Nobody Ltd", "Tell them.", NOW
        )


def test_practitioners_cannot_share_or_change_status(partnership: Partnership) -> None:
    view = submit(partnership)
    practitioner = partnership.person("police", "practitioner")
    with pytest.raises(NotAllowedError):
        disclosures.disclose(
            partnership.db, partnership.base, practitioner, view.id, "Test Homes", "x", NOW
        )
    with pytest.raises(NotAllowedError):
        concerns.change_status(partnership.db, practitioner, view.id, "in_review", NOW)


def test_the_recipient_acknowledges_and_the_inbox_empties(partnership: Partnership) -> None:
    view = submit(partnership)
    shared = share_with_housing(partnership, view.id)
    officer = partnership.person("housing", "liaison_officer")
    assert [w["reference"] for w in concerns.inbox(partnership.db, officer).to_acknowledge] == [
        view.reference
    ]
    receipt = disclosures.acknowledge(partnership.db, officer, str(shared["id"]), NOW)
    assert receipt["acknowledged_at"]
    assert concerns.inbox(partnership.db, officer).to_acknowledge == []
    with pytest.raises(NotFoundError):  # the sender cannot acknowledge its own disclosure
        disclosures.acknowledge(
            partnership.db, partnership.person("police", "liaison_officer"), str(shared["id"]), NOW
        )


def test_status_moves_and_the_inbox_follows(partnership: Partnership) -> None:
    view = submit(partnership)
    officer = partnership.person("police", "liaison_officer")
    assert [v.id for v in concerns.inbox(partnership.db, officer).new] == [view.id]
    concerns.change_status(partnership.db, officer, view.id, "in_review", NOW)
    box = concerns.inbox(partnership.db, officer)
    assert [v.id for v in box.in_review] == [view.id]
    with pytest.raises(ConcernError, match="can move to"):
        concerns.change_status(partnership.db, officer, view.id, "submitted", NOW)


def test_a_subjects_chronology_spans_every_concern_the_person_may_see(
    partnership: Partnership,
) -> None:
    submit(partnership)
    submit(partnership, "He was seen again today handing small packets through car windows.")
    submit(partnership, "An unrelated concern about someone else entirely.", name="Sam Other")
    entries = subject_records.chronology(
        partnership.db, partnership.person("police", "liaison_officer"), "alex sample"
    )
    assert len([e for e in entries if e["what"].startswith("Concern submitted")]) == 2
    assert (
        subject_records.chronology(
            partnership.db, partnership.person("school", "practitioner"), "Alex Sample"
        )
        == []
    )


def test_a_subject_access_export_holds_their_records(partnership: Partnership) -> None:
    view = submit(partnership)
    export = subject_records.subject_records(
        partnership.db, partnership.person("police", "liaison_officer"), "Alex Sample", None, None
    )
    assert [c["id"] for c in export["concerns"]] == [view.id]
    with pytest.raises(NotAllowedError):
        subject_records.subject_records(
            partnership.db, partnership.person("police", "practitioner"), "Alex Sample", None, None
        )


def test_sign_in_locks_out_after_five_failures(partnership: Partnership) -> None:
    accounts.set_password(
        partnership.db, COMMAND_LINE, "practitioner@police.test.example", PASSWORD
    )
    email = "practitioner@police.test.example"
    assert accounts.sign_in(partnership.db, email, PASSWORD, "127.0.0.1", NOW).email == email
    for _ in range(5):
        with pytest.raises(SignInError, match="correct email address and password"):
            accounts.sign_in(partnership.db, email, "wrong password!!", "127.0.0.1", NOW)
    with pytest.raises(SignInError, match="locked"):
        accounts.sign_in(partnership.db, email, PASSWORD, "127.0.0.1", NOW)
    later = NOW + timedelta(minutes=16)
    assert accounts.sign_in(partnership.db, email, PASSWORD, "127.0.0.1", later).email == email
    with pytest.raises(SignInError, match="correct email address and password"):
        accounts.sign_in(partnership.db, "nobody@test.example", PASSWORD, None, NOW)


def test_api_tokens_are_stored_only_as_hashes(partnership: Partnership) -> None:
    token = accounts.issue_token(
        partnership.db, COMMAND_LINE, "liaison_officer@police.test.example"
    )
    with partnership.db.transaction() as session:
        stored = session.scalars(select(ApiToken.token_hash)).all()
    assert token not in stored
    assert len(stored) == 1
    person = accounts.person_for_token(partnership.db, token)
    assert person is not None
    assert person.email == "liaison_officer@police.test.example"
    accounts.revoke_tokens(partnership.db, COMMAND_LINE, "liaison_officer@police.test.example")
    assert accounts.person_for_token(partnership.db, token) is None


def test_every_read_and_write_of_a_concern_is_an_audit_event(partnership: Partnership) -> None:
    def events() -> list[tuple[str, str | None]]:
        with partnership.db.transaction() as session:
            rows = session.execute(
                select(AuditEvent.action, AuditEvent.actor_id).order_by(AuditEvent.seq)
            ).all()
        return [(a, b) for a, b in rows]

    start = len(events())
    view = submit(partnership)
    concerns.get(partnership.db, partnership.person("police", "liaison_officer"), view.id)
    share_with_housing(partnership, view.id)
    concerns.get(partnership.db, partnership.person("housing", "practitioner"), view.id)
    actions = [action for action, _ in events()[start:]]
    assert actions == [
        "concern.submit",
        "concern.read",
        "decision.record",
        "disclosure.create",
        "concern.read",
    ]
    assert all(actor for _, actor in events()[start:])
    assert audit_trail.check_chain(partnership.db).ok


def test_a_write_with_nobody_to_answer_for_it_is_refused(partnership: Partnership) -> None:
    def sneak() -> None:
        with partnership.db.transaction() as session:
            session.add(Organisation(id="x" * 32, name="Sneaky", kind="other", sector="other"))

    with pytest.raises(AuditError):
        sneak()
    assert "Sneaky" not in [o.name for o in accounts.organisations(partnership.db)]


def tamper(p: Partnership, how: str) -> None:
    with p.db.engine.begin() as connection:
        table = AuditEvent.__table__
        if how == "change":
            connection.execute(update(table).where(table.c.seq == 5).values(actor="someone else"))
        elif how == "delete":
            connection.execute(delete(table).where(table.c.seq == 5))
        elif how == "reorder":
            rows = {
                r.seq: r._mapping
                for r in connection.execute(select(table).where(table.c.seq.in_([5, 6])))
            }
            for seq, other in ((5, 6), (6, 5)):
                values = {k: v for k, v in rows[other].items() if k != "seq"}
                connection.execute(update(table).where(table.c.seq == seq).values(**values))
        elif how == "delete_last":
            last = connection.execute(select(func.max(table.c.seq))).scalar_one()
            connection.execute(delete(table).where(table.c.seq == last))


@pytest.mark.parametrize("how", ["change", "delete", "reorder", "delete_last"])
def test_tampering_with_the_audit_trail_is_detected(partnership: Partnership, how: str) -> None:
    submit(partnership)
    assert audit_trail.check_chain(partnership.db).ok
    tamper(partnership, how)
    verdict = audit_trail.check_chain(partnership.db)
    assert not verdict.ok
    assert verdict.first_bad is not None
    if how != "delete_last":
        assert verdict.first_bad == 5


def test_concurrent_submissions_keep_one_unbroken_chain(partnership: Partnership) -> None:
    people = [
        partnership.person("police", "practitioner"),
        partnership.person("housing", "practitioner"),
    ]

    def one(n: int) -> str:
        person = people[n % 2]
        return concerns.submit(
            partnership.db,
            partnership.intake,
            person,
            sample_submission(
                f"Concern number {n}: cars stop outside the flat for a minute.", f"Person {n}"
            ),
            NOW,
        ).id

    with ThreadPoolExecutor(max_workers=6) as pool:
        ids = list(pool.map(one, range(24)))
    assert len(set(ids)) == 24
    verdict = audit_trail.check_chain(partnership.db)
    assert verdict.ok, verdict.problem


def test_bad_subject_details_store_nothing(partnership: Partnership) -> None:
    before = counts(partnership)
    with pytest.raises(ConcernError):
        Subject("", None)
    assert counts(partnership) == before


# Tables that hold no partnership case data: anonymous triage answers seen only by the
# browser that made them, unfinished journeys, and the audit chain itself.
NOT_CASE_DATA = {"triage_submission", "journey", "audit_event", "audit_head"}


def test_every_table_of_case_data_is_audited_on_write() -> None:
    for mapper in Base.registry.mappers:
        table = mapper.class_.__tablename__
        if table not in NOT_CASE_DATA:
            assert callable(getattr(mapper.class_, "audit_key", None)), table
