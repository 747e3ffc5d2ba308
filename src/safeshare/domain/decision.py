"""'Can I share, and on what basis?': a walk through the HM Government flowchart.

Answers go in; out come the outcome, the next question when one is missing, the reasons
for each step taken, the legal gateways and duties that apply, and the actions to take.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from safeshare.knowledge.base import KnowledgeBase
from safeshare.knowledge.schema import Facts, Gateway
from safeshare.knowledge.sharing import FlowchartQuestion

Outcome = Literal["share", "do_not_share", "seek_advice", "need_more_answers"]
ANSWERS = ("yes", "no", "unsure")
QUESTION_KEYS = (
    "legitimate_purpose",
    "identifiable",
    "confidential",
    "consent",
    "other_lawful_basis",
)


class DecisionInputError(ValueError):
    """Answers that cannot be walked, with a message saying which and why."""


@dataclass(frozen=True)
class Context:
    """Facts that add duties and gateways: who the information is about and what harm."""

    subject_age: int | None = None
    category: str | None = None
    immediate_danger: bool = False
    age_group: str | None = None  # "child" or "adult" when the age itself is not known

    @property
    def subject(self) -> str:
        if self.subject_age is None:
            return self.age_group or "unknown"
        return "child" if self.subject_age < 18 else "adult"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    next_question: dict[str, str] | None
    reasons: list[str]
    gateways: list[dict[str, str]]
    actions: list[str]
    path: list[dict[str, str]]
    answers: dict[str, Any] = field(default_factory=dict)
    context: Context = field(default_factory=lambda: Context())

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "next_question": self.next_question,
            "reasons": self.reasons,
            "gateways": self.gateways,
            "actions": self.actions,
            "path": self.path,
        }


def parse_answers(raw: Mapping[str, Any], base: KnowledgeBase) -> tuple[dict[str, str], Context]:
    """Check answers from a person or a file; raise DecisionInputError naming every problem."""
    problems: list[str] = []
    answers: dict[str, str] = {}
    for key, value in raw.items():
        if key in QUESTION_KEYS:
            if value not in ANSWERS:
                problems.append(f"{key}: answer 'yes', 'no' or 'unsure', not {value!r}")
            else:
                answers[key] = value
        elif key not in ("subject_age", "category", "immediate_danger", "age_group"):
            problems.append(
                f"{key}: not a question of the flowchart; use {', '.join(QUESTION_KEYS)}"
            )
    age = raw.get("subject_age")
    if age is not None and (
        not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 120
    ):
        problems.append(f"subject_age: a whole number of years from 0 to 120, not {age!r}")
    category = raw.get("category")
    if category is not None and category not in base.harms:
        problems.append(f"category: unknown harm category {category!r}")
    danger = raw.get("immediate_danger", False)
    if not isinstance(danger, bool):
        problems.append(f"immediate_danger: true or false, not {danger!r}")
    group = raw.get("age_group")
    if group not in (None, "child", "adult", "unknown"):
        problems.append(f"age_group: child, adult or unknown, not {group!r}")
    if problems:
        raise DecisionInputError("; ".join(problems))
    known_group = group if group in ("child", "adult") else None
    return answers, Context(
        age if isinstance(age, int) else None, category, bool(danger), known_group
    )


def decide(answers: Mapping[str, str], context: Context, base: KnowledgeBase) -> Decision:
    chart = base.flowchart
    node = chart.start
    reasons: list[str] = []
    path: list[dict[str, str]] = []
    while (question := base.question(node)) is not None:
        answer = answers.get(question.id)
        if answer is None:
            return _unfinished(question, reasons, path, context, base, dict(answers))
        step = getattr(question, answer)
        reasons.append(step.reason)
        path.append({"question": question.id, "answer": answer})
        node = step.next
    outcome = base.outcome(node)
    if outcome is None:  # the loader checks every edge leads to a node
        raise LookupError(f"the flowchart has no node {node!r}")
    gateways = applicable_gateways(context, base) if outcome.outcome == "share" else []
    duties = [g for g in applicable_gateways(context, base) if g.kind == "statutory_duty"]
    actions = [*_danger_actions(context), *outcome.actions, *(g.action for g in duties if g.action)]
    reasons += _context_reasons(outcome.outcome, context, duties, base)
    return Decision(
        outcome.outcome,
        None,
        reasons,
        [_cite(g, base) for g in gateways or duties],
        [*actions, chart.always],
        path,
        dict(answers),
        context,
    )


def _unfinished(
    question: FlowchartQuestion,
    reasons: list[str],
    path: list[dict[str, str]],
    context: Context,
    base: KnowledgeBase,
    answers: dict[str, str],
) -> Decision:
    source = base.cited(question.source)
    asked = {
        "id": question.id,
        "text": question.text,
        "help": question.help,
        "source": source.title,
    }
    duties = [g for g in applicable_gateways(context, base) if g.kind == "statutory_duty"]
    return Decision(
        "need_more_answers",
        asked,
        reasons,
        [_cite(g, base) for g in duties],
        _danger_actions(context),
        path,
        answers,
        context,
    )


def _danger_actions(context: Context) -> list[str]:
    return (
        ["Someone is in immediate danger: call 999 now, before anything else."]
        if (context.immediate_danger)
        else []
    )


def _context_reasons(
    outcome: str, context: Context, duties: list[Gateway], base: KnowledgeBase
) -> list[str]:
    reasons = []
    if outcome == "share" and context.subject == "child":
        reasons.append(
            "Protecting a child comes before protecting their privacy or the privacy of "
            "those failing to protect them (2024 advice, golden rule 1)."
        )
    if outcome != "share" and duties:
        names = ", ".join(duty.name for duty in duties)
        reasons.append(
            f"A legal duty may still require you to pass this on ({names}): "
            "check with your safeguarding lead before deciding not to."
        )
    if outcome == "share" and context.subject == "child" and base.flowchart.side_box_text:
        reasons.append(base.flowchart.side_box_text)
    return reasons


def applicable_gateways(context: Context, base: KnowledgeBase) -> list[Gateway]:
    facts = Facts(
        context.immediate_danger,
        context.subject,
        context.subject_age,
        frozenset({context.category} if context.category else set()),
    )
    return [gateway for gateway in base.gateways if gateway.when.holds(facts)]


def _cite(gateway: Gateway, base: KnowledgeBase) -> dict[str, str]:
    source = base.cited(gateway.source)
    cited = {
        "id": gateway.id,
        "name": gateway.name,
        "law": gateway.law,
        "kind": gateway.kind,
        "summary": gateway.summary,
        "source": source.title,
    }
    if source.url:
        cited["source_url"] = source.url
    if not (gateway.verified and source.verified):
        cited["note"] = (
            "Not yet checked against the primary legislation: confirm before relying on it."
        )
    return cited
