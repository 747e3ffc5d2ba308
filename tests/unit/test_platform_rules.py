"""The platform's pure rules: grading, identifiers, need-to-know, disclosure, agreements
and the audit chain."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safeshare.domain.agreements import AgreementError, AgreementTerms, alerts
from safeshare.domain.audit import GENESIS, event_hash, verify
from safeshare.domain.concerns import (
    ConcernDetails,
    ConcernError,
    Place,
    Subject,
    Vehicle,
    check_move,
)
from safeshare.domain.disclosure import GATEWAY_PARTS, OVERRIDE_PARTS, Recipient, may_disclose
from safeshare.domain.grading import Grading, GradingError, public_grading
from safeshare.domain.identifiers import IdentifierError, name_key, phone, registration
from safeshare.domain.policy import ACTIONS, PARTS, ROLES, SHAREABLE, may, visible_parts
from safeshare.knowledge import KnowledgeBase
from safeshare.knowledge.schema import Facts

TODAY = date(2026, 11, 25)


def test_grading_codes_and_their_rules() -> None:
    assert Grading("1", "A", "P").code == "1AP"
    assert Grading("2", "C", "C", "no further sharing").source_may_be_named is False
    with pytest.raises(GradingError, match="conditions"):
        Grading("1", "A", "C")
    with pytest.raises(GradingError, match="source must be 1, 2 or 3"):
        Grading("4", "A", "P")
    with pytest.raises(GradingError, match="intelligence"):
        Grading("1", "F", "P")


def test_the_public_are_never_asked_to_grade_themselves() -> None:
    grading = public_grading("saw_or_heard")
    assert (grading.source, grading.intelligence, grading.handling) == ("2", "A", "C")
    assert "reporter" in (grading.conditions or "")
    assert public_grading("told").intelligence == "C"


@pytest.mark.parametrize(
    ("typed", "normal"), [("ab12 cde", "AB12CDE"), ("AB-12-CDE", "AB12CDE"), ("x1", "X1")]
)
def test_registrations_are_written_one_way(typed: str, normal: str) -> None:
    assert registration(typed) == normal


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("07700 900123", "07700900123"),
        ("+44 7700 900123", "07700900123"),
        ("+33 1 23 45 67 89", "+33123456789"),
    ],
)
def test_phone_numbers_are_written_one_way(typed: str, normal: str) -> None:
    assert phone(typed) == normal


@pytest.mark.parametrize("bad", ["123", "phone me", "+44"])
def test_a_bad_phone_number_is_refused(bad: str) -> None:
    with pytest.raises(IdentifierError):
        phone(bad)


def test_names_match_whatever_way_they_are_typed() -> None:
    assert name_key("  Zoë  O'Brien ") == name_key("zoe o brien")


def test_concern_details_are_checked_before_anything_is_stored() -> None:
    with pytest.raises(ConcernError, match="not a past date"):
        Subject("Sam", date.today() + timedelta(days=1))
    with pytest.raises(ConcernError, match="postcode"):
        Place("The park", "not a postcode")
    with pytest.raises(ConcernError, match="registration"):
        Vehicle("!!")
    with pytest.raises(ConcernError, match="at most 20"):
        ConcernDetails(subjects=tuple(Subject(f"Person {n}") for n in range(21)))
    assert Place("The park", "lu5 4ab").postcode == "LU5 4AB"


def test_a_concern_moves_only_to_its_next_statuses() -> None:
    check_move("submitted", "in_review")
    with pytest.raises(ConcernError, match="can move to"):
        check_move("submitted", "action_taken")
    with pytest.raises(ConcernError, match="unknown status"):
        check_move("submitted", "lost")


def test_every_action_names_known_roles() -> None:
    assert all(roles <= set(ROLES) for roles in ACTIONS.values())
    assert may(["liaison_officer"], "disclose")
    assert not may(["practitioner", "analyst"], "disclose")


def test_analysts_and_administrators_see_no_case_content() -> None:
    for role in ("analyst", "admin"):
        for relation in ("own", "disclosed", "other"):
            assert visible_parts([role], relation, [frozenset(PARTS)], True) == frozenset()  # type: ignore[arg-type]


def test_nobody_sees_another_organisations_concern() -> None:
    for role in ROLES:
        assert visible_parts([role], "other") == frozenset()


def test_a_recipient_sees_only_what_was_carried_and_never_a_withheld_source() -> None:
    carried = frozenset({"summary", "observation", "source"})
    seen = visible_parts(["practitioner"], "disclosed", [carried], source_may_be_named=False)
    assert seen == {"summary", "observation"}
    named = visible_parts(["practitioner"], "disclosed", [carried], source_may_be_named=True)
    assert "source" in named
    assert visible_parts(["liaison_officer"], "disclosed", [carried]) <= SHAREABLE | {"disclosures"}


def agreement(**changes: object) -> AgreementTerms:
    values: dict[str, object] = {
        "id": "a1",
        "reference": "ISA-1",
        "title": "Community safety",
        "parties": frozenset({"council", "police"}),
        "signed_off": frozenset({"council", "police"}),
        "categories": frozenset({"drug_dealing"}),
        "parts": frozenset({"summary", "observation"}),
        "gateways": (),
        "starts_on": TODAY - timedelta(days=10),
        "review_on": TODAY + timedelta(days=100),
        "expires_on": TODAY + timedelta(days=200),
        "status": "active",
    }
    values.update(changes)
    return AgreementTerms(**values)  # type: ignore[arg-type]


def test_an_agreement_is_in_force_only_signed_active_and_in_date() -> None:
    assert agreement().in_force(TODAY)
    assert not agreement(signed_off=frozenset({"council"})).in_force(TODAY)
    assert not agreement(status="suspended").in_force(TODAY)
    assert not agreement(
        expires_on=TODAY - timedelta(days=1), review_on=TODAY - timedelta(days=2)
    ).in_force(TODAY)
    with pytest.raises(AgreementError, match="two organisations"):
        agreement(parties=frozenset({"council"}))
    with pytest.raises(AgreementError, match="dates"):
        agreement(review_on=TODAY + timedelta(days=300))


def test_agreements_due_for_review_or_expired_raise_alerts() -> None:
    assert alerts(agreement(), TODAY) == []
    assert alerts(agreement(review_on=TODAY + timedelta(days=10)), TODAY) == ["review_due"]
    assert "review_overdue" in alerts(agreement(review_on=TODAY - timedelta(days=1)), TODAY)
    expired = agreement(
        starts_on=TODAY - timedelta(days=400),
        review_on=TODAY - timedelta(days=40),
        expires_on=TODAY - timedelta(days=1),
    )
    assert alerts(expired, TODAY) == ["expired"]
    assert "awaiting_sign_off" in alerts(agreement(signed_off=frozenset()), TODAY)


FACTS = Facts(
    immediate_danger=False, subject="adult", age=40, categories=frozenset({"drug_dealing"})
)
HOUSING = Recipient("housing", "Housing", "isa_partner", "housing")
POLICE = Recipient("police", "Police", "responsible_authority", "police")


def disclose(base: KnowledgeBase, recipient: Recipient, **changes: object):  # type: ignore[no-untyped-def]
    arguments: dict[str, object] = {
        "facts": FACTS,
        "sender": "council",
        "recipient": recipient,
        "decision_outcome": "share",
        "agreements": [],
        "gateways": base.gateways,
        "today": TODAY,
    }
    arguments.update(changes)
    return may_disclose(**arguments)  # type: ignore[arg-type]


def test_no_disclosure_without_a_decision_to_share(base: KnowledgeBase) -> None:
    assert "Record a sharing decision" in disclose(base, POLICE, decision_outcome=None).reason
    assert not disclose(base, POLICE, decision_outcome="do_not_share").allowed


def test_a_gateway_allows_sharing_with_the_kind_of_body_it_names(base: KnowledgeBase) -> None:
    permission = disclose(base, POLICE)
    assert permission.allowed
    assert "cda1998-s115" in permission.gateways
    assert permission.parts == GATEWAY_PARTS
    assert "source" not in permission.parts


def test_without_an_agreement_or_gateway_it_is_refused_with_the_reason(base: KnowledgeBase) -> None:
    permission = disclose(base, HOUSING)
    assert not permission.allowed
    assert "No agreement in force" in permission.reason
    assert "housing" in permission.reason


def test_an_agreement_in_force_allows_its_fields_only(base: KnowledgeBase) -> None:
    terms = agreement(
        parties=frozenset({"council", "housing"}), signed_off=frozenset({"council", "housing"})
    )
    permission = disclose(base, HOUSING, agreements=[terms])
    assert permission.allowed
    assert permission.agreement == "a1"
    assert permission.parts == {"summary", "observation"}
    other_harm = Facts(
        immediate_danger=False, subject="adult", age=40, categories=frozenset({"fgm"})
    )
    assert not disclose(base, HOUSING, agreements=[terms], facts=other_harm).allowed


def test_a_liaison_officer_may_override_with_a_written_justification(base: KnowledgeBase) -> None:
    assert not disclose(base, HOUSING, justification="because").allowed
    permission = disclose(
        base, HOUSING, justification="The tenant is at risk tonight and the landlord can act."
    )
    assert permission.allowed
    assert permission.overridden
    assert permission.parts == OVERRIDE_PARTS
    assert "justification" in permission.basis[0]


def chain(count: int) -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    previous = GENESIS
    for seq in range(1, count + 1):
        event: dict[str, object] = {
            "seq": seq,
            "at": f"2026-11-25T10:00:{seq:02d}",
            "actor": "a",
            "action": "read",
            "record_type": "concern",
            "record_id": str(seq),
            "detail": {},
        }
        digest = event_hash(event, previous)
        events.append({**event, "previous_hash": previous, "hash": digest})
        previous = digest
    return events


def test_an_untouched_chain_verifies() -> None:
    events = chain(5)
    verdict = verify(events, 5, str(events[-1]["hash"]))
    assert verdict.ok
    assert verdict.checked == 5


@pytest.mark.parametrize("index", [0, 2, 4])
def test_a_changed_event_is_named(index: int) -> None:
    events = chain(5)
    events[index] = {**events[index], "actor": "someone else"}
    verdict = verify(events, 5, str(events[-1]["hash"]))
    assert not verdict.ok
    assert verdict.first_bad == index + 1


def test_a_removed_event_is_named() -> None:
    events = chain(5)
    del events[2]
    verdict = verify(events, 5)
    assert (verdict.ok, verdict.first_bad) == (False, 3)


def test_reordered_events_are_named() -> None:
    events = chain(5)
    events[1], events[2] = events[2], events[1]
    assert verify(events).first_bad == 2


def test_a_removed_last_event_is_caught_by_the_head() -> None:
    events = chain(5)
    verdict = verify(events[:-1], 5, str(events[-1]["hash"]))
    assert not verdict.ok
    assert verdict.first_bad == 5
