from __future__ import annotations

from datetime import UTC, datetime
from itertools import product

import pytest

from safeshare.domain.decision import Context, DecisionInputError, decide, parse_answers
from safeshare.domain.records import Decider, RecordError, decision_record
from safeshare.knowledge import KnowledgeBase

KEYS = ("legitimate_purpose", "identifiable", "confidential", "consent", "other_lawful_basis")


def expected(answers: dict[str, str]) -> str:
    """The flowchart written out by hand, independently of the YAML graph."""
    for key in KEYS:
        answer = answers[key]
        if answer == "unsure":
            return "seek_advice"
        if key == "legitimate_purpose" and answer == "no":
            return "do_not_share"
        if key in ("identifiable", "confidential") and answer == "no":
            return "share"
        if key == "consent" and answer == "yes":
            return "share"
        if key == "other_lawful_basis":
            return "share" if answer == "yes" else "do_not_share"
    raise AssertionError("unreachable")


@pytest.mark.parametrize("combination", list(product(("yes", "no", "unsure"), repeat=5)))
def test_every_flowchart_path(base: KnowledgeBase, combination: tuple[str, ...]) -> None:
    answers = dict(zip(KEYS, combination, strict=True))
    decision = decide(answers, Context(), base)
    assert decision.outcome == expected(answers)
    assert decision.reasons
    assert decision.actions
    assert decision.actions[-1].startswith("Record your decision")


def test_missing_answer_asks_the_next_question(base: KnowledgeBase) -> None:
    decision = decide({"legitimate_purpose": "yes"}, Context(), base)
    assert decision.outcome == "need_more_answers"
    assert decision.next_question is not None
    assert decision.next_question["id"] == "identifiable"
    assert decision.path == [{"question": "legitimate_purpose", "answer": "yes"}]


def test_answers_the_path_does_not_reach_are_ignored(base: KnowledgeBase) -> None:
    decision = decide({"legitimate_purpose": "no", "consent": "yes"}, Context(), base)
    assert decision.outcome == "do_not_share"
    assert len(decision.path) == 1


def test_fgm_in_an_under_18_adds_the_mandatory_duty(base: KnowledgeBase) -> None:
    answers = dict.fromkeys(KEYS, "yes")
    decision = decide(answers, Context(subject_age=14, category="fgm"), base)
    ids = [gateway["id"] for gateway in decision.gateways]
    assert "fgm-mandatory-reporting" in ids
    assert "children-act-1989-s47" in ids
    assert any("101" in action for action in decision.actions)
    adult = decide(answers, Context(subject_age=30, category="fgm"), base)
    assert "fgm-mandatory-reporting" not in [g["id"] for g in adult.gateways]


def test_a_duty_is_named_even_when_the_answers_say_do_not_share(base: KnowledgeBase) -> None:
    answers = {**dict.fromkeys(KEYS, "yes"), "consent": "no", "other_lawful_basis": "no"}
    decision = decide(answers, Context(subject_age=10, category="fgm"), base)
    assert decision.outcome == "do_not_share"
    assert any("legal duty may still require" in reason for reason in decision.reasons)


def test_immediate_danger_adds_vital_interests_and_999(base: KnowledgeBase) -> None:
    decision = decide(dict.fromkeys(KEYS, "yes"), Context(immediate_danger=True), base)
    assert "uk-gdpr-6-1-d" in [gateway["id"] for gateway in decision.gateways]
    assert decision.actions[0].startswith("Someone is in immediate danger: call 999")


def test_gateways_carry_their_source(base: KnowledgeBase) -> None:
    decision = decide(
        dict.fromkeys(KEYS, "yes"), Context(subject_age=40, category="drug_dealing"), base
    )
    s115 = next(g for g in decision.gateways if g["id"] == "cda1998-s115")
    assert s115["law"] == "Crime and Disorder Act 1998, section 115"
    assert s115["source"]


def test_bad_answers_are_all_reported(base: KnowledgeBase) -> None:
    with pytest.raises(DecisionInputError) as caught:
        parse_answers({"consent": "maybe", "colour": "blue", "subject_age": -3}, base)
    message = str(caught.value)
    assert "consent" in message
    assert "colour" in message
    assert "subject_age" in message


def test_a_record_says_who_decided_and_why(base: KnowledgeBase) -> None:
    decision = decide(dict.fromkeys(KEYS, "yes"), Context(subject_age=9, category="neglect"), base)
    when = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    record = decision_record(
        decision,
        Decider("A Person", "Teacher", "A School"),
        when,
        "SD-1",
        "attendance record",
        "Access & Referral Hub",
    )
    assert record["decided_by"]["organisation"] == "A School"
    assert record["outcome"] == "share"
    assert record["reasons"]
    assert record["decided_at"] == "2026-11-25T09:30:00+00:00"
    assert record["about"] == {
        "subject_age": 9,
        "category": "neglect",
        "immediate_danger": False,
        "subject": "child",
    }


def test_an_unfinished_decision_cannot_be_recorded(base: KnowledgeBase) -> None:
    decision = decide({}, Context(), base)
    with pytest.raises(RecordError, match="answer every question"):
        decision_record(decision, Decider("A", "B", "C"), datetime.now(UTC), "SD-2")


def test_a_record_needs_a_decider() -> None:
    with pytest.raises(RecordError, match="name"):
        Decider(" ", "Teacher", "School")
